"""More of a dishonest booth operator's tools (round 2 of the attacks on #13).

Like `tools.py`: the booth PC, the source code and `sqlite3`, kept in the
tests. Receipts are whatever the booth's screen shows, so a forged receipt is
just a line in the receipt's form with the values the attacker wants.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.feedback import Feedback
from kiosk.storage.chain import CHAIN_FIELDS, GENESIS_HASH, record_hash
from kiosk.storage.database import BoothDatabase, open_booth_database
from kiosk.storage.receipt import Receipt, format_receipt
from kiosk.storage.records import RecordLog

Row = dict[str, Any]


def fake_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def forged_receipt(kind: str, kiosk_id: str, agency: str, **values: Any) -> str:
    """A receipt line as the attacker's screen shows it (and an organizer photographs it)."""
    return format_receipt(Receipt(kiosk_id, agency, kind=kind, **values))  # type: ignore[arg-type]


def receipt_field(line: str, key: str) -> str:
    return line.split(f" {key}=")[1].split()[0]


def rewrite_chain(path: Path, edit: Callable[[list[Row]], list[Row]]) -> None:
    """Every record read, `edit`ed, renumbered and re-hashed from the genesis: an intact
    chain whatever was changed (the booth's append-only triggers are dropped first)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    for trigger in ("no_update", "no_delete", "in_order"):
        conn.execute(f"DROP TRIGGER IF EXISTS visitor_records_{trigger}")
    rows = edit([dict(r) for r in conn.execute("SELECT * FROM visitor_records ORDER BY seq")])
    conn.execute("DELETE FROM visitor_records")
    prev = GENESIS_HASH
    names = [*CHAIN_FIELDS, "hash"]
    for seq, row in enumerate(rows, 1):
        row["seq"], row["prev_hash"] = seq, prev
        row["hash"] = prev = record_hash({f: row[f] for f in CHAIN_FIELDS})
        conn.execute(
            f"INSERT INTO visitor_records ({', '.join(names)}) VALUES ({', '.join('?' * 12)})",
            [row[n] for n in names],
        )
    conn.commit()
    conn.close()


def second_kiosk(path: Path, kiosk_id: str, agency: str | None = None) -> None:
    """Turn a copy of a booth file into another kiosk: new kiosk id (and agency), every
    record re-chained under it with fresh UUIDs. The same visitors, counted twice."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE kiosk SET kiosk_id = ?", [kiosk_id])
    if agency is not None:
        conn.execute("UPDATE kiosk SET agency_code = ?", [agency])
    conn.commit()
    conn.close()

    def move(rows: list[Row]) -> list[Row]:
        for row in rows:
            row["kiosk_id"], row["uuid"] = kiosk_id, str(uuid.uuid4())
            if agency is not None and '"agency":' in row["data"]:
                row["data"] = row["data"].replace(
                    row["data"].split('"agency":"')[1].split('"')[0], agency, 1
                )
        return rows

    rewrite_chain(path, move)


def record_uuids(path: Path, kind: str = "vote") -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT uuid FROM visitor_records WHERE kind = ? ORDER BY seq", [kind]
            )
        ]
    finally:
        conn.close()


def last_record_time(db: BoothDatabase) -> datetime:
    return datetime.fromisoformat(
        db.execute("SELECT max(recorded_at) FROM visitor_records").fetchone()[0]
    )


def rule_breaking_votes(live: Path, slug: str, how: str, votes: int) -> None:
    """Votes appended through the record log (correctly chained) that the pack's voting
    rules forbid on their face: `how` is "one_session" (all in one session, no dwell, no
    session start) or "at_night" (one per session, otherwise proper, at 02:00-03:00 local)."""
    db = open_booth_database(live)
    agency = db.execute("SELECT agency_code FROM kiosk").fetchone()[0]
    last = last_record_time(db)
    start = last + timedelta(minutes=3)
    if how == "at_night":  # the next 19:00 UTC: 02:00 in Purwokerto (UTC+7)
        start = last.replace(hour=19, minute=0) + timedelta(days=1 if last.hour >= 19 else 0)
    clock = ManualClock(start)
    log = RecordLog(db, clock)
    session = str(uuid.uuid4())
    for _ in range(votes):
        if how == "at_night":
            session = str(uuid.uuid4())
            log.append("session_start", session, {"agency": agency, "lang": "id"})
            clock.advance(7)
            log.append("vote", session, {"agency": agency, "dwell_s": 6.1, "vote_no": 1}, slug)
            clock.advance(20)
            log.append("session_end", session, {"reason": "finished"})
            clock.advance(60)
        else:
            log.append("vote", session, {"agency": agency, "dwell_s": 0.0, "vote_no": 1}, slug)
            clock.advance(1)
    db.close()


def leave_feedback(live: Path, comment: str) -> None:
    """A visitor's comment through the real booth (what any visitor, or staff, can type)."""
    db = open_booth_database(live)
    agency = db.execute("SELECT agency_code FROM kiosk").fetchone()[0]
    clock = ManualClock(last_record_time(db) + timedelta(minutes=2))
    booth = Booth(db, agency, clock)
    booth.start_session()
    booth.submit_feedback(Feedback(rating=4, comment=comment))
    db.close()


def set_in_file(path: Path, sql: str, params: list[Any] | None = None) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params or [])
    conn.commit()
    conn.close()


def rewrite_below(path: Path, slug: str, extra_votes: int, below: int) -> None:
    """The chain rewritten from record 2 on: `extra_votes` copies of real votes (fresh
    UUIDs, for `slug`) woven in, and the whole cut to `below` - 1 records, so no receipt
    taken at sequence `below` or later can reach into it. Record 1 (the opening receipt's
    chain start) is untouched."""

    def weave(rows: list[Row]) -> list[Row]:
        votes = [r for r in rows if r["kind"] == "vote"]
        kept = rows[: below - 1]
        for n in range(extra_votes):
            copy = dict(votes[n % len(votes)])
            copy["uuid"], copy["innovation_slug"] = str(uuid.uuid4()), slug
            kept.insert(1 + (len(kept) - 1) * (n + 1) // (extra_votes + 1), copy)
        return kept[: below - 1]

    rewrite_chain(path, weave)


def small_copies(path: Path, folder: Path, copies: int) -> list[Path]:
    """`copies` copies of a booth file with its photo cache emptied (a few kB each)."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM photos")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    folder.mkdir(parents=True, exist_ok=True)
    data = path.read_bytes()
    made = []
    for n in range(copies):
        target = folder / f"gerai-{n:04d}.sqlite"
        target.write_bytes(data)
        made.append(target)
    return made


def first_hash(path: Path) -> str:
    """The hash of a file's record 1: what an opening receipt for it shows."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT hash FROM visitor_records WHERE seq = 1").fetchone()[0])
    finally:
        conn.close()
