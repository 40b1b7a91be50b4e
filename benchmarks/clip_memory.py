"""Where a played clip's memory goes: the soak's sessions with a clip every tenth, measured
from inside with more than RSS (a diagnostic for issue #21, not part of `make bench`).

`python -m benchmarks.clip_memory [VARIANT ...] [--sessions N]` runs each variant in its
own process on the soak's booth file (benchmarks/work/soak, made by the soak) and prints
one line per sample and a summary per variant. Every sample is taken at the same point
of the cycle, as the soak's: after the fourth session that follows a clip, 0.1 s of
event loop (deferred deletes, the player's threads finishing), gc.collect(). A sample holds:

- RSS and PSS, anonymous memory (/proc/self/smaps_rollup);
- glibc's view (malloc_info): the heaps' size from the system, the bytes free in them,
  the bytes in mmapped blocks, and how many heaps (arenas) there are;
- threads alive, and Python-visible QVideoFrame/QImage wrappers alive.

Variants (parts joined by "+"):
  noclips     the sessions, no clip played (the level the kiosk has without clips)
  product     the kiosk's ClipPlayer as it is
  before      the product without its memory fixes (keep_big_buffers_apart and
              give_back_freed_memory made to do nothing): the code before ed01d69
  noframes    clips play, but no frame reaches the painted item (the sink's signal cut)
  nosink      clips play with no video sink on the player (nothing but audio decoded)
  fresh       the player, its audio output and sink deleted after each clip, made anew
  arena2      MALLOC_ARENA_MAX=2
  trim        malloc_trim(0) 50 ms after each clip's decoder is freed
  threshold   glibc's mmap threshold fixed at 1 MB (mallopt) at the start
  clear       the sink's last frame dropped at each stop
  trimlate    malloc_trim(0) just before each sample (what the heaps could give back)
The default runs noclips, before, before+noframes, before+nosink, before+fresh,
before+arena2, before+trim, before+threshold and product.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = (
    "noclips", "before", "before+noframes", "before+nosink", "before+fresh", "before+arena2",
    "before+trim", "before+threshold", "product",
)  # fmt: skip


def libc() -> Any:
    return ctypes.CDLL(ctypes.util.find_library("c"))


def smaps_rollup() -> dict[str, int]:
    values = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        values[key] = int(rest.split()[0]) * 1024
    return values


def malloc_info() -> dict[str, int]:
    """glibc's malloc_info XML, summed: heaps (arenas), their system bytes, free bytes."""
    lib = libc()
    lib.fopen.restype = ctypes.c_void_p
    lib.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    lib.fclose.argtypes = [ctypes.c_void_p]
    with tempfile.NamedTemporaryFile(suffix=".xml") as out:
        handle = lib.fopen(out.name.encode(), b"w")
        lib.malloc_info(0, handle)
        lib.fclose(handle)
        xml = Path(out.name).read_text()
    heaps = xml.split('<heap nr="')[1:]
    tail = xml.rsplit("</heap>", 1)[-1]  # the totals over every heap

    def total(text: str, kind: str) -> int:
        found = re.search(rf'<total type="{kind}" count="\d+" size="(\d+)"/>', text)
        return int(found.group(1)) if found else 0

    def system(text: str, kind: str) -> int:
        found = re.search(rf'<system type="{kind}" size="(\d+)"/>', text)
        return int(found.group(1)) if found else 0

    return {
        "heaps": len(heaps),
        "heap_system": system(tail, "current"),
        "heap_free": total(tail, "fast") + total(tail, "rest"),
        "mmapped": total(tail, "mmap"),
        "main_system": system(heaps[0], "current") if heaps else 0,
    }


def wrappers() -> dict[str, int]:
    counts = {"QVideoFrame": 0, "QImage": 0}
    for obj in gc.get_objects():
        name = type(obj).__name__
        if name in counts:
            counts[name] += 1
    return counts


def measure() -> dict[str, Any]:
    rollup = smaps_rollup()
    return {
        "rss": rollup["Rss"],
        "pss": rollup["Pss"],
        "anon": rollup["Anonymous"],
        "threads": len(os.listdir("/proc/self/task")),
        **malloc_info(),
        **wrappers(),
    }


def thread_names() -> list[str]:
    names = []
    for task in os.listdir("/proc/self/task"):
        with contextlib.suppress(OSError):
            names.append(Path(f"/proc/self/task/{task}/comm").read_text().strip())
    return sorted(names)


def child(variant: str, db_path: str, sessions: int) -> None:
    parts = set(variant.split("+"))
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QVideoFrame

    from benchmarks import journey_child as jc

    app = QGuiApplication(sys.argv[:1])
    lib = libc()
    if "threshold" in parts:
        lib.mallopt(-3, 1024 * 1024)  # M_MMAP_THRESHOLD
    if "before" in parts:
        from kiosk.ui import clips

        clips.keep_big_buffers_apart = lambda: None
        clips.give_back_freed_memory = lambda: None
    ui, clock = jc.kiosk_ui(db_path, show=False)
    player = ui.clips
    slugs = [i.slug for i in ui.booth.innovations]
    playing_threads: list[int] = []
    names_playing: list[str] = []

    original_stop = player.stop

    def after_stop() -> None:
        was = player.decoding
        original_stop()
        if not was:
            return
        made = player._made
        if "clear" in parts and made is not None:
            sink = made[0].videoSink()
            if sink is not None:
                sink.setVideoFrame(QVideoFrame())
        if "fresh" in parts and made is not None:
            p, audio = made
            sink = p.videoSink()
            p.setVideoSink(None)
            p.setAudioOutput(None)
            for obj in (p, audio, sink):
                if obj is not None:
                    obj.deleteLater()
            player._made = None
        if "trim" in parts:
            jc.pump(50)  # the playback engine's threads finish
            lib.malloc_trim(0)

    player.stop = after_stop  # type: ignore[method-assign]

    def play(ui: Any, play_ms: int) -> None:
        if "noclips" in parts:
            return
        made = player._make()
        sink = made[0].videoSink()
        if "noframes" in parts and sink is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                sink.videoFrameChanged.disconnect(player._frame)
        if "nosink" in parts and sink is not None:
            made[0].setVideoSink(None)
        from kiosk.storage.clips import clips_of
        from kiosk.ui.testing import visual_items

        slug = ui.flow.detail["slug"]
        [clip, *_] = clips_of(ui.booth.db, slug)
        host = next(
            i for i in visual_items(ui.window.contentItem()) if i.objectName() == "clipScreen"
        )
        player.play(clip.id, host)
        jc.pump(play_ms)
        playing_threads.append(len(os.listdir("/proc/self/task")))
        if not names_playing:
            names_playing.extend(thread_names())

    jc.play_clip = play  # one_session looks it up in its module
    idle_names = thread_names()
    for n in range(sessions):
        jc.one_session(ui, clock, slugs, n)
        if (n + 1) % 10 == 5:
            jc.pump(100)
            gc.collect()
            if "trimlate" in parts:
                lib.malloc_trim(0)
            print(json.dumps({"n": n + 1} | measure()), flush=True)
    print(
        json.dumps(
            {
                "playing_threads": playing_threads[-5:],
                "names_idle": idle_names,
                "names_playing": names_playing,
            }
        ),
        flush=True,
    )
    assert app is not None
    os._exit(0)


def summary(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over the first and last fifth after the first 10% (megabytes)."""
    body = samples[max(1, len(samples) // 10) :]
    fifth = max(1, len(body) // 5)
    early, late = body[:fifth], body[-fifth:]

    def med(part: list[dict[str, Any]], key: str) -> float:
        return round(statistics.median(s[key] for s in part) / 1e6, 1)

    out: dict[str, Any] = {}
    for key in ("rss", "pss", "anon", "heap_system", "heap_free", "mmapped", "main_system"):
        out[key] = (med(early, key), med(late, key))
    out["rss_range"] = (
        round(min(s["rss"] for s in body) / 1e6, 1),
        round(max(s["rss"] for s in body) / 1e6, 1),
    )
    out["heaps"] = samples[-1]["heaps"]
    out["threads"] = samples[-1]["threads"]
    out["wrappers"] = (samples[-1]["QVideoFrame"], samples[-1]["QImage"])
    return out


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--child":
        child(argv[1], argv[2], int(argv[3]))
        return
    sessions = 400
    if "--sessions" in argv:
        at = argv.index("--sessions")
        sessions = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    from benchmarks.journey import ENV, soak_booth

    for variant in argv or VARIANTS:
        db = soak_booth("clip-memory")
        env = ENV | ({"MALLOC_ARENA_MAX": "2"} if "arena2" in variant.split("+") else {})
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.clip_memory", "--child", variant, str(db),
             str(sessions)],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        lines = [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]
        samples = [x for x in lines if "n" in x]
        extra = lines[-1] if lines and "n" not in lines[-1] else {}
        if not samples:
            print(variant, "failed:", done.stderr[-1500:])
            continue
        print(json.dumps({"variant": variant, "sessions": sessions} | summary(samples)))
        print(
            json.dumps(
                {
                    "variant": variant,
                    "rss_mb": [round(s["rss"] / 1e6) for s in samples],
                    "heap_free_mb": [round(s["heap_free"] / 1e6) for s in samples],
                    "playing_threads": extra.get("playing_threads"),
                    "names_idle": extra.get("names_idle"),
                    "names_playing": extra.get("names_playing"),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
