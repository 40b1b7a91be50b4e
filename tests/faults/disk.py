"""A real full disk for fault tests: a size-limited tmpfs, filled to a chosen margin."""

from __future__ import annotations

import subprocess
from pathlib import Path


def run_command(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill the file system, then give back `leave` bytes."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 65536)
        except OSError:
            pass
        try:
            while True:
                f.write(b"\0" * 512)
        except OSError:
            pass
        f.truncate(max(0, f.tell() - leave))
    return filler
