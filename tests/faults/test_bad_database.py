"""A damaged or foreign database at start: never written to, kept as it was, a new file
started beside it, and staff told (a `database_replaced` staff event naming the problem)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.setup import open_or_replace
from kiosk.simulate import simulate
from kiosk.storage.content import replace_content
from kiosk.storage.database import BoothDatabase
from kiosk.storage.records import verify_file
from tests.helpers import make_booth_db, small_festival


def booth_file(path: Path) -> None:
    """A healthy booth file with some visitors in it, closed cleanly (no -wal left)."""
    db = make_booth_db(path)
    simulate(db, "DPUPR", sessions=40, seed=5)
    db.close()


def random_bytes(path: Path) -> str:
    path.write_bytes(bytes(range(256)) * 64)
    return "not a readable SQLite database"


def foreign_sqlite(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE expenses (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO expenses (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    return "not a Gerai booth database"


def damaged_page(path: Path) -> str:
    booth_file(path)
    data = bytearray(path.read_bytes())
    page = 4096
    last_page = len(data) // page - 1
    for offset in range(last_page * page, last_page * page + 64):  # a b-tree page header
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return "damaged"


def truncated(path: Path) -> str:
    booth_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return "malformed"


def newer_schema(path: Path) -> str:
    booth_file(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    return "newer Gerai"


BAD_FILES: dict[str, Callable[[Path], str]] = {
    "random bytes": random_bytes,
    "another program's database": foreign_sqlite,
    "damaged page": damaged_page,
    "truncated": truncated,
    "newer schema": newer_schema,
}


def fingerprint(path: Path) -> tuple[str, int, int]:
    """Content hash, modification time, and the size of any -wal beside it."""
    wal = Path(f"{path}-wal")
    # Opening a WAL-mode file even read-only may leave an empty -wal and a -shm beside it:
    # harmless, as long as no frame (no change) is in it.
    wal_size = wal.stat().st_size if wal.exists() else 0
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, wal_size


@pytest.mark.parametrize("make_bad", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_file_is_kept_untouched_and_replaced(
    tmp_path: Path, make_bad: Callable[[Path], str]
) -> None:
    path = tmp_path / "booth.sqlite"
    problem = make_bad(path)
    before = fingerprint(path)
    db, used = open_or_replace(path)
    try:
        assert used != path and used.parent == path.parent
        assert used.name.startswith("booth.replaced-") and used.suffix == ".sqlite"
        events = list(db.utils.query("SELECT event, detail FROM staff_events"))
        assert [e["event"] for e in events] == ["database_replaced"]
        assert path.name in events[0]["detail"] and problem in events[0]["detail"]
        assert_new_file_takes_votes(db)
    finally:
        db.close()
    assert fingerprint(path) == before  # not one byte changed, no change waiting in a -wal


def assert_new_file_takes_votes(db: BoothDatabase) -> None:
    replace_content(db, small_festival(), [], None, "f" * 64)
    summary = simulate(db, "DPUPR", sessions=5, seed=1)
    assert summary.votes > 0


def test_next_start_reuses_the_replacement(tmp_path: Path) -> None:
    path = tmp_path / "booth.sqlite"
    foreign_sqlite(path)
    db, first = open_or_replace(path)
    replace_content(db, small_festival(), [], None, "f" * 64)
    Booth(db, "DPUPR").start_session()
    db.close()
    db, second = open_or_replace(path)
    db.close()
    assert second == first
    assert len(list(tmp_path.glob("booth.replaced-*.sqlite"))) == 1
    chain, integrity = verify_file(second)
    assert (chain.ok, chain.count, integrity) == (True, 1, "ok")
