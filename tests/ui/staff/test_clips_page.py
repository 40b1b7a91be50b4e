"""The staff clip page through the real QML, inside the kiosk window as `build_ui` wires it:
hiding a clip takes it off the detail page, choosing it for the start screen puts it in
the attract loop, a video from the USB stick replaces it after the player's check; every
change is in the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.booth import Booth
from kiosk.storage.content import audit_trail, set_booth_agency
from kiosk.storage.database import BoothDatabase
from kiosk.ui.staff.standalone import StaffUi
from kiosk.ui.testing import find_item, process_events, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.clips import Clips
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import AGENCY, SHORT_RULES, QtMessages
from tests.ui.conftest import is_shown as visitor_shown
from tests.ui.conftest import tap as visitor_tap
from tests.ui.staff.conftest import PIN, find, shown, sign_in, tap
from tests.ui.test_clips import ROAD, add_clip

pytestmark = pytest.mark.ui

Edit = tuple[str, str, str | None, str | None]


@pytest.fixture
def usb_root(tmp_path: Path, clips: Clips) -> Path:
    """One stick, FLASHDISK, with a clip that plays, one in a codec the kiosk refuses, and a
    text file (not offered)."""
    stick = tmp_path / "media" / "FLASHDISK"
    clips.copy("h264-6s", stick / "Baru.mp4")
    clips.copy("mpeg4", stick / "Lama.mp4")
    (stick / "catatan.txt").write_text("bukan video")
    return stick.parent


@pytest.fixture
def clip_booth(tmp_path: Path, clips: Clips) -> Iterator[tuple[BoothDatabase, Path, int]]:
    path = tmp_path / "db" / "booth.sqlite"
    path.parent.mkdir()
    db = make_booth_db(path, small_festival(rules=SHORT_RULES))
    clip_id = add_clip(db, clips)  # the 2-second clip on ROAD, not in the attract loop
    yield db, path, clip_id
    db.close()


@pytest.fixture
def visitor(
    qt_messages: QtMessages,
    clip_booth: tuple[BoothDatabase, Path, int],
    usb_root: Path,
    qtbot: object,
) -> Iterator[KioskUi]:
    db, path, _clip_id = clip_booth
    ui = build_ui(
        Booth(db, AGENCY), path, size=(1920, 1080), tick_ms=50, goodbye_seconds=0.5,
        usb_roots=[usb_root],
    )  # fmt: skip
    ui.window.requestActivate()
    wait_until_started(ui.window)
    ui.attract.set_timing(slide_ms=400, photos_between=1)  # a clip after every photo slide
    yield ui
    ui.close()


@pytest.fixture
def hosted(visitor: KioskUi, clip_booth: tuple[BoothDatabase, Path, int]) -> StaffUi:
    """Staff mode inside the visitor window, signed in, on the clip page."""
    db = clip_booth[0]
    staff = visitor.staff
    set_booth_agency(db, AGENCY, editor="test")
    staff.pin.set_first_pin(PIN)
    staff._stage = "pin"
    staff.stageChanged.emit()
    visitor.flow.enterStaffMode()
    find_item(visitor, "staffLoader").setProperty("active", True)
    process_events(0.2)
    ui = StaffUi(visitor.engine, visitor.window, staff, visitor.theme, None)  # type: ignore[arg-type]
    sign_in(ui)
    tap(ui, "nav_content")
    tap(ui, "openClips")
    return ui


def clip_edits(db: BoothDatabase) -> list[Edit]:
    return [
        (e["row_key"], e["column_name"], e["old_value"], e["new_value"])
        for e in audit_trail(db)
        if e["table_name"] == "videos" and e["editor"] == "staff"
    ]


def test_a_hidden_clip_is_no_longer_offered_on_its_page(
    qtbot: QtBot,
    hosted: StaffUi,
    visitor: KioskUi,
    clip_booth: tuple[BoothDatabase, Path, int],
) -> None:
    db, _path, clip_id = clip_booth
    assert [c["id"] for c in visitor.innovations.find(ROAD)["clips"]] == [clip_id]
    assert find(hosted, f"clipDuration_{clip_id}").property("text") == "0:02"
    assert find(hosted, f"clipStatus_{clip_id}").property("text") == "Tampil di halaman inovasi"
    tap(hosted, f"clipHide_{clip_id}")
    assert (
        find(hosted, "bannerText").property("text").endswith("Video disembunyikan dari pengunjung.")
    )
    assert find(hosted, f"clipStatus_{clip_id}").property("text") == (
        "Disembunyikan dari pengunjung"
    )
    assert not find(hosted, f"clipAttract_{clip_id}").property("enabled")  # hidden: nowhere
    assert clip_edits(db) == [(str(clip_id), "hidden", "0", "1")]
    tap(hosted, "clipsBack")
    assert shown(hosted, "contentPage") and hosted.staff.property("page") == "content"

    tap(hosted, "closeStaff")
    visitor_tap(qtbot, visitor, "startArea")
    visitor_tap(qtbot, visitor, f"card_{ROAD}")
    assert visitor.flow.property("detail")["clips"] == []
    assert not visitor_shown(visitor, "clipPlaySymbol")


def test_a_clip_chosen_for_the_start_screen_plays_in_the_attract_loop(
    qtbot: QtBot,
    hosted: StaffUi,
    visitor: KioskUi,
    clip_booth: tuple[BoothDatabase, Path, int],
) -> None:
    db, _path, clip_id = clip_booth
    tap(hosted, f"clipAttract_{clip_id}")
    assert find(hosted, "bannerText").property("text").endswith("Video diputar di layar awal.")
    assert find(hosted, f"clipStatus_{clip_id}").property("text") == (
        "Tampil di halaman inovasi dan diputar di layar awal"
    )
    assert clip_edits(db) == [(str(clip_id), "in_attract", "0", "1")]
    process_events(1.0)  # the loop behind staff mode starts no clip
    assert visitor.clips.property("clipId") == -1
    tap(hosted, "closeStaff")
    qtbot.waitUntil(lambda: visitor.clips.property("clipId") == clip_id, timeout=3000)
    qtbot.waitUntil(lambda: visitor_shown(visitor, "attractClip"), timeout=3000)


def test_a_clip_is_replaced_from_the_usb_stick_after_the_players_check(
    qtbot: QtBot, hosted: StaffUi, clip_booth: tuple[BoothDatabase, Path, int]
) -> None:
    db, _path, clip_id = clip_booth
    panel = hosted.staff.property("clips")
    tap(hosted, f"clipReplace_{clip_id}")
    assert shown(hosted, "usbPicker")
    names = [f["name"] for f in panel.property("usbFiles")]
    assert names == ["Baru.mp4", "Lama.mp4"]  # videos only
    tap(hosted, "usbImage_1")  # Lama.mp4: MPEG-4 Part 2, refused
    qtbot.waitUntil(lambda: not panel.property("busy"), timeout=60000)
    assert hosted.staff.property("messageIsError")
    assert "Video Lama.mp4 tidak dapat dipakai" in find(hosted, "bannerText").property("text")
    assert clip_edits(db) == []

    tap(hosted, f"clipReplace_{clip_id}")
    tap(hosted, "usbImage_0")  # Baru.mp4
    assert not shown(hosted, "usbPicker")
    qtbot.waitUntil(lambda: not panel.property("busy"), timeout=60000)
    assert find(hosted, "bannerText").property("text").endswith("Video diganti.")
    assert find(hosted, f"clipDuration_{clip_id}").property("text") == "0:06"
    [(key, column, old, new)] = clip_edits(db)
    assert (key, column) == (str(clip_id), "file")
    assert old is not None and old.startswith("media/jalan.mp4 (")
    assert new is not None and new.startswith("Baru.mp4 (")
