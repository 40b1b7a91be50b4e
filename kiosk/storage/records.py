"""Appending visitor records to the hash chain, and reading them back."""

from __future__ import annotations

import logging
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.domain.clock import Clock, SystemClock
from kiosk.storage.chain import (
    CHECKPOINT_KIND,
    GENESIS_HASH,
    RECORD_COLUMNS,
    ChainReport,
    canonical_data,
    checkpoint_data,
    latest_checkpoint,
    record_hash,
    verify_chain,
    verify_since_checkpoint,
)
from kiosk.storage.database import BoothDatabase, kiosk_id_of, utc_iso
from kiosk.storage.errors import RecordNotStored
from kiosk.storage.readonly import open_read_only

log = logging.getLogger(__name__)

# A checkpoint is added once this many records followed the last one, so crash recovery
# walks at most about this many records, however large the file grows.
CHECKPOINT_EVERY = 500
# How long a record waits for the file check that a held log waits for (see `hold`).
CHECK_WAIT_SECONDS = 120.0


@dataclass(frozen=True)
class VisitorRecord:
    seq: int
    uuid: str
    kiosk_id: str
    run_id: str
    session_id: str
    kind: str
    recorded_at: str
    monotonic_ns: int
    innovation_slug: str | None
    data: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class WriteFailure:
    """The last record the file refused (kept in memory: the file could not take it)."""

    at: datetime  # UTC, the first refusal since records were last stored
    kind: str  # of the latest refused record
    reason: str  # SQLite's words for the latest, e.g. "database or disk is full"
    recovered_at: datetime | None = None  # the next record that was stored
    count: int = 1  # records refused since `at`


class RecordLog:
    """The kiosk's append-only visitor log. `append` returns only after COMMIT."""

    def __init__(self, db: BoothDatabase, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.kiosk_id = kiosk_id_of(db)
        self.run_id = str(uuid.uuid4())
        self.last_failure: WriteFailure | None = None  # for staff mode
        self._checked = threading.Event()  # set: records may be written (see `hold`)
        self._checked.set()
        self._refusal = ""  # why the file check refused the file ("" if it did not)
        self._checkpoint_seq: int | None = None  # the latest checkpoint's seq, once read

    # --- the file check a kiosk start does not wait for ----------------------------
    def hold(self) -> None:
        """Records wait until `release`: the file is being checked (on another thread) and
        nothing is acknowledged to a visitor before it has been found sound."""
        self._refusal = ""
        self._checked.clear()

    def release(self, refusal: str = "") -> None:
        """The check is done: records are written again, or with `refusal` (why the file
        is unsound) every record is refused from now on, as by a failing disk."""
        self._refusal = refusal
        self._checked.set()

    @property
    def held(self) -> bool:
        return not self._checked.is_set()

    @property
    def refusal(self) -> str:
        return self._refusal

    def _wait_for_check(self, kind: str) -> None:
        if not self._checked.wait(CHECK_WAIT_SECONDS):
            reason = "the booth file's check has not finished"
            self._note_failure(kind, reason)
            raise RecordNotStored(f"the {kind} record was not stored: {reason}")
        if self._refusal:
            self._note_failure(kind, self._refusal)
            raise RecordNotStored(f"the {kind} record was not stored: {self._refusal}")

    def append(
        self,
        kind: str,
        session_id: str,
        data: Mapping[str, Any],
        innovation_slug: str | None = None,
    ) -> VisitorRecord:
        self._wait_for_check(kind)
        return self._append(self.db, kind, session_id, data, innovation_slug)

    def _append(
        self,
        db: BoothDatabase,
        kind: str,
        session_id: str,
        data: Mapping[str, Any],
        innovation_slug: str | None = None,
        head_must_be: tuple[int, str] | None = None,
    ) -> VisitorRecord:
        conn = db.conn
        try:
            # IMMEDIATE: take the write lock before reading the chain head, so
            # two writers can never both extend the same head.
            conn.execute("BEGIN IMMEDIATE")
            try:
                head = conn.execute(
                    "SELECT seq, hash FROM visitor_records ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                if head_must_be is not None and tuple(head or (0, GENESIS_HASH)) != head_must_be:
                    raise _HeadMoved
                fields: dict[str, Any] = {
                    "seq": head[0] + 1 if head else 1,
                    "uuid": str(uuid.uuid4()),
                    "kiosk_id": self.kiosk_id,
                    "run_id": self.run_id,
                    "session_id": session_id,
                    "kind": kind,
                    "recorded_at": utc_iso(self.clock.utc_now()),
                    "monotonic_ns": int(self.clock.monotonic() * 1e9),
                    "innovation_slug": innovation_slug,
                    "data": canonical_data(data),
                    "prev_hash": head[1] if head else GENESIS_HASH,
                }
                fields["hash"] = record_hash(fields)
                conn.execute(
                    "INSERT INTO visitor_records (seq, uuid, kiosk_id, run_id, session_id, kind,"
                    " recorded_at, monotonic_ns, innovation_slug, data, prev_hash, hash)"
                    " VALUES (:seq, :uuid, :kiosk_id, :run_id, :session_id, :kind, :recorded_at,"
                    " :monotonic_ns, :innovation_slug, :data, :prev_hash, :hash)",
                    fields,
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if kind == CHECKPOINT_KIND:  # not a visitor's record: nothing to tell staff
                raise RecordNotStored(f"the checkpoint was not stored: {exc}") from exc
            self._note_failure(kind, str(exc))
            raise RecordNotStored(f"the {kind} record was not stored: {exc}") from exc
        if self.last_failure is not None and self.last_failure.recovered_at is None:
            self.last_failure = replace(self.last_failure, recovered_at=self.clock.utc_now())
        return VisitorRecord(**fields)

    # --- checkpoints (see kiosk.storage.chain.CHECKPOINT_KIND) ---------------------
    def append_checkpoint(
        self, verified: ChainReport, db: BoothDatabase | None = None
    ) -> VisitorRecord | None:
        """Add a checkpoint after `verified` (an intact chain up to its head), on `db` (a
        connection of its own, for a worker thread) or the log's. None when the head has
        moved since (the next checkpoint will do) or the chain is empty or ends in one."""
        if not verified.ok or verified.last_seq == 0:
            return None
        if verified.last_seq == self._checkpoint_seq:
            return None
        try:
            record = self._append(
                db or self.db,
                CHECKPOINT_KIND,
                "",
                checkpoint_data(verified),
                head_must_be=(verified.last_seq, verified.head_hash),
            )
        except _HeadMoved:
            return None
        self._checkpoint_seq = record.seq
        return record

    def checkpoint_if_due(self) -> VisitorRecord | None:
        """Every CHECKPOINT_EVERY records: verify those since the last checkpoint and add
        one (a few milliseconds; the booth calls it when a visit has ended). Never raises:
        a checkpoint is only ever a shortcut for the next crash recovery."""
        if self.held or self._refusal:
            return None
        conn = self.db.conn
        try:
            if self._checkpoint_seq is None:
                latest = latest_checkpoint(conn)
                self._checkpoint_seq = latest[0] if latest else 0
            head = conn.execute("SELECT max(seq) FROM visitor_records").fetchone()[0] or 0
            if head - self._checkpoint_seq < CHECKPOINT_EVERY:
                return None
            verified = verify_since_checkpoint(conn, self.kiosk_id)
            if not verified.ok:
                log.error("no checkpoint: %s", verified.describe())
                self._checkpoint_seq = head  # do not walk the broken part after every visit
                return None
            return self.append_checkpoint(verified)
        except (sqlite3.Error, RecordNotStored) as exc:
            log.warning("no checkpoint this time: %s", exc)
            return None

    def _note_failure(self, kind: str, reason: str) -> None:
        failing = self.last_failure
        if failing is not None and failing.recovered_at is None:  # still the same outage
            self.last_failure = replace(failing, kind=kind, reason=reason, count=failing.count + 1)
        else:
            self.last_failure = WriteFailure(self.clock.utc_now(), kind, reason)

    def count(self, kind: str | None = None) -> int:
        if kind is None:
            row = self.db.execute("SELECT count(*) FROM visitor_records").fetchone()
        else:
            row = self.db.execute(
                "SELECT count(*) FROM visitor_records WHERE kind = ?", [kind]
            ).fetchone()
        return int(row[0])


class _HeadMoved(Exception):
    """A checkpoint's head is no longer the chain's head (a record came in between)."""


def iter_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every visitor record of an open file, by field name, in sequence order."""
    cursor = conn.execute(f"SELECT {', '.join(RECORD_COLUMNS)} FROM visitor_records ORDER BY seq")
    for row in cursor:
        yield dict(zip(RECORD_COLUMNS, row, strict=True))


@dataclass(frozen=True)
class FileCheck:
    """What `check_file` found in a booth file."""

    chain: ChainReport
    integrity: str  # "ok", or what PRAGMA integrity_check said
    wal_missing: bool  # a raw WAL-mode copy without its -wal: newest records may be missing
    notes: tuple[str, ...]  # how the file was read (see kiosk.storage.readonly)


def check_file(path: str | Path) -> FileCheck:
    """Check a file without writing beside it: integrity, hash chain, and how it was read."""
    with open_read_only(path) as opened:
        conn = opened.conn
        integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall())
        chain = verify_chain(conn)
        return FileCheck(chain, integrity, opened.wal_missing, opened.notes)


def verify_file(path: str | Path) -> tuple[ChainReport, str]:
    """Check a file read-only: (chain report, integrity_check result)."""
    check = check_file(path)
    return check.chain, check.integrity


def as_dict(record: VisitorRecord) -> dict[str, Any]:
    return asdict(record)
