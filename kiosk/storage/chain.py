"""The hash chain over visitor records: canonical encoding, hashing, verification.

Each record's hash is SHA-256 over a canonical JSON array of its fields,
`prev_hash` included, so editing, deleting or reordering any record breaks
every hash from that point on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64

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


def canonical_data(data: Mapping[str, Any]) -> str:
    """The one JSON text a record's details are stored and hashed as."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_hash(record: Mapping[str, Any]) -> str:
    encoded = json.dumps(
        [record[f] for f in CHAIN_FIELDS], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    """The outcome of walking a kiosk's chain from its first record."""

    ok: bool
    count: int  # records checked that were intact
    last_seq: int  # last intact sequence number (0 for none)
    head_hash: str  # hash of the last intact record
    kiosk_id: str | None
    bad_seq: int | None = None  # first sequence number that fails
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return (
                f"{self.count} records, last sequence {self.last_seq}, head {self.head_hash[:16]}"
            )
        return f"chain broken at sequence {self.bad_seq}: {self.problem}"


def verify_records(rows: Iterable[Mapping[str, Any]]) -> ChainReport:
    """Check rows (ordered by seq) for gaps, reordering, edits and foreign kiosk ids."""
    expected_seq = 1
    prev_hash = GENESIS_HASH
    kiosk_id: str | None = None
    for row in rows:
        seq = row["seq"]
        problem = ""
        if seq != expected_seq:
            problem = (
                f"record {expected_seq} is missing (next is {seq})"
                if seq > expected_seq
                else f"record {seq} is out of order"
            )
        elif row["prev_hash"] != prev_hash:
            problem = "prev_hash does not match the previous record (edited, deleted or reordered)"
        elif record_hash(row) != row["hash"]:
            problem = "hash does not match the record's contents (edited)"
        elif kiosk_id is not None and row["kiosk_id"] != kiosk_id:
            problem = f"kiosk id {row['kiosk_id']} differs from {kiosk_id}"
        if problem:
            return ChainReport(
                False,
                expected_seq - 1,
                expected_seq - 1,
                prev_hash,
                kiosk_id,
                expected_seq,
                problem,
            )
        kiosk_id = row["kiosk_id"]
        prev_hash = row["hash"]
        expected_seq += 1
    return ChainReport(True, expected_seq - 1, expected_seq - 1, prev_hash, kiosk_id)
