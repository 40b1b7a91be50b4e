"""Realistic visitor traffic at one booth, through the same `Booth` API the touchscreen uses.

Time is simulated (a `ManualClock`), so a festival day of sessions runs in
seconds while the records carry believable timestamps: only on the
festival's days and within its opening hours, following the crowd on the
square, with a new kiosk run each morning (booths are switched off at night). The voting rules are
obeyed exactly as for real visitors: refused votes are counted, not forced.
"""

from __future__ import annotations

import random
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


# Relative crowd on the square by local hour: a morning ramp, the midday peak,
# an early-afternoon lull, then the late-afternoon and evening peak when
# families come after work and school. Hours not listed are quiet (0.15).
FOOTFALL = {
    8: 0.3, 9: 0.55, 10: 0.8, 11: 1.0, 12: 0.9, 13: 0.65, 14: 0.5,
    15: 0.6, 16: 0.85, 17: 1.0, 18: 0.95, 19: 0.8, 20: 0.5,
}  # fmt: skip
QUIET = 0.15
WEEKEND = 1.4  # Saturdays and Sundays bring more people than weekdays
SCHOOL_GROUP_SHARE = 0.12  # visitors who come with a school group, on weekday mornings
SCHOOL_HOURS = (9, 12)  # local hours in which groups arrive
GLANCE_SHARE = 0.08  # visitors who look at the home screen and walk away
FALLBACK_OFFSET = timedelta(hours=7)  # Asia/Jakarta, when the zone database is missing


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
    days: int = 0  # opening days with visitors (a new kiosk run each morning)
    days_past_festival: int = 0  # more visitors than the festival's days could serve


@dataclass(frozen=True)
class OpenDay:
    """One day's opening hours, in UTC."""

    opens: datetime
    closes: datetime
    weekend: bool
    offset: timedelta  # local time = UTC + offset
    past_festival: bool = False  # a day after the festival's last one


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
    until: datetime | None = None,
) -> SimulationSummary:
    """Run `sessions` simulated visitors at `agency_code`'s booth, writing real records.

    Visitors come only on the festival's days and within its opening hours
    (from `start` on and before `until`, when given), following the square's footfall curve, with
    school groups queueing on weekday mornings. The booth serves one visitor
    at a time; a queue still waiting at closing comes back the next morning,
    and when the festival's days cannot hold them all, the days go on past
    its end (counted in `days_past_festival`).
    """
    rng = random.Random(seed)
    # The survey draws from its own generator, so the votes of a seed stay as they were.
    survey_rng = random.Random(f"survey-{seed}")
    days = opening_days(db, start, until)
    pending = deque(arrivals(days, sessions, rng))
    summary = SimulationSummary()
    day_index = 0
    while pending:
        day = _day(days, day_index)
        served = _serve_day(db, agency_code, day, pending, rng, survey_rng, summary)
        summary.days += served > 0
        summary.days_past_festival += served > 0 and day.past_festival
        day_index += 1
    return summary


def opening_days(
    db: BoothDatabase, start: datetime | None = None, until: datetime | None = None
) -> list[OpenDay]:
    """The festival's opening hours day by day, in UTC, from `start` (or the first day) on,
    and before `until` when given."""
    row = db.execute(
        "SELECT starts_on, ends_on, timezone, opening_time, closing_time FROM festival"
    ).fetchone()
    first, last = date.fromisoformat(row[0]), date.fromisoformat(row[1])
    zone = _zone(row[2])
    opening, closing = time.fromisoformat(row[3]), time.fromisoformat(row[4])
    if start is not None:
        first = max(first, start.astimezone(zone).date())
    days: list[OpenDay] = []
    day = first
    # Every festival day from the first, and past the last only until one is still open.
    while day <= last or not days:
        opens = datetime.combine(day, opening, zone).astimezone(UTC)
        closes = datetime.combine(day, closing, zone).astimezone(UTC)
        if until is not None:
            if until <= opens:
                break
            closes = min(closes, until)
        if start is not None and start > opens:
            opens = min(start, closes)
        if opens < closes:
            offset = opens.astimezone(zone).utcoffset() or timedelta(0)
            days.append(OpenDay(opens, closes, day.weekday() >= 5, offset, day > last))
        day += timedelta(days=1)
    return days


def arrivals(days: list[OpenDay], sessions: int, rng: random.Random) -> list[datetime]:
    """When each visitor reaches the booth: the footfall curve plus school groups."""
    hours = [slot for day in days for slot in _hour_slots(day)]
    weights = [weight for _, _, weight in hours]
    moments: list[datetime] = []
    mornings = [s for s in hours if s[2] > 0 and _is_school_slot(s[0], days)]
    grouped = round(sessions * SCHOOL_GROUP_SHARE) if mornings else 0
    while len(moments) < grouped:
        begin, end, _ = rng.choice(mornings)
        at = begin + (end - begin) * rng.random()
        for _ in range(min(rng.randint(10, 30), grouped - len(moments))):
            moments.append(at)
            at += timedelta(seconds=rng.expovariate(1 / 10.0))  # the class is all there
    for begin, end, _ in rng.choices(hours, weights=weights, k=sessions - len(moments)):
        moments.append(begin + (end - begin) * rng.random())
    return sorted(moments)


def _serve_day(
    db: BoothDatabase,
    agency_code: str,
    day: OpenDay,
    pending: deque[datetime],
    rng: random.Random,
    survey_rng: random.Random,
    summary: SimulationSummary,
) -> int:
    """One day at the booth: the kiosk is switched on in the morning (a new run)."""
    if not pending or pending[0] >= day.closes:
        return 0
    clock = ManualClock(max(day.opens, min(pending[0], day.closes)))
    booth = Booth(db, agency_code, clock)
    served = 0
    while pending and pending[0] < day.closes and clock.utc_now() < day.closes:
        arrival = pending.popleft()
        wait = (arrival - clock.utc_now()).total_seconds()
        clock.advance(wait if wait > 0 else rng.uniform(2, 6))  # or the next in line steps up
        _one_visitor(booth, clock, rng, summary, survey_rng)
        summary.sessions += 1
        served += 1
    summary.last_at = clock.utc_now().isoformat()
    return served


def _day(days: list[OpenDay], index: int) -> OpenDay:
    """Day `index`; past the festival's last day, the same hours on the days after it."""
    if index < len(days):
        return days[index]
    last = days[-1]
    extra = timedelta(days=index - len(days) + 1)
    return OpenDay(last.opens + extra, last.closes + extra, False, last.offset, True)


def _hour_slots(day: OpenDay) -> list[tuple[datetime, datetime, float]]:
    """The day's open time in slots of at most an hour, each weighted by its crowd."""
    slots = []
    at = day.opens
    while at < day.closes:
        local = at + day.offset
        end = min(day.closes, at + timedelta(minutes=60 - local.minute, seconds=-local.second))
        share = (end - at).total_seconds() / 3600
        weight = FOOTFALL.get(local.hour, QUIET) * share * (WEEKEND if day.weekend else 1.0)
        slots.append((at, end, weight))
        at = end
    return slots


def _is_school_slot(at: datetime, days: list[OpenDay]) -> bool:
    day = next(d for d in days if d.opens <= at < d.closes)
    local = at + day.offset
    return not day.weekend and SCHOOL_HOURS[0] <= local.hour < SCHOOL_HOURS[1]


def _zone(name: str) -> tzinfo:
    """The festival's time zone; a fixed UTC+7 where the zone database is missing."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone(FALLBACK_OFFSET)


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
    if rng.random() < GLANCE_SHARE:  # a glance, and gone: the idle timeout ends it
        _walk_away(booth, clock, summary)
        return
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
        _walk_away(booth, clock, summary)
    else:
        booth.end_session(EndReason.FINISHED)
        summary.endings[EndReason.FINISHED.value] += 1


def _walk_away(booth: Booth, clock: ManualClock, summary: SimulationSummary) -> None:
    rules = booth.festival.voting
    clock.advance(rules.idle_seconds + rules.idle_warning_seconds + 0.1)
    assert booth.idle_state() is IdleState.EXPIRED
    booth.end_session(EndReason.IDLE)
    summary.endings[EndReason.IDLE.value] += 1


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
