"""Contrast measured on the rendered pixels of every visitor screen, normal and high contrast.

For each visible Text item, the two colours that matter are read from the window's image
inside the box its glyphs occupy: the background (the most common colour there) and the
text (of the colours that cover a fair share of the rest, the one most different from the
background). High contrast promises 7:1 for text (WCAG AAA) and 3:1 for a control's edge
or fill against what surrounds it; normal mode 4.5:1 for text (WCAG AA).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.storage.content import ProcessedPhoto, replace_content
from kiosk.storage.database import BoothDatabase, open_booth_database
from kiosk.ui.screenshot import stage_screen
from kiosk.ui.testing import process_events, settle, visual_items, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import jpeg
from tests.ui.conftest import AGENCY, QtMessages
from tests.ui.test_survey import survey_festival

pytestmark = pytest.mark.ui

# Every screen a visitor meets, in the order the test walks them on one window.
SCREENS = (
    "attract",
    "home",
    "detail",
    "vote-thanks",
    "feedback",
    "feedback-tags",
    "feedback-comment",
    "feedback-thanks",
    "survey-service",
    "survey-element",
    "survey-demographics",
    "survey-suggestion",
    "survey-thanks",
    "map",
    "map-booth",
    "goodbye",
    "staff-call",
)
TEXT_MIN = {True: 7.0, False: 4.5}
CONTROL_MIN = 3.0
Rgb = tuple[int, int, int]


def luminance(rgb: Rgb) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: Rgb, b: Rgb) -> float:
    """WCAG 2 contrast ratio of two opaque colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_ratio_matches_wcag_reference_values() -> None:
    assert ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert ratio((0x6B, 0x66, 0x5C), (255, 255, 255)) == pytest.approx(5.69, abs=0.02)
    assert ratio((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(4.48, abs=0.02)


def pixels(image: QImage, rect: QRectF) -> Counter[Rgb]:
    counts: Counter[Rgb] = Counter()
    x0, y0 = max(0, int(rect.left())), max(0, int(rect.top()))
    x1, y1 = min(image.width(), int(rect.right())), min(image.height(), int(rect.bottom()))
    for y in range(y0, y1):
        for x in range(x0, x1):
            c = image.pixelColor(x, y)
            counts[(c.red(), c.green(), c.blue())] += 1
    return counts


def text_and_background(counts: Counter[Rgb]) -> tuple[Rgb, Rgb] | None:
    """(text, background) of a box of rendered text, or None if it holds no glyphs."""
    if not counts:
        return None
    (background, _), *rest = counts.most_common()
    others = sum(n for _, n in rest)
    # Anti-aliased edges spread over many colours; the glyphs' own colour covers a share.
    common = [c for c, n in rest if n >= max(3, others * 0.08)]
    text = max(common, key=lambda c: ratio(c, background), default=None)
    if text is None or ratio(text, background) < 1.5:
        return None  # two shades of one gradient, not text and its background
    return text, background


def over_a_photo(text: QQuickItem, counts: Counter[Rgb]) -> tuple[Rgb, Rgb]:
    """(text, background) where no colour dominates (a photo, a gradient): the text's own
    colour, and the background pixel half-way in contrast to it. Glyphs and their edges
    cover less than half of a text's box, so half the background pixels read worse."""
    c = text.property("color")
    own = (c.red(), c.green(), c.blue())
    ranked = sorted(counts.elements(), key=lambda px: ratio(px, own))
    return own, ranked[len(ranked) // 2]


def scene_rect(item: QQuickItem, rect: QRectF | None = None) -> QRectF:
    """The part of `item` (or of `rect` in its coordinates) not cut off by a clipping parent."""
    out = item.mapRectToScene(rect if rect is not None else item.boundingRect())
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            out = out.intersected(parent.mapRectToScene(parent.boundingRect()))
        parent = parent.parentItem()
    return out


def shown(item: QQuickItem) -> bool:
    """Visible and not faded out, itself or through a parent."""
    if not item.isVisible():
        return False
    node: QQuickItem | None = item
    opacity = 1.0
    while node is not None:
        opacity *= node.opacity()
        node = node.parentItem()
    return opacity > 0.99


def glyph_box(text: QQuickItem) -> QRectF:
    """Where a Text item's glyphs can be: its box, as far as it is not cut off, no taller
    than its content (PySide6 cannot read the alignment enums that would place it exactly)."""
    h = min(text.height(), text.property("contentHeight") + 2)
    return scene_rect(text, QRectF(0, 0, text.width(), h))


def is_text(item: QQuickItem) -> bool:
    meta = item.metaObject()
    return meta.indexOfProperty("contentWidth") >= 0 and meta.indexOfProperty("font") >= 0


def in_keyboard(item: QQuickItem) -> bool:
    """Qt Virtual Keyboard draws itself in its own style; our colours stop at its edge."""
    node: QQuickItem | None = item
    while node is not None:
        if node.objectName() == "inputPanel":
            return True
        node = node.parentItem()
    return False


# Panels that dim the screen behind them on purpose (a booth tapped on the map): what they
# cover is not read while they are open, and is measured on its own screen.
DIMMING = ("boothPanel",)


def behind_a_panel(ui: KioskUi, item: QQuickItem) -> bool:
    """`item` lies under an open dimming panel and is not part of it."""
    for panel in visual_items(ui.window.contentItem()):
        if panel.objectName() not in DIMMING or not panel.isVisible():
            continue
        node: QQuickItem | None = item
        while node is not None and node is not panel:
            node = node.parentItem()
        if node is None and scene_rect(panel).contains(scene_rect(item)):
            return True
    return False


def text_ratios(ui: KioskUi, image: QImage) -> list[tuple[float, str]]:
    found = []
    for t in visual_items(ui.window.contentItem()):
        if not is_text(t) or not shown(t) or in_keyboard(t) or behind_a_panel(ui, t):
            continue
        if t.metaObject().indexOfProperty("echoMode") >= 0 and not t.property("text"):
            continue  # an empty field
        if not str(t.property("text") or "").strip():
            continue
        box = glyph_box(t)
        if box.width() < 4 or box.height() < 4:
            continue  # scrolled away or cut off
        counts = pixels(image, box)
        pair = text_and_background(counts) or over_a_photo(t, counts)
        found.append((ratio(*pair), f"{str(t.property('text'))[:30]!r} {pair}"))
    return found


def ring(image: QImage, r: QRectF, depth: float, thickness: float) -> Counter[Rgb]:
    """Pixels along the middle of `r`'s four sides, `depth` px inside (negative: outside)."""
    qx, qy, d, e = r.width() / 4, r.height() / 4, depth, thickness
    counts: Counter[Rgb] = Counter()
    counts.update(pixels(image, QRectF(r.left() + qx, r.top() + d, 2 * qx, e)))
    counts.update(pixels(image, QRectF(r.left() + qx, r.bottom() - d - e, 2 * qx, e)))
    counts.update(pixels(image, QRectF(r.left() + d, r.top() + qy, e, 2 * qy)))
    counts.update(pixels(image, QRectF(r.right() - d - e, r.top() + qy, e, 2 * qy)))
    return counts


def control_ratios(ui: KioskUi, image: QImage) -> list[tuple[float, str]]:
    """Each button's or card's edge (or fill) against the pixels just outside it."""
    found = []
    window = QRectF(0, 0, image.width(), image.height())
    for c in visual_items(ui.window.contentItem()):
        name = c.objectName()
        meta = c.metaObject()
        pressable = meta.indexOfSignal("clicked()") >= 0 or meta.indexOfSignal("picked()") >= 0
        if not name or not pressable or not shown(c):
            continue
        if in_keyboard(c) or behind_a_panel(ui, c):
            continue
        r = scene_rect(c)
        if (
            r.width() < 40
            or r.height() < 40
            or r.width() * r.height() > window.width() * window.height() / 2
        ):
            continue  # not a control, or the whole screen's touch area
        if not window.adjusted(4, 4, -4, -4).contains(r):
            continue
        # A band five pixels deep inside the edge (its border, else its fill: whichever
        # stands out more, covering a fifth of the band) and a line outside it, on the
        # middle half of each side so that rounded corners stay out.
        inside, outside = ring(image, r, 0, 5), ring(image, r, -4, 1)
        if inside and outside:
            b = outside.most_common(1)[0][0]
            share = sum(inside.values()) * 0.2
            a = max((c for c, n in inside.items() if n >= share), key=lambda c: ratio(c, b))
            found.append((ratio(a, b), f"{name} edge {a} around {b}"))
    return found


@pytest.fixture
def survey_booth(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    """The survey booth, its photos white: the worst case for white words over a photo."""
    path = tmp_path / "booth.sqlite"
    festival = survey_festival()
    db = open_booth_database(path)
    photos = [
        ProcessedPhoto(
            i.slug,
            n,
            p.caption,
            p.file,
            "0" * 64,
            640,
            480,
            jpeg(color="#ffffff"),
            jpeg(160, 120, color="#ffffff"),
        )
        for i in festival.innovations
        for n, p in enumerate(i.photos)
    ]
    assert photos
    replace_content(db, festival, photos, None, "f" * 64)
    yield db, path
    db.close()


def walk_screens(
    survey_booth: tuple[BoothDatabase, Path], high_contrast: bool
) -> Iterator[tuple[str, KioskUi, QImage]]:
    db, path = survey_booth
    clock = ManualClock(datetime.now(UTC))
    booth = Booth(db, AGENCY, clock)
    ui = build_ui(booth, path, size=(1280, 800), goodbye_seconds=600)
    try:
        wait_until_started(ui.window)
        ui.theme.a11y.setHighContrast(high_contrast)
        slug = booth.innovations[0].slug
        for screen in SCREENS:
            ui.flow.returnToAttract()
            ui.theme.a11y.setHighContrast(high_contrast)  # a new visitor resets the panel
            ui.theme.a11y.setReducedMotion(True)  # no slide or screen caught mid-fade
            clock.advance(600)  # no cooldown from the last screen's vote
            process_events(0.05)
            stage_screen(ui, clock, screen, slug, "id")
            settle(ui, 0.6)
            yield screen, ui, ui.window.grabWindow()
    finally:
        ui.close()
        process_events(0.05)


@pytest.mark.parametrize("high_contrast", [True, False], ids=["high-contrast", "normal"])
def test_every_visitor_screen_reads_at_the_promised_contrast(
    survey_booth: tuple[BoothDatabase, Path], qt_messages: QtMessages, high_contrast: bool
) -> None:
    low_text: list[str] = []
    low_controls: list[str] = []
    lowest = lowest_control = 21.0
    measured = controls = 0
    for screen, ui, image in walk_screens(survey_booth, high_contrast):
        assert ui.flow.property("screen") != "attract" or screen == "attract", screen
        texts = text_ratios(ui, image)
        assert texts, f"{screen}: no text measured"
        if screen == "attract":  # the slide's title and summary, over its (white) photo
            assert any(ui.booth.innovations[0].title.id[:20] in what for _, what in texts), texts
        measured += len(texts)
        lowest = min([lowest, *(r for r, _ in texts)])
        low_text += [
            f"{screen}: {r:.2f} {what}" for r, what in texts if r < TEXT_MIN[high_contrast]
        ]
        if high_contrast:
            edges = control_ratios(ui, image)
            controls += len(edges)
            lowest_control = min([lowest_control, *(r for r, _ in edges)])
            low_controls += [f"{screen}: {r:.2f} {what}" for r, what in edges if r < CONTROL_MIN]
    print(f"high contrast={high_contrast}: {measured} texts, lowest {lowest:.2f}:1")
    if high_contrast:
        print(f"{controls} control edges, lowest {lowest_control:.2f}:1")
        assert controls > 50
    assert low_text == [], f"text below {TEXT_MIN[high_contrast]}:1\n" + "\n".join(low_text)
    assert low_controls == [], "controls below 3:1\n" + "\n".join(low_controls)
