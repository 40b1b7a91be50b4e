"""Short video clips made by the Debian `ffmpeg` program, for the video tests.

Each kind is made once per test run (a second or two of work) and copied.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CAPTIONS_ID = """WEBVTT

1
00:00:00.000 --> 00:00:01.000
Warga melapor jalan rusak

2
00:00:01.000 --> 00:00:02.000
Tim datang dalam dua hari
"""

CAPTIONS_EN = """1
00:00:00,000 --> 00:00:01,000
Residents report a damaged road

2
00:00:01,000 --> 00:00:02,000
The team comes within two days
"""

# ffmpeg arguments of each kind of clip: a test pattern with a tone.
_KINDS = {
    "h264": ["-t", "2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac"],
    "h264-6s": ["-t", "6", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac"],
    "vp9": ["-t", "2", "-c:v", "libvpx-vp9", "-an"],
    "mpeg4": ["-t", "2", "-c:v", "mpeg4", "-an"],
    "1080p": ["-t", "20", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac"],
}
_SUFFIX = {"vp9": ".webm"}


class Clips:
    """Clips of each kind in `folder`, made on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, kind: str) -> Path:
        """The clip of `kind`; also "cut" (its second half lost) and "not-a-video"."""
        out = self.folder / f"{kind}{_SUFFIX.get(kind, '.mp4')}"
        if out.exists():
            return out
        if kind == "cut":  # a copy interrupted half-way: the index is there, the end is not
            whole = self.path("h264-6s").read_bytes()
            out.write_bytes(whole[: len(whole) // 2])
        elif kind == "not-a-video":
            out.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40)
        else:
            size = "1920x1080" if kind == "1080p" else "320x240"
            faststart = ["-movflags", "+faststart"] if out.suffix == ".mp4" else []
            subprocess.run(
                ["ffmpeg", "-loglevel", "error", "-y",
                 "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=25",
                 "-f", "lavfi", "-i", "sine=frequency=440",
                 *_KINDS[kind], "-shortest", *faststart, str(out)],
                check=True,
            )  # fmt: skip
        return out

    def copy(self, kind: str, dest: Path) -> Path:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path(kind), dest)
        return dest
