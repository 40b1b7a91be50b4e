"""Checking booth files against the closing receipts the organizers photographed."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from kiosk.results.merge.inputs import InputCheck
from kiosk.storage.receipt import Receipt

CONFIRMED = "confirmed"
MISMATCH = "mismatch"
INCOMPLETE = "incomplete"
NO_FILE = "no_file"


def check_source_receipts(
    conn: sqlite3.Connection, check: InputCheck, receipts: Sequence[Receipt], counted: int
) -> str:
    """Why the attached file (`src`) contradicts a receipt of its kiosk, or "" if none does.

    A file that holds the receipt's last record must hold it with the receipt's
    head hash; otherwise its records were changed after closing.
    """
    for receipt in receipts:
        if receipt.kiosk_id != check.kiosk_id or receipt.last_seq > counted:
            continue
        row = conn.execute(
            "SELECT hash FROM src.visitor_records WHERE seq = ?", [receipt.last_seq]
        ).fetchone()
        if receipt.last_seq == 0 or (row and row[0] == receipt.head_hash):
            continue
        found = row[0][:16] if row else "nothing"
        return (
            f"record {receipt.last_seq} has hash {found}..., the receipt says "
            f"{receipt.head_hash[:16]}...: changed after closing"
        )
    return ""


def store_receipts(conn: sqlite3.Connection, receipts: Sequence[Receipt]) -> None:
    """Add the receipts given, then (re)check every receipt against the merged chains."""
    for r in receipts:
        conn.execute(
            "INSERT OR IGNORE INTO receipts (kiosk_id, agency_code, count, last_seq, head_hash,"
            " file_sha256, status, detail) VALUES (?, ?, ?, ?, ?, ?, '', '')",
            [r.kiosk_id, r.agency_code, r.count, r.last_seq, r.head_hash, r.file_sha256],
        )
    rows = conn.execute(
        "SELECT kiosk_id, agency_code, last_seq, head_hash, file_sha256 FROM receipts"
    ).fetchall()
    for kiosk_id, agency, last_seq, head, sha in rows:
        status, detail = _judge(conn, kiosk_id, agency, last_seq, head, sha)
        conn.execute(
            "UPDATE receipts SET status = ?, detail = ? WHERE kiosk_id = ? AND last_seq = ?"
            " AND head_hash = ? AND file_sha256 = ?",
            [status, detail, kiosk_id, last_seq, head, sha],
        )


def _judge(
    conn: sqlite3.Connection, kiosk_id: str, agency: str, last_seq: int, head: str, sha: str
) -> tuple[str, str]:
    kiosk = conn.execute(
        "SELECT last_seq, agency_code FROM kiosks WHERE kiosk_id = ?", [kiosk_id]
    ).fetchone()
    if kiosk is None:
        return NO_FILE, "no file of this kiosk was merged"
    if kiosk[0] < last_seq:
        return INCOMPLETE, f"the files hold records 1..{kiosk[0]} of the receipt's {last_seq}"
    row = conn.execute(
        "SELECT hash FROM visitor_records WHERE kiosk_id = ? AND seq = ?", [kiosk_id, last_seq]
    ).fetchone()
    if last_seq and (row is None or row[0] != head):
        return MISMATCH, f"merged record {last_seq} does not have the receipt's head hash"
    same = conn.execute("SELECT min(id) FROM sources WHERE file_sha256 = ?", [sha]).fetchone()[0]
    detail = (
        f"the receipted file itself was merged (source {same})"
        if same
        else "the chain matches the receipt (the receipted export file itself was not given)"
    )
    if kiosk[1] and kiosk[1] != agency:
        detail += f"; receipt names agency {agency}, the kiosk's records say {kiosk[1]}"
    return CONFIRMED, detail
