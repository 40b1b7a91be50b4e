"""What the screens keep and what they let go, on a booth with many innovations.

The attract loop holds only the slides it shows (each a full-screen photo), and the
home screen is built once and kept, so going home never rebuilds the cards.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.booth import Booth
from kiosk.storage.content import edit_innovation
from kiosk.ui.testing import process_events, visual_items, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import SHORT_RULES, QtMessages, item, tap

pytestmark = pytest.mark.ui

AGENCY = "DPUPR"
MANY = 9


@pytest.fixture
def busy_kiosk(qt_messages: QtMessages, tmp_path: Path, qtbot: object) -> Iterator[KioskUi]:
    """The kiosk at 1280x800 on a booth showing nine innovations (three rows of cards)."""
    festival = small_festival(rules=SHORT_RULES)
    first = festival.innovations[0]
    many = tuple(dataclasses.replace(first, slug=f"inovasi-{n}") for n in range(MANY))
    festival = dataclasses.replace(festival, innovations=many + festival.innovations[2:])
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, festival)
    ui = build_ui(Booth(db, AGENCY), path, size=(1280, 800), tick_ms=50, goodbye_seconds=0.5)
    wait_until_started(ui.window)
    yield ui
    ui.close()
    db.close()


def loaded_slides(ui: KioskUi) -> set[int]:
    slides = [
        i for i in visual_items(ui.window.contentItem()) if i.objectName().startswith("slide_")
    ]
    assert len(slides) == MANY  # one place per innovation...
    return {int(s.objectName()[6:]) for s in slides if s.property("item") is not None}


def test_the_attract_loop_holds_only_the_slides_it_shows(busy_kiosk: KioskUi) -> None:
    process_events(1.0)  # past the moment the next slide starts loading
    assert loaded_slides(busy_kiosk) == {0, 1}  # ...but only the shown one and the next exist
    attract = item(busy_kiosk, "attractScreen")
    for current in (1, 2, 3):  # what the slide timer does every six seconds
        attract.setProperty("previous", current - 1)
        attract.setProperty("current", current)
        process_events(0.05)
        assert loaded_slides(busy_kiosk) == {current - 1, current, current + 1}
    attract.setProperty("previous", MANY - 1)
    attract.setProperty("current", 0)  # round again: the first one's next is the second
    process_events(0.05)
    assert loaded_slides(busy_kiosk) == {MANY - 1, 0, 1}


def home_screen(ui: KioskUi) -> QQuickItem:
    home = item(ui, "homeLoader").property("item")
    assert home is not None
    return home


def test_home_is_built_once_and_kept_between_innovations(
    busy_kiosk: KioskUi, qtbot: object
) -> None:
    ui = busy_kiosk
    tap(qtbot, ui, "startArea")
    home = shiboken6.getCppPointer(home_screen(ui))
    tap(qtbot, ui, "card_inovasi-0")
    assert ui.flow.property("screen") == "detail"
    assert not home_screen(ui).isVisible()  # kept, not shown
    ui.flow.showHome()
    process_events(0.05)
    assert home_screen(ui).isVisible()
    assert shiboken6.getCppPointer(home_screen(ui)) == home  # the same cards, not rebuilt


def test_the_next_visitor_starts_at_the_top_of_the_list(busy_kiosk: KioskUi, qtbot: object) -> None:
    ui = busy_kiosk
    tap(qtbot, ui, "startArea")
    grid = item(ui, "innovationGrid")
    top = grid.property("contentY")
    grid.setProperty("contentY", top + 300)  # the visitor scrolled down
    process_events(0.05)
    assert grid.property("contentY") > top
    ui.flow.returnToAttract()  # the visit ends...
    process_events(0.05)
    tap(qtbot, ui, "startArea")  # ...and the next one begins
    assert ui.flow.property("screen") == "home"
    assert grid.property("contentY") == pytest.approx(top)


def test_the_hidden_home_screen_takes_no_keys(busy_kiosk: KioskUi, qtbot: object) -> None:
    ui = busy_kiosk
    tap(qtbot, ui, "startArea")
    card = item(ui, "card_inovasi-0")
    card.forceActiveFocus()  # a keyboard or switch user on the first card
    assert card.hasActiveFocus()
    QTest.keyClick(ui.window, Qt.Key.Key_Return)
    process_events(0.05)
    assert ui.flow.property("screen") == "detail"
    assert not any(i.hasActiveFocus() for i in visual_items(home_screen(ui)))
    session = ui.booth.session
    assert session is not None and session.viewing == "inovasi-0"
    opened = session.viewing_since
    QTest.keyClick(ui.window, Qt.Key.Key_Return)  # must not reach the hidden card
    process_events(0.05)
    assert session.viewing_since == opened  # the page was not opened again


def test_the_attract_loop_goes_on_when_staff_hide_the_slide_it_shows(busy_kiosk: KioskUi) -> None:
    ui = busy_kiosk
    attract = item(ui, "attractScreen")
    attract.setProperty("previous", MANY - 2)
    attract.setProperty("current", MANY - 1)  # on the last slide
    for n in range(3, MANY):
        edit_innovation(ui.booth.db, f"inovasi-{n}", "hidden", 1, editor="test")
    ui.flow.reload_content()  # what a staff edit does
    process_events(0.1)
    assert attract.property("current") == 0
    shown = [i for i in visual_items(ui.window.contentItem()) if i.objectName() == "slide_0"]
    assert shown and shown[0].property("item") is not None  # not a blank screen
