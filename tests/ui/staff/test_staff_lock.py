"""Staff mode left open and untouched locks itself, in the real kiosk window.

The booth runs on a `ManualClock` (the staff lock reads the same clock), so the
test moves time on instead of waiting two minutes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.staff.pin import StaffPin
from kiosk.staff.settings import set_staff_lock_seconds
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import find_item, process_events
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import AGENCY, QtMessages
from tests.ui.staff.conftest import PIN, find, shown, sign_in, tap
from tests.ui.staff.test_in_kiosk import as_staff, hold_logo, open_kiosk, staff_open

pytestmark = pytest.mark.ui


@pytest.fixture
def clocked(
    qt_messages: QtMessages, booth_db: tuple[BoothDatabase, Path]
) -> Iterator[tuple[KioskUi, ManualClock]]:
    """The kiosk window on a booth set up (DPUPR, PIN) whose clock moves when told."""
    db, path = booth_db
    clock = ManualClock(datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
    set_booth_agency(db, AGENCY, editor="test")
    StaffPin(db, clock).set_first_pin(PIN)
    ui = open_kiosk(Booth(db, AGENCY, clock), path)
    yield ui, clock
    ui.close()


def staff_events(db: BoothDatabase) -> list[tuple[str, str]]:
    return db.execute("SELECT event, detail FROM staff_events ORDER BY id").fetchall()


def test_untouched_staff_mode_warns_then_locks_back_to_the_visitors(
    clocked: tuple[KioskUi, ManualClock], booth_db: tuple[BoothDatabase, Path]
) -> None:
    ui, clock = clocked
    db = booth_db[0]
    hold_logo(ui, 3.3)
    staff = as_staff(ui)
    sign_in(staff)
    tap(staff, "nav_settings")  # where "Keluar ke desktop" is
    assert find(staff, "staffLockValue").property("text") == "120 dtk"  # the default

    clock.advance(100)  # 20 s left: no warning yet
    process_events(0.4)
    assert not shown(staff, "staffLockWarning")
    clock.advance(6)  # 14 s left: the warning, counting down
    process_events(0.4)
    assert shown(staff, "staffLockWarning")
    assert find(staff, "staffLockCountdown").property("text") == (
        "Mode petugas akan terkunci dalam 14 detik"
    )
    tap(staff, "staffLockWarning")  # a touch anywhere keeps it open
    assert not shown(staff, "staffLockWarning") and shown(staff, "settingsPage")

    clock.advance(119)
    process_events(0.4)
    assert shown(staff, "staffLockWarning") and staff_open(ui)
    clock.advance(2)
    process_events(0.4)
    assert not staff_open(ui)
    assert ui.flow.property("screen") == "attract"
    assert find_item(ui, "startArea").isVisible()
    assert ui.staff.property("stage") == "pin"  # the next entry asks for the PIN
    assert staff_events(db)[-1] == (
        "staff_locked",
        "mode petugas dikunci otomatis: tidak disentuh selama 120 detik",
    )


def test_the_staff_lock_time_is_a_setting(
    clocked: tuple[KioskUi, ManualClock], booth_db: tuple[BoothDatabase, Path]
) -> None:
    ui, clock = clocked
    db = booth_db[0]
    hold_logo(ui, 3.3)
    staff = as_staff(ui)
    sign_in(staff)
    tap(staff, "nav_settings")
    tap(staff, "staffLockMinus")
    tap(staff, "staffLockMinus")
    assert find(staff, "staffLockValue").property("text") == "60 dtk"
    set_staff_lock_seconds(db, 60)  # stored the same way: nothing new is journalled
    clock.advance(61)
    process_events(0.4)
    assert not staff_open(ui)
    assert staff_events(db)[-1][1].endswith("tidak disentuh selama 60 detik")
