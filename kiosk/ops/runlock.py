"""An exclusive lock that the operating system releases when its process dies.

Whatever ends the kiosk (a crash, `kill -9`, a power cut), the lock is gone
with it; so "the lock is free but the run marker is still there" means the
last run did not exit cleanly, with no guessing from process ids.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO


class LockBusy(Exception):
    """Another live process holds the lock."""


def acquire(path: Path) -> IO[bytes]:
    """Open `path` and lock it without waiting; raise LockBusy if another process has it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+b")
    try:
        _lock(handle)
    except OSError as exc:
        handle.close()
        raise LockBusy(str(path)) from exc
    return handle


def release(handle: IO[bytes]) -> None:
    """Unlock and close (closing alone would also unlock; this is explicit)."""
    try:
        _unlock(handle)
    finally:
        handle.close()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        # flock (not lockf): a second open in the same process conflicts too.
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
