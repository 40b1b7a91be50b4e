"""The voting rules on a visitor session, with time given explicitly."""

from __future__ import annotations

import pytest

from kiosk.domain.festival import VotingRules
from kiosk.domain.session import EndReason, IdleState, Refusal, VisitorSession

RULES = VotingRules(
    min_dwell_seconds=5, max_votes_per_session=3, cooldown_seconds=8, idle_seconds=45
)


def session() -> VisitorSession:
    return VisitorSession("s", RULES, started_at=100.0)


def test_vote_only_from_the_page_being_viewed() -> None:
    s = session()
    assert s.decide_vote("a", 200).refusal is Refusal.NOT_VIEWING
    s.open_innovation("b", 100)
    assert s.decide_vote("a", 200).refusal is Refusal.NOT_VIEWING


def test_dwell_counts_the_current_visit_only() -> None:
    s = session()
    s.open_innovation("a", 100)
    decision = s.decide_vote("a", 103)
    assert (decision.refusal, decision.wait_seconds) == (Refusal.DWELL, 2)
    s.close_innovation(104)
    s.open_innovation("a", 110)  # an earlier visit does not add up
    assert s.decide_vote("a", 112).refusal is Refusal.DWELL
    assert s.decide_vote("a", 115).allowed


def test_one_vote_per_innovation_then_cooldown_then_limit() -> None:
    s = session()
    for n, slug in enumerate("abc"):
        t = 100 + n * 20
        s.open_innovation(slug, t)
        assert s.decide_vote(slug, t + 5).allowed
        s.register_vote(slug, t + 5)
        assert s.decide_vote(slug, t + 30).refusal is Refusal.ALREADY_VOTED
    s.open_innovation("d", 200)
    assert s.decide_vote("d", 210).refusal is Refusal.LIMIT
    assert s.votes_left == 0


def test_cooldown_after_a_vote() -> None:
    s = session()
    s.open_innovation("a", 100)
    s.register_vote("a", 105)
    s.open_innovation("b", 106)
    decision = s.decide_vote("b", 111)
    assert decision.refusal is Refusal.COOLDOWN
    assert decision.wait_seconds == pytest.approx(2)
    assert s.decide_vote("b", 113).allowed


def test_idle_warning_then_expiry_and_touch_resets() -> None:
    s = session()
    assert s.idle_state(144) is IdleState.ACTIVE
    assert s.idle_state(145) is IdleState.WARNING
    s.touch(150)
    assert s.idle_state(190) is IdleState.ACTIVE
    assert s.idle_state(210) is IdleState.EXPIRED


def test_ended_session_refuses_and_summarises() -> None:
    s = session()
    s.open_innovation("a", 100)
    s.register_vote("a", 106)
    s.end(EndReason.IDLE, 160)
    assert s.decide_vote("a", 161).refusal is Refusal.ENDED
    summary = s.summary(160)
    assert summary == {
        "reason": "idle",
        "duration_s": 60.0,
        "dwell_s": {"a": 60.0},
        "votes": ["a"],
    }
