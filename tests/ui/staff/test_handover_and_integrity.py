"""Hand-over through the real QML (export, receipt, backups) and the promise that no staff
action, anywhere in staff mode, changes a visitor record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMetaMethod, QObject

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.session import EndReason
from kiosk.staff.eject import NOT_REMOVABLE
from kiosk.storage.chain import verify_chain
from kiosk.storage.export import file_sha256
from kiosk.storage.receipt import parse_receipt
from kiosk.storage.records import verify_file
from kiosk.ui.staff.standalone import StaffUi
from kiosk.ui.testing import process_events
from tests.ui.staff.conftest import find, qr_on_screen, shown, sign_in, snapshot, tap, type_pin

pytestmark = pytest.mark.ui


def add_visitors(ui: StaffUi, clock: ManualClock) -> None:
    booth = Booth(ui.staff.db, "DPUPR", clock)
    for slug in ["lapor-jalan-rusak", "gerakan-rawat-jalan"]:
        booth.start_session()
        booth.open_innovation(slug)
        clock.advance(2)
        assert booth.cast_vote(slug).accepted
        booth.end_session(EndReason.FINISHED)


def test_export_shows_a_receipt_that_matches_the_file(
    staff_ui: StaffUi, clock: ManualClock, usb_root: Path
) -> None:
    add_visitors(staff_ui, clock)
    sign_in(staff_ui)
    tap(staff_ui, "nav_handover")
    tap(staff_ui, "exportFolder_0")
    tap(staff_ui, "exportButton")
    receipt = staff_ui.staff.property("receipts").property("receipt")
    for _ in range(100):
        if receipt:
            break
        process_events(0.05)
        receipt = staff_ui.staff.property("receipts").property("receipt")
    assert shown(staff_ui, "receiptView")
    assert find(staff_ui, "receiptTitle").property("text") == "Struk penutupan"
    qr_text = qr_on_screen(staff_ui)
    assert qr_text == find(staff_ui, "receiptQr").property("text")
    parsed = parse_receipt(qr_text)
    assert parsed.kind == "close"
    exported = Path(receipt["path"])
    assert exported.parent == usb_root / "STICK"
    chain, integrity = verify_file(exported)
    assert integrity == "ok" and chain.ok
    assert (parsed.count, parsed.last_seq, parsed.head_hash) == (6, 6, chain.head_hash)
    assert parsed.file_sha256 == file_sha256(exported) and parsed.agency_code == "DPUPR"
    assert find(staff_ui, "receiptCount").property("v") == "6 · 6"
    assert exported.with_name(exported.stem + ".receipt.png").is_file()
    # The stick is flushed, then ejected where it can be: a plain folder cannot, and the
    # receipt says so, and that it may be pulled out all the same (after the flush).
    handover = staff_ui.staff.property("handover")
    for _ in range(200):
        if not handover.property("busy"):
            break
        process_events(0.05)
    assert not handover.property("busy")
    assert handover.property("releaseState") == "safe"
    instruction = find(staff_ui, "receiptInstruction").property("text")
    assert "Flashdisk aman dicabut: semua data sudah tertulis." in instruction
    assert f"tidak dapat dilepas otomatis ({NOT_REMOVABLE})" in instruction
    tap(staff_ui, "receiptDone")
    assert shown(staff_ui, "releaseNote")  # on the hand-over page, after the receipt too
    # ... in view at 1280x800 without scrolling, under the export button (the page scrolls
    # to the rest)
    page, note = find(staff_ui, "handoverPage"), find(staff_ui, "releaseNote")
    seen = page.mapRectToScene(page.boundingRect())
    assert seen.contains(note.mapRectToScene(note.boundingRect()))
    assert find(staff_ui, "releaseNote").property("text").startswith("Flashdisk aman dicabut")
    assert not shown(staff_ui, "receiptView")
    tap(staff_ui, "nav_dashboard")
    assert find(staff_ui, "tileExportValue").property("text") == "10.00 WIB"
    # The next morning the same export and the last visitor record name their day.
    clock.advance(24 * 3600)
    staff_ui.staff.activity()  # staff mode stayed open (else its lock closes it on a timer)
    tap(staff_ui, "refreshDashboard")
    assert find(staff_ui, "tileExportValue").property("text") == "kemarin 10.00 WIB"
    assert find(staff_ui, "tileLastRecordValue").property("text") == "kemarin 10.00 WIB"


def test_backup_every_few_minutes_to_the_chosen_stick(staff_ui: StaffUi, usb_root: Path) -> None:
    sign_in(staff_ui)
    tap(staff_ui, "nav_handover")
    tap(staff_ui, "exportFolder_0")
    tap(staff_ui, "backupMinutesMinus")
    tap(staff_ui, "backupOn")
    handover = staff_ui.staff.property("handover")
    for _ in range(200):  # the copy runs on a thread of its own; the GUI thread hears back
        if not handover.backup_running:
            break
        process_events(0.05)
    assert not handover.backup_running
    backups = sorted((usb_root / "STICK").glob("gerai-backup-*.sqlite"))
    assert len(backups) == 1 and verify_file(backups[0])[0].ok
    assert "setiap 10 menit" in find(staff_ui, "backupStatus").property("text")


def test_no_staff_screen_changes_a_visitor_record(staff_ui: StaffUi, clock: ManualClock) -> None:
    """Tap through every staff screen and action; after each, the chain is the same."""
    add_visitors(staff_ui, clock)
    db = staff_ui.staff.db
    before, head = snapshot(db), verify_chain(db.conn)
    assert head.ok and head.count == 6
    steps = [
        ["pinKey_1"] * 4 + ["pinKey_ok"],  # a wrong PIN
        ["pinKey_2", "pinKey_4", "pinKey_6", "pinKey_8", "pinKey_ok"],
        ["refreshDashboard", "nav_content", "innovation_lapor-jalan-rusak"],
        ["moveUp_lapor-jalan-rusak", "moveDown_lapor-jalan-rusak"],
        ["toggleHidden_lapor-jalan-rusak", "toggleHidden_lapor-jalan-rusak"],
        ["langEn", "saveTexts", "langId", "undoTexts", "bigPreview", "closeBigPreview"],
        ["addPhoto", "usbImage_0"],
        [
            "nav_settings",
            "defaultLangBms",
            "defaultLangEn",
            "brightnessMinus",
            "idleMinus",
            "volumePlus",
        ],
        ["changePin"],
        ["pinKey_2", "pinKey_4", "pinKey_6", "pinKey_8", "pinKey_ok"],
        ["pinKey_1", "pinKey_3", "pinKey_5", "pinKey_7", "pinKey_ok"] * 2,
        ["nav_handover", "showOpeningReceipt", "receiptDone", "showSpotReceipt", "receiptDone"],
        ["nav_handover", "exportFolder_0", "backupOn", "exportButton"],
    ]
    for step in steps:
        for name in step:
            tap(staff_ui, name)
        process_events(0.2)
        assert verify_chain(db.conn) == head, f"{step} changed the chain"
        assert snapshot(db) == before, f"{step} changed a visitor record"
    for _ in range(60):
        if shown(staff_ui, "receiptView"):
            break
        process_events(0.05)
    tap(staff_ui, "receiptDone")
    tap(staff_ui, "closeStaff")
    type_pin(staff_ui, "1357")
    assert staff_ui.staff.property("stage") == "open"  # the changed PIN works
    assert snapshot(db) == before and verify_chain(db.conn) == head


STAFF_SLOTS = {
    "StaffController": {
        "clearMessage", "setUp", "enterPin", "changePin", "setPage", "close",
        "exitToDesktop", "restart", "activity", "checkNewPin",
    },
    "DashboardPanel": {"refresh"},
    "ClipsPanel": {"reload", "setHidden", "setInAttract", "replace", "refreshUsb", "openFolder"},
    "ContentEditor": {
        "reload", "select", "saveTexts", "setHidden", "move", "addPhoto", "replacePhoto",
        "removePhoto", "refreshUsb", "openFolder",
    },
    "SettingsPanel": {
        "setLanguage", "setBrightness", "setIdleSeconds", "setVolume", "setStaffLockSeconds",
        "setClipSound",
    },
    "HandoverPanel": {"refreshFolders", "exportTo", "configureBackup", "tick"},
    "ReceiptPanel": {"showOpening", "showSpot", "clear"},
}  # fmt: skip


CALLABLE = (QMetaMethod.MethodType.Slot, QMetaMethod.MethodType.Method)


def slots_of(obj: QObject) -> set[str]:
    """What QML can call on `obj`: its class's own slots and invokable methods."""
    meta = type(obj).staticMetaObject
    return {
        bytes(meta.method(i).name().data()).decode()
        for i in range(meta.methodOffset(), meta.methodCount())
        if meta.method(i).methodType() in CALLABLE
    }


def test_qml_can_call_only_the_reviewed_staff_actions(staff_ui: StaffUi) -> None:
    """A new slot must be added here on purpose: none may touch visitor records (but
    `showOpening`, which on a kiosk no visitor has used writes the chain's first record:
    tests/ui/staff/test_receipts.py)."""
    staff = staff_ui.staff
    pages = ["dashboard", "editor", "clips", "settings", "handover", "receipts"]
    objects = [staff, *(staff.property(n) for n in pages)]
    found = {type(o).__name__: slots_of(o) for o in objects}
    assert found == STAFF_SLOTS
