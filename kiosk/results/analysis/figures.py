"""Everything `kiosk results` and `kiosk report` show, read from a merged festival file.

Plain rows (dicts) straight from SQL, so the text, JSON, HTML, workbook and
CSV outputs all show the same figures.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.domain.text import escape_controls
from kiosk.results.analysis.cards import CardFigures, card_figures
from kiosk.results.analysis.ranking import TIE_RULE, TIE_RULE_ID, Sensitivity, sensitivity
from kiosk.results.analysis.skm import SkmAgency, load_skm
from kiosk.results.errors import NotAFestivalFile
from kiosk.results.merge.festival_file import read_festival_file
from kiosk.storage.database import has_table

Row = dict[str, Any]


class Table(list[Row]):
    """Rows of one query, remembering its column names even when there are no rows."""

    def __init__(self, columns: list[str], items: list[Row]) -> None:
        super().__init__(items)
        self.columns = columns


@dataclass
class FestivalFigures:
    festival: Row
    ranking: list[Row]
    exclusions: list[Row]
    anomalies: list[Row]
    sources: list[Row]
    receipts: list[Row]
    kiosks: list[Row] = field(default_factory=list)
    unread_receipts: list[Row] = field(default_factory=list)
    agencies: list[Row] = field(default_factory=list)
    innovations: list[Row] = field(default_factory=list)
    comments: list[Row] = field(default_factory=list)
    ratings: dict[str, dict[int, int]] = field(default_factory=dict)
    skm: list[SkmAgency] = field(default_factory=list)
    positions: list[Row] = field(default_factory=list)
    cards: CardFigures | None = None  # card mode only
    tie_rule: str = TIE_RULE
    tie_rule_id: str = TIE_RULE_ID

    @property
    def by_rate(self) -> list[Row]:
        return sorted(self.ranking, key=lambda r: r["rank_per_100_sessions"])

    @property
    def sensitivity(self) -> Sensitivity:
        return sensitivity(self.ranking)

    @property
    def valid_votes(self) -> int:
        return sum(r["valid_votes"] for r in self.ranking)

    @property
    def excluded_votes(self) -> int:
        return sum(r["votes"] for r in self.exclusions)

    def as_json(self, top: int | None = None) -> dict[str, Any]:
        return {
            "festival": self.festival,
            "tie_rule": self.tie_rule,
            "valid_votes": self.valid_votes,
            "ranking": self.ranking[:top] if top else self.ranking,
            "sensitivity": {
                "top10_changes_without_flagged_votes": self.sensitivity.changed,
                "id": self.sensitivity.text_id,
                "en": self.sensitivity.text_en,
            },
            "ranking_per_100_sessions": self.by_rate[:top] if top else self.by_rate,
            "excluded": self.exclusions,
            "anomalies": self.anomalies,
            "sources": self.sources,
            "receipts": self.receipts,
            "kiosks": self.kiosks,
            "unread_receipts": self.unread_receipts,
        }


def rows(
    conn: sqlite3.Connection, sql: str, params: list[Any] | None = None, json_text: str = ""
) -> Table:
    """The query's rows, every text with its control characters escaped.

    Booth files are evidence, not trusted text: a kiosk changed to skip the booth's
    cleaning could put ESC, BEL or NUL in a comment or a file name. Escaped here,
    they reach no terminal, HTML page, CSV file or workbook raw (the jury sees
    `\\x1b` where a booth sent an escape). The column `json_text` holds a JSON
    string (`data -> '$.field'`), decoded first: SQLite's json_extract ends a text
    at a NUL, which would hide what a hostile booth wrote after it.
    """
    cursor = conn.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    decode = names.index(json_text) if json_text else -1
    return Table(
        names,
        [dict(zip(names, _escaped(row, decode), strict=True)) for row in cursor.fetchall()],
    )


def _escaped(row: tuple[Any, ...], decode: int) -> list[Any]:
    values = list(row)
    if decode >= 0 and isinstance(values[decode], str):
        values[decode] = _json_text(values[decode])
    return [escape_controls(v) if isinstance(v, str) else v for v in values]


def _json_text(literal: str) -> str:
    """The text a JSON string literal holds (`literal` itself if it is not one)."""
    if literal.startswith('"') and "\\" not in literal:
        return literal[1:-1]  # nothing escaped, the common case: no parse needed
    try:
        value = json.loads(literal)
    except ValueError:
        return literal
    return value if isinstance(value, str) else literal


def load_figures(conn: sqlite3.Connection) -> FestivalFigures:
    """The ranking, exclusions, anomalies and sources (what `kiosk results` shows)."""
    festival = rows(conn, "SELECT * FROM festival LIMIT 1")
    figures = FestivalFigures(
        festival=festival[0] if festival else {},
        ranking=rows(conn, "SELECT * FROM ranking ORDER BY rank"),
        exclusions=rows(conn, "SELECT * FROM exclusions ORDER BY kiosk_id, reason"),
        anomalies=rows(conn, "SELECT * FROM anomalies ORDER BY rowid"),
        sources=rows(
            conn,
            "SELECT id, path, file_sha256, size_bytes, kiosk_id, agency_code, status, detail,"
            " warnings, journal, chain_records, broken_at_seq, records_added, merged_at"
            " FROM sources ORDER BY id",
        ),
        receipts=rows(
            conn,
            "SELECT * FROM receipts ORDER BY kiosk_id, CASE kind WHEN 'open' THEN 0"
            " WHEN 'spot' THEN 1 ELSE 2 END, shown_at, last_seq",
        ),
        unread_receipts=rows(conn, "SELECT problem FROM unread_receipts ORDER BY problem"),
        kiosks=rows(
            conn,
            "SELECT kiosk_id, agency_code, records, last_seq, closing_receipt FROM kiosks"
            " ORDER BY agency_code, kiosk_id",
        ),
    )
    if has_table(conn, "card_votes"):  # files merged before card mode have none
        figures.cards = card_figures(conn)
    return figures


def load_report_figures(path: str | Path, workers: int | None = None) -> FestivalFigures:
    """Everything the report shows: `load_figures` plus the per agency, per innovation,
    comment, rating and SKM tables.

    Those five each read millions of records and do not depend on each other, so
    they run at the same time, each on its own read-only connection (SQLite works
    without holding Python's lock): on a 2-core PC this halves the report's wait.
    """
    with closing(read_festival_file(path)) as conn:
        missing = [t for t in ("session_times", "page_views") if not has_table(conn, t)]
        if missing:
            raise NotAFestivalFile(
                f"{path}: merged by an older Gerai (no {' or '.join(missing)} table);"
                " run `kiosk merge` into it again (nothing is merged twice) and retry"
            )
        figures = load_figures(conn)

    def run(query: Callable[[sqlite3.Connection], Any]) -> Any:
        with closing(read_festival_file(path)) as conn:
            return query(conn)

    # Longest first, so the last one to start is a short one.
    queries = [
        innovation_rows,
        agency_rows,
        load_skm,
        comment_rows,
        rating_distribution,
        position_rows,
    ]
    with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 2)) as pool:
        innovations, agencies, skm, comments, ratings, positions = pool.map(run, queries)
    figures.innovations, figures.agencies, figures.skm = innovations, agencies, skm
    figures.comments, figures.ratings, figures.positions = comments, ratings, positions
    return figures


def position_rows(conn: sqlite3.Connection) -> list[Row]:
    """Valid votes by the place their card had on the visitor's home screen.

    Each visit sees its booth's innovations one card further along than the visit
    before (`Booth.start_session`), so every innovation takes its turn first; these
    rows show whether places still drew votes unevenly. Grouped by how many cards
    the booth shows (at a booth of 4, an even spread is 25% each). Votes recorded
    before kiosks noted the place are left out.
    """
    return rows(
        conn,
        "WITH n AS (SELECT agency_code, count(*) AS cards FROM innovations GROUP BY 1)"
        " SELECT n.cards, json_extract(v.data, '$.position') AS position, count(*) AS votes"
        " FROM visitor_records v JOIN kiosks k USING (kiosk_id)"
        " JOIN innovations i ON i.slug = v.innovation_slug AND i.agency_code = k.agency_code"
        " JOIN n ON n.agency_code = k.agency_code"
        " WHERE v.kind = 'vote' AND position IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
        "  rule_breaks b WHERE b.kiosk_id = v.kiosk_id AND b.seq = v.seq)"
        " GROUP BY n.cards, position ORDER BY n.cards, position",
    )


def agency_rows(conn: sqlite3.Connection) -> list[Row]:
    """Per agency: kiosks, sessions, session length, valid votes, feedback and mean rating.

    Aggregated per kiosk first, then per agency (100 kiosks, not 3 million records,
    go through the join). The counts come from the (kind, kiosk_id) index alone,
    visit lengths from `session_times` (filled by the merge), and the feedback part
    reads only feedback records. Written out plainly in tests/results/test_figures.py,
    which checks that the two agree.
    """
    return rows(
        conn,
        "WITH counts AS (SELECT kind, kiosk_id, count(*) AS n FROM visitor_records"
        "  GROUP BY kind, kiosk_id),"
        " fb AS (SELECT kiosk_id, sum(r) AS rating_sum, count(r) AS rated,"
        "  sum(c != '') AS comments FROM (SELECT kiosk_id, json_extract(data, '$.rating') AS r,"
        "   json_extract(data, '$.comment') AS c FROM visitor_records WHERE kind = 'feedback')"
        "  GROUP BY kiosk_id),"
        " per AS (SELECT k.agency_code AS code, count(DISTINCT c.kiosk_id) AS kiosks,"
        "  sum(CASE WHEN c.kind = 'session_start' THEN c.n ELSE 0 END) AS sessions,"
        "  sum(CASE WHEN c.kind = 'vote' THEN c.n ELSE 0 END) AS valid_votes,"
        "  sum(CASE WHEN c.kind = 'feedback' THEN c.n ELSE 0 END) AS feedback"
        "  FROM counts c JOIN kiosks k USING (kiosk_id) GROUP BY k.agency_code),"
        " per_end AS (SELECT k.agency_code AS code,"
        "  round(sum(e.seconds) / sum(e.timed), 1) AS avg_session_seconds"
        "  FROM session_times e JOIN kiosks k USING (kiosk_id) GROUP BY k.agency_code),"
        " per_fb AS (SELECT k.agency_code AS code,"
        "  round(sum(f.rating_sum) * 1.0 / sum(f.rated), 2) AS avg_rating,"
        "  sum(f.comments) AS comments FROM fb f JOIN kiosks k USING (kiosk_id)"
        "  GROUP BY k.agency_code)"
        " SELECT a.code AS agency_code, a.name, a.booth, coalesce(p.kiosks, 0) AS kiosks,"
        "  coalesce(p.sessions, 0) AS sessions, e.avg_session_seconds,"
        "  coalesce(p.valid_votes, 0) AS valid_votes, coalesce(p.feedback, 0) AS feedback,"
        "  f.avg_rating, coalesce(f.comments, 0) AS comments"
        " FROM agencies a LEFT JOIN per p ON p.code = a.code"
        " LEFT JOIN per_end e ON e.code = a.code LEFT JOIN per_fb f ON f.code = a.code"
        " ORDER BY a.booth, a.code",
    )


def innovation_rows(conn: sqlite3.Connection) -> list[Row]:
    """Per innovation: rank, votes, dwell on its page (`page_views`, from session ends),
    feedback, and its video clips' plays and seconds watched (`clip_play` records)."""
    return rows(
        conn,
        "WITH dwell AS (SELECT innovation_slug AS slug, sum(views) AS views,"
        "  sum(seconds) AS total FROM page_views GROUP BY innovation_slug),"
        " fb AS (SELECT innovation_slug AS slug, count(*) AS feedback,"
        "  round(avg(json_extract(data, '$.rating')), 2) AS avg_rating"
        "  FROM visitor_records WHERE kind = 'feedback' AND innovation_slug IS NOT NULL"
        "  GROUP BY innovation_slug),"
        " clip AS (SELECT innovation_slug AS slug, count(*) AS plays,"
        "  round(sum(json_extract(data, '$.watched_s')), 1) AS watched"
        "  FROM visitor_records WHERE kind = 'clip_play' GROUP BY innovation_slug)"
        " SELECT r.rank, r.innovation_slug, r.title, r.agency_code, r.valid_votes,"
        "  r.votes_per_100_sessions, r.flags, coalesce(d.views, 0) AS page_views,"
        "  round(d.total / d.views, 1) AS avg_dwell_seconds,"
        "  coalesce(f.feedback, 0) AS feedback, f.avg_rating,"
        "  coalesce(c.plays, 0) AS clip_plays, coalesce(c.watched, 0) AS clip_watch_seconds"
        " FROM ranking r LEFT JOIN dwell d ON d.slug = r.innovation_slug"
        " LEFT JOIN fb f ON f.slug = r.innovation_slug"
        " LEFT JOIN clip c ON c.slug = r.innovation_slug ORDER BY r.agency_code, r.rank",
    )


def comment_rows(conn: sqlite3.Connection) -> list[Row]:
    """Written comments (contacts left out: they stay in the merged file only)."""
    return rows(
        conn,
        "SELECT k.agency_code, v.innovation_slug, v.recorded_at,"
        " json_extract(v.data, '$.rating') AS rating, json_extract(v.data, '$.tags') AS tags,"
        " v.data -> '$.comment' AS comment"
        " FROM visitor_records v JOIN kiosks k USING (kiosk_id)"
        " WHERE v.kind = 'feedback' AND coalesce(json_extract(v.data, '$.comment'), '') != ''"
        " ORDER BY k.agency_code, v.recorded_at, v.kiosk_id, v.seq",
        json_text="comment",
    )


def rating_distribution(conn: sqlite3.Connection) -> dict[str, dict[int, int]]:
    """Per agency: how many visitors gave each face, 1 (Tidak baik) to 4 (Sangat baik)."""
    result: dict[str, dict[int, int]] = {}
    for agency, rating, n in conn.execute(
        "SELECT k.agency_code, json_extract(v.data, '$.rating') AS rating, count(*)"
        " FROM visitor_records v JOIN kiosks k USING (kiosk_id)"
        " WHERE v.kind = 'feedback' AND rating IS NOT NULL"
        " GROUP BY k.agency_code, rating ORDER BY k.agency_code, rating"
    ):
        result.setdefault(agency, {1: 0, 2: 0, 3: 0, 4: 0})[int(rating)] = n
    return result
