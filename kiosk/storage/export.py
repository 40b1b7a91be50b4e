"""A consistent, self-contained copy of a live booth database."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.storage.chain import ChainReport
from kiosk.storage.database import inspect_file
from kiosk.storage.errors import NotAKioskFile, StorageError, disk_problem
from kiosk.storage.records import verify_file
from kiosk.storage.schema import APPLICATION_ID

# An export or merge in progress rewrites its copy within seconds; older ones were cut off.
STALE_AFTER_SECONDS = 120


class ExportDiskError(StorageError):
    """The stick refused the copy (full, read-only, failing); `problem` says which."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    chain: ChainReport


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export_database(source: str | Path, out: str | Path) -> ExportResult:
    """Copy `source` with SQLite's backup API into `out`, atomically, then verify the copy.

    The copy is taken in one step inside a read transaction, so a kiosk
    writing at the same time cannot tear it. It is written to a temporary
    name, switched to rollback journal (one file, no -wal), fsynced and only
    then renamed into place.
    """
    source, out = Path(source), Path(out)
    if not source.exists():
        raise StorageError(f"{source}: no such database")
    if inspect_file(source)[0] != APPLICATION_ID:
        raise NotAKioskFile(f"{source}: not a Gerai booth database")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    remove_leftovers(out.parent)
    try:
        for path in (tmp, _journal(tmp)):  # this very export, cut off moments ago
            path.unlink(missing_ok=True)
        _backup(source, tmp)
        chain, integrity = verify_file(tmp)
        if integrity != "ok" or not chain.ok:
            raise StorageError(
                f"export of {source} failed verification: {integrity}; {chain.describe()}"
            )
        os.replace(tmp, out)
    except (sqlite3.Error, OSError) as exc:
        problem = disk_problem(exc)
        if problem is None and isinstance(exc, OSError):
            raise
        if problem is not None:
            raise ExportDiskError(
                f"export to {out.parent} failed: {problem} ({exc}); no part of the copy was"
                f" left there, and the booth file {source} is unchanged: every record in it"
                " is safe."
                " Make room on the stick (or use another one) and export again.",
                problem,
            ) from exc
        raise StorageError(f"export of {source} failed: {exc}") from exc
    finally:
        # A full stick fails with OSError as well: neither the copy nor its journal stays.
        for path in (tmp, _journal(tmp)):
            with contextlib.suppress(OSError):  # a read-only stick: there is none to remove
                path.unlink(missing_ok=True)
    sync_folder(out.parent)
    return ExportResult(out, file_sha256(out), chain)


def sync_folder(folder: Path) -> None:
    """fsync a folder, so the names just written in it are on the disk (a stick may be
    pulled out after this)."""
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def leftover_partials(folder: Path, min_age: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Copies an interrupted export or merge left in `folder` (`.NAME.partial`, its journal)."""
    found = []
    now = time.time()
    for path in folder.glob(".*.partial*"):
        if not path.name.endswith((".partial", ".partial-journal")):
            continue
        try:
            if path.is_file() and now - path.stat().st_mtime >= min_age:
                found.append(path)
        except OSError:
            continue  # removed meanwhile
    return sorted(found)


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete what `leftover_partials` finds; it holds nothing the finished copies lack."""
    removed = []
    for path in leftover_partials(folder):
        try:
            path.unlink()
        except OSError:
            continue  # a read-only stick: the export itself will say so
        removed.append(path)
    return removed


def _journal(path: Path) -> Path:
    return path.with_name(f"{path.name}-journal")


def _backup(source: Path, target: Path) -> None:
    """One-step online backup into a single-file (rollback journal) database, fsynced."""
    src = sqlite3.connect(f"file:{source.resolve()}?mode=ro", uri=True, timeout=10.0)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        dst.commit()
    finally:
        dst.close()
        src.close()
    with open(target, "rb") as f:
        os.fsync(f.fileno())
