"""Checking video clips with the kiosk's own player, in a child process.

The child (`kiosk.pack.videoprobe`) opens each clip with Qt Multimedia, the backend
the touchscreen plays it with (PySide6's FFmpeg plugin), decodes its start and its
end, and saves a frame for a poster. A clip the child cannot open or decode, that
crashes it or hangs it, is an error naming the clip; the rest are still checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.festival import VideoLimits

# Qt's names (QMediaFormat.VideoCodec) of what every kiosk decodes smoothly in software;
# the rest (MPEG-4 Part 2, WMV, Motion JPEG, ...) play badly or not at all.
SUPPORTED_CODECS = {"H264": "H.264", "H265": "H.265", "VP8": "VP8", "VP9": "VP9", "AV1": "AV1"}
# How the others are named to organizers.
CODEC_NAMES = {
    "MPEG4": "MPEG-4 Part 2", "MPEG2": "MPEG-2", "MPEG1": "MPEG-1", "WMV": "WMV",
    "MotionJPEG": "Motion JPEG", "Theora": "Theora",
}  # fmt: skip
MAX_WIDTH, MAX_HEIGHT = 3840, 2160
# Starting Qt, then opening and decoding the start and the end of one clip.
START_TIMEOUT_S = 30.0
CLIP_TIMEOUT_S = 45.0


@dataclass(frozen=True)
class ClipInfo:
    """What the kiosk's player found in a clip."""

    codec: str  # Qt's name: H264, VP9, ...
    width: int
    height: int
    duration_ms: int
    audio_codec: str  # "" when silent
    frame_jpeg: bytes  # a frame about a second in, for a poster


def probe_clips(clips: list[Path]) -> list[ClipInfo | str]:
    """For each clip, its ClipInfo or the problem (text without the clip's name)."""
    results: list[ClipInfo | str] = []
    with tempfile.TemporaryDirectory(prefix="gerai-posters-") as posters:
        while len(results) < len(clips):
            rest = clips[len(results) :]
            results.extend(_run_child(rest, Path(posters)))
    return results


def clip_faults(info: ClipInfo, size: int, limits: VideoLimits) -> list[str]:
    """Which rules a clip that plays breaks, in order: "codec", "picture", "length",
    "size". The one place they are decided; the pack check (`check_clip`) and staff
    mode (`kiosk.staff.clips`) each say them in their own words."""
    faults = []
    if info.codec not in SUPPORTED_CODECS:
        faults.append("codec")
    if info.width > MAX_WIDTH or info.height > MAX_HEIGHT:
        faults.append("picture")
    if info.duration_ms > limits.max_seconds * 1000 + 500:
        faults.append("length")
    if size > limits.max_megabytes * 1_000_000:
        faults.append("size")
    return faults


def check_clip(info: ClipInfo, size: int, limits: VideoLimits) -> list[str]:
    """The problems of a clip that plays: codec, picture size, length, file size."""
    words = {
        "codec": lambda: (
            f"video codec {CODEC_NAMES.get(info.codec, info.codec or 'unknown')} is not"
            " supported; use H.264 in an .mp4"
            f" (or {', '.join(list(SUPPORTED_CODECS.values())[1:])})"
        ),
        "picture": lambda: (
            f"picture {info.width}x{info.height} is larger than {MAX_WIDTH}x{MAX_HEIGHT}"
        ),
        "length": lambda: (
            f"lasts {clock(info.duration_ms)}, longer than the pack allows"
            f" ({clock(limits.max_seconds * 1000)}, festival.video.max_seconds)"
        ),
        "size": lambda: (
            f"{size / 1e6:.0f} MB, larger than the pack allows"
            f" ({limits.max_megabytes} MB, festival.video.max_megabytes)"
        ),
    }
    return [words[fault]() for fault in clip_faults(info, size, limits)]


def describe(info: ClipInfo, size: int) -> str:
    """One line about a clip that plays, like `H.264 1920x1080, 1:05, 24 MB`."""
    codec = SUPPORTED_CODECS.get(info.codec, info.codec)
    audio = "" if info.audio_codec else ", no sound"
    return (
        f"{codec} {info.width}x{info.height}, {clock(info.duration_ms)}, {size / 1e6:.1f} MB{audio}"
    )


def _crash(stderr: str, returncode: int) -> str:
    """What a child that died says last (Python's exception, or Qt's last words)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    last = f": {lines[-1]}" if lines else ""
    return f"crashed the video player (exit code {returncode}{last})"


def clock(ms: int) -> str:
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _run_child(clips: list[Path], posters: Path) -> list[ClipInfo | str]:
    """Probe `clips` in one child; the answers it gave before it died, then the culprit's."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "kiosk.pack.videoprobe", str(posters), *map(str, clips)]
    try:
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S + CLIP_TIMEOUT_S * len(clips),
            check=False,
        )
        stdout, failure = done.stdout, _crash(done.stderr, done.returncode)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or b""
        stdout = out.decode() if isinstance(out, bytes) else out
        failure = "the video player did not finish with it (it hangs the decoder)"
    results: list[ClipInfo | str] = []
    for n, line in enumerate(stdout.splitlines()):
        answer = json.loads(line)
        if "error" in answer:
            results.append(answer["error"])
            continue
        frame = posters / f"{n}.jpg"
        results.append(
            ClipInfo(
                codec=answer["codec"],
                width=answer["width"],
                height=answer["height"],
                duration_ms=answer["duration_ms"],
                audio_codec=answer["audio_codec"],
                frame_jpeg=frame.read_bytes(),
            )
        )
    if len(results) < len(clips):
        results.append(failure)
    return results
