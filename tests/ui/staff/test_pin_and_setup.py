"""First start and the PIN pad, through the real QML: set-up, wrong PINs, lockout, leaving."""

from __future__ import annotations

import pytest

from kiosk.staff.pin import PIN_KEY
from kiosk.storage.content import booth_agency
from kiosk.ui.staff.standalone import StaffUi
from kiosk.ui.testing import process_events
from tests.ui.staff.conftest import PIN, find, shown, sign_in, tap, type_pin

pytestmark = pytest.mark.ui


def events(ui: StaffUi) -> list[str]:
    return [r[0] for r in ui.staff.db.execute("SELECT event FROM staff_events ORDER BY id")]


def test_first_start_chooses_agency_and_pin(fresh_staff: StaffUi) -> None:
    ui = fresh_staff
    assert shown(ui, "setupPage") and ui.staff.property("needsSetup")
    tap(ui, "agency_DPUPR")
    tap(ui, "setupNext")
    type_pin(ui, PIN)
    assert "sekali lagi" in find(ui, "setupStep").property("text")
    type_pin(ui, PIN)
    assert ui.staff.property("stage") == "open" and shown(ui, "dashboardPage")
    db = ui.staff.db
    assert booth_agency(db) == "DPUPR"
    stored = db.execute("SELECT value FROM settings WHERE key = ?", [PIN_KEY]).fetchone()[0]
    assert_pin_hashed(stored, db, PIN)
    assert events(ui) == ["pin_set", "receipt_open"]  # set-up ends on the opening receipt
    assert shown(ui, "receiptView")  # tests/ui/staff/test_receipts.py reads it


def test_setup_asks_again_when_the_two_pins_differ(fresh_staff: StaffUi) -> None:
    ui = fresh_staff
    tap(ui, "agency_DINKES")
    tap(ui, "setupNext")
    type_pin(ui, "1357")
    type_pin(ui, "1358")
    assert ui.staff.property("stage") == "setup"
    assert "tidak sama" in find(ui, "bannerText").property("text")
    assert "Langkah 2" in find(ui, "setupStep").property("text")
    assert booth_agency(ui.staff.db) is None and not ui.staff.pin.is_set()


def test_setup_refuses_a_weak_pin_with_the_reason(fresh_staff: StaffUi) -> None:
    ui = fresh_staff
    tap(ui, "agency_DPUPR")  # booth A1, festival 2026
    tap(ui, "setupNext")
    for weak, why in [("1234", "berurutan"), ("0001", "nomor stan (A1)"), ("2026", "tahun")]:
        type_pin(ui, weak)
        assert why in find(ui, "bannerText").property("text")
        assert "Langkah 2" in find(ui, "setupStep").property("text")  # not typed twice
    assert not ui.staff.pin.is_set() and booth_agency(ui.staff.db) is None
    type_pin(ui, PIN)
    type_pin(ui, PIN)
    assert ui.staff.property("stage") == "open"


def test_pin_change_refuses_a_weak_pin_and_keeps_the_old_one(staff_ui: StaffUi) -> None:
    ui = staff_ui
    sign_in(ui)
    tap(ui, "nav_settings")
    tap(ui, "changePin")
    type_pin(ui, PIN)
    type_pin(ui, "0000")
    assert "satu angka yang diulang" in find(ui, "bannerText").property("text")
    assert not shown(ui, "changePinDialog")
    assert "pin_changed" not in events(ui)
    tap(ui, "closeStaff")
    sign_in(ui)  # the old PIN still opens it


def test_five_wrong_pins_lock_the_pad(staff_ui: StaffUi, clock: object) -> None:
    ui = staff_ui
    for left in [4, 3, 2, 1]:
        type_pin(ui, "1111")
        assert f"Sisa {left} kali" in find(ui, "pinNote").property("text")
    type_pin(ui, "1111")
    assert "30 detik" in find(ui, "pinNote").property("text")
    assert not find(ui, "pinKey_2").property("enabled")
    tap(ui, "pinKey_2")  # a locked key does nothing
    assert ui.staff.property("stage") == "pin"
    clock.advance(31)  # type: ignore[attr-defined]
    process_events(1.2)  # the countdown timer notices
    assert find(ui, "pinKey_2").property("enabled")
    sign_in(ui)
    assert events(ui)[-6:] == ["pin_wrong"] * 5 + ["pin_ok"]


def test_back_to_visitors_locks_again(staff_ui: StaffUi, qtbot: object) -> None:
    ui = staff_ui
    sign_in(ui)
    closed: list[bool] = []
    ui.staff.closed.connect(lambda: closed.append(True))
    tap(ui, "closeStaff")
    assert closed == [True] and shown(ui, "pinPage")
    tap(ui, "pinCancel")
    assert closed == [True, True]


def test_window_refuses_to_close_until_staff_exit(staff_ui: StaffUi) -> None:
    ui = staff_ui
    exits: list[bool] = []
    ui.staff.exitRequested.connect(lambda: exits.append(True))
    assert not ui.staff.exitToDesktop(PIN)  # not signed in: ignored
    ui.window.close()
    process_events(0.1)
    assert ui.window.isVisible() and exits == []
    sign_in(ui)
    tap(ui, "nav_settings")
    tap(ui, "exitDesktop")  # asks for the PIN again: a wrong one keeps the kiosk running
    assert exits == [] and shown(ui, "changePinDialog")
    type_pin(ui, "9999")
    assert exits == [] and not ui.staff.property("exitAllowed")
    assert "PIN salah" in ui.staff.property("message")
    tap(ui, "exitDesktop")
    type_pin(ui, PIN)
    assert exits == [True] and ui.staff.property("exitAllowed")
    ui.window.close()
    process_events(0.1)
    assert not ui.window.isVisible()
    assert "exit_to_desktop" in events(ui)


def assert_pin_hashed(stored: str, db: object, pin: str) -> None:
    """The stored PIN is `scrypt$n$r$p$salt_hex$hash_hex` (never the PIN), and no event names it.

    (A plain "PIN not in stored" fails now and then: four digits turn up in random hex.)
    """
    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt" and n.isdigit() and r.isdigit() and p.isdigit()
    assert bytes.fromhex(salt) and len(bytes.fromhex(digest)) >= 32
    assert stored != pin
    details = [row[0] or "" for row in db.execute("SELECT detail FROM staff_events")]  # type: ignore[attr-defined]
    assert all(pin not in detail for detail in details)
