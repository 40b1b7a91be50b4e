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
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kiosk import __version__
from kiosk.ops import runlock
from kiosk.storage.chain import ChainReport, verify_since_checkpoint
from kiosk.storage.database import BoothDatabase, connect, utc_iso
from kiosk.storage.errors import StorageError
from kiosk.storage.journal import log_event_if_possible
from kiosk.storage.records import RecordLog

log = logging.getLogger(__name__)

MARKER_NAME = "kiosk.running"
LOCK_NAME = "kiosk.lock"
# Written beside the file when the check after the first frame found it unsound: the
# next start checks the file before anything else (and replaces it if still unsound).
UNSOUND_NAME = "kiosk.unsound"
CRASH_EVENT = "crash_recovered"
UNSOUND_EVENT = "file_unsound"


class AlreadyRunning(StorageError):
    """Another kiosk process is serving from the same database folder."""


@dataclass(frozen=True)
class RecoveryReport:
    """What `start_run` found: whether the last run crashed, and the state of the file."""

    crashed: bool
    marker: Path
    previous: dict[str, Any] | None = None  # the dead run's marker (pid, started_at, db)
    quick_check: str = ""  # "" when left to the check after the first frame
    chain: ChainReport | None = None

    @property
    def ok(self) -> bool:
        """False only when a check after a crash found damage."""
        if not self.crashed:
            return True
        quick_ok = self.quick_check in ("ok", "")
        return quick_ok and self.chain is not None and self.chain.ok

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
        quick = self.quick_check or "after the first frame"
        return (
            f"the previous run ({who}) did not exit cleanly (crash, kill or power cut); "
            f"quick_check {quick}; {chain}{verdict}"
        )


@dataclass
class _Run:
    lock: IO[bytes]
    marker: Path


_current: _Run | None = None


def start_run(db: BoothDatabase, db_path: Path, *, quick_check: bool = True) -> RecoveryReport:
    """Begin a run on `db`: detect and record a previous crash, then write the run marker.

    After a crash the chain is checked from its latest checkpoint, and with
    `quick_check` the whole file by SQLite (without it the caller runs a
    `BackgroundCheck`). Raises AlreadyRunning if another live kiosk uses the same
    folder (or this process already started a run).
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
            report = check_after_crash(db, marker, previous, quick_check=quick_check)
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


def check_after_crash(
    db: BoothDatabase, marker: Path, previous: dict[str, Any], *, quick_check: bool = True
) -> RecoveryReport:
    """A walk of the hash chain from its latest checkpoint to its head, and (with
    `quick_check`) SQLite's check of the whole file."""
    quick = ""
    try:
        if quick_check:
            quick = quick_check_text(db.conn)
        chain: ChainReport | None = verify_since_checkpoint(db.conn)
    except sqlite3.DatabaseError as exc:
        quick, chain = f"failed ({exc})", None
    return RecoveryReport(True, marker, previous, quick, chain)


def quick_check_text(conn: sqlite3.Connection) -> str:
    """What `PRAGMA quick_check` says, on one line ("ok" for a sound file)."""
    return "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall())


def must_check_first(db_path: Path) -> bool:
    """Whether the last run found this file unsound (then it is checked before use)."""
    return (Path(db_path).parent / UNSOUND_NAME).exists()


def checked_first(db_path: Path) -> None:
    """The file was checked before use (and replaced if unsound): forget the note."""
    (Path(db_path).parent / UNSOUND_NAME).unlink(missing_ok=True)


@dataclass(frozen=True)
class FileVerdict:
    """What the check after the first frame found."""

    quick_check: str
    chain: ChainReport | None
    checkpoint: int | None = None  # seq of the checkpoint it added

    @property
    def ok(self) -> bool:
        """Whether SQLite found the file sound (a broken chain is evidence to keep, and
        recorded, but the file still takes records, as it did before this check)."""
        return self.quick_check == "ok"

    def describe(self) -> str:
        chain = "chain not checked" if self.chain is None else self.chain.describe()
        return f"quick_check {self.quick_check}; {chain}"


def check_file(db_path: Path, log: RecordLog) -> FileVerdict:
    """quick_check of the whole file and the chain from its latest checkpoint, on a
    connection of its own; when sound, a checkpoint at the head (the next crash
    recovery starts there)."""
    try:
        db = connect(db_path)
    except sqlite3.DatabaseError as exc:
        return FileVerdict(f"failed ({exc})", None)
    try:
        quick = quick_check_text(db.conn)
        chain = verify_since_checkpoint(db.conn, log.kiosk_id) if quick == "ok" else None
        verdict = FileVerdict(quick, chain)
        if chain is not None and not chain.ok:
            log_event_if_possible(db, UNSOUND_EVENT, f"hash {chain.describe()}")
        elif verdict.ok and chain is not None:
            try:
                record = log.append_checkpoint(chain, db)
            except StorageError as exc:
                log_event_if_possible(db, UNSOUND_EVENT, f"no checkpoint added: {exc}")
                record = None
            verdict = FileVerdict(quick, chain, record.seq if record else None)
        return verdict
    except sqlite3.DatabaseError as exc:
        return FileVerdict(f"failed ({exc})", None)
    finally:
        db.close()


class BackgroundCheck:
    """The booth file's check after the first frame, on a worker thread.

    Made before the first frame: the record log is held at once (a visitor record
    waits for the verdict). `start()` runs `check_file`; then the log is released,
    or, if the file is unsound, released refusing every record: the problem is noted
    in staff_events and beside the file (`UNSOUND_NAME`) and `on_unsound(text)` is
    called (from the worker thread: a UI hands it to its own thread).
    """

    def __init__(
        self, db_path: Path, log: RecordLog, on_unsound: Callable[[str], None] | None = None
    ) -> None:
        self.db_path = Path(db_path)
        self.log = log
        self.on_unsound = on_unsound
        self.verdict: FileVerdict | None = None
        self.thread: threading.Thread | None = None
        log.hold()

    def start(self) -> threading.Thread:
        if self.thread is None:
            self.thread = threading.Thread(target=self.run, name="gerai-file-check", daemon=True)
            self.thread.start()
        return self.thread

    def run(self) -> None:
        try:
            verdict = check_file(self.db_path, self.log)
        except BaseException as exc:  # the log must never stay held
            self.log.release(f"the booth file could not be checked ({exc})")
            raise
        self.verdict = verdict
        if verdict.ok:
            self.log.release()
            log.info("booth file checked: %s", verdict.describe())
            return
        problem = f"the booth file is damaged: {verdict.describe()}"
        self.log.release(problem)
        log.error("%s; no more visitor records are written to it", problem)
        (self.db_path.parent / UNSOUND_NAME).write_text(problem + "\n", encoding="utf-8")
        try:
            db = connect(self.db_path)
            try:
                log_event_if_possible(db, UNSOUND_EVENT, problem)
            finally:
                db.close()
        except sqlite3.DatabaseError:
            pass  # the log has it
        if self.on_unsound is not None:
            self.on_unsound(problem)


def record_crash(db: BoothDatabase, report: RecoveryReport) -> None:
    """Log the crash and note it for staff in staff_events."""
    level = logging.WARNING if report.ok else logging.ERROR
    log.log(level, "recovered after an unclean exit: %s", report.describe())
    note_staff_event(db, CRASH_EVENT, report.describe())


def note_staff_event(db: BoothDatabase, event: str, detail: str) -> None:
    """Add one row to staff_events (also for the UI's crash callback: event "ui_error")."""
    log_event_if_possible(db, event, detail)  # a full disk must not stop the recovery
