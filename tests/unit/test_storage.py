"""The booth database on a real file: schema, identity, chain, append-only, audit, export."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.domain.festival import FestivalMap
from kiosk.storage.chain import GENESIS_HASH, record_hash
from kiosk.storage.content import audit_trail, edit_innovation, load_festival
from kiosk.storage.database import BoothDatabase, open_booth_database
from kiosk.storage.errors import CorruptDatabaseError, NewerSchemaError, NotAKioskFile
from kiosk.storage.export import export_database, file_sha256
from kiosk.storage.records import RecordLog, verify_file
from kiosk.storage.schema import (
    APPLICATION_ID,
    MIGRATION_SET,
    MIGRATIONS,
    MIGRATIONS_TABLE,
    SCHEMA_VERSION,
    known_migration_names,
)
from tests.helpers import make_booth_db


def test_pragmas_identity_and_schema(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "b.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1  # REPLACE fires them
    kiosk_id = db.execute("SELECT kiosk_id FROM kiosk").fetchone()[0]
    db.close()
    again = open_booth_database(tmp_path / "b.sqlite")
    assert again.execute("SELECT kiosk_id FROM kiosk").fetchone()[0] == kiosk_id
    assert {"visitor_records", "content_edits", "innovations"} <= set(again.utils.table_names())
    assert {"votes", "feedback", "sessions"} <= set(again.utils.view_names())


def test_records_chain_from_genesis(tmp_path: Path) -> None:
    log = RecordLog(open_booth_database(tmp_path / "b.sqlite"))
    first = log.append("vote", "s1", {"dwell_s": 6}, "a")
    second = log.append("feedback", "s1", {"rating": 4})
    assert (first.seq, first.prev_hash) == (1, GENESIS_HASH)
    assert (second.seq, second.prev_hash) == (2, first.hash)
    assert record_hash(second.__dict__) == second.hash
    chain, integrity = verify_file(tmp_path / "b.sqlite")
    assert (chain.ok, chain.count, chain.head_hash, integrity) == (True, 2, second.hash, "ok")


def test_visitor_records_refuse_update_delete_and_out_of_order_insert(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "b.sqlite")
    RecordLog(db).append("vote", "s1", {}, "a")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visitor_records SET innovation_slug = 'b'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM visitor_records")
    with pytest.raises(sqlite3.IntegrityError, match="extend the chain"):
        db.execute(
            "INSERT INTO visitor_records VALUES (5, 'u', 'k', 'r', 's', 'vote', 't', 0, NULL,"
            " '{}', 'x', 'y')"
        )


def test_staff_edit_is_audited_and_shown(tmp_path: Path) -> None:
    db = make_booth_db(tmp_path / "b.sqlite")
    edit_innovation(db, "lapor-jalan-rusak", "title_id", "Lapor Jalan Berlubang", "staf DPUPR")
    titles = {i.slug: i.title.id for i in load_festival(db).innovations}
    assert titles["lapor-jalan-rusak"] == "Lapor Jalan Berlubang"
    last = audit_trail(db)[-1]
    assert (last["editor"], last["column_name"], last["old_value"], last["new_value"]) == (
        "staf DPUPR",
        "title_id",
        "Lapor Jalan Rusak",
        "Lapor Jalan Berlubang",
    )
    with pytest.raises(ValueError, match="cannot be edited"):
        edit_innovation(db, "lapor-jalan-rusak", "agency_code", "X", "staf")


def test_foreign_newer_and_damaged_files_are_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = file_sha256(foreign)
    with pytest.raises(NotAKioskFile):
        open_booth_database(foreign)
    assert file_sha256(foreign) == before

    newer = tmp_path / "newer.sqlite"
    open_booth_database(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer Gerai"):
        open_booth_database(newer)

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CorruptDatabaseError):
        open_booth_database(junk)
    assert junk.read_bytes() == b"this is not sqlite" * 100


def test_export_is_single_file_and_verified(tmp_path: Path) -> None:
    db = make_booth_db(tmp_path / "b.sqlite")
    RecordLog(db).append("vote", "s1", {"dwell_s": 7}, "posyandu-remaja")
    result = export_database(tmp_path / "b.sqlite", tmp_path / "usb" / "copy.sqlite")
    assert result.chain.ok and result.chain.count == 1
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == ["copy.sqlite"]
    conn = sqlite3.connect(tmp_path / "usb" / "copy.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM innovations").fetchone()[0] == 3


def other_connection_count(path: Path, table: str = "staff_events") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def add_event(db: BoothDatabase, event: str) -> None:
    db.execute(
        "INSERT INTO staff_events (at, event) VALUES ('2026-11-23T08:00:00.000Z', ?)", [event]
    )


def test_a_write_outside_atomic_is_committed_at_once(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "b.sqlite")
    add_event(db, "one")
    assert not db.conn.in_transaction
    assert other_connection_count(tmp_path / "b.sqlite") == 1
    db.close()


def test_atomic_commits_at_the_end_and_rolls_back_on_error(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite"
    db = open_booth_database(path)
    with db.atomic():
        add_event(db, "kept")
        assert other_connection_count(path) == 0  # not yet committed
    assert other_connection_count(path) == 1
    with pytest.raises(RuntimeError), db.atomic():
        add_event(db, "lost")
        raise RuntimeError("boom")
    assert not db.conn.in_transaction
    assert [r["event"] for r in db.utils.query("SELECT event FROM staff_events")] == ["kept"]
    db.close()


def test_nested_atomic_is_a_savepoint(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "b.sqlite")
    with db.atomic():
        add_event(db, "outer")
        with pytest.raises(ValueError), db.atomic():
            add_event(db, "inner")
            raise ValueError("only the inner block goes")
        with db.atomic():
            add_event(db, "second inner")
    events = [r["event"] for r in db.utils.query("SELECT event FROM staff_events ORDER BY id")]
    assert events == ["outer", "second inner"]
    db.close()


def test_a_failing_statement_leaves_no_transaction_open(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite"
    db = open_booth_database(path)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO staff_events (at, event) VALUES (NULL, 'x')")
    assert not db.conn.in_transaction
    add_event(db, "after")
    assert other_connection_count(path) == 1
    db.close()


def test_sqlite_utils_works_on_the_same_connection_and_transaction(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite"
    db = open_booth_database(path)
    with pytest.raises(RuntimeError), db.atomic():
        db.utils.table("staff_events").insert({"at": "t", "event": "via utils"})
        raise RuntimeError("rolled back with the block")
    assert other_connection_count(path) == 0
    with db.atomic():
        db.utils.table("staff_events").insert({"at": "t", "event": "via utils"})
    assert other_connection_count(path) == 1
    assert db.utils.conn is db.conn
    db.close()


def test_a_file_already_in_use_opens_without_loading_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite"
    open_booth_database(path).close()  # created and migrated here
    script = (
        "import sys; from kiosk.storage.database import open_booth_database; "
        f"db = open_booth_database({str(path)!r}); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlite_utils'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_file_of_an_older_schema_gets_the_missing_migrations(tmp_path: Path) -> None:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    path = tmp_path / "b.sqlite"
    old = Database(path)
    first_three = Migrations(MIGRATION_SET)
    for function in MIGRATIONS[:-1]:
        first_three()(function)
    first_three.apply(old)
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    assert "video_max_seconds" not in old["festival"].columns_dict  # the last one's column
    old.close()
    db = open_booth_database(path)
    assert "video_max_seconds" in db.utils["festival"].columns_dict
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    applied = [r["name"] for r in db.utils.query(f"SELECT name FROM {MIGRATIONS_TABLE}")]
    assert applied == known_migration_names()
    db.close()


def test_a_booth_file_from_before_the_festival_map_still_opens_and_verifies(
    tmp_path: Path,
) -> None:
    """A file made by the Gerai before `festival.map` (content, a visitor record, schema
    6) opens: the column is added, the map has no stage, entrance or north (nothing
    drawn), its records still verify; a map value that cannot be read draws nothing."""
    path = tmp_path / "b.sqlite"
    db = make_booth_db(path)
    RecordLog(db).append("vote", "s1", {"dwell_s": 7}, "posyandu-remaja")
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE festival DROP COLUMN map_layout")
    conn.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = 'm007_festival_map'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    db = open_booth_database(path)
    festival = load_festival(db)
    assert festival.map == FestivalMap()
    assert festival.agencies and festival.innovations
    db.execute("UPDATE festival SET map_layout = '{\"stage\": [1, 2]}'")
    assert load_festival(db).map == FestivalMap()
    db.close()
    report, integrity = verify_file(path)
    assert integrity == "ok" and report.ok, report
