"""The votes the rules refuse on their face, found over crafted visits in a festival file."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.results.analysis.ranking import find_rule_breaks
from kiosk.results.merge.schema import create_schema


@pytest.fixture
def conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    conn.execute("INSERT INTO festival (max_votes_per_session) VALUES (2)")
    return conn


def visit(
    conn: sqlite3.Connection, kiosk: str, session: str, events: list[tuple[int, str]]
) -> None:
    """Records of one visit: (seq, 'start' | an innovation slug voted for)."""
    conn.execute(
        "INSERT OR IGNORE INTO kiosks (kiosk_id, records, last_seq, head_hash)"
        " VALUES (?, 0, 0, 'h')",
        [kiosk],
    )
    for seq, what in events:
        kind, slug = ("session_start", None) if what == "start" else ("vote", what)
        conn.execute(
            "INSERT INTO visitor_records VALUES (?, ?, ?, 'run', ?, ?, '2026-08-14T09:00:00+07:00',"
            " 0, ?, '{}', 'p', 'h', 1)",
            [seq, f"{kiosk}-{seq}", kiosk, session, kind, slug],
        )


def breaks(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    find_rule_breaks(conn)
    return conn.execute("SELECT kiosk_id, seq, rule FROM rule_breaks ORDER BY 1, 2").fetchall()


def test_honest_visits_break_no_rule(conn: sqlite3.Connection) -> None:
    visit(conn, "k1", "s1", [(1, "start"), (2, "a"), (3, "b")])
    visit(conn, "k1", "s2", [(4, "start"), (5, "a")])
    visit(conn, "k2", "s1", [(1, "start"), (2, "a"), (3, "b")])  # same session id, other kiosk
    assert breaks(conn) == []


def test_each_rule_is_named_on_the_vote_that_breaks_it(conn: sqlite3.Connection) -> None:
    visit(conn, "k1", "s1", [(1, "start"), (2, "a"), (3, "a")])  # twice for one innovation
    visit(conn, "k1", "s2", [(4, "start"), (5, "a"), (6, "b"), (7, "c"), (8, "d")])  # limit 2
    visit(conn, "k1", "s3", [(9, "a")])  # no start at all
    visit(conn, "k1", "s4", [(10, "b"), (11, "start"), (12, "c")])  # started after the vote
    assert breaks(conn) == [
        ("k1", 3, "same_innovation_twice"),
        ("k1", 7, "over_session_limit"),
        ("k1", 8, "over_session_limit"),
        ("k1", 9, "no_session_start"),
        ("k1", 10, "no_session_start"),
    ]


def test_one_vote_breaking_several_rules_gets_the_first_that_applies(
    conn: sqlite3.Connection,
) -> None:
    # no start and a repeat: no start; over the limit and a repeat: the repeat
    visit(conn, "k1", "s1", [(1, "a"), (2, "a")])
    visit(conn, "k1", "s2", [(3, "start"), (4, "a"), (5, "b"), (6, "a"), (7, "c")])
    assert breaks(conn) == [
        ("k1", 1, "no_session_start"),
        ("k1", 2, "no_session_start"),
        ("k1", 6, "same_innovation_twice"),
        ("k1", 7, "over_session_limit"),
    ]
