"""Knowing, at start, that the last run ended badly; checking the file; saying so to staff.

A run marker (`db/kiosk.running`: pid, start time, database) is written when
the kiosk starts and removed when it exits cleanly. The marker sits beside
a lock file that the operating system unlocks when the process dies. So at
the next start, "marker present, lock free" means the last run crashed, was
killed, or lost power: the database is checked (quick_check and the hash
chain head) and a `crash_recovered` row is added to `staff_events`.

The UI calls `start_run(db, db_path)` right after `prepare_booth` and
`end_run()` once the Qt event loop has returned.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kiosk import __version__
from kiosk.ops import runlock
from kiosk.storage.chain import ChainReport, verify_chain
from kiosk.storage.database import BoothDatabase, utc_iso
from kiosk.storage.errors import StorageError
from kiosk.storage.journal import log_event_if_possible

log = logging.getLogger(__name__)

MARKER_NAME = "kiosk.running"
LOCK_NAME = "kiosk.lock"
CRASH_EVENT = "crash_recovered"


class AlreadyRunning(StorageError):
    """Another kiosk process is serving from the same database folder."""


@dataclass(frozen=True)
class RecoveryReport:
    """What `start_run` found: whether the last run crashed, and the state of the file."""

    crashed: bool
    marker: Path
    previous: dict[str, Any] | None = None  # the dead run's marker (pid, started_at, db)
    quick_check: str = ""
    chain: ChainReport | None = None

    @property
    def ok(self) -> bool:
        """False only when a check after a crash found damage."""
        if not self.crashed:
            return True
        return self.quick_check == "ok" and self.chain is not None and self.chain.ok

    def describe(self) -> str:
        """Plain words for staff_events and the log."""
        if not self.crashed:
            return "the previous run exited cleanly"
        prev = self.previous or {}
        who = (
            f"pid {prev.get('pid', '?')}, started {prev.get('started_at', '?')}, "
            f"database {prev.get('db', '?')}"
        )
        chain = "chain not checked"
        if self.chain is not None:
            chain = ("chain intact: " if self.chain.ok else "") + self.chain.describe()
        verdict = "" if self.ok else "; DAMAGED: keep the file and tell the organizers"
        return (
            f"the previous run ({who}) did not exit cleanly (crash, kill or power cut); "
            f"quick_check {self.quick_check}; {chain}{verdict}"
        )


@dataclass
class _Run:
    lock: IO[bytes]
    marker: Path


_current: _Run | None = None


def start_run(db: BoothDatabase, db_path: Path) -> RecoveryReport:
    """Begin a run on `db`: detect and record a previous crash, then write the run marker.

    Raises AlreadyRunning if another live kiosk uses the same folder (or this
    process already started a run).
    """
    global _current
    if _current is not None:
        raise AlreadyRunning("this process already started a run; call end_run() first")
    folder = Path(db_path).parent
    lock = _take_lock(folder)
    try:
        marker = folder / MARKER_NAME
        previous = read_marker(marker)
        report = RecoveryReport(False, marker)
        if previous is not None:
            report = check_after_crash(db, marker, previous)
            record_crash(db, report)
        write_marker(marker, Path(db_path))
    except BaseException:
        runlock.release(lock)
        raise
    _current = _Run(lock, marker)
    return report


def end_run() -> None:
    """Clean exit: remove the run marker and release the lock. Safe to call twice."""
    global _current
    run, _current = _current, None
    if run is None:
        return
    run.marker.unlink(missing_ok=True)
    runlock.release(run.lock)


def _take_lock(folder: Path) -> IO[bytes]:
    try:
        return runlock.acquire(folder / LOCK_NAME)
    except runlock.LockBusy:
        raise AlreadyRunning(
            f"another kiosk is already running on {folder}; close it first "
            "(systemctl --user stop gerai-kiosk, or end the other window)"
        ) from None


def read_marker(marker: Path) -> dict[str, Any] | None:
    """The marker's contents, {} if it is unreadable (cut short by a power loss), None if absent."""
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def write_marker(marker: Path, db_path: Path) -> None:
    """Write the marker durably (temp file, fsync, rename) so a power cut leaves a whole one."""
    data = {
        "pid": os.getpid(),
        "started_at": utc_iso(),
        "db": str(db_path),
        "app_version": __version__,
    }
    tmp = marker.with_name(marker.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        json.dump(data, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, marker)


def check_after_crash(db: BoothDatabase, marker: Path, previous: dict[str, Any]) -> RecoveryReport:
    """quick_check and a walk of the hash chain up to its head."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
        quick = "; ".join(str(r[0]) for r in rows)
        chain: ChainReport | None = verify_chain(db.conn)
    except sqlite3.DatabaseError as exc:
        quick, chain = f"failed ({exc})", None
    return RecoveryReport(True, marker, previous, quick, chain)


def record_crash(db: BoothDatabase, report: RecoveryReport) -> None:
    """Log the crash and note it for staff in staff_events."""
    level = logging.WARNING if report.ok else logging.ERROR
    log.log(level, "recovered after an unclean exit: %s", report.describe())
    note_staff_event(db, CRASH_EVENT, report.describe())


def note_staff_event(db: BoothDatabase, event: str, detail: str) -> None:
    """Add one row to staff_events (also for the UI's crash callback: event "ui_error")."""
    log_event_if_possible(db, event, detail)  # a full disk must not stop the recovery
