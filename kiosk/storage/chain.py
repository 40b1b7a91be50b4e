"""The hash chain over visitor records: the one canonical encoding, hashing and verifier.

Each record's hash is SHA-256 over a canonical JSON array of its fields,
`prev_hash` included, so editing, deleting or reordering any record breaks
every hash from that point on. The kiosk that writes a record, `kiosk verify`,
crash recovery, staff mode's health check and the organizers' merge all hash
through `canonical_record` and check through `verify_rows`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64
# A record the kiosk adds to its own chain after the chain up to it was verified (its
# `data` names the last verified record and its hash). Being a link of the chain, it
# cannot be moved or forged without breaking every hash after it; crash recovery starts
# from the latest one (`verify_since_checkpoint`). `kiosk verify` and the merge ignore
# checkpoints and walk every record from the first: they speed a start, never the audit.
CHECKPOINT_KIND = "checkpoint"

CHAIN_FIELDS = (
    "seq",
    "uuid",
    "kiosk_id",
    "run_id",
    "session_id",
    "kind",
    "recorded_at",
    "monotonic_ns",
    "innovation_slug",
    "data",
    "prev_hash",
)
# A record as stored: the hashed fields, then the hash (one list, never two).
RECORD_COLUMNS = (*CHAIN_FIELDS, "hash")
_PREV, _HASH, _KIOSK = CHAIN_FIELDS.index("prev_hash"), len(CHAIN_FIELDS), 2

RecordRow = Sequence[Any]  # one record's values in RECORD_COLUMNS order
RecordObserver = Callable[[RecordRow], None]

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_quote = json.encoder.encode_basestring  # the C function json.dumps uses for ensure_ascii=False
_STRINGS = (1, 2, 3, 4, 5, 6, 9, 10)  # uuid, kiosk_id, run_id, session_id, kind, at, data, prev


def canonical_data(data: Mapping[str, Any]) -> str:
    """The one JSON text a record's details are stored and hashed as."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_record(row: RecordRow) -> str:
    """The JSON array a record's hash is taken over, for values in CHAIN_FIELDS order.

    Equal, byte for byte, to `json.dumps(values, ensure_ascii=False,
    separators=(",", ":"))`. Records of the usual types are written out with
    json's own string quoting, three times faster than json.dumps, which the
    merge needs for millions of records; anything unusual goes through json.
    """
    seq, mono, slug = row[0], row[7], row[8]
    if (
        type(seq) is not int
        or type(mono) is not int
        or not (slug is None or type(slug) is str)
        or any(type(row[i]) is not str for i in _STRINGS)
    ):
        return _encode(list(row[:_HASH]))
    q = _quote
    return (
        f"[{seq},{q(row[1])},{q(row[2])},{q(row[3])},{q(row[4])},{q(row[5])},{q(row[6])},"
        f"{mono},{'null' if slug is None else q(slug)},{q(row[9])},{q(row[10])}]"
    )


def row_hash(row: RecordRow) -> str:
    """SHA-256 of `canonical_record(row)`: the hash a record must carry."""
    return hashlib.sha256(canonical_record(row).encode("utf-8")).hexdigest()


def record_hash(record: Mapping[str, Any]) -> str:
    """`row_hash` for a record given by field name."""
    return row_hash([record[f] for f in CHAIN_FIELDS])


@dataclass(frozen=True)
class ChainReport:
    """The outcome of walking a kiosk's chain from its first record."""

    ok: bool
    count: int  # records 1..count are intact
    last_seq: int  # last intact sequence number (0 for none)
    head_hash: str  # hash of the last intact record
    kiosk_id: str | None  # the kiosk every record must name
    bad_seq: int | None = None  # first sequence number that fails
    problem: str = ""
    # The first record walked: 1, or the latest checkpoint's (records before it were
    # verified when that checkpoint was written, see `verify_since_checkpoint`).
    from_seq: int = 1

    def describe(self) -> str:
        """One line for a person: the chain's size and head, or where and why it breaks."""
        walked = ""
        if self.from_seq > 1:
            walked = f" (checked from the checkpoint at sequence {self.from_seq})"
        if self.ok:
            return (
                f"{self.count} records, last sequence {self.last_seq}, "
                f"head {self.head_hash[:16]}{walked}"
            )
        return f"chain broken at sequence {self.bad_seq}: {self.problem}{walked}"


def verify_rows(
    rows: Iterable[RecordRow],
    kiosk_id: str | None,
    observe: RecordObserver | None = None,
    *,
    first: int = 1,
    prev: str = GENESIS_HASH,
) -> ChainReport:
    """Check rows in RECORD_COLUMNS order, sorted by seq, from the first; stop at the first
    that does not hold: a gap, a reordering, an edit, or a record of another kiosk.

    Every record must name `kiosk_id`, the kiosk the file says it belongs to (None: the
    file names none, so no record can hold). `observe`, if given, sees every intact
    record in order (the merge's clock-jump watch rides on this one pass). `first` and
    `prev` start the walk later in the chain (crash recovery, from a checkpoint): the
    first row must be record `first` and name `prev` as the hash before it.
    """
    expected = start = first
    for row in rows:
        problem = _problem(row, expected, prev, kiosk_id)
        if problem:
            return ChainReport(
                False, expected - 1, expected - 1, prev, kiosk_id, expected, problem, start
            )
        if observe is not None:
            observe(row)
        prev = row[_HASH]
        expected += 1
    return ChainReport(True, expected - 1, expected - 1, prev, kiosk_id, from_seq=start)


def _problem(row: RecordRow, expected: int, prev: str, kiosk_id: str | None) -> str:
    seq = row[0]
    if seq != expected:
        if isinstance(seq, int) and seq > expected:
            return f"record {expected} is missing (next is {seq})"
        return f"record {seq} is out of order"
    if row[_PREV] != prev:
        return "prev_hash does not match the previous record (edited, deleted or reordered)"
    if row_hash(row) != row[_HASH]:
        return "hash does not match the record's contents (edited)"
    if row[_KIOSK] != kiosk_id:
        if kiosk_id is None:
            return f"kiosk id {row[_KIOSK]}, but the file names no kiosk"
        return f"kiosk id {row[_KIOSK]} differs from the file's kiosk {kiosk_id}"
    return ""


def verify_records(records: Iterable[Mapping[str, Any]], kiosk_id: str | None) -> ChainReport:
    """`verify_rows` for records given by field name (e.g. rows read back from a merge)."""
    return verify_rows((tuple(r[c] for c in RECORD_COLUMNS) for r in records), kiosk_id)


def verify_chain(
    conn: sqlite3.Connection, kiosk_id: str | None = None, observe: RecordObserver | None = None
) -> ChainReport:
    """Verify the visitor records of an open booth file against its kiosk (read from the
    file's `kiosk` table unless `kiosk_id` is given), streaming them in sequence order."""
    if kiosk_id is None:
        kiosk_id = _file_kiosk(conn)
    cursor = conn.execute(f"SELECT {', '.join(RECORD_COLUMNS)} FROM visitor_records ORDER BY seq")
    return verify_rows(cursor, kiosk_id, observe)


def latest_checkpoint(conn: sqlite3.Connection) -> tuple[int, str, str] | None:
    """(seq, prev_hash, data) of the newest checkpoint record, None if the file has none."""
    row = conn.execute(
        "SELECT seq, prev_hash, data FROM visitor_records WHERE kind = ? ORDER BY seq DESC LIMIT 1",
        [CHECKPOINT_KIND],
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), str(row[2]))


def checkpoint_data(verified: ChainReport) -> dict[str, Any]:
    """What a checkpoint record says: the last record verified and its hash."""
    return {"verified_seq": verified.last_seq, "verified_head": verified.head_hash}


def verify_since_checkpoint(conn: sqlite3.Connection, kiosk_id: str | None = None) -> ChainReport:
    """Verify the records from the latest checkpoint on (all of them when there is none).

    The checkpoint must follow, as its data says, the record before it as stored now
    (its hash); everything from the checkpoint to the head is walked in full. What this
    cannot see, an edit before the checkpoint with its hash rewritten, `verify_chain`
    (`kiosk verify`, the merge) still finds: this is for a fast start after a crash only.
    """
    if kiosk_id is None:
        kiosk_id = _file_kiosk(conn)
    checkpoint = latest_checkpoint(conn)
    if checkpoint is None:
        return verify_chain(conn, kiosk_id)
    seq, prev_hash, data = checkpoint
    before = conn.execute("SELECT hash FROM visitor_records WHERE seq = ?", [seq - 1]).fetchone()
    stored_prev = GENESIS_HASH if seq == 1 else (before[0] if before else None)
    claim = {"verified_seq": seq - 1, "verified_head": prev_hash}
    if stored_prev is None or _loads(data) != claim:
        # A checkpoint that does not describe its place: walk everything.
        return verify_chain(conn, kiosk_id)
    cursor = conn.execute(
        f"SELECT {', '.join(RECORD_COLUMNS)} FROM visitor_records WHERE seq >= ? ORDER BY seq",
        [seq],
    )
    return verify_rows(cursor, kiosk_id, first=seq, prev=stored_prev)


def _loads(text: object) -> object:
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _file_kiosk(conn: sqlite3.Connection) -> str | None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'kiosk'").fetchone() is None:
        return None
    row = conn.execute("SELECT kiosk_id FROM kiosk WHERE id = 1").fetchone()
    return None if row is None else row[0]
