"""Read-only work on a second connection while the first writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.results.analysis.alongside import alongside


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM t").fetchone()[0])


def test_the_reader_sees_what_was_committed_not_what_the_writer_is_writing(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "f.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1), (2)")
    conn.execute("BEGIN IMMEDIATE")
    with alongside(conn, count) as seen:
        conn.execute("INSERT INTO t VALUES (3)")
    conn.execute("COMMIT")
    assert seen.result() == 2
    assert count(conn) == 3
    conn.close()


def test_the_readers_error_reaches_whoever_reads_its_result(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "f.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE u (x)")
    with alongside(conn, count) as seen:
        pass
    with pytest.raises(sqlite3.OperationalError, match="no such table: t"):
        seen.result()
    conn.close()


def test_the_reader_cannot_write(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "f.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    with alongside(conn, lambda c: c.execute("INSERT INTO t VALUES (1)")) as tried:
        pass
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        tried.result()
    assert count(conn) == 0
    conn.close()


def test_a_database_in_memory_is_read_on_its_own_connection_first() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    with alongside(conn, count) as seen:
        conn.execute("INSERT INTO t VALUES (2)")
    assert seen.result() == 1
    conn.close()
