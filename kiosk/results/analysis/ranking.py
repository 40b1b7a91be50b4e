"""The people's-choice ranking, its tie rule, and the votes that do not count.

Valid votes are the votes in the merged `visitor_records` (records from
intact chains only) cast at a booth of the agency that owns the innovation
(a booth shows only its own agency's innovations: a vote in its file for
another's is not evidence about its visitors, and is listed, not counted).
Anomaly flags are counted beside each innovation and never change its place.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from kiosk.results.analysis.alongside import alongside
from kiosk.results.analysis.anomalies import (
    FLAGS,
    Findings,
    find_anomalies,
    find_timing_anomalies,
    local_shift,
)
from kiosk.results.analysis.cards import CARD_RULES, judge_cards
from kiosk.results.analysis.comparisons import VisitFigures, visit_figures
from kiosk.results.merge.schema import RESULT_TABLES, UUID_INDEX

TIE_RULE = (
    "Equal valid votes: more votes per 100 booth sessions first, then the earlier first vote, "
    "then the innovation's slug (A-Z)."
)
TIE_RULE_ID = (
    "Suara sah sama: yang suaranya per 100 sesi di stan lebih banyak didahulukan, lalu yang "
    "suara pertamanya lebih awal, lalu slug inovasi (A-Z)."
)


@dataclass(frozen=True)
class RankedInnovation:
    rank: int
    innovation_slug: str
    title: str
    agency_code: str | None
    valid_votes: int
    booth_sessions: int
    votes_per_100_sessions: float | None
    rank_per_100_sessions: int
    first_vote_at: str | None
    flagged_votes: int
    flags: str
    rank_without_flagged: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_RANKING_COLUMNS = tuple(RankedInnovation.__dataclass_fields__)


@dataclass(frozen=True)
class Exclusion:
    reason: str
    kiosk_id: str
    agency_code: str | None
    votes: int
    records: int


def compute_ranking(conn: sqlite3.Connection) -> list[RankedInnovation]:
    """Every innovation (and any slug voted for) ranked by valid votes, ties broken by TIE_RULE."""
    rows = _innovation_rows(conn)
    sessions = dict(_sessions_per_agency(conn))
    flags = _flags_per_innovation(conn)
    drafts = []
    for slug, title, agency, votes, first in rows:
        booth = sessions.get(agency, 0) if agency else 0
        per100 = round(100.0 * votes / booth, 2) if booth else None
        counter = flags.get(slug, Counter())
        flagged = counter.pop("_votes", 0)
        text = ", ".join(f"{f}:{counter[f]}" for f in FLAGS if counter.get(f))
        drafts.append([slug, title, agency, votes, booth, per100, first, flagged, text])
    by_votes = sorted(drafts, key=lambda d: (-d[3], -(d[5] or 0.0), d[6] or "~", d[0]))
    by_rate = sorted(drafts, key=lambda d: (-(d[5] or -1.0), -d[3], d[6] or "~", d[0]))
    unflagged = sorted(drafts, key=lambda d: (-(d[3] - d[7]), -(d[5] or 0.0), d[6] or "~", d[0]))
    rate_rank = {d[0]: n for n, d in enumerate(by_rate, 1)}
    plain_rank = {d[0]: n for n, d in enumerate(unflagged, 1)}
    return [
        RankedInnovation(
            n,
            d[0],
            d[1],
            d[2],
            d[3],
            d[4],
            d[5],
            rate_rank[d[0]],
            d[6],
            d[7],
            d[8],
            plain_rank[d[0]],
        )
        for n, d in enumerate(by_votes, 1)
    ]


@dataclass(frozen=True)
class Sensitivity:
    """Would the top places change if every flagged vote were left out? In words."""

    changed: bool
    text_id: str
    text_en: str


def sensitivity(ranking: list[dict[str, Any]], places: int = 10) -> Sensitivity:
    """The top `places` by valid votes against the same ranking without flagged votes.

    `changed` means the top `places` would hold other innovations; shifts inside
    them are said too, but briefly: the jury's question is who is in.
    """
    if not any(r["flagged_votes"] for r in ranking):
        return Sensitivity(False, "Tidak ada suara bertanda.", "No vote carries a flag.")
    top = [r for r in ranking if r["rank"] <= places]
    leaving = [r for r in top if r["rank_without_flagged"] > places]
    entering = [r for r in ranking if r["rank"] > places >= r["rank_without_flagged"]]
    if not leaving:
        moved = [r for r in top if r["rank"] != r["rank_without_flagged"]]
        if not moved:
            return Sensitivity(
                False,
                f"Tanpa suara bertanda pun, {places} besar dan urutannya tetap sama.",
                f"Without the flagged votes the top {places} and their order stay the same.",
            )
        far = max(abs(r["rank"] - r["rank_without_flagged"]) for r in moved)
        return Sensitivity(
            False,
            f"Tanpa suara bertanda, {places} besar tetap inovasi yang sama; urutan"
            f" {len(moved)} di antaranya bergeser, paling jauh {far} peringkat.",
            f"Without the flagged votes the top {places} hold the same innovations;"
            f" {len(moved)} of them change places, by at most {far}.",
        )

    def moves(rows: list[dict[str, Any]]) -> str:
        return ", ".join(
            f"{r['title']} (#{r['rank']} → #{r['rank_without_flagged']})" for r in rows
        )

    return Sensitivity(
        True,
        f"Bila suara bertanda dikeluarkan, {places} besar berubah: keluar {moves(leaving)};"
        f" masuk {moves(entering)}.",
        f"If the flagged votes were left out, the top {places} would change: out"
        f" {moves(leaving)}; in {moves(entering)}.",
    )


def _innovation_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str | None, int, Any]]:
    return conn.execute(
        "WITH v AS (SELECT innovation_slug AS slug, count(*) AS votes,"
        "  min(recorded_at) AS first_vote, max(k.agency_code) AS agency"
        "  FROM visitor_records r JOIN kiosks k USING (kiosk_id)"
        "  JOIN innovations o ON o.slug = r.innovation_slug AND o.agency_code = k.agency_code"
        "  WHERE kind = 'vote' AND NOT EXISTS (SELECT 1 FROM rule_breaks b"
        "   WHERE b.kiosk_id = r.kiosk_id AND b.seq = r.seq) GROUP BY innovation_slug),"
        " s AS (SELECT slug FROM innovations)"
        " SELECT s.slug, coalesce(i.title_id, s.slug), coalesce(i.agency_code, v.agency),"
        "  coalesce(v.votes, 0), v.first_vote"
        " FROM s LEFT JOIN innovations i ON i.slug = s.slug LEFT JOIN v ON v.slug = s.slug"
        " ORDER BY s.slug"
    ).fetchall()


def _sessions_per_agency(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Visitor sessions started at each agency's booth(s) (the kiosks' agencies)."""
    return conn.execute(
        "SELECT k.agency_code, count(*) FROM visitor_records r JOIN kiosks k USING (kiosk_id)"
        " WHERE r.kind = 'session_start' GROUP BY k.agency_code ORDER BY k.agency_code"
    ).fetchall()


def _flags_per_innovation(conn: sqlite3.Connection) -> dict[str, Counter[str]]:
    result: dict[str, Counter[str]] = {}
    for slug, flag, n in conn.execute(
        "WITH f AS (SELECT * FROM flagged_votes x WHERE NOT EXISTS (SELECT 1 FROM rule_breaks b"
        " WHERE b.kiosk_id = x.kiosk_id AND b.seq = x.seq))"
        " SELECT innovation_slug, flag, count(*) FROM f GROUP BY innovation_slug, flag"
        " UNION ALL SELECT innovation_slug, '_votes', count(*) FROM (SELECT DISTINCT"
        " innovation_slug, kiosk_id, seq FROM f) GROUP BY innovation_slug"
    ):
        result.setdefault(slug, Counter())[flag] = n
    return result


def compute_exclusions(conn: sqlite3.Connection) -> list[Exclusion]:
    """Records (and votes) not counted, by reason and kiosk; a record counted elsewhere is not."""
    rows = conn.execute(
        "SELECT e.reason, e.kiosk_id, k.agency_code, sum(e.kind = 'vote'), count(*)"
        " FROM excluded_records e LEFT JOIN kiosks k ON k.kiosk_id = e.kiosk_id"
        " WHERE NOT EXISTS (SELECT 1 FROM visitor_records v WHERE v.kiosk_id = e.kiosk_id"
        "  AND v.seq = e.seq AND v.hash = e.hash)"
        " GROUP BY e.reason, e.kiosk_id"
        " UNION ALL SELECT CASE WHEN o.slug IS NULL THEN 'vote for an innovation not in the"
        " festival pack' ELSE 'vote for another agency''s innovation: a booth shows only its"
        " own' END, r.kiosk_id, k.agency_code, count(*), count(*)"
        " FROM visitor_records r JOIN kiosks k USING (kiosk_id)"
        " LEFT JOIN innovations o ON o.slug = r.innovation_slug"
        " WHERE r.kind = 'vote' AND o.agency_code IS NOT k.agency_code"
        " GROUP BY 1, r.kiosk_id"
        " UNION ALL SELECT CASE b.rule "
        + " ".join(
            f"WHEN '{rule}' THEN 'refused by the rules: {_sql_text(words)}'"
            for rule, words in RULE_BREAKS.items()
        )
        + " END, b.kiosk_id, k.agency_code, count(*), count(*)"
        " FROM rule_breaks b JOIN kiosks k USING (kiosk_id)"
        " JOIN visitor_records r ON r.kiosk_id = b.kiosk_id AND r.seq = b.seq"
        " JOIN innovations o ON o.slug = r.innovation_slug AND o.agency_code = k.agency_code"
        " GROUP BY b.rule, b.kiosk_id ORDER BY 2, 1"
    ).fetchall()
    return [Exclusion(*row) for row in rows]


def _sql_text(words: str) -> str:
    return words.replace("'", "''")


RULE_BREAKS = {
    "no_session_start": "vote without a visit: no session began it",
    "same_innovation_twice": "a second vote for one innovation in one visit",
    "over_session_limit": "more votes in one visit than the festival rules allow",
} | CARD_RULES


def find_rule_breaks(conn: sqlite3.Connection) -> None:
    """Votes the kiosk as shipped refuses, under the pack's rules: kept, never counted.

    Only what a vote's own visit shows on its face: no session began it, a second
    vote for one innovation in one visit, more votes in one visit than allowed.
    (Timing - dwell, hours, bursts - is flagged beside the ranking instead.)
    """
    rules = conn.execute("SELECT max_votes_per_session FROM festival LIMIT 1").fetchone()
    limit = int(rules[0]) if rules else 1 << 30
    # Kiosk by kiosk, window functions and no join: each kiosk's visits are sorted
    # apart (small sorts: 4x faster than one over the festival), and no plan can go
    # quadratic on a festival file whose statistics are not gathered yet.
    for (kiosk,) in conn.execute("SELECT kiosk_id FROM kiosks ORDER BY kiosk_id").fetchall():
        conn.execute(
            "INSERT INTO rule_breaks SELECT kiosk_id, seq, CASE"
            " WHEN started IS NULL THEN 'no_session_start'"
            " WHEN n > ? THEN 'over_session_limit' END AS rule"
            " FROM (SELECT kiosk_id, seq, kind,"
            "   min(CASE WHEN kind = 'session_start' THEN seq END) OVER visit AS started,"
            "   sum(kind = 'vote') OVER visit AS n"
            "  FROM visitor_records WHERE kind IN ('vote', 'session_start') AND kiosk_id = ?"
            "  WINDOW visit AS (PARTITION BY session_id ORDER BY seq ROWS UNBOUNDED PRECEDING))"
            " WHERE kind = 'vote' AND rule IS NOT NULL ORDER BY seq",
            [limit, kiosk],
        )
        # A second vote for one innovation in one visit; a vote no visit began stays that.
        conn.execute(
            "INSERT INTO rule_breaks SELECT kiosk_id, seq, 'same_innovation_twice' FROM"
            " (SELECT kiosk_id, seq, row_number() OVER (PARTITION BY session_id,"
            "   innovation_slug ORDER BY seq) AS again FROM visitor_records"
            "  WHERE kind = 'vote' AND kiosk_id = ?)"
            " WHERE again > 1 ORDER BY seq"
            " ON CONFLICT (kiosk_id, seq) DO UPDATE SET rule = excluded.rule"
            " WHERE rule = 'over_session_limit'",
            [kiosk],
        )


def write_results(conn: sqlite3.Connection) -> None:
    """Rewrite the results tables; same records in, same bytes out (ordered, no timestamps).

    Half the reading is done on a second connection, on the other core (the
    merge's workers are done by now): what reads only the committed records.
    """
    for table in RESULT_TABLES:
        conn.execute(f"DELETE FROM {table}")
    with alongside(conn, _read_apart) as apart:
        conn.execute(UUID_INDEX)  # the merge drops it while it copies records
        find_rule_breaks(conn)
        cards = judge_cards(conn)  # card mode: after the visits' own rule breaks
        near = find_timing_anomalies(conn, bursts=False)
    far = apart.result()
    _write_session_figures(conn, far)  # before the flags: the booth comparisons read them
    _write_findings(conn, find_anomalies(conn, near + far.bursts, far.visits) + cards)
    for r in compute_ranking(conn):
        conn.execute(
            f"INSERT INTO ranking ({', '.join(_RANKING_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(_RANKING_COLUMNS))})",
            list(asdict(r).values()),
        )
    conn.executemany(
        "INSERT INTO exclusions VALUES (?, ?, ?, ?, ?)",
        [list(asdict(e).values()) for e in compute_exclusions(conn)],
    )


@dataclass(frozen=True)
class _Apart:
    """What `write_results` reads on its second connection."""

    bursts: Findings
    session_times: list[tuple[Any, ...]]
    page_views: list[tuple[Any, ...]]
    visits: VisitFigures


def _read_apart(conn: sqlite3.Connection) -> _Apart:
    return _Apart(
        find_timing_anomalies(conn, hours_and_dwell=False),
        # Visit lengths per kiosk, and page dwell per kiosk and innovation, for the report.
        conn.execute(
            "SELECT kiosk_id, count(*), count(d), sum(d) FROM"
            " (SELECT kiosk_id, json_extract(data, '$.duration_s') AS d FROM visitor_records"
            "  WHERE kind = 'session_end') GROUP BY kiosk_id ORDER BY kiosk_id"
        ).fetchall(),
        conn.execute(
            "SELECT v.kiosk_id, j.key, count(*), sum(j.value)"
            " FROM visitor_records v, json_each(v.data, '$.dwell_s') j"
            " WHERE v.kind = 'session_end' GROUP BY v.kiosk_id, j.key"
            " ORDER BY v.kiosk_id, j.key"
        ).fetchall(),
        visit_figures(conn, local_shift(conn)),
    )


def _write_session_figures(conn: sqlite3.Connection, apart: _Apart) -> None:
    conn.executemany("INSERT INTO session_times VALUES (?, ?, ?, ?)", apart.session_times)
    conn.executemany("INSERT INTO page_views VALUES (?, ?, ?, ?)", apart.page_views)


def _write_findings(conn: sqlite3.Connection, findings: Findings) -> None:
    flagged = sorted(findings.flagged, key=lambda f: (f[0], f[1], f[2]))
    conn.executemany("INSERT OR IGNORE INTO flagged_votes VALUES (?, ?, ?, ?)", flagged)
    ordered = sorted(
        findings.anomalies, key=lambda a: (a.flag, a.kiosk_id, a.first_seq, a.innovation_slug or "")
    )
    conn.executemany(
        "INSERT INTO anomalies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [list(asdict(a).values()) for a in ordered],
    )
