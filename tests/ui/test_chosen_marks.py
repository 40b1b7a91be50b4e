"""A chosen face or survey answer is marked by more than a border colour: a thick edge
of at least 3:1 against the page (measured on the rendered pixels), a fill, and the
tick, in both contrast modes (#24: a yellow edge on cream was about 1.4:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kiosk.ui.testing import process_events
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import item, tap
from tests.ui.test_contrast import ratio

pytestmark = pytest.mark.ui


def _rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_a_chosen_face_has_a_3_to_1_edge_a_fill_and_more_width(
    qtbot: object, kiosk: KioskUi, high_contrast: bool
) -> None:
    kiosk.theme.a11y.setHighContrast(high_contrast)
    tap(qtbot, kiosk, "touchToStart")
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "face_3")
    process_events(0.3)
    image = kiosk.window.grabWindow()
    chosen, other = item(kiosk, "face_3"), item(kiosk, "face_2")
    marks = []
    for card in (chosen, other):
        box = card.mapRectToScene(card.boundingRect())
        x, top = int(box.center().x()), int(box.top())
        outside, edge, fill = (_rgb(image, x, y) for y in (top - 4, top + 2, top + 12))
        marks.append((outside, edge, fill))
    (outside, edge, fill), (_, plain_edge, plain_fill) = marks
    assert ratio(edge, outside) >= 3.0, f"chosen edge {edge} on {outside}"
    assert fill != plain_fill  # filled, not only outlined
    assert edge != plain_edge
