"""The detail page fits: at every supported size, in every language, with and without
large text, the photo keeps a real height, the QR code and the vote button are wholly on
screen, and no part of the page covers another.

Found in review: at 1280x800 with large text in Banyumasan the QR code's words and the
address took the left column and squeezed the photo to a strip of no height. The booth
here has the demo festival's longest title and address and a long short name
(DINDUKCAPIL), which makes the top bar two rows high.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.domain.festival import Festival, Text
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import find_item, process_events, visual_items
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db
from tests.ui.conftest import SHORT_RULES, is_shown
from tests.ui.test_top_bar import SIZES, Rect, long_name_festival, overlap, scene_rect

pytestmark = pytest.mark.ui

SLUG = "gerakan-rawat-jalan"
TITLE = "Pendampingan Persetujuan Bangunan Gedung untuk Rumah Warga dan UMKM Desa"
URL = "https://inovasi.banyumaskab.go.id/contoh/pendampingan-pbg-warga-desa"
# The parts of the page that must each be whole, on screen, and clear of one another.
PARTS = (
    "gallery",
    "qrCode",
    "qrCaption",
    "qrAddress",
    "backButton",
    "storyScroll",
    "voteButton",
    "feedbackButton",
)


def long_detail_festival() -> Festival:
    festival = long_name_festival()
    innovations = tuple(
        dataclasses.replace(i, title=Text(TITLE, TITLE), url=URL) if i.slug == SLUG else i
        for i in festival.innovations
    )
    # a visit that outlasts every size and text setting (no idle end mid-test)
    rules = dataclasses.replace(SHORT_RULES, idle_seconds=600)
    return dataclasses.replace(festival, innovations=innovations, voting=rules)


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, long_detail_festival())
    yield db, path
    db.close()


def shown_part(kiosk: KioskUi, name: str) -> QQuickItem | None:
    page = find_item(kiosk, "detailScreen")
    return next((i for i in visual_items(page) if i.objectName() == name and i.isVisible()), None)


def page_rects(kiosk: KioskUi) -> dict[str, Rect]:
    rects = {}
    for name in PARTS:
        part = shown_part(kiosk, name)
        if part is not None and part.width() > 0:
            rects[name] = scene_rect(part)
    return rects


def settled_rects(kiosk: KioskUi) -> dict[str, Rect]:
    """The parts' places once the page has laid itself out after a change (the same
    for three looks in a row); the assertions that follow decide whether they are right."""
    last, same = None, 0
    for _ in range(60):
        now = page_rects(kiosk)
        same = same + 1 if now == last else 0
        if same >= 3:
            break
        last = now
        process_events(0.03)
    return page_rects(kiosk)


def page_problems(kiosk: KioskUi) -> list[str]:
    rects = settled_rects(kiosk)
    problems = [f"not shown: {n}" for n in PARTS if n not in rects]
    bar = find_item(kiosk, "topBarContent").parentItem()
    top = scene_rect(bar)[3]
    width, height = kiosk.window.width(), kiosk.window.height()
    for name, r in rects.items():
        if r[0] < -0.5 or r[2] > width + 0.5 or r[1] < top - 0.5 or r[3] > height + 0.5:
            problems.append(f"{name} is not wholly on the page: {r}")
        if r[3] - r[1] < 1:
            problems.append(f"{name} has no height")
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        if overlap(ra, rb):
            problems.append(f"{a} overlaps {b}")
    if "gallery" in rects:
        photo = rects["gallery"][3] - rects["gallery"][1]
        floor = max(150.0, 0.25 * (height - top))
        if photo < floor:
            problems.append(f"the photo is {photo:.0f} px high, less than {floor:.0f}")
    qr = shown_part(kiosk, "qrImage")
    if qr is None or qr.width() < 150:
        problems.append("the QR code is drawn smaller than 150 px")
    caption = shown_part(kiosk, "qrCaption")
    if caption is not None and caption.property("truncated"):
        problems.append(f"the QR code's words are cut: {caption.property('text')}")
    return problems


def test_the_detail_page_fits_at_every_size_language_and_text_size(kiosk: KioskUi) -> None:
    kiosk.flow.start()
    kiosk.flow.openInnovation(SLUG)
    for _ in range(100):  # the short dwell before the vote button shows
        if is_shown(kiosk, "voteButton"):
            break
        process_events(0.05)
    checked, problems = 0, []
    for width, height in SIZES:
        kiosk.window.resize(width, height)
        process_events(0.05)
        for lang, large in itertools.product(("id", "en", "bms"), (False, True)):
            kiosk.flow.setLang(lang)
            kiosk.theme.a11y.setLargeText(large)
            assert kiosk.flow.property("screen") == "detail"
            assert is_shown(kiosk, "voteButton"), "the vote button is not offered yet"
            where = f"{width}x{height} {lang}{' large' if large else ''}"
            problems += [f"{where}: {p}" for p in page_problems(kiosk)]
            checked += 1
    assert checked == 30
    assert problems == [], "\n".join(problems)


def test_the_address_wraps_where_it_fits_and_is_shortened_where_it_does_not(
    kiosk: KioskUi,
) -> None:
    """The address beside the QR code is spelled out whole where there is room; on a
    short page it is one line shortened in the middle (the code carries it whole)."""
    kiosk.flow.start()
    kiosk.flow.openInnovation(SLUG)
    kiosk.window.resize(1920, 1080)
    settled_rects(kiosk)
    address = shown_part(kiosk, "qrAddress")
    assert address is not None
    assert not address.property("truncated") and address.property("lineCount") > 1
    kiosk.window.resize(1280, 720)
    kiosk.flow.setLang("bms")
    kiosk.theme.a11y.setLargeText(True)
    settled_rects(kiosk)
    address = shown_part(kiosk, "qrAddress")
    assert address is not None
    assert address.property("lineCount") == 1
    assert address.property("truncated")  # "https://inova…warga-desa", never over the photo
    assert address.property("text") == URL
