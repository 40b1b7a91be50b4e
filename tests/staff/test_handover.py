"""Hand-over: export with a receipt that matches the file, and pruned periodic backups."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import decode

from kiosk.staff.dashboard import festival_timezone
from kiosk.staff.errors import StaffError
from kiosk.staff.handover import (
    BackupScheduler,
    export_filename,
    export_to_folder,
    run_backup,
)
from kiosk.staff.receipts import receipt_screen
from kiosk.storage.database import kiosk_id_of
from kiosk.storage.export import file_sha256
from kiosk.storage.receipt import parse_receipt, receipt_qr_png
from kiosk.storage.records import verify_file
from tests.staff.conftest import StaffedBooth, visit


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


def test_export_writes_a_verified_copy_and_a_matching_receipt(
    staffed: StaffedBooth, stick: Path
) -> None:
    handover = export_to_folder(staffed.db, stick, clock=staffed.clock)
    kiosk = kiosk_id_of(staffed.db)
    out = handover.export.path
    assert out.name == f"gerai-DPUPR-{kiosk[:8]}-20260820T030148Z.sqlite"
    chain, integrity = verify_file(out)
    assert integrity == "ok" and chain.ok
    receipt = handover.receipt
    assert (receipt.kiosk_id, receipt.agency_code) == (kiosk, "DPUPR")
    assert (receipt.count, receipt.last_seq, receipt.head_hash) == (
        11,
        11,
        chain.head_hash,
    )
    assert receipt.file_sha256 == file_sha256(out)
    assert receipt.at == "2026-08-20T03:01:48.000Z"  # the kiosk's clock, as the file name
    files = handover.receipt_files
    assert files.text == out.with_name(out.stem + ".receipt.txt")
    assert parse_receipt(files.text.read_text()) == receipt
    (symbol,) = decode(Image.open(files.qr))  # the QR code beside it says the same
    assert parse_receipt(symbol.data.decode()) == receipt
    row = staffed.db.execute("SELECT path, file_sha256, record_count FROM exports").fetchone()
    assert row == (str(out), receipt.file_sha256, 11)
    assert staffed.db.execute("SELECT event FROM staff_events").fetchall() == [("export",)]


def test_a_receipt_the_stick_refuses_leaves_the_export_and_its_receipt_on_screen(
    staffed: StaffedBooth, stick: Path
) -> None:
    """Where the receipt's text file should go there is a folder of that name: the copy is
    made and verified, the receipt is still returned (the screen shows it), no half file."""
    name = export_filename("DPUPR", kiosk_id_of(staffed.db), staffed.clock.utc_now())
    blocked = stick / name.replace(".sqlite", ".receipt.txt")
    blocked.mkdir()
    handover = export_to_folder(staffed.db, stick, clock=staffed.clock)
    assert handover.receipt_files is None
    assert verify_file(handover.export.path)[0].head_hash == handover.receipt.head_hash
    assert sorted(p.name for p in stick.iterdir()) == sorted([name, blocked.name])
    screen = receipt_screen(handover.receipt, festival_timezone(staffed.db), handover.export.path)
    unsaved = receipt_screen(
        handover.receipt, festival_timezone(staffed.db), handover.export.path, saved=False
    )
    assert "tidak dapat disimpan di flashdisk" in unsaved["instruction"]
    assert unsaved["line"] == screen["line"] and "tidak dapat" not in screen["instruction"]


def test_receipt_qr_decodes_to_the_receipt(staffed: StaffedBooth, stick: Path) -> None:
    receipt = export_to_folder(staffed.db, stick, clock=staffed.clock).receipt
    (symbol,) = decode(Image.open(io.BytesIO(receipt_qr_png(receipt))))
    assert symbol.data.decode() == receipt.qr_text and receipt.qr_text.startswith("GR3:")
    assert parse_receipt(symbol.data.decode()) == receipt


def test_export_refuses_a_missing_stick(staffed: StaffedBooth, tmp_path: Path) -> None:
    with pytest.raises(StaffError, match="Periksa flashdisk"):
        export_to_folder(staffed.db, tmp_path / "media" / "usb", clock=staffed.clock)
    assert not (tmp_path / "media").exists()


def test_backup_keeps_the_newest_and_leaves_other_files_alone(
    staffed: StaffedBooth, stick: Path
) -> None:
    foreign = [stick / "gerai-backup-00000000-20260820T000000Z.sqlite", stick / "foto.jpg"]
    for path in foreign:
        path.write_bytes(b"not ours")
    made = []
    for _ in range(4):
        made.append(run_backup(staffed.db, stick, keep=2, clock=staffed.clock))
        staffed.clock.advance(60)
    assert all(verify_file(m.path)[0].ok for m in made[-2:])
    names = sorted(p.name for p in stick.iterdir())
    assert names == sorted([m.path.name for m in made[-2:]] + [p.name for p in foreign])
    assert made[-1].removed == (made[1].path,)


def test_scheduler_runs_every_interval_and_reports_a_pulled_stick(
    staffed: StaffedBooth, stick: Path
) -> None:
    scheduler = BackupScheduler(staffed.db, staffed.clock)
    assert scheduler.tick() is None  # no folder chosen yet
    scheduler.configure(stick, 10)
    assert scheduler.tick() is not None
    staffed.clock.advance(9 * 60)
    assert scheduler.tick() is None
    visit(staffed.booth, staffed.clock, "lapor-jalan-rusak")
    staffed.clock.advance(60)
    newest = scheduler.tick()
    assert newest is not None and verify_file(newest.path)[0].count == 14
    stick.rename(stick.with_name("dicabut"))
    staffed.clock.advance(10 * 60)
    assert scheduler.tick() is None and "tidak ditemukan" in scheduler.last_error
    events = [r[0] for r in staffed.db.execute("SELECT event FROM staff_events ORDER BY id")]
    assert events == ["backup_configured", "backup", "backup", "backup_failed"]


def test_scheduler_settings_survive_a_restart(staffed: StaffedBooth, stick: Path) -> None:
    BackupScheduler(staffed.db, staffed.clock).configure(stick, 999)
    again = BackupScheduler(staffed.db, staffed.clock)
    assert (again.folder, again.interval_minutes) == (stick, 240)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_export_leaves_every_file_and_its_name_on_the_stick(
    staffed: StaffedBooth, stick: Path, tmp_path: Path
) -> None:
    """The screen says the stick may be pulled out: by then the copy, the receipt's text
    and QR files and the folder's entries are fsynced (seen by strace, in a process of
    its own, as the kiosk does it)."""
    code = (
        "from pathlib import Path\n"
        "from kiosk.storage.database import open_booth_database\n"
        "from kiosk.staff.handover import export_to_folder\n"
        f"db = open_booth_database(Path({str(staffed.path)!r}))\n"
        f"export_to_folder(db, Path({str(stick)!r}))\n"
    )
    log = tmp_path / "strace.log"
    subprocess.run(
        [
            "strace",
            "-f",
            "-e",
            "trace=openat,fsync,fdatasync,rename,renameat,renameat2",
            "-o",
            str(log),
            sys.executable,
            "-c",
            code,
        ],
        check=True,
        capture_output=True,
    )
    open_fds: dict[str, str] = {}
    synced: list[str] = []  # paths, in the order they were fsynced
    last_rename = -1
    for n, line in enumerate(log.read_text().splitlines()):
        pid = line.split()[0]
        if opened := re.search(r'openat\(AT_FDCWD, "([^"]+)".*\) = (\d+)$', line):
            open_fds[f"{pid}:{opened[2]}"] = opened[1]
        elif synced_fd := re.search(r"f(?:data)?sync\((\d+)\)\s+= 0", line):
            synced.append(open_fds.get(f"{pid}:{synced_fd[1]}", "?") + f"@{n}")
        elif "rename" in line and str(stick) in line and line.endswith("= 0"):
            last_rename = n
    names = [s.rsplit("@", 1)[0] for s in synced]
    copies = sorted(p.name for p in stick.iterdir())
    assert len(copies) == 3  # the .sqlite, its .receipt.txt and .receipt.png
    for name in copies:
        written = {str(stick / name), str(stick / f".{name}.partial")}
        assert written & set(names), f"{name} was never fsynced: {names}"
    folder_syncs = [int(s.rsplit("@", 1)[1]) for s in synced if s.startswith(f"{stick}@")]
    assert folder_syncs and folder_syncs[-1] > last_rename, "the folder's names not synced last"
