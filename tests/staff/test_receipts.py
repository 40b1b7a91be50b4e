"""Opening and spot-check receipts on a real booth file, and how staff mode words them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.domain.clock import ManualClock
from kiosk.staff.dashboard import festival_timezone
from kiosk.staff.errors import StaffError
from kiosk.staff.handover import export_to_folder
from kiosk.staff.receipts import grouped, receipt_screen, show_receipt
from kiosk.storage.chain import verify_chain
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import BoothDatabase, kiosk_id_of
from kiosk.storage.receipt import OPENED, opening_receipt, parse_receipt, spot_receipt
from kiosk.storage.records import verify_file
from tests.helpers import make_booth_db
from tests.staff.conftest import StaffedBooth, visit


@pytest.fixture
def unused(tmp_path: Path) -> tuple[BoothDatabase, Path, ManualClock]:
    """A kiosk just set up for DPUPR (booth A1), before its first visitor."""
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path)
    set_booth_agency(db, "DPUPR", editor="staff set-up")
    return db, path, ManualClock(datetime(2026, 8, 20, 0, 30, tzinfo=UTC))


def records(db: BoothDatabase) -> list[tuple[int, str, str]]:
    return db.execute("SELECT seq, kind, hash FROM visitor_records ORDER BY seq").fetchall()


def events(db: BoothDatabase) -> list[tuple[str, str]]:
    return db.execute("SELECT event, detail FROM staff_events ORDER BY id").fetchall()


def test_opening_an_unused_kiosk_writes_one_opened_record_the_receipt_starts_at(
    unused: tuple[BoothDatabase, Path, ManualClock],
) -> None:
    db, path, clock = unused
    assert records(db) == []
    receipt = opening_receipt(db, clock)
    [(seq, kind, first_hash)] = records(db)
    assert (seq, kind, receipt.first_hash) == (1, OPENED, first_hash)
    assert (receipt.kind, receipt.kiosk_id, receipt.agency_code) == (
        "open",
        kiosk_id_of(db),
        "DPUPR",
    )
    assert (receipt.booth, receipt.pack_sha256) == ("A1", "f" * 64)  # as the pack installed
    assert receipt.at == "2026-08-20T00:30:00.000Z"
    assert parse_receipt(receipt.line()) == receipt
    chain, integrity = verify_file(path)  # what an organizer's verify sees
    assert integrity == "ok" and chain.ok and chain.count == 1

    clock.advance(3600)
    again = opening_receipt(db, clock)
    assert records(db) == [(1, OPENED, first_hash)]  # nothing more written
    assert again.first_hash == first_hash and again.at == "2026-08-20T01:30:00.000Z"


def test_opening_after_visitors_names_record_one_and_writes_nothing(staffed: StaffedBooth) -> None:
    before = records(staffed.db)
    receipt = opening_receipt(staffed.db, staffed.clock)
    assert records(staffed.db) == before
    assert receipt.first_hash == before[0][2] and before[0][1] == "session_start"


def test_spot_receipt_holds_the_head_of_the_file(staffed: StaffedBooth) -> None:
    spot = spot_receipt(staffed.db, staffed.clock)
    chain, integrity = verify_file(staffed.path)
    assert integrity == "ok" and chain.ok
    assert (spot.count, spot.last_seq, spot.head_hash) == (chain.count, 11, chain.head_hash)
    assert spot.kind == "spot" and spot.agency_code == "DPUPR"
    assert parse_receipt(spot.line()) == spot
    visit(staffed.booth, staffed.clock, "gerakan-rawat-jalan")
    later = spot_receipt(staffed.db, staffed.clock)
    assert (later.count, later.last_seq) == (14, 14) and later.head_hash != spot.head_hash
    held = staffed.db.execute("SELECT hash FROM visitor_records WHERE seq = 11").fetchone()[0]
    assert held == spot.head_hash  # the chain still holds what the first check saw


def test_showing_a_receipt_notes_its_line_in_the_staff_journal(
    unused: tuple[BoothDatabase, Path, ManualClock],
) -> None:
    db, _, clock = unused
    opening = show_receipt(db, "open", clock)
    spot = show_receipt(db, "spot", clock)
    assert events(db) == [("receipt_open", opening.line()), ("receipt_spot", spot.line())]
    assert (spot.count, spot.last_seq, spot.head_hash) == (1, 1, opening.first_hash)


def test_a_file_that_refuses_the_first_record_gives_no_opening_receipt(
    unused: tuple[BoothDatabase, Path, ManualClock],
) -> None:
    db, _, clock = unused
    conn = db.conn
    conn.execute("PRAGMA query_only = ON")  # as a file on a write-protected disk refuses
    with pytest.raises(StaffError, match="Struk pembukaan tidak dapat dibuat"):
        show_receipt(db, "open", clock)
    assert records(db) == [] and verify_chain(conn).ok
    assert events(db) == []


def test_the_screen_shows_each_kind_with_its_fields_in_festival_time(
    staffed: StaffedBooth, tmp_path: Path
) -> None:
    db, clock = staffed.db, staffed.clock
    tz = festival_timezone(db)  # Asia/Jakarta: 03:01 UTC is 10.01 WIB
    kiosk = kiosk_id_of(db)

    def shown(screen: dict[str, object]) -> dict[str, str]:
        assert parse_receipt(str(screen["line"])).kind == screen["kind"]
        return {f["label"]: f["value"] for f in screen["fields"]}  # type: ignore[attr-defined]

    opening = receipt_screen(opening_receipt(db, clock), tz)
    assert (opening["title"], opening["instruction"]) == (
        "Struk pembukaan",
        "Minta panitia memotret layar ini sebelum stan dibuka.",
    )
    assert shown(opening) == {
        "OPD · stan": "DPUPR · A1",
        "ID kios": kiosk,
        "SHA-256 paket festival": "\n".join([" ".join(["ffffffff"] * 4)] * 2),
        "Hash catatan pertama": grouped(records(db)[0][2]),
        "Waktu": "20 Agustus 2026, 10.01 WIB",
    }
    spot = receipt_screen(spot_receipt(db, clock), tz)
    assert spot["title"] == "Struk pemeriksaan"
    assert shown(spot) == {
        "OPD": "DPUPR",
        "ID kios": kiosk,
        "Jumlah catatan · nomor urut terakhir": "11 · 11",
        "Hash terakhir (head)": grouped(records(db)[-1][2]),
        "Waktu": "20 Agustus 2026, 10.01 WIB",
    }
    (tmp_path / "usb").mkdir()
    handover = export_to_folder(db, tmp_path / "usb", clock=clock)
    closing = receipt_screen(handover.receipt, tz, handover.export.path)
    assert closing["title"] == "Struk penutupan" and closing["path"] == str(handover.export.path)
    fields = shown(closing)
    assert "".join(fields["SHA-256 berkas"].split()) == handover.receipt.file_sha256
    assert fields["Nama berkas di flashdisk"] == handover.export.path.name
    assert [f["key"] for f in closing["fields"] if f["optional"]] == ["file"]  # type: ignore[attr-defined]
