"""Reading a booth file someone handed over without writing a byte beside it.

Opening an SQLite file with `mode=ro` is not enough: on a WAL-mode file SQLite
still creates `-wal` and `-shm` files beside it when the folder is writable
(an organizer's USB stick), and a later reader then takes the empty `-wal`
for the real one. So:

- a file in rollback-journal mode (what `kiosk export` and the staff hand-over
  write) with no `-journal` beside it is opened in place with `immutable=1`:
  no lock, nothing created;
- a raw copy of the kiosk's db/ folder (WAL mode) with its `-wal` beside it, or
  any file with a `-journal` beside it (a write cut off), is copied with that
  side file into a private temporary folder and read there; SQLite replays or
  rolls back the copy, never the input;
- a WAL-mode file without its `-wal` is read in place with `immutable=1` and
  flagged: records written since the kiosk's last checkpoint may be missing.
  (A kiosk shut down cleanly leaves no `-wal` and misses nothing, but the file
  alone cannot show which of the two it is.)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kiosk.storage.errors import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MISSING = (
    "RAW COPY WITHOUT ITS -wal: records written since the last checkpoint may be missing; "
    "export from staff mode or fetch the -wal file"
)
WAL_READ = "raw copy with its -wal beside it: both read through a private temporary copy"
JOURNAL_READ = (
    "-journal beside the file (a write was cut off): read through a private temporary copy"
)
COPY_ATTEMPTS = 5  # a live kiosk writing while it is copied: try again, then give up


@dataclass(frozen=True)
class ReadOnlyFile:
    """An open, read-only connection to a booth file and how it was reached."""

    conn: sqlite3.Connection
    journal: str  # "wal" (raw copy of a kiosk's db/ folder) or "rollback" (an export)
    private_copy: bool  # read from a temporary copy, not in place
    wal_missing: bool  # WAL mode, but no -wal beside it: newest records may be missing
    notes: tuple[str, ...] = ()  # for a person: how the file was read, what may be missing


def journal_mode_of(path: Path) -> str:
    """ "wal" or "rollback", from the file header (byte 18: 2 means WAL)."""
    with open(path, "rb") as f:
        header = f.read(100)
    return "wal" if header.startswith(SQLITE_MAGIC) and header[18:19] == b"\x02" else "rollback"


@contextmanager
def open_read_only(path: str | Path) -> Iterator[ReadOnlyFile]:
    """Open `path` for reading without creating, locking or changing anything beside it.

    Raises OSError when the file cannot be read, sqlite3.DatabaseError when it is
    not a database (on the first query), StorageError when a live file kept
    changing while it was being copied.
    """
    path = Path(path).resolve()
    journal = journal_mode_of(path)
    side = _side_file(path, journal)
    if side is None:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
        missing = journal == "wal"
        notes = (WAL_MISSING,) if missing else ()
        with closing(conn):
            yield ReadOnlyFile(conn, journal, False, missing, notes)
        return
    with tempfile.TemporaryDirectory(prefix="gerai-read-") as scratch:
        copy = settled_copy(path, Path(scratch))
        with closing(sqlite3.connect(copy)) as conn:
            conn.execute("PRAGMA query_only = ON")
            note = WAL_READ if journal == "wal" else JOURNAL_READ
            yield ReadOnlyFile(conn, journal, True, False, (note,))


def settled_copy(path: Path, folder: Path) -> Path:
    """A self-contained copy of `path` in `folder`, its -wal or -journal replayed into it.

    The copy is opened writable once, in `folder` only: SQLite replays the -wal (or
    rolls back a cut-off write) there and leaves one file that may be read with
    `immutable=1`, in this process or another. Raises StorageError when a live
    kiosk kept writing while it was being copied.
    """
    folder.mkdir(parents=True, exist_ok=True)
    copy = _private_copy(path, folder)
    with closing(sqlite3.connect(copy)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    return copy


def _side_file(path: Path, journal: str) -> str | None:
    """The side file that must be read with `path` ("-wal" or "-journal"), if present."""
    for suffix in ("-wal", "-journal") if journal == "wal" else ("-journal",):
        if path.with_name(path.name + suffix).exists():
            return suffix
    return None


def _private_copy(path: Path, scratch: Path) -> Path:
    """Copy the file and its -wal/-journal, again if a live kiosk wrote meanwhile."""
    target = scratch / "booth.sqlite"
    for _ in range(COPY_ATTEMPTS):
        sources = [path.with_name(path.name + s) for s in ("", "-wal", "-journal")]
        before = [_stamp(p) for p in sources]
        for source, stamp in zip(sources, before, strict=True):
            suffix = source.name[len(path.name) :]
            (scratch / f"booth.sqlite{suffix}").unlink(missing_ok=True)
            if stamp is None:
                continue
            try:
                shutil.copyfile(source, scratch / f"booth.sqlite{suffix}")
            except FileNotFoundError:  # checkpointed and removed meanwhile
                break
        else:
            if [_stamp(p) for p in sources] == before:
                return target
    raise StorageError(f"{path}: the file kept changing while it was being copied; try again")


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns
