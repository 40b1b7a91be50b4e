"""Card mode at the booth, without a window: the Booth's rules for cards."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

from kiosk.booth import QUOTA_USED, Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.feedback import Feedback
from kiosk.domain.festival import CardRules, VotingRules
from kiosk.domain.session import EndReason, Refusal
from kiosk.pack.cards import Card, CardMaker, new_private_key, public_key_text
from tests.helpers import make_booth_db, small_festival

KEY = new_private_key()
MAKER = CardMaker("uji-2026", KEY)
RULES = VotingRules(min_dwell_seconds=1, max_votes_per_session=3, cooldown_seconds=0)
ROAD, REPORT = "gerakan-rawat-jalan", "lapor-jalan-rusak"


def card_booth(tmp_path: Path, quota: int = 2) -> tuple[Booth, ManualClock]:
    festival = dataclasses.replace(
        small_festival(RULES), cards=CardRules(True, public_key_text(KEY.public_key()), quota)
    )
    db = make_booth_db(tmp_path / "booth.sqlite", festival)
    clock = ManualClock(datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
    return Booth(db, "DPUPR", clock), clock


def read(booth: Booth, slug: str, clock: ManualClock) -> None:
    booth.open_innovation(slug)
    clock.advance(2)


def test_without_a_card_the_vote_asks_for_one(tmp_path: Path) -> None:
    booth, clock = card_booth(tmp_path)
    booth.start_session()
    read(booth, ROAD, clock)
    outcome = booth.cast_vote(ROAD)
    assert not outcome.accepted and outcome.decision.refusal is Refusal.NEEDS_CARD
    assert booth.log.count("vote") == 0


def test_browsing_commenting_need_no_card(tmp_path: Path) -> None:
    booth, clock = card_booth(tmp_path)
    booth.start_session()
    read(booth, ROAD, clock)
    booth.submit_feedback(Feedback(innovation_slug=ROAD, rating=4))
    assert booth.log.count("feedback") == 1


def test_a_good_card_votes_and_its_serial_and_text_are_on_the_chain(tmp_path: Path) -> None:
    booth, clock = card_booth(tmp_path)
    booth.start_session()
    read(booth, ROAD, clock)
    text = MAKER.text(Card(1, 7))
    check = booth.present_card(text)
    assert check.accepted and check.card == Card(1, 7) and check.votes_left == 2
    outcome = booth.cast_vote(ROAD)
    assert outcome.accepted and outcome.record is not None
    data = json.loads(outcome.record.data)
    assert data["card"] == "1-000007" and data["card_code"] == text
    row = booth.db.execute(
        "SELECT json_extract(data, '$.card') FROM votes JOIN visitor_records USING (seq)"
    ).fetchone()
    assert row[0] == "1-000007"


def test_refused_cards_say_why(tmp_path: Path) -> None:
    booth, _ = card_booth(tmp_path)
    booth.start_session()
    forged = CardMaker("uji-2026", new_private_key()).text(Card(1, 1))
    assert booth.present_card(forged).problem == "forged"
    assert booth.present_card(CardMaker("lain", KEY).text(Card(1, 1))).problem == "other_festival"
    assert booth.present_card("https://example.go.id").problem == "not_a_card"
    assert booth.card is None


def test_a_card_of_a_batch_the_pack_withdrew_is_refused(tmp_path: Path) -> None:
    festival = dataclasses.replace(
        small_festival(RULES),
        cards=CardRules(True, public_key_text(KEY.public_key()), 3, revoked_batches=(2,)),
    )
    db = make_booth_db(tmp_path / "booth.sqlite", festival)
    clock = ManualClock(datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
    booth = Booth(db, "DPUPR", clock)
    booth.start_session()
    read(booth, ROAD, clock)
    assert booth.present_card(MAKER.text(Card(2, 1))).problem == "revoked"
    assert booth.card is None and booth.cast_vote(ROAD).decision.refusal is Refusal.NEEDS_CARD
    assert booth.present_card(MAKER.text(Card(1, 1))).accepted  # other batches still vote
    assert booth.cast_vote(ROAD).accepted


def test_the_quota_holds_at_this_kiosk_across_visits_and_restarts(tmp_path: Path) -> None:
    booth, clock = card_booth(tmp_path, quota=2)
    text = MAKER.text(Card(1, 9))
    booth.start_session()
    read(booth, ROAD, clock)
    assert booth.present_card(text).accepted
    assert booth.cast_vote(ROAD).accepted
    booth.end_session(EndReason.FINISHED)
    # a restart reads the votes back from the file
    again = Booth(booth.db, "DPUPR", clock)
    again.start_session()
    read(again, REPORT, clock)
    assert again.cast_vote(REPORT).decision.refusal is Refusal.NEEDS_CARD  # a new visit asks
    assert again.present_card(text).votes_left == 1
    assert again.cast_vote(REPORT).accepted
    read(again, ROAD, clock)
    # used up here: the next vote asks again, and the card is refused
    assert again.cast_vote(ROAD).decision.refusal is Refusal.NEEDS_CARD
    assert again.present_card(text).problem == QUOTA_USED
    assert again.log.count("vote") == 2
