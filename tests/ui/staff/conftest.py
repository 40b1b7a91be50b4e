"""Staff-mode UI fixtures: the real StaffWindow.qml over a real booth file, touched like a person.

The Qt-message guard (`qt_messages`) and the booth file (`booth_db`) come from
tests/ui/conftest.py: any QML warning fails the test.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pyzbar.pyzbar import decode

from kiosk.domain.clock import ManualClock
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import BoothDatabase
from kiosk.ui.staff.standalone import StaffUi, build_staff_ui
from kiosk.ui.testing import process_events, settle, visual_items
from tests.helpers import jpeg
from tests.ui.conftest import QtMessages

PIN = "2468"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 8, 20, 3, 0, tzinfo=UTC))


@pytest.fixture
def usb_root(tmp_path: Path) -> Path:
    """Where the kiosk looks for USB drives: one stick, STICK, with two photos."""
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    (stick / "depan.jpg").write_bytes(jpeg(2400, 1600, "#aa3344"))
    (stick / "samping.jpg").write_bytes(jpeg(1200, 900, "#228844"))
    return stick.parent


@pytest.fixture
def fresh_staff(
    qt_messages: QtMessages,
    booth_db: tuple[BoothDatabase, Path],
    clock: ManualClock,
    usb_root: Path,
    qtbot: object,
) -> Iterator[StaffUi]:
    """Staff mode on a kiosk's first start: no PIN, no agency chosen."""
    db, path = booth_db
    ui = build_staff_ui(db, path, "DPUPR", clock=clock, usb_roots=[usb_root], size=(1280, 800))
    ui.window.requestActivate()
    process_events(0.2)
    yield ui
    ui.close()


@pytest.fixture
def staff_ui(fresh_staff: StaffUi) -> StaffUi:
    """Staff mode set up (agency DPUPR, PIN 2468), showing the PIN pad."""
    db = fresh_staff.staff.db
    set_booth_agency(db, "DPUPR", editor="test")
    fresh_staff.staff.pin.set_first_pin(PIN)
    fresh_staff.staff._stage = "pin"
    fresh_staff.staff.stageChanged.emit()
    process_events(0.2)
    return fresh_staff


def find(ui: StaffUi, name: str) -> QQuickItem:
    for item in visual_items(ui.window.contentItem()):
        if item.objectName() == name and item.isVisible():
            return item
    raise LookupError(f"no visible item '{name}'")


def shown(ui: StaffUi, name: str) -> bool:
    return any(
        i.objectName() == name and i.isVisible() for i in visual_items(ui.window.contentItem())
    )


def tap(ui: StaffUi, name: str) -> None:
    """Touch the centre of the visible item `name`; it must be big enough for a finger."""
    process_events(0.05)
    target = find(ui, name)
    assert target.width() >= 60 and target.height() >= 60, f"'{name}' is too small to touch"
    centre = target.mapToScene(target.boundingRect().center()).toPoint()
    inside = ui.window.contentItem().childAt(centre.x(), centre.y())
    assert inside is not None, f"'{name}' is outside the window"
    QTest.mouseClick(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    process_events(0.05)


def qr_on_screen(ui: StaffUi, name: str = "receiptQr") -> str:
    """What a phone camera reads off the QR item `name`: the window's pixels, decoded."""
    settle(ui, 0.1)  # type: ignore[arg-type]  # the code's image is decoded off the GUI thread
    item = find(ui, name)
    top_left = item.mapToScene(item.boundingRect().topLeft()).toPoint()
    image = ui.window.grabWindow().copy(
        top_left.x(), top_left.y(), round(item.width()), round(item.height())
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    found = decode(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert len(found) == 1, f"{len(found)} QR codes read off '{name}'"
    return str(found[0].data.decode())


def type_pin(ui: StaffUi, pin: str) -> None:
    for digit in pin:
        tap(ui, f"pinKey_{digit}")
    tap(ui, "pinKey_ok")


def sign_in(ui: StaffUi) -> None:
    type_pin(ui, PIN)
    assert ui.staff.property("stage") == "open"


def type_on_keyboard(ui: StaffUi, text: str) -> None:
    """Type lower-case `text` by touching the keys of the on-screen keyboard."""
    panel = find(ui, "inputPanel")
    keys: dict[str, QQuickItem] = {}
    for key in visual_items(panel):
        label = key.property("text")
        if key.property("key") is not None and isinstance(label, str) and label and key.isVisible():
            keys.setdefault(label, key)
    for char in text:
        centre = keys[char].mapToScene(keys[char].boundingRect().center()).toPoint()
        QTest.mouseClick(
            ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        process_events(0.015)


def snapshot(db: BoothDatabase) -> list[tuple[object, ...]]:
    """Every visitor record, byte for byte."""
    return db.execute("SELECT * FROM visitor_records ORDER BY seq").fetchall()
