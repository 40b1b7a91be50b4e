"""The festival map: a booth tap shows what that booth is about (this booth's goes home;
one the pack lists nothing for says so), the pack's entrance, stage and north are drawn
(and nothing where the pack gives none), and the booths' labels grow with large text and
stay inside their rectangles.

The square here is the demo festival's: eight booths in two rows, the stage above them
and the gate below. Three agencies have innovations in the pack (DPUPR, this booth;
DINKES; RSUD); the other five have none listed.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.domain.festival import Agency, Festival, FestivalMap, MapPoint, Text
from kiosk.pack.demo_content import AGENCIES
from kiosk.storage.database import BoothDatabase
from kiosk.ui.models import booth_size, landmark_room
from kiosk.ui.testing import find_item, process_events, visual_items
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import SHORT_RULES, is_shown, item, tap
from tests.ui.test_accessibility import FakeSpeaker
from tests.ui.test_keyboard import press, tab_to
from tests.ui.test_top_bar import SIZES, Rect, overlap, scene_rect

pytestmark = pytest.mark.ui

LAYOUT = FestivalMap(entrances=(MapPoint(0.5, 0.95),), stage=MapPoint(0.5, 0.07), north=0)


def square_festival(layout: FestivalMap = LAYOUT, at_rsud: int = 1) -> Festival:
    """The square; RSUD shows `at_rsud` innovations (one, or more than a card holds)."""
    base = small_festival(rules=dataclasses.replace(SHORT_RULES, idle_seconds=600))
    agencies = tuple(Agency(*row) for row in AGENCIES)
    rsud = [
        dataclasses.replace(
            base.innovations[-1],
            slug=f"ambulans-desa-{n}" if n else "ambulans-desa",
            agency="RSUD",
            title=Text("Ambulans Desa Siaga", "Village Ambulance on Call")
            if not n
            else Text(f"Layanan Rujukan Terpadu Gawat Darurat Ibu dan Bayi {n}", f"Referral {n}"),
        )
        for n in range(at_rsud)
    ]
    return dataclasses.replace(
        base, agencies=agencies, innovations=(*base.innovations, *rsud), map=layout
    )


@pytest.fixture
def booth_db(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[BoothDatabase, Path]]:
    """The square, with the layout the test names (default: LAYOUT), or the festival."""
    param = getattr(request, "param", LAYOUT)
    festival = param if isinstance(param, Festival) else square_festival(param)
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, festival)
    yield db, path
    db.close()


def open_map(qtbot: object, kiosk: KioskUi) -> None:
    tap(qtbot, kiosk, "touchToStart")
    tap(qtbot, kiosk, "mapButton")
    assert kiosk.flow.property("screen") == "map"


def panel_titles(kiosk: KioskUi) -> list[str]:
    panel = item(kiosk, "boothPanel")
    found = [
        i
        for i in visual_items(panel)
        if i.objectName().startswith("boothInnovation_") and i.isVisible()
    ]
    return [str(i.property("text")) for i in sorted(found, key=lambda i: i.objectName())]


def test_a_booth_tap_shows_its_agency_number_and_innovations(qtbot: object, kiosk: KioskUi) -> None:
    open_map(qtbot, kiosk)
    assert not is_shown(kiosk, "boothPanel")
    tap(qtbot, kiosk, "booth_DINKES")
    assert is_shown(kiosk, "boothPanel")
    assert item(kiosk, "boothPanelTitle").property("text") == "Stan A2 · Dinas Kesehatan"
    assert panel_titles(kiosk) == ["Posyandu Remaja Keliling"]
    kiosk.flow.setLang("en")  # the titles follow the visitor's language
    process_events(0.05)
    assert item(kiosk, "boothPanelTitle").property("text") == "Booth A2 · Dinas Kesehatan"
    assert panel_titles(kiosk) == ["Mobile Teen Health Post"]
    tap(qtbot, kiosk, "boothPanelClose")
    assert not is_shown(kiosk, "boothPanel") and kiosk.flow.property("screen") == "map"
    tap(qtbot, kiosk, "booth_RSUD")
    assert item(kiosk, "boothPanelTitle").property("text") == "Booth B3 · RSUD Banyumas"
    assert panel_titles(kiosk) == ["Village Ambulance on Call"]
    corner = item(kiosk, "boothPanel").mapToScene(QPointF(12, 12)).toPoint()
    QTest.mouseClick(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
    )
    process_events(0.03)  # a tap beside the card closes it too
    assert not is_shown(kiosk, "boothPanel")
    tap(qtbot, kiosk, "boothRow_DINKES")  # the list beside the map opens the same
    assert item(kiosk, "boothPanelTitle").property("text") == "Booth A2 · Dinas Kesehatan"
    kiosk.flow.showHome()  # leaving the map closes it
    kiosk.flow.showMap()
    process_events(0.05)
    assert not is_shown(kiosk, "boothPanel")
    tap(qtbot, kiosk, "booth_DPUPR")  # this booth: back to its own innovations
    assert kiosk.flow.property("screen") == "home"


def test_a_booth_the_pack_lists_nothing_for_says_so(qtbot: object, kiosk: KioskUi) -> None:
    """Every booth is a button (a tap, a Tab stop); where the pack lists no innovation for
    it, its panel says none is listed here, and invents nothing."""
    open_map(qtbot, kiosk)
    for code, *_ in AGENCIES:
        pin = item(kiosk, f"booth_{code}")
        assert pin.property("activeFocusOnTab") is True, code
        areas = [c for c in pin.childItems() if c.metaObject().className() == "QQuickMouseArea"]
        assert [a.property("enabled") for a in areas] == [True], code
    tap(qtbot, kiosk, "booth_DINSOS")
    assert item(kiosk, "boothPanelTitle").property("text") == "Stan B2 · Dinas Sosial"
    assert panel_titles(kiosk) == []
    assert is_shown(kiosk, "boothPanelNote")
    assert item(kiosk, "boothPanelNote").property("text") == (
        "Daftar inovasi stan ini tidak ada di sini."
    )
    tap(qtbot, kiosk, "boothPanelClose")
    tap(qtbot, kiosk, "booth_DINKES")  # one with innovations has no such note
    assert panel_titles(kiosk) == ["Posyandu Remaja Keliling"]
    assert not is_shown(kiosk, "boothPanelNote")


@pytest.mark.parametrize("booth_db", [square_festival(at_rsud=9)], indirect=True, ids=["nine"])
def test_a_long_list_fits_the_panel_or_scrolls_by_touch_and_keys(
    qtbot: object, kiosk: KioskUi
) -> None:
    """Nine long titles: at every size, with and without large text, the card and its
    "Tutup" stay on the screen, and every title is in view or a scroll bar shows there is
    more; keys reach the list (Tab) and scroll it (Down)."""
    open_map(qtbot, kiosk)
    kiosk.flow.openBooth("RSUD")
    problems, scrolled = [], []
    for (width, height), large in itertools.product(SIZES, (False, True)):
        kiosk.window.resize(width, height)
        kiosk.theme.a11y.setLargeText(large)
        process_events(0.15)
        where = f"{width}x{height}{' large' if large else ''}"
        screen = (0.0, 0.0, float(width), float(height))
        for name in ("boothPanelTitle", "boothPanelClose"):
            if not inside(scene_rect(item(kiosk, name)), screen):
                problems.append(f"{where}: {name} off the screen")
        view = scene_rect(item(kiosk, "boothPanelTitles"))
        hidden = [
            n for n in range(9) if not inside(scene_rect(item(kiosk, f"boothInnovation_{n}")), view)
        ]
        if hidden and not is_shown(kiosk, "boothPanelScroll"):
            problems.append(f"{where}: titles {hidden} out of view and no scroll bar")
        if hidden:
            scrolled.append(where)
    assert problems == [], "\n".join(problems)
    assert scrolled  # the check saw a list longer than the card at least once
    titles = item(kiosk, "boothPanelTitles")  # the last size: 1080x1920 with large text
    kiosk.window.resize(1280, 720)
    process_events(0.15)
    assert titles.property("more") is True
    tab_to(kiosk, "boothPanelTitles")
    press(kiosk, Qt.Key.Key_Down)
    assert titles.property("contentY") > 0
    tab_to(kiosk, "boothPanelClose")


def test_read_aloud_reads_the_open_booth(qtbot: object, kiosk: KioskUi) -> None:
    fake = FakeSpeaker()
    kiosk.theme.a11y.use_speaker(fake)
    open_map(qtbot, kiosk)
    tap(qtbot, kiosk, "booth_RSUD")
    tap(qtbot, kiosk, "a11yButton")
    tap(qtbot, kiosk, "readAloudButton")
    assert fake.spoken[-1] == (
        "Stan B3 · RSUD Banyumas. Inovasi di stan ini: Ambulans Desa Siaga."
        " Kunjungi stan B3 untuk membaca ceritanya dan memberi suara. Tombol: Tutup.",
        "id",
    )
    tap(qtbot, kiosk, "boothPanelClose")
    tap(qtbot, kiosk, "booth_DINSOS")
    kiosk.flow.setLang("en")
    kiosk.theme.a11y.readAloud()
    assert fake.spoken[-1][0] == (
        "Booth B2 · Dinas Sosial. No innovations of this booth are listed here."
        " Visit booth B2 to see what they show. Buttons: Close."
    )
    kiosk.flow.closeBooth()  # the map itself again
    kiosk.theme.a11y.readAloud()
    assert fake.spoken[-1][0] == "The festival map: every booth and where you are."


def test_entrance_stage_and_north_come_from_the_pack(qtbot: object, kiosk: KioskUi) -> None:
    open_map(qtbot, kiosk)
    for name in ("mapStage", "mapEntrance", "mapNorth"):
        assert is_shown(kiosk, name), name
    square = scene_rect(item(kiosk, "festivalMap"))
    stage, entrance = (scene_rect(item(kiosk, n)) for n in ("mapStage", "mapEntrance"))
    assert stage[1] < square[1] + (square[3] - square[1]) * 0.2  # the stage at the top
    assert entrance[3] > square[1] + (square[3] - square[1]) * 0.8  # the gate at the bottom
    assert find_item(kiosk, "mapStage").childItems()[0].property("text") == "Panggung"
    assert find_item(kiosk, "mapEntrance").childItems()[0].property("text") == "Pintu masuk"


@pytest.mark.parametrize("booth_db", [FestivalMap()], indirect=True, ids=["no-layout"])
def test_no_map_layout_in_the_pack_draws_none(qtbot: object, kiosk: KioskUi) -> None:
    open_map(qtbot, kiosk)
    for name in ("mapStage", "mapEntrance", "mapNorth"):
        assert not is_shown(kiosk, name), name
    assert is_shown(kiosk, "booth_DINKES")


def inside(inner: Rect, outer: Rect) -> bool:
    """`inner` lies within `outer` (half a pixel of rounding allowed)."""
    return (
        inner[0] >= outer[0] - 0.5
        and inner[1] >= outer[1] - 0.5
        and inner[2] <= outer[2] + 0.5
        and inner[3] <= outer[3] + 0.5
    )


def pin_problems(kiosk: KioskUi) -> list[str]:
    """Labels outside their booth, booths over each other or over the stage or gate."""
    square = item(kiosk, "festivalMap")
    places: dict[str, Rect] = {}
    problems = []
    small = kiosk.theme.property("small")
    for pin in visual_items(square):
        name = pin.objectName()
        if name in ("mapStage", "mapEntrance") or name.startswith("booth_"):
            places[name] = scene_rect(pin)
        if not name.startswith("booth_"):
            continue
        labels = [c for c in pin.childItems() if c.objectName() == "boothLabel" and c.isVisible()]
        if len(labels) != 1:
            problems.append(f"{name}: {len(labels)} labels shown")
            continue
        label = labels[0]
        if label.property("font").pixelSize() != small:
            problems.append(
                f"{name}: label at {label.property('font').pixelSize()} px, not {small}"
            )
        box = scene_rect(pin)
        middle = label.mapToScene(label.boundingRect().center())
        half_w, half_h = label.property("contentWidth") / 2, label.property("contentHeight") / 2
        text_box = (
            middle.x() - half_w,
            middle.y() - half_h,
            middle.x() + half_w,
            middle.y() + half_h,
        )
        if not inside(text_box, box):
            problems.append(f"{name}: label {label.property('text')!r} leaves its booth")
    edge = scene_rect(square)
    for name, r in places.items():
        if not inside(r, edge):
            problems.append(f"{name} leaves the map")
    for (a, ra), (b, rb) in itertools.combinations(places.items(), 2):
        if overlap(ra, rb):
            problems.append(f"{a} covers {b}")
    return problems


def test_labels_grow_with_large_text_and_stay_inside_their_booths(
    qtbot: object, kiosk: KioskUi
) -> None:
    open_map(qtbot, kiosk)
    checked, problems, names_shown = 0, [], {}
    for (width, height), large in itertools.product(SIZES, (False, True)):
        kiosk.window.resize(width, height)
        kiosk.theme.a11y.setLargeText(large)
        process_events(0.15)
        where = f"{width}x{height}{' large' if large else ''}"
        problems += [f"{where}: {p}" for p in pin_problems(kiosk)]
        names_shown[where] = sum(
            "\n" in str(label.property("text"))
            for label in visual_items(item(kiosk, "festivalMap"))
            if label.objectName() == "boothLabel" and label.isVisible()
        )
        checked += 1
    assert checked == 10
    assert problems == [], "\n".join(problems)
    # The fallback (the booth's number alone) is for tight places, not the usual case:
    # at the common panel sizes every name shows, a fifth smaller at most where needed.
    for size in ("1920x1080", "1366x768", "1280x720"):
        assert names_shown[size] == len(AGENCIES), names_shown


def test_booth_size_keeps_every_booth_apart() -> None:
    rows = [(x, y) for *_, x, y in AGENCIES]
    width, height = booth_size(rows)
    assert (round(width, 2), round(height, 2)) == (0.21, 0.3)  # the rows stand apart
    for a, b in itertools.combinations(rows, 2):
        assert abs(a[0] - b[0]) >= width - 1e-9 or abs(a[1] - b[1]) >= height - 1e-9
    assert booth_size([(0.5, 0.5)]) == (0.3, 0.3)  # one booth: as large as allowed
    # The demo's stage and gate leave the booths as they are: a name's room from them...
    assert booth_size(rows, [(0.5, 0.07), (0.5, 0.95)]) == (width, height)
    # ...and a stage close above the first row makes the booths shorter, clear of it.
    width, height = booth_size(rows, [(0.5, 0.12)])
    assert (round(width, 2), round(height, 2)) == (0.21, 0.24)
    assert 0.33 - height / 2 >= landmark_room(0.5, 0.12)[3] - 1e-9
