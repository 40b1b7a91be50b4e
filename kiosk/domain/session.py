"""A visitor session at the booth and the voting rules applied to it.

The rules live here, in plain Python, so the touchscreen, `kiosk simulate`
and the tests all obey exactly the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.domain.festival import VotingRules


class Refusal(StrEnum):
    """Why a vote is not accepted right now."""

    NOT_VIEWING = "not_viewing"  # votes are cast only from the innovation's detail page
    DWELL = "dwell"  # the visitor has not yet been on the page long enough
    ALREADY_VOTED = "already_voted"  # one vote per innovation per session
    LIMIT = "limit"  # the session has used all its votes
    COOLDOWN = "cooldown"  # too soon after the previous vote
    ENDED = "ended"  # the session is over
    NEEDS_CARD = "needs_card"  # card mode: show a ballot card first (kiosk.booth.Booth)


class EndReason(StrEnum):
    FINISHED = "finished"  # the visitor tapped "Selesai"
    IDLE = "idle"  # nobody touched the screen for the idle time plus the warning
    STAFF = "staff"  # staff opened staff mode
    SHUTDOWN = "shutdown"  # the kiosk was closed or restarted


class IdleState(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"  # show "Apakah Anda masih di sini?"
    EXPIRED = "expired"  # end the session


@dataclass(frozen=True)
class VoteDecision:
    allowed: bool
    refusal: Refusal | None = None
    wait_seconds: float = 0.0  # for DWELL and COOLDOWN: how long until it may be allowed

    @classmethod
    def ok(cls) -> VoteDecision:
        return cls(True)


@dataclass
class VisitorSession:
    """One visitor's time at the kiosk, from the first touch to its end."""

    session_id: str
    rules: VotingRules
    started_at: float  # monotonic seconds
    last_activity: float = 0.0
    viewing: str | None = None
    viewing_since: float = 0.0
    dwell: dict[str, float] = field(default_factory=dict)  # slug -> seconds on its page
    votes: list[str] = field(default_factory=list)
    last_vote_at: float | None = None
    ended: EndReason | None = None

    def __post_init__(self) -> None:
        self.last_activity = self.started_at

    def touch(self, now: float) -> None:
        """The visitor did something: the idle countdown starts again."""
        self.last_activity = now

    def open_innovation(self, slug: str, now: float) -> None:
        self.close_innovation(now)
        self.viewing = slug
        self.viewing_since = now
        self.touch(now)

    def close_innovation(self, now: float) -> None:
        if self.viewing is not None:
            self.dwell[self.viewing] = self.dwell.get(self.viewing, 0.0) + (
                now - self.viewing_since
            )
        self.viewing = None

    def current_dwell(self, now: float) -> float:
        """Seconds on the page shown now (the dwell rule counts this visit only)."""
        return now - self.viewing_since if self.viewing is not None else 0.0

    def decide_vote(self, slug: str, now: float) -> VoteDecision:
        rules = self.rules
        if self.ended is not None:
            return VoteDecision(False, Refusal.ENDED)
        if self.viewing != slug:
            return VoteDecision(False, Refusal.NOT_VIEWING)
        if slug in self.votes:
            return VoteDecision(False, Refusal.ALREADY_VOTED)
        if len(self.votes) >= rules.max_votes_per_session:
            return VoteDecision(False, Refusal.LIMIT)
        if self.last_vote_at is not None:
            wait = self.last_vote_at + rules.cooldown_seconds - now
            if wait > 0:
                return VoteDecision(False, Refusal.COOLDOWN, wait)
        wait = rules.min_dwell_seconds - self.current_dwell(now)
        if wait > 0:
            return VoteDecision(False, Refusal.DWELL, wait)
        return VoteDecision.ok()

    def register_vote(self, slug: str, now: float) -> None:
        """Count a vote that the database has committed."""
        self.votes.append(slug)
        self.last_vote_at = now
        self.touch(now)

    @property
    def votes_left(self) -> int:
        return max(0, self.rules.max_votes_per_session - len(self.votes))

    def idle_state(self, now: float) -> IdleState:
        idle = now - self.last_activity
        if idle >= self.rules.idle_seconds + self.rules.idle_warning_seconds:
            return IdleState.EXPIRED
        if idle >= self.rules.idle_seconds:
            return IdleState.WARNING
        return IdleState.ACTIVE

    def end(self, reason: EndReason, now: float) -> None:
        self.close_innovation(now)
        self.ended = reason

    def summary(self, now: float) -> dict[str, object]:
        """What the session-end record stores: reason, duration, dwell per page, votes."""
        return {
            "reason": self.ended.value if self.ended else None,
            "duration_s": round(now - self.started_at, 3),
            "dwell_s": {slug: round(s, 3) for slug, s in sorted(self.dwell.items())},
            "votes": list(self.votes),
        }
