"""Anomaly flags: found, shown beside the ranking, never applied to it."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.domain.clock import ManualClock
from kiosk.results.collect import merge_kiosk_files
from kiosk.storage.records import RecordLog
from tests.helpers import make_booth_db
from tests.results.festival_demo import DemoFestival


def anomalies(path: Path) -> list[tuple[str, int, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT flag, votes, detail FROM anomalies").fetchall()
    finally:
        conn.close()


@pytest.mark.slow  # several seconds: out of `make test-fast`
def test_stuffed_ballot_box_is_flagged_but_still_counted(
    demo: DemoFestival, demo_merged: Path
) -> None:
    conn = sqlite3.connect(demo_merged)
    flags = {
        r[0] for r in conn.execute("SELECT flag FROM anomalies WHERE agency_code = 'DINKOMINFO'")
    }
    assert {"burst", "no_dwell", "long_run"} <= flags
    top = conn.execute(
        "SELECT valid_votes, flagged_votes, flags FROM ranking WHERE flagged_votes > 0"
    ).fetchall()
    assert len(top) == 1
    valid, flagged, text = top[0]
    assert flagged == 24 and valid >= 24
    assert "burst:24" in text and "no_dwell:24" in text
    honest = conn.execute(
        "SELECT count(*) FROM flagged_votes f JOIN kiosks k USING (kiosk_id)"
        " WHERE k.agency_code != 'DINKOMINFO'"
    ).fetchone()[0]
    assert honest == 0


def forged_kiosk(path: Path, start: datetime) -> tuple[RecordLog, ManualClock]:
    db = make_booth_db(path)
    clock = ManualClock(start)
    return RecordLog(db, clock), clock


def vote(log: RecordLog, clock: ManualClock, dwell: float = 7.0) -> None:
    session = str(uuid.uuid4())
    log.append("session_start", session, {"agency": "DPUPR", "lang": "id"})
    clock.advance(dwell)
    log.append(
        "vote", session, {"agency": "DPUPR", "dwell_s": dwell, "vote_no": 1}, "lapor-jalan-rusak"
    )
    clock.advance(60)


def test_votes_outside_opening_hours_in_local_time(tmp_path: Path) -> None:
    # 22:30 in Purwokerto (UTC+7) is 15:30 UTC: after the 21:00 closing.
    log, clock = forged_kiosk(tmp_path / "k.sqlite", datetime(2026, 8, 20, 15, 30, tzinfo=UTC))
    vote(log, clock)
    clock.advance(8 * 3600)  # 07:31 local next day: before the 08:00 opening
    vote(log, clock)
    clock._utc = datetime(2026, 8, 20, 5, 0, tzinfo=UTC)  # noon local: fine
    log.db.close()
    merge_kiosk_files(tmp_path / "out.sqlite", [tmp_path / "k.sqlite"], workers=1)
    found = [a for a in anomalies(tmp_path / "out.sqlite") if a[0] == "outside_hours"]
    assert [(a[1], "after closing" in a[2] or "before opening" in a[2]) for a in found] == [
        (1, True),
        (1, True),
    ]


def test_clock_jump_within_a_run_is_flagged(tmp_path: Path) -> None:
    log, clock = forged_kiosk(tmp_path / "k.sqlite", datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
    vote(log, clock)
    clock._utc = clock._utc.replace(hour=9)  # someone set the wall clock 6 h ahead
    vote(log, clock)
    log.db.close()
    merge_kiosk_files(tmp_path / "out.sqlite", [tmp_path / "k.sqlite"], workers=1)
    jumps = [a for a in anomalies(tmp_path / "out.sqlite") if a[0] == "clock_jump"]
    assert len(jumps) == 1
    assert "wall clock moved" in jumps[0][2] and "same run" in jumps[0][2]


def test_normal_traffic_raises_no_flags(tmp_path: Path) -> None:
    log, clock = forged_kiosk(tmp_path / "k.sqlite", datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
    for _ in range(20):
        vote(log, clock)
    log.db.close()
    merge_kiosk_files(tmp_path / "out.sqlite", [tmp_path / "k.sqlite"], workers=1)
    assert anomalies(tmp_path / "out.sqlite") == []
