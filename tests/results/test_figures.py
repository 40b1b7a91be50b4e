"""The report's per agency and per innovation tables against plainly written SQL.

`kiosk.results.analysis.figures` aggregates per kiosk first and reads each kind of record
through an index, which made the report several times faster on a million votes;
these are the straightforward queries it must agree with.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.results.analysis.figures import (
    agency_rows,
    comment_rows,
    innovation_rows,
    load_report_figures,
    rating_distribution,
)
from kiosk.results.collect import merge_kiosk_files
from kiosk.results.errors import NotAFestivalFile
from kiosk.results.merge.festival_file import read_festival_file
from tests.results.festival_demo import DemoFestival

PLAIN_AGENCIES = """
SELECT a.code AS agency_code, a.name, a.booth,
  (SELECT count(DISTINCT v.kiosk_id) FROM visitor_records v JOIN kiosks k USING (kiosk_id)
    WHERE k.agency_code = a.code) AS kiosks,
  (SELECT count(*) FROM visitor_records v JOIN kiosks k USING (kiosk_id)
    WHERE k.agency_code = a.code AND v.kind = 'session_start') AS sessions,
  (SELECT avg(json_extract(v.data, '$.duration_s')) FROM visitor_records v
    JOIN kiosks k USING (kiosk_id) WHERE k.agency_code = a.code AND v.kind = 'session_end')
    AS avg_session_seconds,
  (SELECT count(*) FROM visitor_records v JOIN kiosks k USING (kiosk_id)
    WHERE k.agency_code = a.code AND v.kind = 'vote') AS valid_votes,
  (SELECT count(*) FROM visitor_records v JOIN kiosks k USING (kiosk_id)
    WHERE k.agency_code = a.code AND v.kind = 'feedback') AS feedback,
  (SELECT avg(json_extract(v.data, '$.rating')) FROM visitor_records v
    JOIN kiosks k USING (kiosk_id) WHERE k.agency_code = a.code AND v.kind = 'feedback')
    AS avg_rating,
  (SELECT count(*) FROM visitor_records v JOIN kiosks k USING (kiosk_id)
    WHERE k.agency_code = a.code AND v.kind = 'feedback'
    AND json_extract(v.data, '$.comment') != '') AS comments
FROM agencies a ORDER BY a.booth, a.code
"""

PLAIN_DWELL = """
SELECT j.key AS slug, count(*) AS views, sum(j.value) AS total
FROM visitor_records v, json_each(json_extract(v.data, '$.dwell_s')) j
WHERE v.kind = 'session_end' GROUP BY j.key
"""


@pytest.fixture
def conn(demo_merged: Path) -> sqlite3.Connection:
    return read_festival_file(demo_merged)


def test_per_agency_figures_match_plain_sql(conn: sqlite3.Connection) -> None:
    with closing(conn):
        got = [dict(r) for r in agency_rows(conn)]
        plain = [dict(r) for r in conn.execute(PLAIN_AGENCIES)]
    assert [r["agency_code"] for r in got] == [r["agency_code"] for r in plain]
    assert sum(r["valid_votes"] for r in got) > 0 and sum(r["comments"] for r in got) > 0
    for mine, expected in zip(got, plain, strict=True):
        for column in ("kiosks", "sessions", "valid_votes", "feedback", "comments"):
            assert mine[column] == expected[column], (mine["agency_code"], column)
        # Per kiosk, then per agency: the same mean, summed in another order.
        for column, digits in (("avg_session_seconds", 1), ("avg_rating", 2)):
            if expected[column] is None:
                assert mine[column] is None
            else:
                assert mine[column] == pytest.approx(expected[column], abs=0.51 * 10**-digits)


def test_per_innovation_dwell_and_feedback_match_plain_sql(conn: sqlite3.Connection) -> None:
    with closing(conn):
        rows = innovation_rows(conn)
        dwell = {r["slug"]: r for r in conn.execute(PLAIN_DWELL)}
        feedback = dict(
            conn.execute(
                "SELECT innovation_slug, count(*) FROM feedback"
                " WHERE innovation_slug IS NOT NULL GROUP BY 1"
            ).fetchall()
        )
    assert any(r["page_views"] for r in rows)
    for row in rows:
        plain = dwell.get(row["innovation_slug"])
        assert row["page_views"] == (plain["views"] if plain else 0)
        if plain:
            assert row["avg_dwell_seconds"] == pytest.approx(plain["total"] / plain["views"], 0.06)
        assert row["feedback"] == feedback.get(row["innovation_slug"], 0)


def test_report_figures_loaded_in_parallel_equal_one_connection(demo_merged: Path) -> None:
    parallel = load_report_figures(demo_merged, workers=4)
    with closing(read_festival_file(demo_merged)) as conn:
        assert parallel.agencies == agency_rows(conn)
        assert parallel.innovations == innovation_rows(conn)
        assert parallel.comments == comment_rows(conn)
        assert parallel.ratings == rating_distribution(conn)
    assert parallel.ranking and parallel.skm


def test_merged_file_indexes_records_by_kind_for_the_report(conn: sqlite3.Connection) -> None:
    with closing(conn):
        plan = " ".join(
            r[3]
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT data FROM visitor_records WHERE kind = 'feedback'"
            )
        )
    assert "visitor_records_kind" in plan


def test_a_file_merged_before_the_report_tables_is_upgraded_by_merging_again(
    demo: DemoFestival, demo_merged: Path, tmp_path: Path
) -> None:
    old = tmp_path / "OLD.sqlite"
    shutil.copyfile(demo_merged, old)
    with closing(sqlite3.connect(old)) as conn:
        conn.executescript("DROP TABLE session_times; DROP TABLE page_views;")
    with pytest.raises(NotAFestivalFile, match=r"older Gerai.*kiosk merge"):
        load_report_figures(old)
    report = merge_kiosk_files(old, demo.sticks)
    assert report.records_added == 0  # nothing merged twice
    upgraded = load_report_figures(old)
    assert upgraded.agencies == load_report_figures(demo_merged).agencies
