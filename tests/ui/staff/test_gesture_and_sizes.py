"""The hidden way in (hold the corner 3 s), and touch-friendly sizes on every staff screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.staff.standalone import STAFF_QML_DIR, StaffUi
from kiosk.ui.testing import process_events, visual_items
from tests.ui.staff.conftest import shown, sign_in, tap

pytestmark = pytest.mark.ui

GESTURE = """
import QtQuick
import "%s"
StaffGesture { holdSeconds: %s }
"""


def gesture(ui: StaffUi, hold: float | None) -> QQuickItem:
    """A StaffGesture in the staff window's top-left corner (as the visitor window will have)."""
    component = QQmlComponent(ui.engine)
    seconds = "3.0 * 1" if hold is None else str(hold)
    component.setData(
        (GESTURE % (STAFF_QML_DIR.as_uri(), seconds)).encode(),
        QUrl.fromLocalFile(str(STAFF_QML_DIR / "t.qml")),
    )
    item = component.create()
    assert isinstance(item, QQuickItem), component.errorString()
    root = ui.window.contentItem()
    item.setParentItem(root)
    item.setParent(root)
    QQmlEngine.setObjectOwnership(item, QQmlEngine.ObjectOwnership.CppOwnership)
    item.setZ(1000)
    return item


def hold(ui: StaffUi, seconds: float) -> None:
    corner = QPoint(20, 20)
    QTest.mousePress(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    process_events(seconds)
    QTest.mouseRelease(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    process_events(0.05)


def test_holding_the_corner_opens_staff_mode_and_a_tap_does_not(staff_ui: StaffUi) -> None:
    assert gesture(staff_ui, None).property("holdSeconds") == 3.0  # the kiosk's default
    item = gesture(staff_ui, 0.4)
    fired: list[bool] = []
    item.triggered.connect(lambda: fired.append(True))
    hold(staff_ui, 0.1)
    assert fired == []
    hold(staff_ui, 0.7)
    assert fired == [True]


def texts_too_small(ui: StaffUi) -> list[str]:
    small = []
    for item in visual_items(ui.window.contentItem()):
        font = item.property("font")
        text = item.property("text")
        if not item.isVisible() or font is None or not isinstance(text, str) or not text.strip():
            continue
        if _inside(item, "preview") or _inside(item, "inputPanel"):
            continue  # a scaled-down copy of the visitor page; Qt's keyboard
        if 0 < font.pixelSize() < 28:
            small.append(f"{text[:30]!r} at {font.pixelSize()} px")
    return small


def _inside(item: QQuickItem, name: str) -> bool:
    while item is not None:
        if item.objectName() == name:
            return True
        item = item.parentItem()
    return False


@pytest.mark.parametrize("page", ["dashboard", "content", "clips", "settings", "handover"])
def test_every_page_uses_text_of_at_least_28_px(staff_ui: StaffUi, page: str) -> None:
    assert texts_too_small(staff_ui) == []  # the PIN pad
    sign_in(staff_ui)
    if page == "clips":  # a part of Konten
        tap(staff_ui, "nav_content")
        tap(staff_ui, "openClips")
    else:
        tap(staff_ui, f"nav_{page}")
    assert shown(staff_ui, f"{page}Page")
    assert texts_too_small(staff_ui) == []
