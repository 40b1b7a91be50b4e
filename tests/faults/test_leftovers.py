"""Partial copies an interrupted export or merge leaves (issue 16, item 7): a failure
removes its own, the next run removes older ones, and `kiosk doctor` lists them."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.ops.check import OK, WARN
from kiosk.ops.filechecks import check_leftovers
from kiosk.results.collect import merge_kiosk_files
from kiosk.storage.export import leftover_partials
from kiosk.storage.receipt import Receipt, write_receipt_files
from tests.faults.disk import fill
from tests.simulated import SimulatedBooths


def kiosk(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return f"{result.exit_code}: {result.output}"


def make_old(path: Path, data: bytes = b"cut off") -> Path:
    path.write_bytes(data)
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    return path


def test_an_export_to_a_full_stick_leaves_nothing_behind(
    tmp_path: Path, small_disk: Path, simulated_booths: SimulatedBooths
) -> None:
    booth = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    fill(small_disk, leave=24 * 1024)  # the export starts, then the stick is full
    out = small_disk / "DPUPR.sqlite"
    assert kiosk("export", "--db", str(booth), "--out", str(out)).startswith("1: Error: ")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_a_receipt_the_stick_has_no_room_for_leaves_no_half_file(small_disk: Path) -> None:
    """The export is written, then the stick is full: no cut receipt beside it (a short QR
    PNG or a line without its end would be worse than none)."""
    receipt = Receipt("8f029cd2-1fd1-4f80-aa6f-7176653a91cc", "DPUPR", 3, 3, "a" * 64, "b" * 64)
    fill(small_disk, leave=0)
    with pytest.raises(OSError, match="No space left"):
        write_receipt_files(receipt, small_disk / "DPUPR.sqlite")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_the_next_export_removes_what_a_killed_one_left(
    tmp_path: Path, simulated_booths: SimulatedBooths
) -> None:
    booth = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    stick = tmp_path / "stick"
    stick.mkdir()
    stale = [
        make_old(stick / ".DPUPR-20260820T0900Z.sqlite.partial"),
        make_old(stick / ".DPUPR-20260820T0900Z.sqlite.partial-journal"),
    ]
    fresh = stick / ".DINKES-now.sqlite.partial"  # another kiosk exporting right now
    fresh.write_bytes(b"in progress")
    assert leftover_partials(stick) == stale
    assert kiosk("export", "--db", str(booth), "--out", str(stick / "DPUPR.sqlite")).startswith(
        "0:"
    )
    written = ["DPUPR.receipt.png", "DPUPR.receipt.txt", "DPUPR.sqlite"]  # with its receipt
    assert sorted(p.name for p in stick.iterdir()) == [fresh.name, *written]


def test_a_merge_on_a_full_disk_leaves_no_partial_copy(
    small_disk: Path, merged_festival: Path
) -> None:
    out = small_disk / "FESTIVAL.sqlite"
    stick = merged_festival.parent / "stick"
    merge_kiosk_files(out, [stick])  # the organizers' first merge fits
    kept = out.read_bytes()
    fill(small_disk, leave=64 * 1024)  # no room for the working copy of the next
    with pytest.raises(OSError, match="No space left"):
        merge_kiosk_files(out, [stick])
    # The lock file is empty and stays (see festival_file._only_writer); no partial copy.
    names = sorted(p.name for p in small_disk.iterdir())
    assert names == [".FESTIVAL.sqlite.lock", "FESTIVAL.sqlite", "filler"]
    assert (small_disk / ".FESTIVAL.sqlite.lock").stat().st_size == 0
    assert out.read_bytes() == kept


def test_doctor_lists_leftover_copies(tmp_path: Path) -> None:
    db = tmp_path / "db"
    (db / "backups").mkdir(parents=True)
    assert check_leftovers(db).level == OK
    make_old(db / "backups" / ".booth-20260820T1200Z.sqlite.partial", b"x" * 300_000)
    check = check_leftovers(db)
    assert check.level == WARN
    assert ".booth-20260820T1200Z.sqlite.partial (0.3 MB)" in check.message
    assert "cut off" in check.message


def test_an_export_to_a_full_stick_says_the_booth_file_is_safe(
    tmp_path: Path, small_disk: Path, simulated_booths: SimulatedBooths
) -> None:
    booth = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    fill(small_disk, leave=24 * 1024)
    said = kiosk("export", "--db", str(booth), "--out", str(small_disk / "DPUPR.sqlite"))
    assert said.startswith(f"1: Error: export to {small_disk} failed: the disk is full (")
    assert "Traceback" not in said
    assert f"no part of the copy was left there, and the booth file {booth} is unchanged" in said
    assert "every record in it is safe. Make room on the stick (or use another one)" in said


def test_receipt_files_the_stick_refuses_are_named_with_the_copy_kept(
    tmp_path: Path, simulated_booths: SimulatedBooths
) -> None:
    booth = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    stick = tmp_path / "stick"
    (stick / "DPUPR.receipt.txt").mkdir(parents=True)  # in the way of the receipt's text file
    said = kiosk("export", "--db", str(booth), "--out", str(stick / "DPUPR.sqlite"))
    assert said.startswith("1: ") and "Traceback" not in said
    assert "Error: the receipt files were not written beside DPUPR.sqlite" in said
    assert "The copy itself is complete and verified" in said
    assert "sha256=" in said.split("Error:")[0]  # the receipt line was printed before it
    assert (stick / "DPUPR.sqlite").is_file()


def test_a_hand_over_to_a_read_only_stick_tells_staff_the_data_is_safe(
    tmp_path: Path, simulated_booths: SimulatedBooths
) -> None:
    """The stick has room (so the hand-over's space check passes) but refuses writes."""
    from kiosk.staff.errors import StaffError
    from kiosk.staff.handover import export_to_folder
    from kiosk.storage.database import open_booth_database
    from tests.faults.disk import run_command

    booth = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = run_command("mount", "-t", "tmpfs", "-o", "size=64m,ro", "tmpfs", str(stick))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a read-only tmpfs here: {mounted.stderr.strip()}")
    db = open_booth_database(booth)
    try:
        with pytest.raises(StaffError) as refused:
            export_to_folder(db, stick, agency="DPUPR")
        exports = db.execute("SELECT count(*) FROM exports").fetchone()[0]
    finally:
        db.close()
        run_command("umount", "-l", str(stick))
    assert str(refused.value) == (
        f"Ekspor ke {stick} gagal: flashdisk hanya bisa dibaca (terkunci)."
        " Tidak ada berkas setengah jadi yang tertinggal, dan semua data di kios ini tetap"
        " aman. Kosongkan flashdisk atau gunakan flashdisk lain, lalu coba lagi."
    )
    assert exports == 0


def test_doctor_lists_leftovers_on_the_stick_and_in_the_backup_folder_fresh_ones_too(
    tmp_path: Path, simulated_booths: SimulatedBooths
) -> None:
    from kiosk.ops.filechecks import read_database
    from kiosk.staff.handover import BACKUP_FOLDER_KEY, export_to_folder
    from kiosk.storage.database import open_booth_database
    from kiosk.storage.journal import put_setting

    booth = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    stick, backups = tmp_path / "usb", tmp_path / "backups"
    stick.mkdir()
    backups.mkdir()
    db = open_booth_database(booth)
    try:
        export_to_folder(db, stick, agency="DPUPR")  # the hand-over notes where it went
        put_setting(db, BACKUP_FOLDER_KEY, str(backups))
    finally:
        db.close()
    state = read_database(booth)
    assert check_leftovers(booth.parent, state.copy_folders).level == OK
    make_old(stick / ".gerai-DPUPR-cut.sqlite.partial", b"x" * 200_000)
    (backups / ".gerai-backup-x.sqlite.partial-journal").write_bytes(b"just now")
    check = check_leftovers(booth.parent, state.copy_folders)
    assert check.level == WARN
    assert f"{stick}/.gerai-DPUPR-cut.sqlite.partial (0.2 MB)" in check.message
    assert (
        f"{backups}/.gerai-backup-x.sqlite.partial-journal (0.0 MB, less than 2 minutes old:"
        " perhaps still being written)" in check.message
    )


def test_kiosk_merge_on_a_full_disk_says_so_in_one_line(
    small_disk: Path, merged_festival: Path
) -> None:
    out = small_disk / "FESTIVAL.sqlite"
    stick = merged_festival.parent / "stick"
    merge_kiosk_files(out, [stick])
    kept = out.read_bytes()
    fill(small_disk, leave=64 * 1024)
    said = kiosk("merge", "--out", str(out), str(stick))
    assert said.startswith("1: Error: the disk is full (No space left on device"), said
    assert "nothing stored before was lost or changed" in said and "Traceback" not in said
    assert out.read_bytes() == kept
