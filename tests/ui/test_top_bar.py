"""The top bar fits: at every supported screen size, in every language, with and without
large text, nothing in it covers anything else ("Beranda" or "Awal" never over the
booth's name), nothing leaves the window, and the booth's name is shown whole.

The booth here has a long short name (DINDUKCAPIL, the demo festival's longest).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.domain.festival import Festival
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import find_item, process_events, visual_items
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db
from tests.ui.test_survey import survey_festival

pytestmark = pytest.mark.ui

SIZES = ((1920, 1080), (1366, 768), (1280, 800), (1280, 720), (1080, 1920))
SCREENS = ("home", "detail", "map", "feedback", "survey")
Rect = tuple[float, float, float, float]
PARTS = ("topBarName", "homeButton", "mapButton", "a11yButton", "finishButton")


def long_name_festival() -> Festival:
    festival = survey_festival()
    agencies = tuple(
        dataclasses.replace(a, short_name="DINDUKCAPIL") if a.code == "DPUPR" else a
        for a in festival.agencies
    )
    return dataclasses.replace(festival, agencies=agencies)


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, long_name_festival())
    yield db, path
    db.close()


def scene_rect(item: QQuickItem) -> Rect:
    r = item.mapRectToScene(item.boundingRect())
    return (r.x(), r.y(), r.x() + r.width(), r.y() + r.height())


def overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def show(kiosk: KioskUi, screen: str) -> None:
    flow = kiosk.flow
    {
        "home": flow.showHome,
        "detail": lambda: flow.openInnovation("gerakan-rawat-jalan"),
        "map": flow.showMap,
        "feedback": lambda: flow.openFeedback("gerakan-rawat-jalan"),
        "survey": flow.openSurvey,
    }[screen]()
    process_events(0.03)
    assert flow.property("screen") == screen


def bar_problems(kiosk: KioskUi) -> list[str]:
    """What overlaps, leaves the window or the bar, or is cut short in the top bar now."""
    content = find_item(kiosk, "topBarContent")
    bar = content.parentItem()
    parts = {
        i.objectName(): i
        for i in visual_items(content)
        if i.isVisible()
        and i.width() > 0
        and (i.objectName() in PARTS or i.objectName().startswith("lang_"))
    }
    wanted = {"topBarName", "a11yButton", "finishButton"}
    problems = [f"missing: {n}" for n in wanted - set(parts)]
    rects = {name: scene_rect(i) for name, i in parts.items()}
    bar_rect, width = scene_rect(bar), kiosk.window.width()
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        if overlap(ra, rb):
            problems.append(f"{a} overlaps {b}")
    for name, r in rects.items():
        if r[0] < -0.5 or r[2] > width + 0.5:
            problems.append(f"{name} leaves the window: {r}")
        if r[1] < bar_rect[1] - 0.5 or r[3] > bar_rect[3] + 0.5:
            problems.append(f"{name} sticks out of the bar: {r} {bar_rect}")
    buttons = find_item(kiosk, "topBarButtons")
    tallest = max((i.height() for n, i in parts.items() if n.endswith("Button")), default=0)
    if bar.property("oneLine") and buttons.height() > tallest + 0.5:
        problems.append("the buttons wrap to a second row though the row has room")
    name = parts.get("topBarName")
    if name is not None and name.property("truncated"):
        problems.append(f"the booth's name is cut: {name.property('text')}")
    if name is not None and name.property("contentWidth") > name.width() + 0.5:
        problems.append(f"the booth's name spills out of its box: {name.property('text')}")
    return problems


def test_the_top_bar_fits_at_every_size_language_and_text_size(kiosk: KioskUi) -> None:
    kiosk.flow.start()
    checked, problems = 0, []
    for width, height in SIZES:
        kiosk.window.resize(width, height)
        process_events(0.05)
        for lang, large in itertools.product(("id", "en", "bms"), (False, True)):
            kiosk.flow.setLang(lang)
            kiosk.theme.a11y.setLargeText(large)
            for screen in SCREENS:
                show(kiosk, screen)
                where = f"{width}x{height} {lang}{' large' if large else ''} {screen}"
                problems += [f"{where}: {p}" for p in bar_problems(kiosk)]
                checked += 1
    assert checked == len(SIZES) * 3 * 2 * len(SCREENS)
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_button_over_the_name(kiosk: KioskUi) -> None:
    """The overlap check is not blind: move the Home button over the name, it says so."""
    kiosk.flow.start()
    show(kiosk, "detail")
    assert bar_problems(kiosk) == []
    home, name = find_item(kiosk, "homeButton"), find_item(kiosk, "topBarName")
    home.setX(home.parentItem().mapFromItem(name, 0, 0).x())
    assert any("overlaps" in p and "homeButton" in p for p in bar_problems(kiosk))


def test_the_languages_row_sits_inside_the_bar_on_home_only(kiosk: KioskUi) -> None:
    kiosk.flow.start()
    process_events(0.05)
    bar = find_item(kiosk, "topBarContent").parentItem()
    assert all(find_item(kiosk, f"lang_{c}").isVisible() for c in ("id", "en", "bms"))
    home_height = bar.height()
    show(kiosk, "detail")
    assert not find_item(kiosk, "lang_id").isVisible()
    assert bar.height() < home_height
