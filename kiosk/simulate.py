"""Realistic visitor traffic at one booth, through the same `Booth` API the touchscreen uses.

Time is simulated (a `ManualClock`), so a festival day of sessions runs in
seconds while the records carry believable timestamps. The voting rules are
obeyed exactly as for real visitors: refused votes are counted, not forced.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.feedback import TAGS, Feedback
from kiosk.domain.session import EndReason, IdleState, Refusal
from kiosk.simulate_survey import SURVEY_SHARE, fill_in_survey
from kiosk.storage.database import BoothDatabase

COMMENTS = (
    "Sangat membantu warga, semoga terus dikembangkan.",
    "Pelayanannya cepat dan petugasnya ramah.",
    "Mohon diperluas sampai ke desa-desa.",
    "Informasinya jelas, terima kasih.",
    "Aplikasinya kadang lambat, mohon diperbaiki.",
    "Inovasi yang bagus untuk anak muda.",
    "Perlu sosialisasi lebih banyak.",
    "Great idea, easy to understand.",
)


@dataclass
class SimulationSummary:
    sessions: int = 0
    votes: int = 0
    feedbacks: int = 0
    surveys: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    endings: Counter[str] = field(default_factory=Counter)
    first_at: str = ""
    last_at: str = ""


def default_start(db: BoothDatabase) -> datetime:
    """08:05 local time (UTC+7) on the festival's first day."""
    row = db.execute("SELECT starts_on FROM festival WHERE id = 1").fetchone()
    day = datetime.fromisoformat(row[0]) if row else datetime(2026, 8, 20)
    return (day.replace(hour=8, minute=5) - timedelta(hours=7)).replace(tzinfo=UTC)


def simulate(
    db: BoothDatabase,
    agency_code: str,
    sessions: int,
    seed: int = 0,
    start: datetime | None = None,
) -> SimulationSummary:
    """Run `sessions` simulated visitors at `agency_code`'s booth, writing real records."""
    rng = random.Random(seed)
    # The survey draws from its own generator, so the votes of a seed stay as they were.
    survey_rng = random.Random(f"survey-{seed}")
    clock = ManualClock(start or default_start(db))
    booth = Booth(db, agency_code, clock)
    summary = SimulationSummary()
    for _ in range(sessions):
        clock.advance(rng.expovariate(1 / 40.0))  # a new visitor every ~40 s on average
        _one_visitor(booth, clock, rng, summary, survey_rng)
        summary.sessions += 1
    summary.last_at = clock.utc_now().isoformat()
    return summary


def _one_visitor(
    booth: Booth,
    clock: ManualClock,
    rng: random.Random,
    summary: SimulationSummary,
    survey_rng: random.Random,
) -> None:
    lang = "en" if rng.random() < 0.08 else "id"
    booth.start_session(lang)
    if not summary.first_at:
        summary.first_at = clock.utc_now().isoformat()
    slugs = [i.slug for i in booth.innovations]
    clock.advance(rng.uniform(2, 10))  # looking at the home screen
    for slug in rng.sample(slugs, k=min(len(slugs), rng.randint(1, 4))):
        booth.open_innovation(slug)
        clock.advance(max(0.5, rng.lognormvariate(2.4, 0.7)))  # median ~11 s on a page
        if rng.random() < 0.55:
            _try_vote(booth, clock, rng, slug, summary)
        booth.close_innovation()
        booth.touch()
        clock.advance(rng.uniform(1, 4))
    if rng.random() < 0.3:
        _give_feedback(booth, clock, rng, slugs, summary)
    if booth.agency.has_survey and survey_rng.random() < SURVEY_SHARE:
        fill_in_survey(booth, clock, survey_rng)
        summary.surveys += 1
    if rng.random() < 0.25:  # walked away: the idle timeout ends the session
        rules = booth.festival.voting
        clock.advance(rules.idle_seconds + rules.idle_warning_seconds + 0.1)
        assert booth.idle_state() is IdleState.EXPIRED
        booth.end_session(EndReason.IDLE)
        summary.endings[EndReason.IDLE.value] += 1
    else:
        booth.end_session(EndReason.FINISHED)
        summary.endings[EndReason.FINISHED.value] += 1


def _try_vote(
    booth: Booth, clock: ManualClock, rng: random.Random, slug: str, summary: SimulationSummary
) -> None:
    outcome = booth.cast_vote(slug)
    if outcome.accepted:
        summary.votes += 1
        return
    refusal = outcome.decision.refusal
    assert refusal is not None
    summary.refused[refusal.value] += 1
    # A patient visitor waits out the dwell or the cooldown and taps again.
    if refusal in (Refusal.DWELL, Refusal.COOLDOWN) and rng.random() < 0.6:
        clock.advance(outcome.decision.wait_seconds + rng.uniform(0.1, 2))
        if booth.cast_vote(slug).accepted:
            summary.votes += 1


def _give_feedback(
    booth: Booth,
    clock: ManualClock,
    rng: random.Random,
    slugs: list[str],
    summary: SimulationSummary,
) -> None:
    clock.advance(rng.uniform(5, 25))
    comment = rng.choice(COMMENTS) if rng.random() < 0.4 else ""
    feedback = Feedback(
        rating=rng.choices([1, 2, 3, 4], weights=[1, 3, 10, 12])[0],
        tags=tuple(rng.sample(sorted(TAGS), k=rng.randint(0, 2))),
        comment=comment,
        innovation_slug=rng.choice(slugs) if rng.random() < 0.7 else None,
    )
    booth.submit_feedback(feedback)
    summary.feedbacks += 1
