"""Screens complete on their first frame: a detail page's photo and QR code, and the home
cards' photos, are decoded before the page appears (after the kiosk's first frame, on
worker threads), so no empty box fills in while the visitor looks."""

from __future__ import annotations

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.ui.testing import process_events, visual_items, wait_for_taps
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import is_shown, item, tap
from tests.ui.test_journeys import REPORT, ROAD, screen

pytestmark = pytest.mark.ui


def ready(image: QQuickItem) -> bool:
    """Image.status is Ready (PySide6 cannot read the enum itself): loaded and decoded."""
    return image.property("progress") == 1.0 and image.property("implicitWidth") > 0


def prepared(ui: KioskUi) -> bool:
    """Every photo a screen shows first is decoded, and the model hands out its URL."""
    rows = [r for r in ui.innovations.rows() if r["photos"]]
    return all(ui.prepared.ready(r["shown"]) and ui.prepared.ready(r["card"]) for r in rows)


def images_under(root: QQuickItem) -> list[QQuickItem]:
    return [
        i
        for i in visual_items(root)
        if i.metaObject().indexOfProperty("sourceSize") >= 0 and i.property("source").toString()
    ]


def test_a_detail_page_is_whole_when_first_shown(qtbot, kiosk: KioskUi) -> None:
    qtbot.waitUntil(lambda: prepared(kiosk), timeout=10000)
    tap(qtbot, kiosk, "startArea")
    assert screen(kiosk) == "home"
    for slug in (ROAD, REPORT):
        kiosk.flow.openInnovation(slug)  # what the card's tap calls; no frame drawn since
        detail = item(kiosk, "detailScreen")
        qr = [i for i in visual_items(detail) if i.objectName() == "qrImage"]
        assert len(qr) == 1 and ready(qr[0])
        photos = [i for i in visual_items(detail) if i.objectName() == "galleryPhoto_0"]
        row = kiosk.innovations.find(slug)
        assert row is not None
        if row["photos"]:
            assert photos and ready(photos[0])
            assert photos[0].property("source").toString() == row["shown"]
        else:  # an innovation without photos says so instead
            assert photos == []
        kiosk.flow.showHome()


def test_home_cards_are_whole_when_home_is_first_shown(qtbot, kiosk: KioskUi) -> None:
    qtbot.waitUntil(lambda: prepared(kiosk), timeout=10000)
    kiosk.flow.start()  # the attract loop's tap
    assert is_shown(kiosk, "homeScreen") or screen(kiosk) == "home"
    home = item(kiosk, "homeLoader")
    cards = [i for i in images_under(home) if i.property("source").toString().startswith("image:")]
    assert len(cards) == len([r for r in kiosk.innovations.rows() if r["card"]])
    assert cards and all(ready(c) for c in cards)


def test_the_thanks_animation_moves_from_the_frame_after_the_tap(qtbot, kiosk: KioskUi) -> None:
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, f"card_{ROAD}")
    qtbot.waitUntil(lambda: is_shown(kiosk, "voteButton"), timeout=3000)
    frames: list[tuple[float, float]] = []

    def swapped() -> None:
        shown = visual_items(kiosk.window.contentItem())
        marks = [i for i in shown if i.objectName() == "checkMark"]
        ticks = [i for i in shown if i.objectName() == "checkMarkTick"]
        if marks and ticks:
            frames.append((marks[0].property("scale"), ticks[0].property("progress")))
        else:
            frames.append((-1.0, -1.0))

    wait_for_taps(kiosk)
    process_events(0.5)  # the vote button's own animation is over
    kiosk.window.frameSwapped.connect(swapped)
    try:
        tap(qtbot, kiosk, "voteButton")
        qtbot.waitUntil(
            lambda: len(frames) >= 40 or bool(frames and frames[-1][1] >= 1.0), timeout=5000
        )
    finally:
        kiosk.window.frameSwapped.disconnect(swapped)
    before = next(n for n, frame in enumerate(frames) if frame != (-1.0, -1.0))
    assert before <= 1  # at most a frame already under way, then the thanks screen
    frames = frames[before:]
    grown = next(n for n, (scale, _) in enumerate(frames) if scale >= 1.0)
    # The tick is drawing by the time the circle has its size: no still moment between them.
    assert frames[grown][1] > 0.3, frames
    assert frames[1][0] > 0.2 and frames[1][1] > 0.0, frames  # both move from the next frame
