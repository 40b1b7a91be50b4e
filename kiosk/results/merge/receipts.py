"""The receipts organizers photographed, kept in the festival file and checked against it.

Every receipt given is stored (with where it was read: a text file's line or
a photo's name) and judged against the records merged for its kiosk. How
the receipts decided which files count is `judge.py`; this is the table the
report lists, one row per receipt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from kiosk.storage.receipt import Receipt

CONFIRMED = "confirmed"
MISMATCH = "mismatch"
INCOMPLETE = "incomplete"
NO_FILE = "no_file"
NO_RECEIPT = "no receipt"

_KEY = (
    "kiosk_id = ? AND kind = ? AND shown_at = ? AND last_seq = ? AND head_hash = ?"
    " AND file_sha256 = ? AND first_hash = ?"
)


def add_receipts(
    conn: sqlite3.Connection,
    receipts: Sequence[Receipt],
    origins: Mapping[Receipt, str],
    unread: Sequence[str] = (),
) -> None:
    """Keep the receipts given (once each, with every place they were read from), and the
    photos and lines that could not be read, named for the report."""
    conn.executemany(
        "INSERT OR IGNORE INTO unread_receipts VALUES (?)", [[problem] for problem in unread]
    )
    for r in receipts:
        origin = origins.get(r, "")
        conn.execute(
            "INSERT INTO receipts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"
            " ON CONFLICT DO UPDATE SET origin = CASE WHEN excluded.origin = '' OR"
            " instr(origin, excluded.origin) THEN origin WHEN origin = '' THEN excluded.origin"
            " ELSE origin || ', ' || excluded.origin END",
            [
                r.kind,
                r.kiosk_id,
                r.agency_code,
                r.count,
                r.first_seq,
                r.last_seq,
                r.head_hash,
                r.file_sha256,
                r.pack_sha256,
                r.first_hash,
                r.booth,
                r.at,
                origin,
            ],
        )


def stored_receipts(conn: sqlite3.Connection) -> list[Receipt]:
    """Every receipt this festival file has been given, in this merge or an earlier one."""
    rows = conn.execute(
        "SELECT kiosk_id, agency_code, count, last_seq, head_hash, file_sha256, kind,"
        " first_seq, shown_at, pack_sha256, first_hash, booth FROM receipts ORDER BY rowid"
    )
    return [Receipt(*row) for row in rows]


def check_receipts(conn: sqlite3.Connection) -> None:
    """(Re)check every receipt against the merged chains; note each kiosk's closing receipt."""
    for receipt in stored_receipts(conn):
        r = receipt
        kiosk, kind, at, last_seq = r.kiosk_id, r.kind, r.at, r.last_seq
        head, sha, first = r.head_hash, r.file_sha256, r.first_hash
        status, detail = _judge(conn, receipt)
        conn.execute(
            f"UPDATE receipts SET status = ?, detail = ? WHERE {_KEY}",
            [status, detail, kiosk, kind, at, last_seq, head, sha, first],
        )
    conn.execute(
        "UPDATE kiosks SET closing_receipt = coalesce((SELECT r.status FROM receipts r"
        " WHERE r.kiosk_id = kiosks.kiosk_id AND r.kind = 'close'"
        " ORDER BY r.last_seq DESC, r.shown_at DESC LIMIT 1), ?)",
        [NO_RECEIPT],
    )
    conn.execute(  # counted as no_receipt when merged; its closing receipt came later
        "UPDATE sources SET status = 'accepted', detail = 'closing receipt given later: "
        "confirmed; ' || detail WHERE status = 'no_receipt' AND kiosk_id IN"
        " (SELECT kiosk_id FROM kiosks WHERE closing_receipt = ?)",
        [CONFIRMED],
    )


def _judge(conn: sqlite3.Connection, r: Receipt) -> tuple[str, str]:
    kiosk = conn.execute(
        "SELECT last_seq, agency_code FROM kiosks WHERE kiosk_id = ?", [r.kiosk_id]
    ).fetchone()
    if kiosk is None or not kiosk[0]:
        return NO_FILE, "no record of this kiosk was counted: its file is missing or excluded"
    have, agency = kiosk
    if agency and agency != r.agency_code:
        return MISMATCH, f"the receipt names agency {r.agency_code}, the kiosk's file {agency}"
    if r.kind == "open":
        first = _hash_at(conn, r.kiosk_id, 1)
        if first != r.first_hash:
            return MISMATCH, "the merged chain does not start where the opening receipt says"
        return CONFIRMED, "the kiosk's chain starts where the opening receipt says"
    if have < r.last_seq:
        return INCOMPLETE, f"the merged records reach {have}, the receipt names {r.last_seq}"
    if r.last_seq and _hash_at(conn, r.kiosk_id, r.last_seq) != r.head_hash:
        return MISMATCH, f"merged record {r.last_seq} does not have the receipt's head hash"
    if r.kind == "spot":
        return CONFIRMED, f"the merged chain holds record {r.last_seq} as the spot check saw it"
    counted = conn.execute(
        "SELECT count(*) FROM visitor_records WHERE kiosk_id = ? AND seq BETWEEN ? AND ?",
        [r.kiosk_id, r.first_seq, r.last_seq],
    ).fetchone()[0]
    if counted != r.count:
        return (
            MISMATCH,
            f"{counted} records merged in {r.first_seq}..{r.last_seq}, receipt {r.count}",
        )
    same = conn.execute("SELECT min(id) FROM sources WHERE file_sha256 = ?", [r.file_sha256])
    source = same.fetchone()[0]
    return CONFIRMED, (
        f"the receipted file itself was merged (source {source})"
        if source
        else "the merged chain matches the receipt (the receipted export file itself was not given)"
    )


def _hash_at(conn: sqlite3.Connection, kiosk_id: str, seq: int) -> str | None:
    row = conn.execute(
        "SELECT hash FROM visitor_records WHERE kiosk_id = ? AND seq = ?", [kiosk_id, seq]
    ).fetchone()
    return str(row[0]) if row else None
