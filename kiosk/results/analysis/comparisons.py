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
from collections.abc import Callable, Mapping
from dataclasses import dataclass

HIGH_VOTE_RATE = "high_vote_rate"
ONE_INNOVATION = "one_innovation"
VOTE_AND_GO = "vote_and_go"

Z_LIMIT = 3.5  # modified z-score (0.6745 * distance from the median / MAD)
MIN_BOOTHS = 4  # fewer booths than this: no festival to compare with
MIN_SESSIONS = 50  # a booth with fewer visits is not judged
RATE_MARGIN = 1.25  # votes per page opened: at least this many times the festival's median
SHARE_MARGIN = 0.20  # one innovation's share above an even split, at least (20 points)
GO_MARGIN = 0.15  # vote-and-go visits: at least 15 points above the festival's median share


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
    vote_and_go: int  # visits that opened one page, voted for it, and did nothing else
    ended: int  # visits with a session_end record


@dataclass(frozen=True)
class BoothFinding:
    flag: str
    booth: Booth
    slug: str | None  # the innovation, when the flag is about one
    detail: str
    # which of the booth's votes carry the flag: an SQL condition on visitor_records `v`
    votes_where: str


def robust_z(value: float, values: list[float]) -> float:
    """How far `value` lies above the median of `values`, in robust deviations."""
    middle = statistics.median(values)
    mad = statistics.median(abs(v - middle) for v in values)
    if mad == 0:
        mad = max(abs(middle) * 0.01, 1e-9)  # all booths alike: any clear excess stands out
    return 0.6745 * (value - middle) / mad


# Visits that opened one innovation page, voted for it and did nothing else: from
# the visit's end record, less the visits that left feedback or answered the survey.
_GO_VISITS = (
    "SELECT kiosk_id, session_id FROM visitor_records"
    " WHERE kind = 'session_end' AND json_array_length(data, '$.votes') = 1"
    " AND (SELECT count(*) FROM json_each(data, '$.dwell_s')) = 1"
    " EXCEPT SELECT kiosk_id, session_id FROM visitor_records"
    " WHERE kind IN ('feedback', 'survey')"
)


def go_visits_per_kiosk(conn: sqlite3.Connection) -> dict[str, int]:
    """Vote-and-go visits per kiosk: they read only the records (see `_GO_VISITS`)."""
    return dict(
        conn.execute(f"SELECT kiosk_id, count(*) FROM ({_GO_VISITS}) GROUP BY kiosk_id").fetchall()
    )


def booth_figures(
    conn: sqlite3.Connection, go_visits: Mapping[str, int] | None = None
) -> list[Booth]:
    """Each booth's figures; visits ended and pages opened come from `session_times` and
    `page_views`, which the merge writes first (one reading of the visits' ends).

    `go_visits` is `go_visits_per_kiosk`, when it was counted already.
    """
    go = go_visits if go_visits is not None else go_visits_per_kiosk(conn)
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
        go_count = sum(go.get(k, 0) for k in ids)
        figures = (sessions, pages, votes, innovations, top, top_votes, go_count, ended)
        booths.append(Booth(agency, ids, *figures))
    return booths


def compare_booths(
    conn: sqlite3.Connection, go_visits: Mapping[str, int] | None = None
) -> list[BoothFinding]:
    """Every booth set against the festival on each figure; the far-out ones, explained."""
    booths = [b for b in booth_figures(conn, go_visits) if b.sessions >= MIN_SESSIONS and b.pages]
    if len(booths) < MIN_BOOTHS:
        return []
    findings: list[BoothFinding] = []
    for check in (_high_vote_rate, _one_innovation, _vote_and_go):
        findings.extend(check(booths))
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
        found.append(BoothFinding(ONE_INNOVATION, booth, slug, detail, "v.innovation_slug = ?"))
    return found


def _vote_and_go(booths: list[Booth]) -> list[BoothFinding]:
    """Visits that open one page, vote for it and leave: a tapper's rhythm, not a visitor's."""
    eligible = [b for b in booths if b.ended]
    share = lambda b: b.vote_and_go / b.ended  # noqa: E731
    found = []
    for booth, value, middle in _outliers(
        eligible, share, lambda v, m: v >= 2 * m and v - m >= GO_MARGIN
    ):
        detail = (
            f"{booth.vote_and_go} of {booth.ended} visits ({100 * value:.0f}%) opened one"
            f" innovation, voted for it and left without anything else; at the festival's"
            f" booths {100 * middle:.0f}% of visits do"
        )
        found.append(BoothFinding(VOTE_AND_GO, booth, None, detail, _GO_VOTE))
    return found


# A vote cast in a vote-and-go visit (the visits `_vote_and_go` counts), one pass.
_GO_VOTE = f"(v.kiosk_id, v.session_id) IN ({_GO_VISITS})"
