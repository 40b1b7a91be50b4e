"""`kiosk verify` and `kiosk doctor` write nothing beside the files they read (issue #13).

A raw copy of a kiosk's db/ folder (WAL mode) reaches the organizers with or
without its -wal; `mode=ro` alone would create an empty -wal/-shm beside it,
which the next reader takes for the real one.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.ops.filechecks import read_database
from kiosk.simulate import simulate
from kiosk.storage.database import BoothDatabase
from kiosk.storage.export import export_database
from kiosk.storage.records import check_file
from tests.helpers import make_booth_db


def listing(folder: Path) -> dict[str, str]:
    """Every file in the folder by name, with the SHA-256 of its bytes."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def verify(*paths: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["verify", *map(str, paths)], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[Path, BoothDatabase]]:
    """A kiosk running, its newest records only in its -wal (no checkpoint since)."""
    path = tmp_path / "kiosk" / "booth.sqlite"
    db = make_booth_db(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    simulate(db, "DPUPR", sessions=12, seed=3)
    yield path, db
    db.close()


def records_in(db: BoothDatabase) -> int:
    return int(db.execute("SELECT count(*) FROM visitor_records").fetchone()[0])


def test_a_raw_copy_without_its_wal_fails_loudly_and_nothing_appears_beside_it(
    live: tuple[Path, BoothDatabase], tmp_path: Path
) -> None:
    path, _ = live
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = Path(shutil.copy(path, stick / "booth-dpupr.sqlite"))
    before = listing(stick)
    code, out = verify(copy)
    assert listing(stick) == before  # no -wal, no -shm, the file's bytes unchanged
    assert code != 0
    assert "RAW COPY WITHOUT ITS -wal" in out and "export from staff mode" in out


def test_a_raw_copy_with_its_wal_is_read_whole_through_a_private_copy(
    live: tuple[Path, BoothDatabase], tmp_path: Path
) -> None:
    path, db = live
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = Path(shutil.copy(path, stick / "booth.sqlite"))
    shutil.copy(path.with_name("booth.sqlite-wal"), stick / "booth.sqlite-wal")
    before = listing(stick)
    code, out = verify(copy)
    assert listing(stick) == before  # the -wal beside it neither replayed nor removed
    assert code == 0, out
    assert f"{records_in(db)} records" in out and "-wal" in out
    without_wal = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        checkpointed = without_wal.execute("SELECT count(*) FROM visitor_records").fetchone()[0]
    finally:
        without_wal.close()
    assert checkpointed < records_in(db)  # so the count above came from the -wal


def test_a_read_only_folder_works(live: tuple[Path, BoothDatabase], tmp_path: Path) -> None:
    path, db = live
    stick = tmp_path / "stick"
    stick.mkdir()
    export_database(path, stick / "exported.sqlite")
    raw = stick / "raw"
    raw.mkdir()
    shutil.copy(path, raw / "booth.sqlite")
    shutil.copy(path.with_name("booth.sqlite-wal"), raw / "booth.sqlite-wal")
    before = listing(stick), listing(raw)
    for folder in (raw, stick):
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH)
    try:
        code, out = verify(stick / "exported.sqlite", raw / "booth.sqlite")
        after = listing(stick), listing(raw)
    finally:
        for folder in (stick, raw):
            folder.chmod(0o755)
    assert code == 0, out
    assert out.count(f"ok: {records_in(db)} records") == 2
    assert after == before


def test_an_export_is_read_in_place_and_a_cut_off_write_through_a_copy(
    live: tuple[Path, BoothDatabase], tmp_path: Path
) -> None:
    path, _ = live
    exported = export_database(path, tmp_path / "out" / "booth.sqlite").path
    check = check_file(exported)
    assert check.integrity == "ok" and check.chain.ok and not check.wal_missing
    assert check.notes == ()
    # A rollback journal left by a write that was cut off: rolled back in a copy only.
    conn = sqlite3.connect(exported)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    journal = exported.with_name(exported.name + "-journal")
    journal.write_bytes(b"\0" * 512)  # not hot (no valid header): SQLite ignores it
    before = listing(exported.parent)
    check = check_file(exported)
    assert check.chain.ok and check.notes and "-journal" in check.notes[0]
    assert listing(exported.parent) == before


def test_doctor_on_a_raw_copy_without_its_wal_creates_nothing(
    live: tuple[Path, BoothDatabase], tmp_path: Path
) -> None:
    path, _ = live
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = Path(shutil.copy(path, stick / "booth.sqlite"))
    before = listing(stick)
    state = read_database(copy)
    assert listing(stick) == before
    assert state.exists and not state.problem and state.chain is not None and state.chain.ok


def test_doctor_beside_a_live_kiosk_sees_its_newest_records(
    live: tuple[Path, BoothDatabase],
) -> None:
    path, db = live
    count = records_in(db)  # the kiosk's own reads touch its -shm; the doctor's must not
    before = listing(path.parent)
    state = read_database(path)
    assert listing(path.parent) == before
    assert state.chain is not None and state.chain.count == count


def test_a_live_wal_copy_on_a_read_only_mount_is_read_whole_not_called_damaged(
    live: tuple[Path, BoothDatabase], tmp_path: Path
) -> None:
    """A real read-only file system (root ignores a folder's permission bits): verify and
    the doctor read the raw copy and its -wal, and call it neither damaged nor short."""
    from tests.faults.disk import run_command

    path, db = live
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("booth.sqlite", "booth.sqlite-wal"):
        shutil.copy(path.with_name(name), stick / name)
    mounted = run_command("mount", "--bind", str(stick), str(stick))
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {mounted.stderr.strip()}")
    try:
        remounted = run_command("mount", "-o", "remount,bind,ro", str(stick))
        assert remounted.returncode == 0, remounted.stderr
        code, out = verify(stick / "booth.sqlite")
        state = read_database(stick / "booth.sqlite")
    finally:
        run_command("umount", "-l", str(stick))
    assert code == 0, out
    assert f"ok: {records_in(db)} records" in out
    assert state.exists and not state.problem and state.chain is not None
    assert state.chain.count == records_in(db)
