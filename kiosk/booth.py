"""The booth: festival rules applied to one kiosk's database.

This is the single API through which visitors act, whether they tap the
touchscreen (the UI controllers call it) or are simulated (`kiosk simulate`).
It knows no Qt. Every method that records something returns only after the
record is committed; if the database refuses, `RecordNotStored` is raised and
nothing is acknowledged.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass

from kiosk.domain.clock import Clock, SystemClock
from kiosk.domain.feedback import Feedback
from kiosk.domain.festival import Agency, Festival, Innovation, VotingRules
from kiosk.domain.session import EndReason, IdleState, VisitorSession, VoteDecision
from kiosk.domain.skm import SurveyError, SurveyResponse
from kiosk.storage.content import load_festival
from kiosk.storage.database import BoothDatabase
from kiosk.storage.records import RecordLog, VisitorRecord


@dataclass(frozen=True)
class VoteOutcome:
    decision: VoteDecision
    record: VisitorRecord | None = None

    @property
    def accepted(self) -> bool:
        return self.record is not None


class Booth:
    def __init__(self, db: BoothDatabase, agency_code: str, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.log = RecordLog(db, self.clock)
        self.festival: Festival = load_festival(db)
        self.agency: Agency = self.festival.agency(agency_code)
        self.session: VisitorSession | None = None
        # Staff may change the idle time within bounds (kiosk.staff.settings); None: the pack's.
        self.idle_seconds: float | None = None
        # The order the open visit sees its innovations in (see `start_session`).
        self.shown: tuple[str, ...] = ()
        self._turn = 0

    @property
    def rules(self) -> VotingRules:
        """The pack's voting rules, with the staff's idle time if they set one.

        A session keeps the rules it started with; a change applies to the next visitor.
        """
        if self.idle_seconds is None:
            return self.festival.voting
        return dataclasses.replace(self.festival.voting, idle_seconds=self.idle_seconds)

    def reload_content(self) -> None:
        """Re-read content after a staff edit or a pack import."""
        self.festival = load_festival(self.db)
        self.agency = self.festival.agency(self.agency.code)

    @property
    def innovations(self) -> tuple[Innovation, ...]:
        return self.festival.innovations_of(self.agency.code)

    @property
    def innovations_shown(self) -> tuple[Innovation, ...]:
        """The innovations in the order the open visit sees them (the pack's when none is)."""
        listed = self.innovations
        if self.session is None or not self.shown:
            return listed
        place = {slug: n for n, slug in enumerate(self.shown)}
        return tuple(sorted(listed, key=lambda i: place.get(i.slug, len(place))))

    def _next_order(self) -> tuple[str, ...]:
        """Each visit starts one card further along: the first card gets more votes
        otherwise, so every innovation takes its turn there (staff's order, rotated)."""
        slugs = [i.slug for i in self.innovations]
        if not slugs:
            return ()
        first = self._turn % len(slugs)
        self._turn += 1
        return (*slugs[first:], *slugs[:first])

    def innovation(self, slug: str) -> Innovation:
        for innovation in self.innovations:
            if innovation.slug == slug:
                return innovation
        raise KeyError(f"no innovation '{slug}' at this booth")

    def now(self) -> float:
        return self.clock.monotonic()

    def start_session(self, lang: str = "id") -> VisitorSession:
        if self.session is not None:
            self.end_session(EndReason.FINISHED)
        session = VisitorSession(str(uuid.uuid4()), self.rules, self.now())
        order = self._next_order()
        self.log.append(
            "session_start",
            session.session_id,
            {"agency": self.agency.code, "lang": lang, "order": list(order)},
        )
        self.session = session
        self.shown = order
        return session

    def _current(self) -> VisitorSession:
        if self.session is None:
            raise RuntimeError("no visitor session is open")
        return self.session

    def touch(self) -> None:
        if self.session is not None:
            self.session.touch(self.now())

    def open_innovation(self, slug: str) -> None:
        self.innovation(slug)
        self._current().open_innovation(slug, self.now())

    def close_innovation(self) -> None:
        self._current().close_innovation(self.now())

    def vote_decision(self, slug: str) -> VoteDecision:
        return self._current().decide_vote(slug, self.now())

    def cast_vote(self, slug: str) -> VoteOutcome:
        session = self._current()
        now = self.now()
        decision = session.decide_vote(slug, now)
        if not decision.allowed:
            return VoteOutcome(decision)
        record = self.log.append(
            "vote",
            session.session_id,
            {
                "agency": self.agency.code,
                "dwell_s": round(session.current_dwell(now), 3),
                "vote_no": len(session.votes) + 1,
                # its card's place on the visitor's home screen (1 = first), for the report
                "position": self.shown.index(slug) + 1 if slug in self.shown else None,
            },
            innovation_slug=slug,
        )
        session.register_vote(slug, now)
        return VoteOutcome(decision, record)

    def submit_feedback(self, feedback: Feedback) -> VisitorRecord:
        session = self._current()
        clean = feedback.validated()
        if clean.innovation_slug is not None:
            self.innovation(clean.innovation_slug)
        data = clean.record_data() | {"agency": self.agency.code}
        record = self.log.append(
            "feedback", session.session_id, data, innovation_slug=clean.innovation_slug
        )
        session.touch(self.now())
        return record

    def submit_survey(self, response: SurveyResponse) -> VisitorRecord:
        """Record a completed SKM questionnaire: a visitor record in the same chain."""
        session = self._current()
        clean = response.validated()
        if not self.agency.has_survey:
            raise SurveyError(f"the {self.agency.code} booth does not run the survey")
        if clean.service not in {s.code for s in self.agency.survey_services}:
            raise SurveyError(f"unknown service '{clean.service}' at {self.agency.code}")
        data = clean.record_data() | {"agency": self.agency.code}
        record = self.log.append("survey", session.session_id, data)
        session.touch(self.now())
        return record

    def idle_state(self) -> IdleState:
        if self.session is None:
            return IdleState.ACTIVE
        return self.session.idle_state(self.now())

    def end_session(self, reason: EndReason) -> VisitorRecord | None:
        """Close the open session (if any), recording why it ended."""
        session = self.session
        if session is None:
            return None
        now = self.now()
        session.end(reason, now)
        self.session = None
        return self.log.append(
            "session_end",
            session.session_id,
            session.summary(now) | {"agency": self.agency.code},
        )
