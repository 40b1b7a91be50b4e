"""Keyboard and switch navigation: a whole visit with key presses only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.ui.testing import process_events
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import records

pytestmark = pytest.mark.ui


def press(
    ui: KioskUi, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(ui.window, key, modifier)
    process_events(0.03)


def focused(ui: KioskUi) -> str:
    item = ui.window.activeFocusItem()
    return item.objectName() if item is not None else ""


def tab_to(ui: KioskUi, name: str, backwards: bool = False, limit: int = 30) -> None:
    """Press Tab (or Shift+Tab) until `name` has the focus ring."""
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    seen = []
    for _ in range(limit):
        press(ui, Qt.Key.Key_Tab, modifier)
        seen.append(focused(ui))
        if seen[-1] == name:
            return
    raise AssertionError(f"Tab never reached '{name}': {seen}")


def test_a_vote_by_keyboard_only(kiosk: KioskUi) -> None:
    db = kiosk.booth.db
    slugs = [i.slug for i in kiosk.booth.innovations]
    press(kiosk, Qt.Key.Key_Return)  # attract loop -> home
    assert kiosk.flow.property("screen") == "home"
    tab_to(kiosk, f"card_{slugs[0]}")
    press(kiosk, Qt.Key.Key_Right)  # arrow keys move along the cards
    assert focused(kiosk) == f"card_{slugs[1]}"
    press(kiosk, Qt.Key.Key_Left)
    assert focused(kiosk) == f"card_{slugs[0]}"
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.flow.property("screen") == "detail"
    process_events(0.4)  # the dwell time before a vote counts (short test rules)
    kiosk.flow.tick()
    tab_to(kiosk, "voteButton")
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.flow.property("screen") == "voteThanks"
    assert [v["innovation_slug"] for v in records(db, "votes")] == [slugs[0]]
    press(kiosk, Qt.Key.Key_Escape)  # Escape is "back"
    assert kiosk.flow.property("screen") == "home"


def test_shift_tab_goes_back_and_the_focus_ring_shows(kiosk: KioskUi) -> None:
    press(kiosk, Qt.Key.Key_Space)
    tab_to(kiosk, "a11yButton")
    tab_to(kiosk, "mapButton", backwards=True)
    item = kiosk.window.activeFocusItem()
    rings = [c for c in item.childItems() if c.objectName() == "focusRing" and c.isVisible()]
    assert rings, "no visible focus ring on the focused button"


def test_feedback_faces_by_arrow_keys(kiosk: KioskUi) -> None:
    press(kiosk, Qt.Key.Key_Return)
    kiosk.flow.openFeedback(kiosk.booth.innovations[0].slug)
    process_events(0.1)
    tab_to(kiosk, "face_1")
    press(kiosk, Qt.Key.Key_Right)
    press(kiosk, Qt.Key.Key_Right)
    assert focused(kiosk) == "face_3"
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.form.property("rating") == 3
    tab_to(kiosk, "feedbackNext")
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.form.property("step") == 2
