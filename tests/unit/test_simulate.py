"""`kiosk simulate` behaves like a festival: its days, its hours, its crowd."""

from __future__ import annotations

import dataclasses
import itertools
import random
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.simulate import FOOTFALL, arrivals, opening_days, simulate
from kiosk.storage.database import BoothDatabase
from tests.helpers import make_booth_db, small_festival

WIB = timedelta(hours=7)


def booth(
    tmp_path: Path,
    starts_on: str = "2026-08-20",
    ends_on: str = "2026-08-21",
    closing: str = "21:00",
) -> BoothDatabase:
    festival = small_festival()
    rules = dataclasses.replace(festival.voting, closing_time=closing)
    festival = dataclasses.replace(festival, starts_on=starts_on, ends_on=ends_on, voting=rules)
    return make_booth_db(tmp_path / "booth.sqlite", festival)


def records(db: BoothDatabase, kind: str | None = None) -> list[sqlite3.Row]:
    sql = "SELECT kind, recorded_at, run_id FROM visitor_records"
    if kind:
        sql += f" WHERE kind = '{kind}'"
    return list(db.conn.execute(sql + " ORDER BY seq"))


def local(moment: str) -> datetime:
    return datetime.fromisoformat(moment) + WIB


def test_visitors_come_only_on_festival_days_within_opening_hours(tmp_path: Path) -> None:
    db = booth(tmp_path)
    summary = simulate(db, "DPUPR", sessions=400, seed=3)
    assert summary.sessions == 400
    starts = [local(r[1]) for r in records(db, "session_start")]
    assert {s.date().isoformat() for s in starts} == {"2026-08-20", "2026-08-21"}
    assert all(8 <= s.hour < 21 for s in starts)
    # The last visitor of a day may finish a minute or two after closing, never later.
    ends = [local(r[1]) for r in records(db)]
    assert all(e.hour < 21 or (e.hour == 21 and e.minute < 10) for e in ends)
    assert summary.days == 2 and summary.days_past_festival == 0


def test_each_morning_is_a_new_kiosk_run(tmp_path: Path) -> None:
    db = booth(tmp_path)
    simulate(db, "DPUPR", sessions=200, seed=4)
    runs: dict[str, set[str]] = {}
    for _, at, run in records(db):
        runs.setdefault(run, set()).add(local(at).date().isoformat())
    assert len(runs) == 2
    assert all(len(days) == 1 for days in runs.values())


def test_the_crowd_follows_the_squares_footfall_curve(tmp_path: Path) -> None:
    db = booth(tmp_path)
    days = opening_days(db)
    moments = arrivals(days, 6000, random.Random(5))
    by_hour = Counter((m + WIB).hour for m in moments)
    assert by_hour[11] > 2 * by_hour[8] and by_hour[17] > 2 * by_hour[8]
    assert by_hour[14] < by_hour[11] and by_hour[14] < by_hour[17]
    assert set(by_hour) <= set(FOOTFALL)


def test_school_groups_arrive_together_on_weekday_mornings(tmp_path: Path) -> None:
    db = booth(tmp_path, "2026-08-21", "2026-08-23")  # Friday to Sunday
    moments = arrivals(opening_days(db), 1000, random.Random(6))
    groups, run = [], [moments[0]]
    for before, at in itertools.pairwise(moments):
        if at - before < timedelta(seconds=20):
            run.append(at)
            continue
        groups += [run] if len(run) >= 10 else []  # chance alone almost never queues 10
        run = [at]
    assert len(groups) >= 3
    for group in groups:
        first = group[0] + WIB
        assert first.weekday() < 5 and 9 <= first.hour < 12
    weekend = Counter((m + WIB).weekday() >= 5 for m in moments)
    assert weekend[True] > 1.5 * weekend[False]  # two weekend days, each busier than Friday


def test_a_start_mid_festival_sends_no_visitor_before_it(tmp_path: Path) -> None:
    db = booth(tmp_path)
    start = datetime(2026, 8, 20, 7, 30, tzinfo=UTC)  # 14:30 WIB on the first day
    simulate(db, "DPUPR", sessions=120, seed=7, start=start)
    assert min(datetime.fromisoformat(r[1]) for r in records(db)) >= start


def test_more_visitors_than_the_days_hold_go_on_past_the_festival(tmp_path: Path) -> None:
    db = booth(tmp_path, "2026-08-20", "2026-08-20", closing="09:00")  # an hour a day
    summary = simulate(db, "DPUPR", sessions=200, seed=8)
    assert summary.sessions == 200
    assert summary.days_past_festival >= 1
    starts = [local(r[1]) for r in records(db, "session_start")]
    assert all(s.hour == 8 for s in starts)


def test_a_start_after_the_festival_still_finds_an_open_day(tmp_path: Path) -> None:
    db = booth(tmp_path)
    start = datetime(2026, 8, 21, 14, 30, tzinfo=UTC)  # 21:30 WIB on the last day
    summary = simulate(db, "DPUPR", sessions=20, seed=9, start=start)
    assert summary.sessions == 20 and summary.days_past_festival == 1
    assert all(local(r[1]).date().isoformat() == "2026-08-22" for r in records(db))
