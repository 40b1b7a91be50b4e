"""Opening and decoding video clips with Qt Multimedia, run as a child process.

`python -m kiosk.pack.videoprobe POSTER_DIR CLIP...` prints one JSON object per
clip (one line each): what the kiosk's own player (PySide6's FFmpeg backend) makes
of it. The pack layer stays free of Qt: `kiosk.pack.video` starts this in a child
process with a timeout, so a clip that crashes or hangs the decoder cannot take
the validation down with it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# Where the poster frame is taken when the pack gives no poster: past a fade-in.
POSTER_AT_MS = 1000
# A clip whose frames stop this long before its declared end is cut short.
END_SLACK_MS = 1500
OPEN_TIMEOUT_S = 15.0
FRAME_TIMEOUT_S = 10.0


def probe(path: Path, poster: Path) -> dict[str, Any]:
    """Open `path`, decode its first frames and its end; save a frame as `poster` (JPEG)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaMetaData, QMediaPlayer, QVideoFrame, QVideoSink

    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoOutput(sink)
    frames: list[QVideoFrame] = []
    sink.videoFrameChanged.connect(lambda frame: frames.append(frame) if frame.isValid() else None)
    errors: list[str] = []
    player.errorOccurred.connect(lambda _error, text: errors.append(text))
    result: dict[str, Any] = {"file": str(path)}
    status = QMediaPlayer.MediaStatus
    try:
        player.setSource(QUrl.fromLocalFile(str(path.resolve())))
        _wait(
            lambda: errors or player.mediaStatus() in (status.LoadedMedia, status.InvalidMedia),
            OPEN_TIMEOUT_S,
        )
        if errors or player.mediaStatus() != status.LoadedMedia:
            result["error"] = f"cannot be opened ({errors[0] if errors else 'no answer'})"
            return result
        tracks = player.videoTracks()
        meta = player.metaData()
        duration = int(player.duration())
        result["duration_ms"] = duration
        result["audio_codec"] = meta.stringValue(QMediaMetaData.Key.AudioCodec)
        if not tracks or not player.hasVideo():
            result["error"] = "has no video track"
            return result
        result["codec"] = tracks[0].stringValue(QMediaMetaData.Key.VideoCodec) or (
            meta.stringValue(QMediaMetaData.Key.VideoCodec)
        )
        size = meta.value(QMediaMetaData.Key.Resolution)
        if size is not None and not size.isEmpty():
            result["width"], result["height"] = size.width(), size.height()
        player.play()
        target = min(POSTER_AT_MS, duration // 3) * 1000  # frame times are microseconds
        _wait(lambda: errors or any(f.startTime() >= target for f in frames), FRAME_TIMEOUT_S)
        good = [f for f in frames if f.startTime() >= target] or frames
        if errors or not good:
            why = errors[0] if errors else "no picture"
            result["error"] = f"cannot be decoded ({why})"
            return result
        frame = good[0]
        result.setdefault("width", frame.width())
        result.setdefault("height", frame.height())
        frame.toImage().save(str(poster))  # JPEG, from the name
        # The end: a copy cut short, or a damaged tail, shows here and not at the start.
        frames.clear()
        end = max(0, duration - END_SLACK_MS)
        player.setPosition(end)
        _wait(
            lambda: (
                errors
                or player.mediaStatus() == status.EndOfMedia
                or any(f.startTime() >= end * 1000 for f in frames)
            ),
            FRAME_TIMEOUT_S,
        )
        last = max((f.startTime() for f in frames), default=-1)
        if errors:
            result["error"] = f"cannot be decoded to its end ({errors[0]})"
        elif last < end * 1000 - END_SLACK_MS * 1000:
            result["error"] = "no picture near its end: damaged or cut short (copy it again)"
        return result
    finally:
        player.stop()
        player.setSource(QUrl())


def _wait(done: Any, timeout: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python -m kiosk.pack.videoprobe POSTER_DIR CLIP...", file=sys.stderr)
        return 2
    # No window is opened: the offscreen platform works on any machine, display or not.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    posters = Path(argv[0])
    for n, clip in enumerate(argv[1:]):
        print(json.dumps(probe(Path(clip), posters / f"{n}.jpg")), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
