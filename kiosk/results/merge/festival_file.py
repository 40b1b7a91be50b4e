"""Opening the merged festival file, for writing (merge) or reading (results, report)."""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from kiosk.results.errors import MergeError, NotAFestivalFile
from kiosk.results.merge.schema import (
    FESTIVAL_APPLICATION_ID,
    FESTIVAL_SCHEMA_VERSION,
    create_report_tables,
    create_schema,
    upgrade_schema,
)
from kiosk.results.merge.survey_services import create_survey_tables


@contextmanager
def writing_festival_file(path: str | Path) -> Iterator[sqlite3.Connection]:
    """Create or extend a merged festival file, all or nothing.

    The work is done on a private copy (`.NAME.partial`) without fsyncs, then
    synced once and renamed over `path`: a failed or interrupted merge leaves
    the previous file exactly as it was, and a hundred commits cost no fsyncs.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        _check_identity(path)  # before creating anything beside a file that is not ours
    path.parent.mkdir(parents=True, exist_ok=True)
    with _only_writer(path):
        if path.exists() and path.stat().st_size > 0:
            _check_identity(path)  # what the merge before this one left
        yield from _write_partial(path)


@contextmanager
def _only_writer(path: Path) -> Iterator[None]:
    """One merge at a time into one festival file: a second is refused, never interleaved.

    The lock file stays (removing it would let a third merge lock a new one
    while the second still holds the old); the kernel drops the lock when
    the process ends, however it ends.
    """
    lock = path.with_name(f".{path.name}.lock")
    with open(lock, "a+b") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise MergeError(
                f"another kiosk merge is writing {path} right now: wait until it has finished,"
                " then run this one again (nothing was changed)"
            ) from None
        yield


def _write_partial(path: Path) -> Iterator[sqlite3.Connection]:
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        # Inside the try: a copy cut short by a full disk is removed like a failed merge.
        if path.exists() and path.stat().st_size > 0:
            shutil.copyfile(path, partial)
        conn = _open_partial(partial)
        try:
            yield conn
            conn.execute("PRAGMA optimize")
        finally:
            conn.close()
        _sync_and_replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _open_partial(partial: Path) -> sqlite3.Connection:
    fresh = not partial.exists()
    # URI filenames on the main connection let ATTACH open inputs with ?mode=ro&immutable=1.
    conn = sqlite3.connect(f"file:{quote(str(partial.resolve()))}", uri=True, isolation_level=None)
    # A private copy: a journal in memory still rolls back one failed input;
    # a large cache keeps the uuid and (kiosk, seq) indexes in memory.
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -131072")
    if fresh:
        create_schema(conn)
    upgrade_schema(conn)
    create_survey_tables(conn)  # also into files merged before the survey existed
    create_report_tables(conn)
    return conn


def _sync_and_replace(partial: Path, path: Path) -> None:
    with open(partial, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(partial, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def read_festival_file(path: str | Path) -> sqlite3.Connection:
    """Open a merged festival file read-only, rows as sqlite3.Row."""
    path = Path(path)
    if not path.exists():
        raise NotAFestivalFile(f"{path}: no such file")
    _check_identity(path)
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def _check_identity(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAFestivalFile(f"{path}: not a readable SQLite file ({exc})") from exc
    if app_id != FESTIVAL_APPLICATION_ID:
        raise NotAFestivalFile(f"{path}: not a merged festival file (made by `kiosk merge`)")
    if version > FESTIVAL_SCHEMA_VERSION:
        raise NotAFestivalFile(f"{path}: made by a newer Gerai; update this tool")
