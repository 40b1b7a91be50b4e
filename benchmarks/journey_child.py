"""The visitor UI driven by a script in its own process, measured from inside.

`python -m benchmarks.journey_child journey DB` walks through every innovation
of the booth (open, look, vote, back home; a new visitor every three votes) with
the window rendering, while a 5 ms timer measures how late it fires (an
event-loop stall). `soak DB N` runs N scripted visitor sessions in one
process and samples RSS. `bare` runs the same stall meter and RSS probe over
a bare QML window with one Text item. Each prints one JSON line.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

TICK_MS = 5


class StallMeter:
    """A timer that measures its own lateness: the longest gap beyond its interval."""

    def __init__(self) -> None:
        self.worst_ms = 0.0
        self.late = []  # type: list[float]
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.peak_rss = 0
        self.phase = "start"  # what the script was doing, to say where stalls happen
        self.stalls: list[tuple[str, float]] = []

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        lateness = self.clock.nsecsElapsed() / 1e6 - TICK_MS
        self.clock.restart()
        self.late.append(lateness)
        self.worst_ms = max(self.worst_ms, lateness)
        if lateness > 25:  # near misses too, to show where the time goes
            self.stalls.append((self.phase, round(lateness, 1)))
        if len(self.late) % 20 == 0:
            self.peak_rss = max(self.peak_rss, rss())

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.late)
        return {
            "worst_stall_ms": round(self.worst_ms, 2),
            "p99_stall_ms": round(ordered[int(len(ordered) * 0.99)], 2) if ordered else 0.0,
            "ticks": len(ordered),
            "over_50ms": sum(1 for x in ordered if x > 50),
            "worst_stalls": sorted(self.stalls, key=lambda s: -s[1])[:8],
        }


def rss() -> int:
    return int(psutil.Process().memory_info().rss)


def pump(ms: int) -> None:
    """Run the event loop for `ms` milliseconds (rendering, timers, image loading).

    Not QCoreApplication.processEvents: in PySide6 6.12 each call drops a reference
    to None, and after enough calls Python 3.11 aborts (none_dealloc).
    """
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def kiosk_ui(db_path: str, show: bool) -> Any:
    from kiosk.booth import Booth
    from kiosk.domain.clock import ManualClock
    from kiosk.storage.database import open_booth_database
    from kiosk.ui.wiring import build_ui

    clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
    booth = Booth(open_booth_database(db_path), "DPUPR", clock)
    return build_ui(booth, Path(db_path), show=show), clock


def visit(ui: Any, clock: Any, slug: str, look_ms: int, meter: StallMeter) -> None:
    """One innovation: open it, look at it, vote after the dwell, back home."""
    flow = ui.flow
    steps = [("start", flow.start)] if flow.screen == "attract" else []
    steps += [("open", lambda: flow.openInnovation(slug)), ("look", lambda: None)]
    steps += [("vote", flow.vote), ("home", flow.showHome)]
    for phase, action in steps:
        meter.phase = phase
        action()
        if phase == "look":
            clock.advance(9.0)
        pump(look_ms // 2)
    if ui.booth.session is not None and ui.booth.session.votes_left == 0:
        meter.phase = "finish"
        flow.finish()
        pump(look_ms // 2)
        meter.phase = "attract"
        flow.returnToAttract()


def journey(db_path: str) -> dict[str, Any]:
    ui, clock = kiosk_ui(db_path, show=True)
    meter = StallMeter()
    pump(1500)  # first frame, fonts, attract screen settled
    meter.start()
    slugs = [i.slug for i in ui.booth.innovations]
    for slug in slugs:
        visit(ui, clock, slug, look_ms=400, meter=meter)
    meter.timer.stop()
    peak = max(meter.peak_rss, psutil.Process().memory_info().rss)
    return meter.summary() | {"innovations": len(slugs), "peak_rss_mb": round(peak / 1e6, 1)}


def soak(db_path: str, sessions: int) -> dict[str, Any]:
    """Sessions through the flow slots, RSS sampled every hundredth of them.

    Every sample is taken at the same point of the cycle of ten sessions (a clip in the
    first): after the fourth session that follows a clip, once the event loop has run for
    0.1 s (deferred deletes, the player's threads finishing) and after gc.collect().
    One sample before the first session too. Each sample is printed at once, so a crash
    part-way still leaves the samples taken before it.
    """
    ui, clock = kiosk_ui(db_path, show=False)
    slugs = [i.slug for i in ui.booth.innovations]
    step = max(10, sessions // 100 // 10 * 10)  # a multiple of the clip cycle
    samples = [(0, rss())]
    print(json.dumps({"sample": samples[-1]}), flush=True)
    for n in range(sessions):
        one_session(ui, clock, slugs, n)
        if (n + 1) % step == 5:  # n - 4 played the last clip
            pump(100)
            gc.collect()
            samples.append((n + 1, rss()))
            print(json.dumps({"sample": samples[-1]}), flush=True)
    return {"sessions": sessions, "rss_samples": samples}


def play_clip(ui: Any, play_ms: int) -> None:
    """Play the open innovation's first clip in its gallery for `play_ms` (as a tap does)."""
    from kiosk.storage.clips import clips_of
    from kiosk.ui.testing import visual_items

    slug = ui.flow.detail["slug"]
    [clip, *_] = clips_of(ui.booth.db, slug)
    host = next(i for i in visual_items(ui.window.contentItem()) if i.objectName() == "clipScreen")
    ui.clips.play(clip.id, host)
    pump(play_ms)


def one_session(ui: Any, clock: Any, slugs: list[str], n: int) -> None:
    """Start, three innovations opened and voted, finish, back to attract; every tenth
    visitor plays the first innovation's clip for 0.3 s (opening the next page stops it)."""
    flow = ui.flow
    flow.start()
    for k in range(3):
        flow.openInnovation(slugs[(n + k) % len(slugs)])
        if k == 0 and n % 10 == 0:
            pump(50)  # the gallery's slides are made
            play_clip(ui, 300)
        clock.advance(9.0)
        flow.vote()
        flow.showHome()
    flow.finish()
    flow.returnToAttract()
    clock.advance(30.0)
    pump(1)  # the kiosk's event loop runs between visitors: deferred deletes happen


def clip_cpu(db_path: str, seconds: float, decode_only: bool) -> dict[str, Any]:
    """CPU time of this process per second of wall time while the clip plays."""
    ui, _clock = kiosk_ui(db_path, show=True)
    pump(1500)
    ui.flow.start()
    slug = ui.booth.innovations[0].slug
    ui.flow.openInnovation(slug)
    pump(800)
    process = psutil.Process()
    if decode_only:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

        from kiosk.storage.clips import clips_of

        player, sink = QMediaPlayer(), QVideoSink()
        frames = [0]
        sink.videoFrameChanged.connect(lambda _f: frames.__setitem__(0, frames[0] + 1))
        player.setVideoSink(sink)
        player.setSource(QUrl.fromLocalFile(str(clips_of(ui.booth.db, slug)[0].path)))
        player.play()
    else:
        from kiosk.storage.clips import clips_of
        from kiosk.ui.testing import visual_items

        host = next(
            i for i in visual_items(ui.window.contentItem()) if i.objectName() == "clipScreen"
        )
        ui.clips.play(clips_of(ui.booth.db, slug)[0].id, host)
    pump(1000)  # decoder started
    before, started = process.cpu_times(), time.monotonic()
    pump(int(seconds * 1000))
    after, wall = process.cpu_times(), time.monotonic() - started
    used = (after.user - before.user) + (after.system - before.system)
    return {
        "cpu_percent": round(100 * used / wall, 1),
        "seconds": round(wall, 1),
        "rss_mb": round(rss() / 1e6, 1),
        "cores": psutil.cpu_count(),
        "load_avg_1min": round(os.getloadavg()[0], 2),
    }


def bare() -> dict[str, Any]:
    from PySide6.QtQml import QQmlApplicationEngine

    from benchmarks.startup_child import BARE_QML

    engine = QQmlApplicationEngine()
    engine.loadData(BARE_QML)
    meter = StallMeter()
    pump(1500)
    meter.start()
    pump(8000)
    meter.timer.stop()
    engine.deleteLater()
    peak = max(meter.peak_rss, rss())
    return meter.summary() | {"peak_rss_mb": round(peak / 1e6, 1)}


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    mode = sys.argv[1]
    if mode == "journey":
        result = journey(sys.argv[2])
    elif mode == "soak":
        result = soak(sys.argv[2], int(sys.argv[3]))
    elif mode in ("clip_cpu", "clip_cpu_bare"):
        result = clip_cpu(sys.argv[2], float(sys.argv[3]), decode_only=mode == "clip_cpu_bare")
    else:
        result = bare()
    print(json.dumps(result), flush=True)
    # Leave without Qt's teardown: PySide6 6.12 on Python 3.11 may abort there
    # (none_dealloc), which says nothing about the run that was measured. (Deleting
    # the application first made QML re-evaluate bindings against freed context
    # objects: "AttractScreen.qml: TypeError: Cannot read property 'portrait' of null".)
    assert app is not None
    os._exit(0)


if __name__ == "__main__":
    main()
