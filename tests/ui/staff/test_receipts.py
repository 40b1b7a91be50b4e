"""Opening and spot-check receipts through the real QML: tapped, photographed off the screen
(the QR code decoded from the window's pixels) and checked against the booth file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.clock import ManualClock
from kiosk.staff.handover import export_filename
from kiosk.storage.chain import verify_chain
from kiosk.storage.database import BoothDatabase, kiosk_id_of
from kiosk.storage.receipt import Receipt, parse_receipt
from kiosk.ui.staff.standalone import StaffUi
from kiosk.ui.testing import process_events
from tests.ui.staff.conftest import PIN, find, qr_on_screen, shown, sign_in, tap, type_pin
from tests.ui.staff.test_handover_and_integrity import add_visitors

pytestmark = pytest.mark.ui


def photographed(ui: StaffUi, title: str) -> Receipt:
    """The receipt page is up with `title`; what an organizer's phone reads off its QR code."""
    assert shown(ui, "receiptView")
    assert find(ui, "receiptTitle").property("text") == title
    code = qr_on_screen(ui)
    shown_receipt = ui.staff.property("receipts").property("receipt")
    assert code == shown_receipt["qr"] and code.startswith("GR3:")  # the compact form
    receipt = parse_receipt(code)
    assert receipt == parse_receipt(shown_receipt["line"])  # the same facts as the text
    return receipt


def records(db: BoothDatabase) -> list[tuple[int, str, str]]:
    return db.execute("SELECT seq, kind, hash FROM visitor_records ORDER BY seq").fetchall()


def receipt_events(db: BoothDatabase) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT event, detail FROM staff_events WHERE event LIKE 'receipt_%' ORDER BY id"
    ).fetchall()


def test_set_up_ends_on_the_opening_receipt(fresh_staff: StaffUi) -> None:
    ui, db = fresh_staff, fresh_staff.staff.db
    tap(ui, "agency_DPUPR")
    tap(ui, "setupNext")
    type_pin(ui, PIN)
    type_pin(ui, PIN)
    receipt = photographed(ui, "Struk pembukaan")
    assert "sebelum stan dibuka" in find(ui, "receiptInstruction").property("text")
    [(seq, kind, first_hash)] = records(db)  # the chain start, written to be photographed
    assert (seq, kind) == (1, "opened") and verify_chain(db.conn).ok
    assert (receipt.kind, receipt.kiosk_id, receipt.agency_code) == (
        "open",
        kiosk_id_of(db),
        "DPUPR",
    )
    assert (receipt.first_hash, receipt.booth, receipt.pack_sha256) == (first_hash, "A1", "f" * 64)
    assert receipt_events(db) == [("receipt_open", receipt.line())]
    tap(ui, "receiptDone")
    assert not shown(ui, "receiptView") and shown(ui, "dashboardPage")


def test_opening_receipt_again_later_writes_nothing_and_names_record_one(
    staff_ui: StaffUi, clock: ManualClock
) -> None:
    ui, db = staff_ui, staff_ui.staff.db
    add_visitors(ui, clock)
    before = records(db)
    sign_in(ui)
    tap(ui, "nav_handover")
    tap(ui, "showOpeningReceipt")
    receipt = photographed(ui, "Struk pembukaan")
    assert receipt.first_hash == before[0][2] and records(db) == before
    assert find(ui, "receiptAgency").property("v") == "DPUPR · A1"
    tap(ui, "receiptDone")
    assert shown(ui, "handoverPage") and not shown(ui, "receiptView")
    clock.advance(600)
    ui.staff.activity()  # staff touched the screen meanwhile: staff mode did not lock itself
    tap(ui, "showOpeningReceipt")
    again = photographed(ui, "Struk pembukaan")
    assert again.first_hash == receipt.first_hash and again.at > receipt.at
    assert receipt_events(db) == [("receipt_open", receipt.line()), ("receipt_open", again.line())]


def test_spot_check_receipt_holds_the_head_at_that_moment(
    staff_ui: StaffUi, clock: ManualClock
) -> None:
    ui, db = staff_ui, staff_ui.staff.db
    add_visitors(ui, clock)
    sign_in(ui)
    tap(ui, "nav_handover")
    tap(ui, "showSpotReceipt")
    first = photographed(ui, "Struk pemeriksaan")
    assert (first.kind, first.count, first.last_seq) == ("spot", 6, 6)
    assert first.head_hash == records(db)[-1][2] and first.agency_code == "DPUPR"
    assert find(ui, "receiptCount").property("v") == "6 · 6"
    assert find(ui, "receiptAt").property("v") == "20 Agustus 2026, 10.00 WIB"
    tap(ui, "receiptDone")
    add_visitors(ui, clock)  # the booth goes on while staff mode is open
    tap(ui, "showSpotReceipt")
    second = photographed(ui, "Struk pemeriksaan")
    assert (second.count, second.last_seq, second.head_hash) == (12, 12, records(db)[-1][2])
    assert records(db)[5][2] == first.head_hash  # the chain still holds the first check
    assert [e for e, _ in receipt_events(db)] == ["receipt_spot", "receipt_spot"]


def test_a_receipt_goes_away_with_another_page_or_leaving(staff_ui: StaffUi) -> None:
    ui = staff_ui
    sign_in(ui)
    tap(ui, "nav_handover")
    tap(ui, "showSpotReceipt")
    assert shown(ui, "receiptView")
    tap(ui, "nav_dashboard")
    assert not shown(ui, "receiptView") and shown(ui, "dashboardPage")
    tap(ui, "nav_handover")
    tap(ui, "showSpotReceipt")
    tap(ui, "closeStaff")
    sign_in(ui)
    assert not shown(ui, "receiptView")


def test_a_closing_receipt_the_stick_refuses_is_still_shown_and_says_so(
    staff_ui: StaffUi, clock: ManualClock, usb_root: Path
) -> None:
    ui, db = staff_ui, staff_ui.staff.db
    add_visitors(ui, clock)
    name = export_filename("DPUPR", kiosk_id_of(db), clock.utc_now())
    (usb_root / "STICK" / name.replace(".sqlite", ".receipt.txt")).mkdir()  # in the way
    sign_in(ui)
    tap(ui, "nav_handover")
    tap(ui, "exportFolder_0")
    tap(ui, "exportButton")
    for _ in range(100):
        if shown(ui, "receiptView"):
            break
        process_events(0.05)
    receipt = photographed(ui, "Struk penutupan")
    assert "tidak dapat disimpan di flashdisk" in find(ui, "receiptInstruction").property("text")
    assert (receipt.count, receipt.head_hash) == (6, records(db)[-1][2])
    assert (usb_root / "STICK" / name).is_file()  # the copy itself is there
