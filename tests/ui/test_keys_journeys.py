"""Key-only journeys (a keyboard, or a switch that sends Tab and Enter), screen by screen.

One focus order per screen, starting at its main action; the focus stays on a chosen
answer and moves to the new screen on every screen change, so the next Tab never
starts at "Beranda" (where Enter would throw the visit away); no control traps Tab.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlProperty
from PySide6.QtTest import QTest

from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import process_events
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db
from tests.ui.conftest import records
from tests.ui.test_contrast import ratio
from tests.ui.test_keyboard import focused, press, tab_to
from tests.ui.test_survey import survey_festival

pytestmark = pytest.mark.ui
TOP_BAR = {"homeButton", "mapButton", "langButton", "a11yButton", "finishButton"}


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    """The test booth with the satisfaction survey switched on."""
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, survey_festival())
    yield db, path
    db.close()


def screen(ui: KioskUi) -> str:
    return str(ui.flow.property("screen"))


def type_keys(ui: KioskUi, text: str) -> None:
    """Type `text` on a hardware keyboard, one key at a time."""
    for char in text:
        QTest.keyClick(ui.window, char)
    process_events(0.05)


def enter(ui: KioskUi) -> None:
    press(ui, Qt.Key.Key_Return)
    process_events(0.05)


def test_attract_starts_at_touch_to_start_and_tab_goes_round_it(kiosk: KioskUi) -> None:
    assert focused(kiosk) == "touchToStart"
    order = []
    for _ in range(8):  # round the screen once: back to the main action, no trap
        press(kiosk, Qt.Key.Key_Tab)
        order.append(focused(kiosk))
        if order[-1] == "touchToStart":
            break
    assert order[-1] == "touchToStart" and set(order) == {
        "a11yButton",
        "lang_id",
        "lang_en",
        "lang_bms",
        "touchToStart",
    }, order
    assert screen(kiosk) == "attract"
    enter(kiosk)
    assert screen(kiosk) == "home"


def test_attract_to_a_vote_by_keys_only(kiosk: KioskUi) -> None:
    first = kiosk.booth.innovations[0].slug
    press(kiosk, Qt.Key.Key_Tab)  # the visitor uses keys from the first press on
    press(kiosk, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    enter(kiosk)
    assert screen(kiosk) == "home"
    assert focused(kiosk) == f"card_{first}"  # home starts at the first innovation
    enter(kiosk)
    assert screen(kiosk) == "detail"
    assert focused(kiosk) not in ("", *TOP_BAR)  # the focus came along to the page
    process_events(0.4)
    kiosk.flow.tick()
    tab_to(kiosk, "voteButton")
    press(kiosk, Qt.Key.Key_Space)
    assert screen(kiosk) == "voteThanks"
    assert focused(kiosk) not in ("", *TOP_BAR)
    assert [v["innovation_slug"] for v in records(kiosk.booth.db, "votes")] == [first]


def test_feedback_with_a_comment_by_keys_only(kiosk: KioskUi) -> None:
    press(kiosk, Qt.Key.Key_Space)
    tab_to(kiosk, "homeFeedbackButton")
    enter(kiosk)
    assert screen(kiosk) == "feedback"
    assert focused(kiosk).startswith("face_")  # the first thing to do: choose a face
    tab_to(kiosk, "face_4")
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.form.property("rating") == 4
    assert focused(kiosk) == "face_4"  # still on the chosen face, not lost
    tab_to(kiosk, "feedbackNext")
    enter(kiosk)
    assert kiosk.form.property("step") == 2
    assert focused(kiosk) not in ("", *TOP_BAR)
    tab_to(kiosk, "tag_useful")
    press(kiosk, Qt.Key.Key_Space)
    assert focused(kiosk) == "tag_useful"
    tab_to(kiosk, "feedbackNext")
    enter(kiosk)
    assert kiosk.form.property("step") == 3
    tab_to(kiosk, "commentField")
    box = kiosk.window.activeFocusItem().property("background")  # its edge is the focus ring
    assert QQmlProperty.read(box, "border.color").name() == kiosk.theme.property("focusColor")
    assert QQmlProperty.read(box, "border.width") == kiosk.theme.property("focusWidth")
    type_keys(kiosk, "Bagus sekali")
    process_events(0.05)
    press(kiosk, Qt.Key.Key_Tab)  # Tab leaves the box: no tab character typed
    assert focused(kiosk) != "commentField"
    tab_to(kiosk, "sendButton")
    enter(kiosk)
    assert screen(kiosk) == "feedbackThanks"
    [row] = records(kiosk.booth.db, "feedback")
    assert row["rating"] == 4 and row["comment"] == "Bagus sekali"


def test_a_full_survey_by_keys_only(kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]) -> None:
    press(kiosk, Qt.Key.Key_Space)
    tab_to(kiosk, "homeSurveyButton")
    enter(kiosk)
    assert screen(kiosk) == "survey"
    assert focused(kiosk).startswith("surveyOption_")  # starts at the first answer
    tab_to(kiosk, "surveyOption_izin-jalan")
    press(kiosk, Qt.Key.Key_Space)
    assert focused(kiosk) == "surveyOption_izin-jalan"
    tab_to(kiosk, "surveyNext")
    enter(kiosk)
    form = kiosk.flow.survey
    for _ in range(9):
        assert form.property("stepKind") == "element"
        # "Lanjut" is disabled on the new step: the focus went to an answer, not away.
        assert focused(kiosk).startswith("surveyOption_"), focused(kiosk)
        tab_to(kiosk, "surveyOption_3")
        press(kiosk, Qt.Key.Key_Space)
        assert focused(kiosk) == "surveyOption_3"
        tab_to(kiosk, "surveyNext")
        enter(kiosk)
    assert form.property("stepKind") == "demographics"
    tab_to(kiosk, "surveyDemo_sex_P")
    press(kiosk, Qt.Key.Key_Space)
    assert focused(kiosk) == "surveyDemo_sex_P"
    tab_to(kiosk, "surveyNext")
    enter(kiosk)
    assert form.property("stepKind") == "suggestion"
    tab_to(kiosk, "surveySuggestionField")
    type_keys(kiosk, "Antre cepat")
    process_events(0.05)
    tab_to(kiosk, "surveySend")
    enter(kiosk)
    assert screen(kiosk) == "surveyThanks"
    rows = booth_db[0].utils.query("SELECT data FROM visitor_records WHERE kind = 'survey'")
    [data] = [json.loads(r["data"]) for r in rows]
    assert data["service"] == "izin-jalan" and set(data["scores"].values()) == {3}
    assert data["sex"] == "P" and data["suggestion"] == "Antre cepat"


def test_the_map_by_keys_only(kiosk: KioskUi) -> None:
    press(kiosk, Qt.Key.Key_Space)
    tab_to(kiosk, "mapButton")
    enter(kiosk)
    assert screen(kiosk) == "map"
    assert focused(kiosk) not in ("",)  # the focus is on the map screen's first control
    # A booth by keys: Enter shows what it is about, Escape closes it, the focus comes back.
    tab_to(kiosk, "booth_DINKES")
    enter(kiosk)
    assert kiosk.flow.property("mapBooth")["code"] == "DINKES"
    assert focused(kiosk) == "boothPanelClose"
    press(kiosk, Qt.Key.Key_Tab)  # the booths behind the panel are out of the Tab order
    assert not focused(kiosk).startswith("booth_")
    press(kiosk, Qt.Key.Key_Escape)  # Escape closes the panel, not the map
    assert screen(kiosk) == "map" and kiosk.flow.property("mapBooth") == {}
    assert focused(kiosk) == "booth_DINKES"
    enter(kiosk)
    tab_to(kiosk, "boothPanelClose")
    enter(kiosk)
    assert kiosk.flow.property("mapBooth") == {} and focused(kiosk) == "booth_DINKES"
    tab_to(kiosk, "booth_DPUPR", backwards=True)  # this booth: Enter goes home
    enter(kiosk)
    assert screen(kiosk) == "home"
    assert focused(kiosk).startswith("card_")
    press(kiosk, Qt.Key.Key_Tab)
    tab_to(kiosk, "mapButton")
    enter(kiosk)
    tab_to(kiosk, "homeButton")
    enter(kiosk)
    assert screen(kiosk) == "home"
    assert focused(kiosk).startswith("card_")


def _rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_the_focus_ring_reads_3_to_1_on_the_page_and_on_the_top_bar(
    kiosk: KioskUi, high_contrast: bool
) -> None:
    """Measured on the rendered pixels: the ring's outer (halo) or inner band against
    what lies just outside it, on a top-bar button and on a card of the page."""
    kiosk.theme.a11y.setHighContrast(high_contrast)
    press(kiosk, Qt.Key.Key_Space)
    for name in ("mapButton", "finishButton", "homeSurveyButton"):
        tab_to(kiosk, name)
        process_events(0.2)
        target = kiosk.window.activeFocusItem()
        [ring] = [c for c in target.childItems() if c.objectName() == "focusRing"]
        assert ring.isVisible()
        image = kiosk.window.grabWindow()
        box = ring.mapRectToScene(ring.boundingRect())
        halo = int(QQmlProperty.read(ring, "border.width"))
        band = int(kiosk.theme.property("focusWidth"))
        x = int(box.center().x())
        top = int(box.top())

        outside, outer, inner = (
            _rgb(image, x, y) for y in (top - 3, top + halo // 2, top + halo + band // 2)
        )
        best = max(ratio(outer, outside), ratio(inner, outside))
        assert best >= 3.0, f"{name}: ring {outer}/{inner} on {outside} is {best:.2f}:1"
        assert ratio(inner, outer) >= 3.0  # the two bands are told apart from each other
