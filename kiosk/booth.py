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
from kiosk.domain.session import EndReason, IdleState, Refusal, VisitorSession, VoteDecision
from kiosk.domain.skm import SurveyError, SurveyResponse
from kiosk.pack.cards import Card, CardProblem, CardReader
from kiosk.storage.content import load_festival
from kiosk.storage.database import BoothDatabase
from kiosk.storage.records import RecordLog, VisitorRecord

QUOTA_USED = "quota_used"  # a card whose votes at this kiosk are all used (CardCheck.problem)


@dataclass(frozen=True)
class CardCheck:
    """What the booth made of a card shown to it: the card and its votes left here, or why not.

    `problem` is a `CardProblem` value (not a card, another festival's, forged, revoked) or
    `QUOTA_USED`. The booth only knows its own votes; the merge counts the card's
    votes at every booth together.
    """

    card: Card | None
    problem: str = ""
    votes_left: int = 0  # at this kiosk, by the votes it recorded itself

    @property
    def accepted(self) -> bool:
        return self.card is not None and not self.problem


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
        # Card mode: the card the open visit showed (its text, kept for the vote record),
        # and the votes this kiosk recorded per card, read once and counted on.
        self._card: tuple[Card, str] | None = None
        self._card_votes: dict[str, int] = {}
        self._cards: CardReader | None = None
        self._load_cards()

    def _load_cards(self) -> None:
        cards = self.festival.cards
        self._cards = CardReader(self.festival.slug, cards.public_key) if cards.enabled else None
        if self._cards is not None:
            self._card_votes = {
                str(serial): int(n)
                for serial, n in self.db.execute(
                    "SELECT json_extract(data, '$.card'), count(*) FROM visitor_records"
                    " WHERE kind = 'vote' AND json_extract(data, '$.card') IS NOT NULL"
                    " GROUP BY 1"
                ).fetchall()
            }

    @property
    def card_mode(self) -> bool:
        """Whether a vote needs a ballot card (the pack says so)."""
        return self._cards is not None

    @property
    def card(self) -> Card | None:
        """The card the open visit showed, while it still has votes here."""
        return self._card[0] if self._card is not None else None

    def card_votes_left(self, serial: str) -> int:
        """Votes the card `serial` has left by what this kiosk recorded (the merge counts all)."""
        return max(0, self.festival.cards.quota - self._card_votes.get(serial, 0))

    def check_card(self, text: str) -> CardCheck:
        """Read a card's text (scanner or camera): signature, festival, votes left here.

        About 0.3 ms (an Ed25519 verification, measured here): on the GUI thread.
        """
        if self._cards is None:
            return CardCheck(None, CardProblem.NOT_A_CARD.value)
        reading = self._cards.read(text)
        if reading.card is None:
            problem = reading.problem or CardProblem.NOT_A_CARD
            return CardCheck(None, problem.value)
        if reading.card.batch in self.festival.cards.revoked_batches:
            return CardCheck(reading.card, CardProblem.REVOKED.value)
        left = self.card_votes_left(reading.card.serial)
        if left <= 0:
            return CardCheck(reading.card, QUOTA_USED)
        return CardCheck(reading.card, "", left)

    def present_card(self, text: str) -> CardCheck:
        """The visitor showed a card: if it is good, the visit votes with it from now on."""
        check = self.check_card(text)
        if check.accepted and check.card is not None and self.session is not None:
            self._card = (check.card, text.strip().upper())
        return check

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
        self._load_cards()

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
        self._card = None
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
        data: dict[str, object] = {
            "agency": self.agency.code,
            "dwell_s": round(session.current_dwell(now), 3),
            "vote_no": len(session.votes) + 1,
            # its card's place on the visitor's home screen (1 = first), for the report
            "position": self.shown.index(slug) + 1 if slug in self.shown else None,
        }
        if self.card_mode:
            if self._card is None:
                return VoteOutcome(VoteDecision(False, Refusal.NEEDS_CARD))
            card, text = self._card
            # The serial for reading, the card's whole text so the merge verifies it too.
            data |= {"card": card.serial, "card_code": text}
        record = self.log.append("vote", session.session_id, data, innovation_slug=slug)
        session.register_vote(slug, now)
        if self._card is not None:
            serial = self._card[0].serial
            self._card_votes[serial] = self._card_votes.get(serial, 0) + 1
            if self._card_votes[serial] >= self.festival.cards.quota:
                self._card = None  # used up here: the next vote asks for another card
        return VoteOutcome(decision, record)

    def record_clip_play(
        self, slug: str, clip_sha256: str, watched_ms: int, duration_ms: int
    ) -> VisitorRecord:
        """A clip of `slug` was played (it started) and watched for `watched_ms`.

        Written when the clip stops; the clip is named by its file's SHA-256, the
        same at every booth (the `videos` row ids are this booth's own).
        """
        session = self._current()
        self.innovation(slug)
        return self.log.append(
            "clip_play",
            session.session_id,
            {
                "agency": self.agency.code,
                "clip": clip_sha256,
                "watched_s": round(max(0, watched_ms) / 1000, 1),
                "duration_s": round(duration_ms / 1000, 1),
            },
            innovation_slug=slug,
        )

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
        self._card = None
        record = self.log.append(
            "session_end",
            session.session_id,
            session.summary(now) | {"agency": self.agency.code},
        )
        # Between visitors: every few hundred records the chain gets a checkpoint, so
        # the next start after a power cut checks only what came after it.
        self.log.checkpoint_if_due()
        return record
