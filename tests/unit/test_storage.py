"""The booth database on a real file: schema, identity, chain, append-only, audit, export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.storage.chain import GENESIS_HASH, record_hash
from kiosk.storage.content import audit_trail, edit_innovation, load_festival
from kiosk.storage.database import open_booth_database
from kiosk.storage.errors import CorruptDatabaseError, NewerSchemaError, NotAKioskFile
from kiosk.storage.export import export_database, file_sha256
from kiosk.storage.records import RecordLog, verify_file
from tests.helpers import make_booth_db


def test_pragmas_identity_and_schema(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "b.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    kiosk_id = db.execute("SELECT kiosk_id FROM kiosk").fetchone()[0]
    db.close()
    again = open_booth_database(tmp_path / "b.sqlite")
    assert again.execute("SELECT kiosk_id FROM kiosk").fetchone()[0] == kiosk_id
    assert {"visitor_records", "content_edits", "innovations"} <= set(again.table_names())
    assert {"votes", "feedback", "sessions"} <= set(again.view_names())


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
