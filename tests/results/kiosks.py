"""Builders of booth files for the results tests: real Booths driven by a ManualClock.

`kiosk.simulate` is the festival-wide traffic generator; these builders make
small files whose every vote the tests can count by hand.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.feedback import Feedback
from kiosk.domain.session import EndReason, IdleState
from kiosk.storage.export import export_database
from tests.helpers import make_booth_db

# 09:00 in Purwokerto (UTC+7) on the test festival's first day.
OPENING = datetime(2026, 8, 20, 2, 0, tzinfo=UTC)


def visit(
    booth: Booth,
    clock: ManualClock,
    slugs: list[str],
    dwell: float = 7.0,
    rating: int | None = None,
    comment: str = "",
    idle: bool = False,
) -> None:
    """One visitor: open each innovation, stay `dwell` s, vote; maybe feedback; leave."""
    booth.start_session()
    for slug in slugs:
        clock.advance(2)
        booth.open_innovation(slug)
        clock.advance(dwell)
        booth.cast_vote(slug)
        clock.advance(9)
    if rating is not None or comment:
        booth.submit_feedback(Feedback(rating=rating, comment=comment))
        clock.advance(5)
    if idle:
        clock.advance(
            booth.festival.voting.idle_seconds + booth.festival.voting.idle_warning_seconds
        )
        assert booth.idle_state() is IdleState.EXPIRED
        booth.end_session(EndReason.IDLE)
    else:
        booth.end_session(EndReason.FINISHED)
    clock.advance(60)


def build_kiosk(
    path: Path, agency: str, visitors: int, seed: int = 0, start: datetime = OPENING
) -> Path:
    """A raw booth file at `path` (WAL mode, as in the kiosk's db/ folder) with traffic."""
    db = make_booth_db(path)
    clock = ManualClock(start)
    booth = Booth(db, agency, clock)
    rng = random.Random(seed)
    slugs = [i.slug for i in booth.innovations]
    for n in range(visitors):
        chosen = rng.sample(slugs, rng.randint(0, len(slugs)))
        visit(
            booth,
            clock,
            chosen,
            rating=rng.choice([None, 3, 4]),
            comment="Bagus sekali" if n % 3 == 0 else "",
            idle=n % 4 == 3,
        )
    db.close()
    return path


def export(raw: Path, out: Path) -> Path:
    export_database(raw, out)
    return out


def tamper_vote(path: Path, seq: int, slug: str) -> None:
    """What someone hoping for a better result might do: rewrite one record in place."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER visitor_records_no_update")
    conn.execute("UPDATE visitor_records SET innovation_slug = ? WHERE seq = ?", [slug, seq])
    conn.commit()
    conn.close()


def rehash_from(path: Path, seq: int, slug: str) -> None:
    """A cleverer forger: change a vote and recompute every hash after it (chain stays intact)."""
    from kiosk.storage.chain import record_hash
    from kiosk.storage.records import iter_records

    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TRIGGER visitor_records_no_update; DROP TRIGGER visitor_records_in_order;"
    )
    rows = list(iter_records(conn))
    prev = rows[seq - 2]["hash"] if seq > 1 else "0" * 64
    for row in rows[seq - 1 :]:
        row["prev_hash"] = prev
        if row["seq"] == seq:
            row["innovation_slug"] = slug
        row["hash"] = prev = record_hash(row)
        conn.execute(
            "UPDATE visitor_records SET innovation_slug = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            [row["innovation_slug"], row["prev_hash"], row["hash"], row["seq"]],
        )
    conn.commit()
    conn.close()


def first_vote_seq(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(
            conn.execute("SELECT min(seq) FROM visitor_records WHERE kind = 'vote'").fetchone()[0]
        )
    finally:
        conn.close()


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under `folder`: size and content, to prove inputs are never changed."""
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def results_dump(path: Path) -> str:
    """The results tables as SQL text, for byte-for-byte comparison."""
    conn = sqlite3.connect(path)
    try:
        lines = []
        for table in ("ranking", "flagged_votes", "anomalies", "exclusions"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                lines.append(f"{table} {row!r}")
        return "\n".join(lines)
    finally:
        conn.close()
