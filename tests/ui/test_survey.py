"""The SKM survey through the real QML: service, nine elements, demographics, suggestion.

The booth here belongs to an agency that runs the survey (DPUPR); DINKES does not.
Answers are checked in the booth file, as the organizers' IKM will read them.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.booth import Booth
from kiosk.domain.festival import Festival, Service, Text
from kiosk.domain.skm import ELEMENT_CODES, compute_ikm
from kiosk.storage.database import BoothDatabase
from kiosk.ui.paths import SCREENSHOT_SCREENS
from kiosk.ui.screenshot import render_screen
from kiosk.ui.survey import SurveyForm
from kiosk.ui.testing import wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import SHORT_RULES, QtMessages, is_shown, tap, type_on_keyboard

SERVICES = (
    Service("izin-jalan", Text("Izin pemanfaatan jalan", "Road use permit"), 1200),
    Service("aduan-jalan", Text("Pengaduan jalan rusak", "Damaged road reports")),
)


def survey_festival() -> Festival:
    """The small test festival, with the survey switched on for DPUPR only."""
    festival = small_festival(rules=SHORT_RULES)
    agencies = tuple(
        dataclasses.replace(a, survey_enabled=True, survey_services=SERVICES)
        if a.code == "DPUPR"
        else a
        for a in festival.agencies
    )
    return dataclasses.replace(festival, agencies=agencies)


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, survey_festival())
    yield db, path
    db.close()


def screen(ui: KioskUi) -> str:
    return str(ui.flow.property("screen"))


def surveys(db: BoothDatabase) -> list[dict[str, object]]:
    rows = db.utils.query("SELECT data FROM visitor_records WHERE kind = 'survey' ORDER BY seq")
    return [json.loads(row["data"]) for row in rows]


def begin(qtbot: QtBot, ui: KioskUi) -> None:
    tap(qtbot, ui, "startArea")
    assert screen(ui) == "home"
    tap(qtbot, ui, "homeSurveyButton")
    assert screen(ui) == "survey"
    assert is_shown(ui, "surveyScreen")


# --- through the window ---------------------------------------------------------------
@pytest.mark.ui
def test_full_survey_with_a_skipped_element(
    qtbot: QtBot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    begin(qtbot, kiosk)
    form = kiosk.flow.survey
    assert not kiosk.flow.survey.property("canNext")  # no service chosen yet
    tap(qtbot, kiosk, "surveyOption_izin-jalan")
    tap(qtbot, kiosk, "surveyNext")
    answers = {"U1": 4, "U2": 3, "U3": None, "U4": 4, "U5": 2, "U6": 3, "U7": 4, "U8": 1, "U9": 3}
    for n, score in enumerate(answers.values(), 1):
        assert form.property("progressText") == f"Pertanyaan {n} dari 9"
        if score is None:
            tap(qtbot, kiosk, "surveySkip")
        else:
            tap(qtbot, kiosk, f"surveyOption_{score}")
            tap(qtbot, kiosk, "surveyNext")
    assert form.property("stepKind") == "demographics"
    tap(qtbot, kiosk, "surveyDemo_sex_P")
    tap(qtbot, kiosk, "surveyNext")
    assert form.property("stepKind") == "suggestion"
    tap(qtbot, kiosk, "surveySuggestionField")
    qtbot.waitUntil(lambda: is_shown(kiosk, "inputPanel"), timeout=3000)
    type_on_keyboard(kiosk, "antri cepat")
    tap(qtbot, kiosk, "surveySend")
    assert screen(kiosk) == "surveyThanks"

    [data] = surveys(booth_db[0])
    assert data["service"] == "izin-jalan"
    assert data["scores"] == answers
    assert data["sex"] == "P" and data["age_group"] is None and data["occupation"] is None
    assert data["suggestion"] == "antri cepat"
    # The skipped element is left out of its NRR, not counted as a score.
    result = compute_ikm([data["scores"]])
    assert "U3" not in result.nrr and result.ikm is None
    # Nothing of this visitor's survey stays in the form.
    assert form.property("step") == 0 and form.property("suggestion") == ""


@pytest.mark.ui
def test_back_changes_an_earlier_answer(
    qtbot: QtBot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    begin(qtbot, kiosk)
    tap(qtbot, kiosk, "surveyOption_aduan-jalan")
    tap(qtbot, kiosk, "surveyNext")
    tap(qtbot, kiosk, "surveyOption_1")
    tap(qtbot, kiosk, "surveyNext")
    assert kiosk.flow.survey.property("progressText") == "Pertanyaan 2 dari 9"
    tap(qtbot, kiosk, "surveyBack")
    assert kiosk.flow.survey.property("selected") == "1"
    tap(qtbot, kiosk, "surveyOption_4")
    tap(qtbot, kiosk, "surveyNext")
    for _ in range(8):
        tap(qtbot, kiosk, "surveySkip")
    assert kiosk.flow.survey.property("stepKind") == "demographics"
    tap(qtbot, kiosk, "surveyNext")
    tap(qtbot, kiosk, "surveySend")
    assert screen(kiosk) == "surveyThanks"
    [data] = surveys(booth_db[0])
    assert data["scores"] == {"U1": 4} | dict.fromkeys(ELEMENT_CODES[1:])


@pytest.mark.ui
def test_survey_not_stored_calls_staff_never_thanks(
    qtbot: QtBot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    begin(qtbot, kiosk)
    form = kiosk.flow.survey
    form.choose("izin-jalan")
    form.next()
    form.choose("4")
    form.next()
    for _ in range(8):
        form.skip()
    form.next()
    booth_db[0].execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON visitor_records"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    qtbot.waitUntil(lambda: is_shown(kiosk, "surveySend"), timeout=2000)
    tap(qtbot, kiosk, "surveySend")
    assert screen(kiosk) == "staffCall"
    assert is_shown(kiosk, "staffCallScreen")
    booth_db[0].execute("DROP TRIGGER refuse")
    assert surveys(booth_db[0]) == []
    assert form.property("step") == 0  # nothing of it left for the next visitor


@pytest.mark.ui
def test_idle_discards_a_half_filled_survey(
    qtbot: QtBot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    begin(qtbot, kiosk)
    tap(qtbot, kiosk, "surveyOption_izin-jalan")
    tap(qtbot, kiosk, "surveyNext")
    tap(qtbot, kiosk, "surveyOption_3")
    # A touch resets the idle countdown; then nobody touches: warning, then the attract loop.
    qtbot.waitUntil(lambda: bool(kiosk.flow.property("idleWarning")), timeout=4000)
    qtbot.waitUntil(lambda: screen(kiosk) == "attract", timeout=4000)
    assert surveys(booth_db[0]) == []
    form = kiosk.flow.survey
    assert form.property("step") == 0 and form.response().service == ""
    assert all(v is None for v in form.response().scores.values())


@pytest.mark.ui
def test_no_survey_entry_where_the_agency_has_no_survey(
    qtbot: QtBot, qt_messages: QtMessages, booth_db: tuple[BoothDatabase, Path]
) -> None:
    ui = build_ui(Booth(booth_db[0], "DINKES"), booth_db[1], size=(1280, 800), tick_ms=50)
    try:
        ui.window.requestActivate()
        wait_until_started(ui.window)
        tap(qtbot, ui, "startArea")
        assert screen(ui) == "home"
        assert is_shown(ui, "homeFeedbackButton")
        assert not is_shown(ui, "homeSurveyButton")
        ui.flow.openSurvey()  # not even by a stray call
        assert screen(ui) == "home"
    finally:
        ui.close()


@pytest.mark.ui
@pytest.mark.parametrize("shot", [s for s in SCREENSHOT_SCREENS if s.startswith("survey-")])
def test_survey_screenshots_render(
    booth_db: tuple[BoothDatabase, Path], tmp_path: Path, shot: str, qt_messages: QtMessages
) -> None:
    out = render_screen(booth_db[1], "DPUPR", shot, tmp_path / f"{shot}.png", size=(1280, 800))
    assert out.stat().st_size > 10_000


@pytest.mark.ui
def test_no_survey_screenshot_where_the_agency_has_no_survey(
    booth_db: tuple[BoothDatabase, Path], tmp_path: Path, qt_messages: QtMessages
) -> None:
    with pytest.raises(ValueError, match="does not run the survey"):
        render_screen(booth_db[1], "DINKES", "survey-element", tmp_path / "no.png")


# --- the form alone ---------------------------------------------------------------------
def form_for(festival: Festival, code: str = "DPUPR", lang: str = "id") -> SurveyForm:
    return SurveyForm(next(a for a in festival.agencies if a.code == code), lang)


@pytest.mark.ui
def test_form_steps_texts_and_rules(ui_language: Callable[[str], object]) -> None:
    form = form_for(survey_festival())
    assert form.available
    assert form.property("stepKind") == "service"
    assert [o["label"] for o in form.property("options")] == [
        "Izin pemanfaatan jalan",
        "Pengaduan jalan rusak",
    ]
    form.next()
    assert form.property("step") == 0  # no service, no next
    form.choose("nonexistent")
    assert not form.property("canNext")
    form.choose("izin-jalan")
    form.next()
    assert form.property("title") == "Persyaratan"
    assert form.property("question").startswith("Bagaimana pendapat Anda tentang kesesuaian")
    assert [o["label"] for o in form.property("options")] == [
        "Tidak sesuai",
        "Kurang sesuai",
        "Sesuai",
        "Sangat sesuai",
    ]
    assert form.property("canSkip") and not form.property("canNext")
    form.choose("5")
    assert not form.property("canNext")
    form.choose("4")
    ui_language("en")
    form.set_lang("en")
    assert form.property("progressText") == "Question 1 of 9"
    assert form.property("options")[3] == {"value": "4", "label": "Very suitable", "selected": True}
    form.next()
    form.skip()
    assert form.property("progressText") == "Question 3 of 9"


@pytest.mark.ui
def test_form_demographics_suggestion_and_response(ui_language: Callable[[str], object]) -> None:
    form = form_for(survey_festival())
    form.choose("aduan-jalan")
    form.next()
    for _ in range(9):
        form.skip()
    assert form.property("stepKind") == "demographics"
    groups = form.property("demographics")
    assert [g["key"] for g in groups] == ["sex", "age_group", "education", "occupation"]
    assert all(
        g["options"][0] == {"value": "", "label": "Tidak ingin menjawab", "selected": True}
        for g in groups
    )
    form.setDemographic("age_group", "30-39")
    form.setDemographic("sex", "X")  # unknown: ignored
    form.setDemographic("education", "s1")
    form.setDemographic("education", "")  # changed their mind
    form.next()
    assert form.property("isLast")
    # Nine skips: nothing to send, and the screen says why.
    assert not form.property("canNext") and form.property("hint")
    form.setSuggestion("x" * 900)
    assert len(form.property("suggestion")) == 500
    response = form.response()
    assert response.age_group == "30-39" and response.sex is None and response.education is None
    form.clear()
    assert form.property("step") == 0 and form.response().suggestion == ""


def test_form_without_survey_mode() -> None:
    assert not form_for(survey_festival(), "DINKES").available
