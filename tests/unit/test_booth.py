"""The Booth service: visitors' actions become committed, chained records."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.feedback import Feedback
from kiosk.domain.festival import Text
from kiosk.domain.session import EndReason, Refusal
from kiosk.storage.errors import RecordNotStored
from kiosk.storage.records import verify_file
from tests.helpers import make_booth_db


@pytest.fixture
def booth(tmp_path: Path) -> tuple[Booth, ManualClock]:
    clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
    return Booth(make_booth_db(tmp_path / "b.sqlite"), "DPUPR", clock), clock


def test_journey_records_votes_feedback_and_ending(booth: tuple[Booth, ManualClock]) -> None:
    b, clock = booth
    assert [i.slug for i in b.innovations] == ["gerakan-rawat-jalan", "lapor-jalan-rusak"]
    b.start_session()
    b.open_innovation("lapor-jalan-rusak")
    assert b.cast_vote("lapor-jalan-rusak").decision.refusal is Refusal.DWELL
    clock.advance(6)
    assert b.cast_vote("lapor-jalan-rusak").accepted
    assert b.cast_vote("lapor-jalan-rusak").decision.refusal is Refusal.ALREADY_VOTED
    b.open_innovation("gerakan-rawat-jalan")
    clock.advance(5)
    assert b.cast_vote("gerakan-rawat-jalan").decision.refusal is Refusal.COOLDOWN
    b.submit_feedback(Feedback(rating=3, tags=("useful",), innovation_slug="lapor-jalan-rusak"))
    b.end_session(EndReason.FINISHED)
    db = b.db
    assert db.execute("SELECT innovation_slug, dwell_seconds FROM votes").fetchall() == [
        ("lapor-jalan-rusak", 6.0)
    ]
    assert db.execute("SELECT rating, tags FROM feedback").fetchall() == [(3, '["useful"]')]
    assert db.execute("SELECT end_reason, votes FROM sessions").fetchall() == [("finished", 1)]
    kinds = [r[0] for r in db.execute("SELECT kind FROM visitor_records ORDER BY seq")]
    assert kinds == ["session_start", "vote", "feedback", "session_end"]


def test_other_agencies_innovations_are_not_votable(booth: tuple[Booth, ManualClock]) -> None:
    b, _ = booth
    b.start_session()
    with pytest.raises(KeyError):
        b.open_innovation("posyandu-remaja")


def test_vote_not_acknowledged_when_commit_fails(booth: tuple[Booth, ManualClock]) -> None:
    b, clock = booth
    b.start_session()
    b.open_innovation("lapor-jalan-rusak")
    clock.advance(6)
    assert b.session is not None
    # Simulate a full disk: the file may not grow past its current size.
    pages = b.db.execute("PRAGMA page_count").fetchone()[0]
    b.db.execute(f"PRAGMA max_page_count = {pages}")
    b.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = {"agency": "DPUPR", "dwell_s": 60.0, "vote_no": 3}
    with pytest.raises(RecordNotStored, match="database or disk is full"):
        for _ in range(500):  # fill the free space with records as large as a vote
            b.log.append("fill", b.session.session_id, filler, "lapor-jalan-rusak")
    votes_before = b.log.count("vote")
    with pytest.raises(RecordNotStored):
        b.cast_vote("lapor-jalan-rusak")
    assert b.session is not None and b.session.votes == []  # not counted for the visitor
    assert b.log.count("vote") == votes_before
    b.db.execute("PRAGMA max_page_count = 1073741823")  # space returns
    assert b.cast_vote("lapor-jalan-rusak").accepted
    assert verify_file(b.db.conn.execute("PRAGMA database_list").fetchone()[2])[0].ok


def test_survey_is_a_chained_visitor_record(tmp_path: Path) -> None:
    from dataclasses import replace

    from kiosk.domain.festival import Service
    from kiosk.domain.skm import ELEMENT_CODES, SurveyError, SurveyResponse
    from tests.helpers import small_festival

    festival = small_festival()
    dpupr = replace(
        festival.agencies[0],
        survey_enabled=True,
        survey_services=(Service("pbg", Text("Persetujuan Bangunan Gedung", "PBG"), 1200),),
    )
    festival = replace(festival, agencies=(dpupr, *festival.agencies[1:]))
    clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
    b = Booth(make_booth_db(tmp_path / "b.sqlite", festival), "DPUPR", clock)
    b.start_session()
    scores: dict[str, int | None] = dict.fromkeys(ELEMENT_CODES, 3)
    scores["U4"] = None
    record = b.submit_survey(SurveyResponse("pbg", scores, sex="P", suggestion=" Cepat "))
    with pytest.raises(SurveyError, match="unknown service 'ktp'"):
        b.submit_survey(SurveyResponse("ktp", scores))
    b.end_session(EndReason.FINISHED)
    assert record.kind == "survey"
    data = json.loads(record.data)
    assert data["scores"]["U4"] is None and data["suggestion"] == "Cepat"
    assert verify_file(tmp_path / "b.sqlite")[0].ok


def test_survey_refused_where_the_booth_runs_none(booth: tuple[Booth, ManualClock]) -> None:
    from kiosk.domain.skm import ELEMENT_CODES, SurveyError, SurveyResponse

    b, _ = booth
    b.start_session()
    with pytest.raises(SurveyError, match="does not run the survey"):
        b.submit_survey(SurveyResponse("pbg", dict.fromkeys(ELEMENT_CODES, 3)))
    assert b.log.count("survey") == 0


def test_each_visit_sees_the_cards_one_place_further_and_its_votes_note_the_place(
    booth: tuple[Booth, ManualClock],
) -> None:
    b, clock = booth
    listed = [i.slug for i in b.innovations]
    orders = []
    for _ in range(4):
        b.start_session()
        orders.append([i.slug for i in b.innovations_shown])
        b.end_session(EndReason.FINISHED)
    assert orders == [listed, listed[1:] + listed[:1], listed, listed[1:] + listed[:1]]
    assert [i.slug for i in b.innovations_shown] == listed  # no visit open: staff's order
    b.start_session()
    second = b.innovations_shown[1].slug
    b.open_innovation(second)
    clock.advance(6)
    vote = b.cast_vote(second).record
    assert vote is not None and json.loads(vote.data)["position"] == 2
    start = b.db.execute(
        "SELECT data FROM visitor_records WHERE kind = 'session_start' ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    assert json.loads(start)["order"] == [i.slug for i in b.innovations_shown]
