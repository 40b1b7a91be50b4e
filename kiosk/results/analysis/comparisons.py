"""Flags that compare each booth with the festival: one crowd walks past every booth.

A staff member who taps slowly through the real rules looks like a visitor,
one visit at a time. Over hundreds of visits they do not look like the crowd
the other booths served: they vote on nearly every page they open, for one
innovation, and leave. Each figure below is worked out per booth and set
against the same figure at every other booth, with robust statistics (the
median and the median absolute deviation, MAD, which one stuffed booth cannot
drag along, unlike a mean and standard deviation). A booth is flagged only
when its figure is both far out by that measure (modified z-score above
`Z_LIMIT`, Iglewicz and Hoaglin's cut-off) and far out in plain terms (the
margin each flag states), and only with enough visits to tell.

Flags are shown beside the ranking and never change it.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

HIGH_VOTE_RATE = "high_vote_rate"
ONE_INNOVATION = "one_innovation"
VOTE_AND_GO = "vote_and_go"
OFF_CROWD = "off_crowd"
SAME_RHYTHM = "same_rhythm"

Z_LIMIT = 3.5  # modified z-score (0.6745 * distance from the median / MAD)
MIN_BOOTHS = 4  # fewer booths than this: no festival to compare with
MIN_SESSIONS = 50  # a booth with fewer visits is not judged
RATE_MARGIN = 1.25  # votes per page opened: at least this many times the festival's median
SHARE_MARGIN = 0.20  # one innovation's share above an even split, at least (20 points)
GO_MARGIN = 0.15  # vote-and-go visits: at least 15 points above the festival's median share
CROWD_MARGIN = 0.25  # visits by hour: at least 25% of them in other hours than the crowd's
HOT_HOUR = 2.0  # an hour out of step: the booth's share of it at least twice the crowd's
RHYTHM_SECONDS = 2  # visits whose lengths fall in one 2-second step share a rhythm
RHYTHM_MARGIN = 0.15  # one rhythm's share: at least 15 points above the festival's median


@dataclass(frozen=True)
class Booth:
    """One booth's figures: every kiosk of one agency together."""

    agency: str
    kiosks: tuple[str, ...]
    sessions: int
    pages: int  # innovation pages opened in visits that ended
    votes: int  # valid votes: for the agency's own innovations
    innovations: int  # innovations the pack gives the agency
    top_slug: str | None
    top_votes: int
    vote_and_go: int  # visits that voted for every page they opened, and did nothing else
    ended: int  # visits with a session_end record
    hours: Mapping[str, int]  # visits begun per local hour of the day ('08'), all days
    rhythm: str | None  # the commonest rhythm of its voting visits (length step/votes)
    rhythm_visits: int  # voting visits with that rhythm
    voting_visits: int  # visits that ended with at least one vote


@dataclass(frozen=True)
class BoothFinding:
    flag: str
    booth: Booth
    slug: str | None  # the innovation, when the flag is about one
    detail: str
    # which of the booth's votes carry the flag: an SQL condition on visitor_records `v`
    votes_where: str
    params: tuple[str, ...] = ()  # the condition's parameters


def robust_z(value: float, values: list[float]) -> float:
    """How far `value` lies above the median of `values`, in robust deviations."""
    middle = statistics.median(values)
    mad = statistics.median(abs(v - middle) for v in values)
    if mad == 0:
        mad = max(abs(middle) * 0.01, 1e-9)  # all booths alike: any clear excess stands out
    return 0.6745 * (value - middle) / mad


# Visits that voted for every innovation page they opened and did nothing else (one
# page and one vote, or the maximum and out): from the visit's end record, less the
# visits that left feedback or answered the survey.
_GO_VISITS = (
    "SELECT kiosk_id, session_id FROM visitor_records"
    " WHERE kind = 'session_end' AND json_array_length(data, '$.votes') > 0"
    " AND (SELECT count(*) FROM json_each(data, '$.dwell_s'))"
    "  = json_array_length(data, '$.votes')"
    " EXCEPT SELECT kiosk_id, session_id FROM visitor_records"
    " WHERE kind IN ('feedback', 'survey')"
)

# A voting visit's rhythm: its length in RHYTHM_SECONDS steps and its number of votes.
_RHYTHM = (
    f"CAST(json_extract(data, '$.duration_s') / {RHYTHM_SECONDS} AS INTEGER)"
    " || '/' || json_array_length(data, '$.votes')"
)


@dataclass(frozen=True)
class VisitFigures:
    """Per kiosk, what the comparisons read from the records alone (so a second
    connection can read it while the first writes: see `ranking.write_results`)."""

    go: dict[str, int]  # vote-and-go visits
    hours: dict[str, dict[str, int]]  # visits begun per local hour of the day ('08')
    rhythms: dict[str, dict[str, int]]  # voting visits per rhythm


def visit_figures(conn: sqlite3.Connection, shift: str) -> VisitFigures:
    """`shift` turns UTC into the festival's local time (an SQLite modifier: '+25200 seconds')."""
    go = dict(
        conn.execute(f"SELECT kiosk_id, count(*) FROM ({_GO_VISITS}) GROUP BY kiosk_id").fetchall()
    )
    hours: dict[str, dict[str, int]] = {}
    for kiosk, hour, n in conn.execute(
        "SELECT kiosk_id, strftime('%H', recorded_at, ?) AS h, count(*)"
        " FROM visitor_records WHERE kind = 'session_start' AND h IS NOT NULL GROUP BY 1, 2",
        [shift],
    ):
        hours.setdefault(kiosk, {})[hour] = n
    rhythms: dict[str, dict[str, int]] = {}
    for kiosk, rhythm, n in conn.execute(
        f"SELECT kiosk_id, {_RHYTHM} AS r, count(*) FROM visitor_records"
        " WHERE kind = 'session_end' AND json_array_length(data, '$.votes') > 0"
        " AND r IS NOT NULL GROUP BY 1, 2"
    ):
        rhythms.setdefault(kiosk, {})[rhythm] = n
    return VisitFigures(go, hours, rhythms)


def booth_figures(conn: sqlite3.Connection, visits: VisitFigures) -> list[Booth]:
    """Each booth's figures; visits ended and pages opened come from `session_times` and
    `page_views`, which the merge writes first (one reading of the visits' ends)."""
    rows = conn.execute(
        "WITH k AS (SELECT agency_code AS agency, group_concat(kiosk_id, ' ') AS kiosks"
        "  FROM kiosks WHERE agency_code IS NOT NULL GROUP BY agency_code),"
        " s AS (SELECT k2.agency_code AS agency, count(*) AS n FROM visitor_records r"
        "  JOIN kiosks k2 USING (kiosk_id) WHERE r.kind = 'session_start' GROUP BY 1),"
        " v AS (SELECT k2.agency_code AS agency, r.innovation_slug AS slug, count(*) AS n"
        "  FROM visitor_records r JOIN kiosks k2 USING (kiosk_id)"
        "  JOIN innovations i ON i.slug = r.innovation_slug AND i.agency_code = k2.agency_code"
        "  WHERE r.kind = 'vote' AND NOT EXISTS (SELECT 1 FROM rule_breaks b"
        "   WHERE b.kiosk_id = r.kiosk_id AND b.seq = r.seq) GROUP BY 1, 2),"
        " p AS (SELECT k2.agency_code AS agency, sum(pv.views) AS n FROM page_views pv"
        "  JOIN kiosks k2 USING (kiosk_id) GROUP BY 1),"
        " ended AS (SELECT k2.agency_code AS agency, sum(t.sessions_ended) AS n"
        "  FROM session_times t JOIN kiosks k2 USING (kiosk_id) GROUP BY 1),"
        " i AS (SELECT agency_code AS agency, count(*) AS n FROM innovations GROUP BY 1)"
        " SELECT k.agency, k.kiosks, coalesce(s.n, 0), coalesce(p.n, 0),"
        "  coalesce((SELECT sum(n) FROM v WHERE v.agency = k.agency), 0), coalesce(i.n, 0),"
        "  (SELECT slug FROM v WHERE v.agency = k.agency ORDER BY n DESC, slug LIMIT 1),"
        "  coalesce((SELECT max(n) FROM v WHERE v.agency = k.agency), 0),"
        "  coalesce(ended.n, 0)"
        " FROM k LEFT JOIN s USING (agency) LEFT JOIN p USING (agency)"
        " LEFT JOIN ended USING (agency)"
        " LEFT JOIN i USING (agency) ORDER BY k.agency"
    ).fetchall()
    booths = []
    for agency, kiosks, sessions, pages, votes, innovations, top, top_votes, ended in rows:
        ids = tuple(kiosks.split())
        go_count = sum(visits.go.get(k, 0) for k in ids)
        hours: Counter[str] = Counter()
        rhythms: Counter[str] = Counter()
        for k in ids:
            hours.update(visits.hours.get(k, {}))
            rhythms.update(visits.rhythms.get(k, {}))
        rhythm, rhythm_visits = min(rhythms.items(), key=lambda r: (-r[1], r[0]), default=(None, 0))
        figures = (sessions, pages, votes, innovations, top, top_votes, go_count, ended)
        rhythm_figures = (rhythm, rhythm_visits, sum(rhythms.values()))
        booths.append(Booth(agency, ids, *figures, dict(hours), *rhythm_figures))
    return booths


def compare_booths(
    conn: sqlite3.Connection, shift: str, visits: VisitFigures | None = None
) -> list[BoothFinding]:
    """Every booth set against the festival on each figure; the far-out ones, explained.

    `shift` turns UTC into local time; `visits` is `visit_figures`, when read already.
    """
    figures = visits if visits is not None else visit_figures(conn, shift)
    booths = [b for b in booth_figures(conn, figures) if b.sessions >= MIN_SESSIONS and b.pages]
    if len(booths) < MIN_BOOTHS:
        return []
    findings: list[BoothFinding] = []
    for check in (_high_vote_rate, _one_innovation, _vote_and_go, _same_rhythm):
        findings.extend(check(booths))
    findings.extend(_off_crowd(booths, shift))
    return findings


def _outliers(
    booths: list[Booth], figure: Callable[[Booth], float], plain: Callable[[float, float], bool]
) -> list[tuple[Booth, float, float]]:
    """Booths whose figure is far above the festival's, robustly and in plain terms."""
    values = [figure(b) for b in booths]
    middle = statistics.median(values)
    return [
        (b, value, middle)
        for b, value in zip(booths, values, strict=True)
        if robust_z(value, values) > Z_LIMIT and plain(value, middle)
    ]


def _high_vote_rate(booths: list[Booth]) -> list[BoothFinding]:
    """Votes per innovation page opened: how often a look becomes a vote."""
    found = []
    rate = lambda b: b.votes / b.pages  # noqa: E731
    for booth, value, middle in _outliers(booths, rate, lambda v, m: v >= RATE_MARGIN * m):
        detail = (
            f"{100 * value:.0f} votes per 100 innovation pages opened, where the festival's"
            f" booths have {100 * middle:.0f} (median); {booth.votes} votes in"
            f" {booth.sessions} visits ({100 * booth.votes / booth.sessions:.0f} per 100 visits)"
        )
        found.append(BoothFinding(HIGH_VOTE_RATE, booth, None, detail, "1"))
    return found


def _one_innovation(booths: list[Booth]) -> list[BoothFinding]:
    """One innovation's share of its booth's votes, above an even split of the booth's."""
    eligible = [b for b in booths if b.innovations >= 2 and b.votes]
    if len(eligible) < MIN_BOOTHS:
        return []
    excess = lambda b: b.top_votes / b.votes - 1 / b.innovations  # noqa: E731
    found = []
    for booth, value, middle in _outliers(eligible, excess, lambda v, m: v >= SHARE_MARGIN):
        share = booth.top_votes / booth.votes
        detail = (
            f"{booth.top_votes} of the booth's {booth.votes} votes ({100 * share:.0f}%) went to"
            f" this one of its {booth.innovations} innovations; at the festival's booths the most"
            f" voted innovation has {100 * middle:.0f} points more than an even split, here"
            f" {100 * value:.0f}"
        )
        slug = booth.top_slug
        found.append(
            BoothFinding(
                ONE_INNOVATION, booth, slug, detail, "v.innovation_slug = ?", (slug or "",)
            )
        )
    return found


def _vote_and_go(booths: list[Booth]) -> list[BoothFinding]:
    """Visits that vote for every page they open and leave: a tapper's round, not a visitor's."""
    eligible = [b for b in booths if b.ended]
    share = lambda b: b.vote_and_go / b.ended  # noqa: E731
    found = []
    for booth, value, middle in _outliers(
        eligible, share, lambda v, m: v >= 2 * m and v - m >= GO_MARGIN
    ):
        detail = (
            f"{booth.vote_and_go} of {booth.ended} visits ({100 * value:.0f}%) voted for every"
            f" innovation they opened and left without anything else; at the festival's"
            f" booths such visits are {100 * middle:.0f}% (median)"
        )
        found.append(BoothFinding(VOTE_AND_GO, booth, None, detail, _GO_VOTE))
    return found


# A vote cast in a vote-and-go visit (the visits `_vote_and_go` counts), one pass.
_GO_VOTE = f"(v.kiosk_id, v.session_id) IN ({_GO_VISITS})"


def _same_rhythm(booths: list[Booth]) -> list[BoothFinding]:
    """Voting visits that repeat one length and number of votes: a practised hand."""
    eligible = [b for b in booths if b.voting_visits >= MIN_SESSIONS]
    if len(eligible) < MIN_BOOTHS:
        return []
    share = lambda b: b.rhythm_visits / b.voting_visits  # noqa: E731
    found = []
    for booth, value, middle in _outliers(
        eligible, share, lambda v, m: v >= 2 * m and v - m >= RHYTHM_MARGIN
    ):
        step, votes = str(booth.rhythm).split("/")
        low = int(step) * RHYTHM_SECONDS
        detail = (
            f"{booth.rhythm_visits} of the booth's {booth.voting_visits} voting visits"
            f" ({100 * value:.0f}%) lasted {low}-{low + RHYTHM_SECONDS} s and cast {votes}"
            f" vote(s): one rhythm, repeated; at the festival's booths the most repeated"
            f" rhythm is {100 * middle:.0f}% of voting visits"
        )
        where = (
            "(v.kiosk_id, v.session_id) IN (SELECT kiosk_id, session_id FROM visitor_records"
            f" WHERE kind = 'session_end' AND {_RHYTHM} = ?)"
        )
        found.append(BoothFinding(SAME_RHYTHM, booth, None, detail, where, (str(booth.rhythm),)))
    return found


def _off_crowd(booths: list[Booth], shift: str) -> list[BoothFinding]:
    """Visits by hour out of step with the festival's: every booth stands in one crowd.

    The distance is the share of the booth's visits that would have to move to
    other hours to follow the other booths' curve (total variation distance).
    """
    crowd = {}  # for each booth: the other booths' visits by hour
    for booth in booths:
        crowd[booth.agency] = Counter[str]()
        for other in booths:
            if other is not booth:
                crowd[booth.agency].update(other.hours)
    distances = {b.agency: _distance(b.hours, crowd[b.agency]) for b in booths}
    values = list(distances.values())
    middle = statistics.median(values)
    found = []
    for booth in booths:
        value, others = distances[booth.agency], crowd[booth.agency]
        if robust_z(value, values) <= Z_LIMIT or value < CROWD_MARGIN:
            continue
        mine, theirs = sum(booth.hours.values()), sum(others.values())
        hot = sorted(
            h
            for h, n in booth.hours.items()
            if n / mine >= HOT_HOUR * others.get(h, 0) / theirs + 0.01
        )
        if not hot:
            continue
        in_hot = sum(booth.hours[h] for h in hot)
        detail = (
            f"{100 * value:.0f}% of the booth's visits would have to move to other hours to"
            f" follow the festival's crowd (at the festival's booths {100 * middle:.0f}%,"
            f" median); {in_hot} of its {mine} visits ({100 * in_hot / mine:.0f}%) came at"
            f" {_hours_in_words(hot)}, when the other booths had"
            f" {100 * sum(others.get(h, 0) for h in hot) / theirs:.0f}% of theirs"
        )
        marks = ", ".join("?" * len(hot))
        where = f"strftime('%H', v.recorded_at, ?) IN ({marks})"
        found.append(BoothFinding(OFF_CROWD, booth, None, detail, where, (shift, *hot)))
    return found


def _distance(mine: Mapping[str, int], theirs: Mapping[str, int]) -> float:
    a, b = sum(mine.values()), sum(theirs.values())
    if not a or not b:
        return 0.0
    return 0.5 * sum(abs(mine.get(h, 0) / a - theirs.get(h, 0) / b) for h in {*mine, *theirs})


def _hours_in_words(hours: list[str]) -> str:
    """'08', '09', '20' -> '08:00-10:00, 20:00-21:00' (local time, any day)."""
    spans: list[list[int]] = []
    for hour in map(int, hours):
        if spans and spans[-1][1] == hour:
            spans[-1][1] = hour + 1
        else:
            spans.append([hour, hour + 1])
    return ", ".join(f"{a:02d}:00-{b:02d}:00" for a, b in spans)
