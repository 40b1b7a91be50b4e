"""The survey's question screens fit: at 1366x768, 1280x800, 1920x1080 and 1080x1920, in
every language, with and without large text, the element's name (small), the regulation's
question (the heading), the four answers and the buttons are each whole, inside the
screen, and none over another."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.skm import ELEMENTS
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import find_item, process_events, visual_items
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db
from tests.ui.conftest import tap
from tests.ui.test_survey import begin, survey_festival
from tests.ui.test_top_bar import Rect, overlap, scene_rect

pytestmark = pytest.mark.ui

SIZES = ((1366, 768), (1280, 800), (1920, 1080), (1080, 1920))
CASES = list(itertools.product(("id", "en", "bms"), (False, True)))  # language, large text
BUTTONS = ("surveyCancel", "surveyBack", "surveySkip", "surveyNext")


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    festival = survey_festival()
    # a visit that outlasts every size, language and text setting (no idle end mid-test)
    voting = dataclasses.replace(festival.voting, idle_seconds=600)
    db = make_booth_db(path, dataclasses.replace(festival, voting=voting))
    yield db, path
    db.close()


def inside(a: Rect, b: Rect) -> bool:
    return a[0] >= b[0] - 0.5 and a[1] >= b[1] - 0.5 and a[2] <= b[2] + 0.5 and a[3] <= b[3] + 0.5


def question_problems(kiosk: KioskUi) -> list[str]:
    """What is cut, outside the survey screen, or over something else on an element's step."""
    area = scene_rect(find_item(kiosk, "surveyScreen"))
    problems: list[str] = []
    parts: dict[str, Rect] = {}
    for name in ("surveyElement", "surveyQuestion", *(f"surveyOption_{n}" for n in "1234")):
        part = find_item(kiosk, name)
        if not part.isVisible():
            problems.append(f"{name} is hidden")
            continue
        # a Text's bounding rectangle is its laid-out text (all its lines), not its box
        parts[name] = scene_rect(part)
    for name in BUTTONS:
        button = find_item(kiosk, name)
        if button.isVisible():
            parts[name] = scene_rect(button)
    for name, rect in parts.items():
        if not inside(rect, area):
            problems.append(f"{name} leaves the screen: {rect} not in {area}")
    for (a, ra), (b, rb) in itertools.combinations(parts.items(), 2):
        if overlap(ra, rb):
            problems.append(f"{a} overlaps {b}")
    for name in ("surveyElement", "surveyQuestion"):
        text = find_item(kiosk, name)
        if (
            text.property("truncated")
            or text.height() < float(text.property("implicitHeight")) - 0.5
        ):
            problems.append(f"{name} is cut: {text.property('text')!r}")
    if parts.get("surveyElement", area)[3] > parts.get("surveyQuestion", area)[1] + 0.5:
        problems.append("the element's name is not above the question")
    name_px, question_px = (
        find_item(kiosk, n).property("font").pixelSize()
        for n in ("surveyElement", "surveyQuestion")
    )
    if question_px <= name_px:
        problems.append(
            f"the question ({question_px} px) is not the heading over the name ({name_px} px)"
        )
    for n in "1234":
        card = find_item(kiosk, f"surveyOption_{n}")
        box = scene_rect(card)
        for text in visual_items(card):
            words = text.property("text") if text.isVisible() else None
            if (
                words
                and text.property("contentHeight") is not None
                and not inside(scene_rect(text), box)
            ):
                problems.append(f"answer {n}'s words leave its card: {words!r}")
    return problems


def settled_problems(kiosk: KioskUi) -> list[str]:
    """The problems once the layout has had its frames (a busy machine needs more)."""
    problems = question_problems(kiosk)
    for _ in range(20):
        if not problems:
            break
        process_events(0.05)
        problems = question_problems(kiosk)
    return problems


def test_every_question_fits_at_laptop_and_portrait_sizes(qtbot: object, kiosk: KioskUi) -> None:
    begin(qtbot, kiosk)
    form = kiosk.flow.survey
    tap(qtbot, kiosk, "surveyOption_izin-jalan")
    form.next()
    found: list[str] = []
    for lang, large in CASES:
        kiosk.flow.setLang(lang)
        kiosk.theme.a11y.setLargeText(large)
        for width, height in SIZES:
            kiosk.window.resize(width, height)
            while form.property("step") > 1:
                form.back()
            for element in ELEMENTS:
                process_events(0.03)
                assert form.property("stepKind") == "element"
                where = f"{width}x{height} {lang}{' large' if large else ''} {element.code}"
                found += [f"{where}: {p}" for p in settled_problems(kiosk)]
                form.skip()
    assert not found, "\n".join(found)
