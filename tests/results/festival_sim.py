"""A festival of eight honest booths as `kiosk simulate` serves it, and a slow stuffer.

The booths share the demo pack and the festival's days and hours; visitor
numbers differ per booth (300 to 580 visits). `slow_stuffing` is the review's
attack: 700 votes typed through the real rules at one booth, one innovation,
every 8th visit left to time out, spread over opening hours.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.session import EndReason
from kiosk.pack.demo import write_demo_pack
from kiosk.setup import prepare_booth
from kiosk.simulate import simulate
from kiosk.storage.database import BoothDatabase, open_booth_database
from kiosk.storage.export import export_database

AGENCIES = ("DPUPR", "DINKES", "DINDIK", "BPBD", "DINDUKCAPIL", "DINSOS", "RSUD", "DINKOMINFO")
STUFFER = "DINKOMINFO"
FIRST_MORNING = datetime(2026, 12, 3, 1, 5, tzinfo=UTC)  # 08:05 in Purwokerto, day one


def build_booth(
    root: Path, template: Path, n: int, stuff: bool = False, quiet: bool = False
) -> Path:
    """Booth number `n` of the festival, exported; `stuff` first runs the slow stuffer,
    `quiet` the stuffer who comes in the quiet hours."""
    agency = AGENCIES[n]
    kind = "quiet" if quiet else "stuffed" if stuff else "live"
    live = root / kind / agency / "booth.sqlite"
    live.parent.mkdir(parents=True)
    shutil.copy(template, live)
    with sqlite3.connect(live) as conn:
        conn.execute("UPDATE kiosk SET kiosk_id = ?, agency_code = ?", [str(uuid.uuid4()), agency])
    conn.close()
    db = open_booth_database(live)
    db.execute("PRAGMA synchronous = OFF")  # only to make the test festival quickly
    if quiet:
        quiet_hours_stuffing(db, agency, 300 + 40 * n, seed=100 + n)
    else:
        start = slow_stuffing(db, agency, 700) if stuff else None
        simulate(db, agency, 300 + 40 * n, seed=100 + n, start=start)
    db.close()
    out = root / f"{kind}-stick" / f"gerai-{agency.lower()}.sqlite"
    return export_database(live, out).path


def build(root: Path) -> tuple[Path, Path, list[Path]]:
    """(pack, template booth file, the honest booths' exports)."""
    pack = write_demo_pack(root / "pack")
    template = root / "template.sqlite"
    db, _, _ = prepare_booth(template, pack, AGENCIES[0])
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    return pack, template, [build_booth(root, template, n) for n in range(len(AGENCIES))]


def slow_stuffing(db: BoothDatabase, agency: str, votes: int) -> datetime:
    """Votes through the real rules from the first morning on; returns when it stopped."""
    clock = ManualClock(FIRST_MORNING)
    booth = Booth(db, agency, clock)
    slug = booth.innovations[0].slug
    rng = random.Random(5)
    rules = booth.festival.voting
    for n in range(votes):
        booth.start_session()
        clock.advance(rng.uniform(2, 4))
        booth.open_innovation(slug)
        clock.advance(rng.uniform(6, 9))
        booth.cast_vote(slug)
        clock.advance(rng.uniform(1, 3))
        if n % 8 == 7:  # left to time out, as a visitor who walks away would
            clock.advance(rules.idle_seconds + rules.idle_warning_seconds + 0.1)
            booth.end_session(EndReason.IDLE)
        else:
            booth.end_session(EndReason.FINISHED)
        clock.advance(rng.uniform(20, 60))
        now = clock.utc_now()
        if (now.hour, now.minute) >= (13, 55):  # 20:55 local: on again next morning
            morning = (now + timedelta(days=1)).replace(hour=1, minute=5)
            clock.advance((morning - now).total_seconds())
    return clock.utc_now() + timedelta(minutes=2)


def quiet_hours_stuffing(db: BoothDatabase, agency: str, visitors: int, seed: int) -> None:
    """Staff who vote in the first and last hour of each day, when the square is quiet,
    the booth's real visitors (simulated) in between. Every staff visit is varied (one
    to three innovations, each page read 5-30 s): nothing but the hours gives them away."""
    rng = random.Random(7)
    for day in range(3):
        morning = FIRST_MORNING + timedelta(days=day)  # 08:05 local
        _staff_votes(db, agency, morning, morning + timedelta(minutes=85), rng)
        evening = morning.replace(hour=12, minute=35)  # 19:35 local
        simulate(
            db,
            agency,
            visitors // 3,
            seed=seed + day,
            start=morning + timedelta(minutes=90),
            until=evening,
        )
        _staff_votes(
            db, agency, evening + timedelta(minutes=2), evening + timedelta(minutes=83), rng
        )


def _staff_votes(
    db: BoothDatabase, agency: str, start: datetime, end: datetime, rng: random.Random
) -> None:
    clock = ManualClock(start)
    booth = Booth(db, agency, clock)
    slugs = [i.slug for i in booth.innovations]
    while clock.utc_now() < end:
        booth.start_session()
        for slug in rng.sample(slugs, rng.randint(1, len(slugs))):
            clock.advance(rng.uniform(2, 6))
            booth.open_innovation(slug)
            clock.advance(rng.uniform(5, 30))
            if rng.random() < 0.8:
                booth.cast_vote(slug)
        booth.end_session(EndReason.FINISHED)
        clock.advance(rng.uniform(15, 60))
