"""Leaving a half-filled survey or feedback asks once; Escape steps back; idle does not ask.

A stray tap on "Beranda", "Peta festival", "Batal" or "Selesai" (or Escape) used to
throw the answers away without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.storage.database import BoothDatabase
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db
from tests.ui.conftest import is_shown, item, records, tap
from tests.ui.test_keyboard import focused, press, tab_to
from tests.ui.test_survey import begin, screen, survey_festival, surveys

pytestmark = pytest.mark.ui


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, survey_festival())
    yield db, path
    db.close()


def asked(ui: KioskUi) -> bool:
    return is_shown(ui, "leaveDialog")


def test_home_mid_survey_asks_once_keeps_the_answers_or_leaves(
    qtbot: QtBot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    begin(qtbot, kiosk)
    form = kiosk.flow.survey
    tap(qtbot, kiosk, "surveyOption_izin-jalan")
    tap(qtbot, kiosk, "surveyNext")
    tap(qtbot, kiosk, "surveyOption_3")
    tap(qtbot, kiosk, "homeButton")
    assert asked(kiosk) and screen(kiosk) == "survey"
    question = item(kiosk, "leaveQuestion").property("text")
    assert question == "Jawaban Anda belum terkirim. Tinggalkan?"
    tap(qtbot, kiosk, "leaveStay")  # back to the answers, as they were
    assert not asked(kiosk) and screen(kiosk) == "survey"
    assert form.property("step") == 1 and form.property("selected") == "3"
    tap(qtbot, kiosk, "surveyCancel")  # Batal asks too
    assert asked(kiosk)
    tap(qtbot, kiosk, "leaveConfirm")
    assert not asked(kiosk) and screen(kiosk) == "home"
    assert surveys(booth_db[0]) == [] and not form.started


@pytest.mark.parametrize("button", ["mapButton", "finishButton"])
def test_map_or_done_mid_feedback_asks_then_goes(qtbot: QtBot, kiosk: KioskUi, button: str) -> None:
    tap(qtbot, kiosk, "touchToStart")
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "face_2")
    tap(qtbot, kiosk, button)
    assert asked(kiosk) and screen(kiosk) == "feedback"
    tap(qtbot, kiosk, "leaveConfirm")
    assert screen(kiosk) == ("map" if button == "mapButton" else "goodbye")
    assert records(kiosk.booth.db, "feedback") == []
    assert kiosk.form.property("rating") == 0


def test_nothing_entered_leaves_without_asking(qtbot: QtBot, kiosk: KioskUi) -> None:
    begin(qtbot, kiosk)
    tap(qtbot, kiosk, "homeButton")
    assert not asked(kiosk) and screen(kiosk) == "home"
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "feedbackCancel")
    assert not asked(kiosk) and screen(kiosk) == "home"


def test_escape_steps_back_one_step_then_asks(qtbot: QtBot, kiosk: KioskUi) -> None:
    begin(qtbot, kiosk)
    form = kiosk.flow.survey
    tap(qtbot, kiosk, "surveyOption_izin-jalan")
    tap(qtbot, kiosk, "surveyNext")
    assert form.property("step") == 1
    press(kiosk, Qt.Key.Key_Escape)
    assert form.property("step") == 0 and screen(kiosk) == "survey"  # one step, not home
    assert form.property("selected") == "izin-jalan"
    press(kiosk, Qt.Key.Key_Escape)  # on the first step: leaving would lose the choice
    assert asked(kiosk) and screen(kiosk) == "survey"
    press(kiosk, Qt.Key.Key_Escape)  # Escape on the question: stay
    assert not asked(kiosk) and form.property("selected") == "izin-jalan"
    # Feedback: Escape goes back a step too.
    tap(qtbot, kiosk, "surveyCancel")
    tap(qtbot, kiosk, "leaveConfirm")
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "face_4")
    tap(qtbot, kiosk, "feedbackNext")
    assert kiosk.form.property("step") == 2
    press(kiosk, Qt.Key.Key_Escape)
    assert kiosk.form.property("step") == 1 and kiosk.form.property("rating") == 4
    # Other screens: Escape is still "back home".
    kiosk.flow.cancelFeedback()
    tap(qtbot, kiosk, "mapButton")
    press(kiosk, Qt.Key.Key_Escape)
    assert screen(kiosk) == "home"


def test_idle_still_discards_without_asking(
    qtbot: QtBot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    begin(qtbot, kiosk)
    tap(qtbot, kiosk, "surveyOption_izin-jalan")
    tap(qtbot, kiosk, "homeButton")
    assert asked(kiosk)
    qtbot.waitUntil(lambda: screen(kiosk) == "attract", timeout=5000)
    assert not asked(kiosk) and surveys(booth_db[0]) == []
    assert not kiosk.flow.survey.started


def test_the_question_holds_the_focus_and_gives_it_back(qtbot: QtBot, kiosk: KioskUi) -> None:
    """While "Jawaban Anda belum terkirim. Tinggalkan?" is open, Tab and Shift+Tab go
    between its two buttons only; Escape stays; staying gives the focus back."""
    press(kiosk, Qt.Key.Key_Space)  # attract -> home, by keys
    tab_to(kiosk, "homeSurveyButton")
    press(kiosk, Qt.Key.Key_Return)
    assert screen(kiosk) == "survey"
    tab_to(kiosk, "surveyOption_izin-jalan")
    press(kiosk, Qt.Key.Key_Space)
    assert focused(kiosk) == "surveyOption_izin-jalan"
    press(kiosk, Qt.Key.Key_Escape)  # the first step: leaving would lose the choice
    assert asked(kiosk)
    assert focused(kiosk) == "leaveStay"
    seen = []
    for modifier in [Qt.KeyboardModifier.NoModifier] * 5 + [Qt.KeyboardModifier.ShiftModifier] * 5:
        press(kiosk, Qt.Key.Key_Tab, modifier)
        seen.append(focused(kiosk))
    assert seen == ["leaveConfirm", "leaveStay"] * 5, seen  # never the bar or the page
    press(kiosk, Qt.Key.Key_Escape)  # Escape is "stay"
    assert not asked(kiosk) and screen(kiosk) == "survey"
    assert focused(kiosk) == "surveyOption_izin-jalan"  # back where it was
    assert kiosk.flow.survey.property("selected") == "izin-jalan"
    # "Beranda" by keys: the question, then "Lanjutkan mengisi" back to "Beranda".
    tab_to(kiosk, "homeButton")
    press(kiosk, Qt.Key.Key_Return)
    assert asked(kiosk) and focused(kiosk) == "leaveStay"
    press(kiosk, Qt.Key.Key_Return)
    assert not asked(kiosk) and focused(kiosk) == "homeButton"
    # Asked after a touch: the first Tab lands in the question, not behind it.
    tap(qtbot, kiosk, "surveyCancel")
    assert asked(kiosk)
    press(kiosk, Qt.Key.Key_Tab)
    assert focused(kiosk) == "leaveConfirm"
    press(kiosk, Qt.Key.Key_Return)
    assert not asked(kiosk) and screen(kiosk) == "home"
    assert not kiosk.flow.survey.started  # the answers were let go
