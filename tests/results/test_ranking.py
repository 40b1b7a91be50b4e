"""Ranking figures checked against counts computed independently, with plain SQL on the inputs."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from kiosk.results.analysis.figures import load_figures
from kiosk.results.analysis.ranking import TIE_RULE, compute_ranking
from tests.results.festival_demo import DemoFestival


def counted_inputs(demo: DemoFestival) -> list[Path]:
    """The files whose records all count: exports plus the two raw copies (not the edited one)."""
    raw = sorted((demo.root / "usb-2").glob("db-*/booth.sqlite"))
    return [*demo.exports.values(), *raw]


def plain_sql(paths: list[Path], sql: str) -> Counter[str]:
    total: Counter[str] = Counter()
    for path in paths:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        for key, n in conn.execute(sql):
            total[key] += n
        conn.close()
    return total


def test_valid_votes_equal_plain_sql_counts_over_the_input_files(
    demo: DemoFestival, demo_merged: Path
) -> None:
    expected = plain_sql(
        counted_inputs(demo),
        "SELECT innovation_slug, count(*) FROM visitor_records WHERE kind = 'vote'"
        " GROUP BY innovation_slug",
    )
    conn = sqlite3.connect(demo_merged)
    ranking = {r[0]: r[1] for r in conn.execute("SELECT innovation_slug, valid_votes FROM ranking")}
    assert {k: v for k, v in ranking.items() if v} == dict(expected)
    assert sum(expected.values()) > 100


def test_per_100_sessions_uses_each_booths_own_sessions(
    demo: DemoFestival, demo_merged: Path
) -> None:
    sessions = plain_sql(
        counted_inputs(demo),
        "SELECT (SELECT agency_code FROM kiosk), count(*) FROM visitor_records"
        " WHERE kind = 'session_start'",
    )
    conn = sqlite3.connect(demo_merged)
    for agency, booth_sessions, votes, rate in conn.execute(
        "SELECT agency_code, booth_sessions, valid_votes, votes_per_100_sessions FROM ranking"
    ):
        assert booth_sessions == sessions.get(agency, 0)
        if booth_sessions:
            assert rate == round(100 * votes / booth_sessions, 2)
        else:
            assert rate is None


def test_ranking_order_follows_the_stated_tie_rule(demo_merged: Path) -> None:
    conn = sqlite3.connect(demo_merged)
    rows = conn.execute(
        "SELECT rank, valid_votes, coalesce(votes_per_100_sessions, 0), coalesce(first_vote_at,"
        " '~'), innovation_slug FROM ranking ORDER BY rank"
    ).fetchall()
    keys = [(-v, -r, f, s) for _, v, r, f, s in rows]
    assert keys == sorted(keys)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert "per 100 booth sessions" in TIE_RULE


def test_ties_are_broken_by_rate_then_first_vote_then_slug(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    from kiosk.results.merge.schema import create_schema

    create_schema(conn)
    conn.executemany(
        "INSERT INTO kiosks (kiosk_id, agency_code, records, last_seq, head_hash)"
        " VALUES (?, ?, 0, 0, '')",
        [("k1", "A"), ("k2", "B")],
    )
    for slug in ("a-late", "a-early", "b-busy", "z-same", "y-same"):  # who owns which: the pack
        conn.execute(
            "INSERT INTO innovations (slug, agency_code) VALUES (?, ?)",
            [slug, "B" if slug.startswith("b") else "A"],
        )
    records = [
        ("k1", "session_start", None, "2026-08-20T02:00:00.000Z"),
        ("k1", "vote", "a-late", "2026-08-20T03:00:00.000Z"),
        ("k1", "vote", "a-early", "2026-08-20T02:30:00.000Z"),
        ("k2", "session_start", None, "2026-08-20T02:00:00.000Z"),
        ("k2", "session_start", None, "2026-08-20T02:00:01.000Z"),
        ("k2", "vote", "b-busy", "2026-08-20T02:00:00.000Z"),
        ("k1", "vote", "z-same", "2026-08-20T03:00:00.000Z"),
        ("k1", "vote", "y-same", "2026-08-20T03:00:00.000Z"),
    ]
    for seq, (kiosk, kind, slug, at) in enumerate(records, 1):
        conn.execute(
            "INSERT INTO visitor_records VALUES (?, ?, ?, 'r', 's', ?, ?, 0, ?, '{}', '', '', 1)",
            [seq, f"u{seq}", kiosk, kind, at, slug],
        )
    order = [r.innovation_slug for r in compute_ranking(conn)]
    # All have one vote; k1 has 1 session (100 per 100), k2 has 2 (50 per 100).
    assert order == ["a-early", "a-late", "y-same", "z-same", "b-busy"]


def test_excluded_votes_and_their_reasons_are_listed(tmp_path: Path, demo: DemoFestival) -> None:
    from kiosk.results.collect import merge_kiosk_files

    out = tmp_path / "edited-only.sqlite"
    merge_kiosk_files(out, [demo.root / "usb-3"], workers=1)
    conn = sqlite3.connect(out)
    conn.row_factory = sqlite3.Row
    figures = load_figures(conn)
    edited = demo.root / "usb-3" / "gerai-rsud-final.sqlite"
    votes = plain_sql([edited], "SELECT 'all', count(*) FROM visitor_records WHERE kind = 'vote'")
    assert figures.excluded_votes == votes["all"]
    assert figures.valid_votes == 0
    reasons = {e["reason"] for e in figures.exclusions}
    assert any("--accept-valid-prefix" in r for r in reasons)
    assert any("chain broken at sequence" in r for r in reasons)
