"""The survey's demographics at 1366x768: chips that stay put when one is chosen, and a
scroll bar that shows there is more below (the last row was cut with no sign)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import process_events, visual_items
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db
from tests.ui.conftest import is_shown, item, tap
from tests.ui.test_survey import begin, survey_festival

pytestmark = pytest.mark.ui


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, survey_festival())
    yield db, path
    db.close()


def chips(ui: KioskUi, key: str) -> dict[str, tuple[float, float]]:
    found = {}
    for chip in visual_items(item(ui, "surveyDemographics")):
        if chip.objectName().startswith(f"surveyDemo_{key}_") and chip.isVisible():
            at = chip.mapToScene(chip.boundingRect().topLeft())
            found[chip.objectName()] = (at.x(), at.y())
    return found


def test_demographic_chips_do_not_move_and_the_rest_is_scrollable(
    qtbot: QtBot, kiosk: KioskUi
) -> None:
    kiosk.window.resize(1366, 768)
    begin(qtbot, kiosk)
    form = kiosk.flow.survey
    tap(qtbot, kiosk, "surveyOption_izin-jalan")
    for _ in range(10):
        if form.property("stepKind") == "demographics":
            break
        if form.property("canSkip"):
            form.skip()
        else:
            form.next()
    process_events(0.3)
    assert form.property("stepKind") == "demographics"
    before = chips(kiosk, "age_group")
    tap(qtbot, kiosk, "surveyDemo_age_group_20-29")
    process_events(0.1)
    assert chips(kiosk, "age_group") == before  # the tick does not push the others aside
    demo = item(kiosk, "surveyDemographics")
    assert demo.property("contentHeight") > demo.height() + 1  # 1366x768: more than fits
    assert is_shown(kiosk, "surveyDemographicsScroll")
    kiosk.window.resize(1920, 1080)
    process_events(0.3)
    if demo.property("contentHeight") <= demo.height() + 1:
        assert not is_shown(kiosk, "surveyDemographicsScroll")
