"""The content editor through the real QML: a typed title reaches the visitor screen and the
audit trail; photos come from the USB stick; hiding and reordering are audited."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from kiosk.booth import Booth
from kiosk.storage.content import audit_trail, load_festival, set_booth_agency
from kiosk.storage.database import BoothDatabase
from kiosk.ui.staff.standalone import StaffUi
from kiosk.ui.testing import find_item, process_events, visual_items, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.ui.conftest import QtMessages
from tests.ui.conftest import tap as visitor_tap
from tests.ui.staff.conftest import PIN, find, shown, sign_in, tap, type_on_keyboard

pytestmark = pytest.mark.ui

SLUG = "lapor-jalan-rusak"


@pytest.fixture
def visitor(
    qt_messages: QtMessages, booth: Booth, booth_db: tuple[BoothDatabase, Path]
) -> Iterator[KioskUi]:
    ui = build_ui(booth, booth_db[1], size=(1920, 1080), tick_ms=50, goodbye_seconds=0.5)
    ui.window.requestActivate()
    wait_until_started(ui.window)
    yield ui
    ui.close()


@pytest.fixture
def hosted(visitor: KioskUi, booth_db: tuple[BoothDatabase, Path]) -> StaffUi:
    """Staff mode inside the visitor window, as `build_ui` wires it, showing the PIN pad."""
    db, _path = booth_db
    staff = visitor.staff
    set_booth_agency(db, "DPUPR", editor="test")
    staff.pin.set_first_pin(PIN)
    staff._stage = "pin"
    staff.stageChanged.emit()
    visitor.flow.enterStaffMode()
    find_item(visitor, "staffLoader").setProperty("active", True)
    process_events(0.2)
    return StaffUi(visitor.engine, visitor.window, staff, visitor.theme, None)  # type: ignore[arg-type]


def open_editor(ui: StaffUi, slug: str = SLUG) -> None:
    sign_in(ui)
    tap(ui, "nav_content")
    tap(ui, f"innovation_{slug}")
    assert ui.staff.property("editor").property("slug") == slug


def test_typed_title_shows_on_the_visitor_screen_and_in_the_audit_trail(
    hosted: StaffUi, visitor: KioskUi, qtbot: object
) -> None:
    open_editor(hosted)
    field = find(hosted, "titleFieldInput")
    tap(hosted, "titleFieldInput")
    qtbot.waitUntil(lambda: shown(hosted, "inputPanel"), timeout=3000)  # type: ignore[attr-defined]
    field.setProperty("cursorPosition", len(field.property("text")))
    type_on_keyboard(hosted, " kota")
    assert preview_title(hosted) == "Lapor Jalan Rusak kota"  # live, before saving
    assert load_festival(hosted.staff.db).innovations[1].title.id == "Lapor Jalan Rusak"
    tap(hosted, "saveTexts")
    assert "tersimpan" in find(hosted, "bannerText").property("text")
    edit = audit_trail(hosted.staff.db)[-1]
    assert (edit["editor"], edit["row_key"], edit["column_name"]) == ("staff", SLUG, "title_id")
    assert (edit["old_value"], edit["new_value"]) == ("Lapor Jalan Rusak", "Lapor Jalan Rusak kota")

    tap(hosted, "closeStaff")
    assert not find_item(visitor, "staffLoader").property("active")
    visitor_tap(qtbot, visitor, "startArea")
    visitor_tap(qtbot, visitor, f"card_{SLUG}")
    titles = [
        i.property("text")
        for i in visual_items(visitor.window.contentItem())
        if i.objectName() == "detailTitle" and i.isVisible()
    ]
    assert titles == ["Lapor Jalan Rusak kota"]


def test_photo_from_usb_is_added_replaced_and_removed(staff_ui: StaffUi) -> None:
    open_editor(staff_ui)
    tap(staff_ui, "addPhoto")
    assert shown(staff_ui, "usbPicker")
    process_events(0.3)
    tap(staff_ui, "usbImage_0")  # depan.jpg, 2400x1600
    assert not shown(staff_ui, "usbPicker")
    photos = staff_ui.staff.property("editor").property("current")["photos"]
    assert [p["name"] for p in photos] == ["depan.jpg"]
    row = staff_ui.staff.db.execute(
        "SELECT width, height FROM photos WHERE innovation_slug = ?", [SLUG]
    ).fetchone()
    assert row == (1920, 1280)
    tap(staff_ui, f"photo_{photos[0]['id']}")
    tap(staff_ui, "replacePhoto")
    tap(staff_ui, "usbImage_1")
    photos = staff_ui.staff.property("editor").property("current")["photos"]
    assert [p["name"] for p in photos] == ["samping.jpg"]
    tap(staff_ui, f"photo_{photos[0]['id']}")
    tap(staff_ui, "removePhoto")
    assert staff_ui.staff.property("editor").property("current")["photos"] == []
    edits = [e for e in audit_trail(staff_ui.staff.db) if e["table_name"] == "photos"]
    assert [(e["old_value"] is None, e["new_value"] is None) for e in edits] == [
        (True, False),
        (False, False),
        (False, True),
    ]


def test_hide_and_reorder_from_the_list(staff_ui: StaffUi) -> None:
    open_editor(staff_ui)
    tap(staff_ui, f"moveUp_{SLUG}")
    db = staff_ui.staff.db
    assert load_festival(db).innovations_of("DPUPR")[0].slug == SLUG
    tap(staff_ui, f"toggleHidden_{SLUG}")
    assert [i.slug for i in load_festival(db).innovations_of("DPUPR")] == ["gerakan-rawat-jalan"]
    tap(staff_ui, "toggleHidden_gerakan-rawat-jalan")  # the last visible one: refused
    assert "tetap tampil" in find(staff_ui, "bannerText").property("text")
    columns = [e["column_name"] for e in audit_trail(db) if e["editor"] == "staff"]
    assert columns == ["sort_order", "sort_order", "hidden"]


def test_bad_link_is_refused_with_a_plain_message(staff_ui: StaffUi) -> None:
    open_editor(staff_ui)
    find(staff_ui, "urlField").setProperty("text", "banyumaskab.go.id")
    tap(staff_ui, "saveTexts")
    assert "https://" in find(staff_ui, "bannerText").property("text")
    assert staff_ui.staff.property("messageIsError")


def preview_title(ui: StaffUi) -> str:
    preview = find(ui, "previewText")
    titles = [i for i in visual_items(preview) if i.objectName() == "detailTitle"]
    return str(titles[0].property("text"))


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920)])
def test_the_content_page_fits_its_buttons_and_a_preview_of_a_readable_size(
    staff_ui: StaffUi, size: tuple[int, int]
) -> None:
    """The page's buttons (photos, video) wholly on screen; on a wide screen the visitor-page
    preview takes the free height (squeezed to a 40 px strip by an empty filler once)."""
    sign_in(staff_ui)
    tap(staff_ui, "nav_content")
    staff_ui.window.resize(*size)
    process_events(0.4)
    window = QRectF(0, 0, *size)
    for name in ["bigPreview", "openClips", "addPhoto"]:
        button = find(staff_ui, name)
        assert window.contains(button.mapRectToScene(button.boundingRect())), f"{name} is cut off"
    if size[0] >= 1500:  # roomy: the preview beside the form
        preview = find(staff_ui, "preview")
        assert preview.height() >= preview.width() * 9 / 16 * 0.75
