"""The staff dashboard at the portrait and 1366x768 sizes (#24): "Kembali ke pengunjung"
wholly on screen, and no tile cutting its words (the page scrolls instead)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from kiosk.ui.staff.standalone import StaffUi
from kiosk.ui.testing import process_events, visual_items
from tests.ui.staff.conftest import find, sign_in

pytestmark = pytest.mark.ui


@pytest.mark.parametrize("size", [(1080, 1920), (1366, 768), (1280, 720)])
def test_the_dashboard_fits_its_bar_and_its_tiles(staff_ui: StaffUi, size: tuple[int, int]) -> None:
    sign_in(staff_ui)
    staff_ui.window.resize(*size)
    process_events(0.4)
    window = QRectF(0, 0, *size)
    close = find(staff_ui, "closeStaff")
    assert window.contains(close.mapRectToScene(close.boundingRect())), "Kembali is cut off"
    tiles = [
        t
        for t in visual_items(find(staff_ui, "dashboardPage"))
        if t.objectName().startswith("tile") and not t.objectName().endswith("Value")
    ]
    assert len(tiles) == 9
    for tile in tiles:
        words = tile.childItems()[0].implicitHeight()  # its label, value and note
        assert tile.height() >= words, f"{tile.objectName()} cuts its words"


def test_the_bar_is_one_row_where_it_fits(staff_ui: StaffUi) -> None:
    sign_in(staff_ui)
    for size in [(1280, 800), (1920, 1080)]:
        staff_ui.window.resize(*size)
        process_events(0.3)
        close, first = find(staff_ui, "closeStaff"), find(staff_ui, "nav_dashboard")
        at = close.mapToScene(close.boundingRect().topLeft()).y()
        assert at == first.mapToScene(first.boundingRect().topLeft()).y(), size
