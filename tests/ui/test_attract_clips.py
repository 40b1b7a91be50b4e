"""Clips staff chose play in the attract loop, through the real QML offscreen: between the
photo slides, muted, captions on in the visit's language, through the kiosk's one player;
a touch stops it (decoder freed, no visitor record) and starts the visit; a clip that
cannot play is skipped without a black slide; nothing starts while staff mode is open."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from kiosk.booth import Booth
from kiosk.domain.festival import Text
from kiosk.staff.clips import choose_for_attract
from kiosk.storage.clips import ProcessedClip, clip_file, insert_clips, install_clip_file, media_dir
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import process_events, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.clips import Clips
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import SHORT_RULES, QtMessages, is_shown, item, tap

pytestmark = pytest.mark.ui

ROAD = "gerakan-rawat-jalan"
CAPTIONS_ID = (
    "WEBVTT\n\n00:00.000 --> 00:03.000\nWarga melapor jalan rusak\n\n"
    "00:03.000 --> 00:06.000\nTim datang dalam dua hari\n"
)
CAPTIONS_EN = (
    "WEBVTT\n\n00:00.000 --> 00:03.000\nResidents report a damaged road\n\n"
    "00:03.000 --> 00:06.000\nThe team comes within two days\n"
)


def add_attract_clip(db: BoothDatabase, clips: Clips, slug: str = ROAD) -> int:
    """The generated 6-second H.264 clip, with captions, on `slug`, chosen for the loop."""
    source = clips.path("h264-6s")
    data = source.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    install_clip_file(media_dir(db), sha, ".mp4", lambda path: path.write_bytes(data))
    poster = io.BytesIO()
    Image.new("RGB", (320, 240), (20, 60, 200)).save(poster, "JPEG")
    with db.atomic():
        insert_clips(
            db,
            [
                ProcessedClip(
                    slug, 0, Text("Cara melapor", "How to report"), "jalan.mp4", sha, ".mp4",
                    len(data), 6000, "H264", 320, 240, poster.getvalue(),
                    Text(CAPTIONS_ID, CAPTIONS_EN),
                )
            ],
        )  # fmt: skip
    clip_id = int(db.execute("SELECT max(id) FROM videos").fetchone()[0])
    choose_for_attract(db, clip_id, True)
    return clip_id


@pytest.fixture
def loop_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, small_festival(rules=SHORT_RULES))
    yield db, path
    db.close()


def start_kiosk(db: BoothDatabase, path: Path) -> KioskUi:
    """The kiosk on its attract loop, a photo slide every 0.4 s and a clip after each."""
    ui = build_ui(Booth(db, "DPUPR"), path, size=(1280, 800), tick_ms=50, goodbye_seconds=0.5)
    ui.window.requestActivate()
    wait_until_started(ui.window)
    ui.attract.set_timing(slide_ms=400, photos_between=1)
    return ui


@pytest.fixture
def looping(
    qt_messages: QtMessages,
    loop_db: tuple[BoothDatabase, Path],
    clips: Clips,
    qtbot: object,
) -> Iterator[tuple[KioskUi, BoothDatabase, int]]:
    db, path = loop_db
    clip_id = add_attract_clip(db, clips)
    ui = start_kiosk(db, path)
    yield ui, db, clip_id
    ui.close()


def colours_on_screen(ui: KioskUi) -> int:
    """Distinct colours in the middle of the window (above the captions and the button)."""
    image = ui.window.grabWindow()
    width, height = image.width(), image.height()
    seen = set()
    for x in range(width // 5, width * 4 // 5, 9):
        for y in range(height // 5, height * 3 // 5, 9):
            seen.add(image.pixelColor(x, y).rgb() >> 4)
    return len(seen)


def test_a_chosen_clip_plays_between_the_photos_with_captions_and_a_touch_stops_it(
    qtbot: QtBot, looping: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, db, clip_id = looping
    player = ui.clips
    photo_colours = colours_on_screen(ui)  # a one-colour photo under its title
    qtbot.waitUntil(lambda: player.property("clipId") == clip_id, timeout=3000)
    qtbot.waitUntil(lambda: is_shown(ui, "attractClip"), timeout=3000)
    assert player.decoding and player.property("playing")
    assert player.property("muted") is True  # always, in the loop
    # Its frame is painted: the test pattern's many colours, not the photo slide's few.
    qtbot.waitUntil(lambda: colours_on_screen(ui) > photo_colours + 40, timeout=3000)
    # Captions on, in the visit's language (Indonesian, the booth's), and the innovation.
    qtbot.waitUntil(lambda: is_shown(ui, "attractCaption"), timeout=2000)
    assert item(ui, "attractCaption").property("text") == "Warga melapor jalan rusak"
    assert item(ui, "attractClipTitle").property("text") == "Gerakan Rawat Jalan dan Sungai"
    # Title and captions stand clear above "Touch the screen to start", never on it.
    band = item(ui, "attractCaptionBand")
    band_bottom = band.mapToScene(QPointF(0, band.height())).y()
    cta_top = item(ui, "touchToStart").mapToScene(QPointF(0, 0)).y()
    assert cta_top - band_bottom >= ui.theme.property("gap")
    # A touch: the clip stops at once, its decoder freed, and the visit starts.
    tap(qtbot, ui, "startArea")
    assert not player.decoding and player.property("clipId") == -1
    assert ui.flow.property("screen") == "home"
    # Nobody watched it: the attract loop's plays are not visitor records.
    assert db.execute("SELECT count(*) FROM clip_plays").fetchone()[0] == 0


def test_captions_follow_the_language_chosen_on_the_attract_screen(
    qtbot: QtBot, looping: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, _db, clip_id = looping
    tap(qtbot, ui, "lang_en")  # before the clip: it starts in English
    qtbot.waitUntil(lambda: is_shown(ui, "attractCaption"), timeout=4000)
    assert item(ui, "attractCaption").property("text") == "Residents report a damaged road"
    assert ui.clips.property("clipId") == clip_id
    tap(qtbot, ui, "lang_id")  # while it plays: the captions change with it
    assert item(ui, "attractCaption").property("text") == "Warga melapor jalan rusak"
    assert ui.clips.property("clipId") == clip_id and ui.flow.property("screen") == "attract"


def test_the_loop_goes_back_to_the_photos_after_the_clip_and_plays_it_again(
    qtbot: QtBot, looping: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, _db, clip_id = looping
    attract = item(ui, "attractScreen")
    qtbot.waitUntil(lambda: ui.clips.property("clipId") == clip_id, timeout=3000)
    slide = attract.property("current")
    qtbot.waitUntil(lambda: ui.clips.property("clipId") == -1, timeout=9000)  # its 6 s
    assert not ui.clips.decoding  # freed when the loop moved on
    assert attract.property("current") != slide  # the next photo
    qtbot.waitUntil(lambda: ui.clips.property("clipId") == clip_id, timeout=3000)


def test_a_clip_that_cannot_play_is_skipped_without_a_black_slide(
    qtbot: QtBot, looping: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, db, clip_id = looping
    [(sha, ext)] = db.execute("SELECT sha256, file_ext FROM videos").fetchall()
    clip_file(media_dir(db), sha, ext).write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(4000))
    attract, clip_slide = item(ui, "attractScreen"), item(ui, "attractClip")
    # Watched by signals, not by polling: a failed try can begin and end between polls,
    # and under load the slides (and so the try) come later than their nominal time.
    tried: list[int] = []
    shown: list[float] = []
    slides_after_the_try: list[int] = []
    ui.clips.changed.connect(lambda: tried.append(ui.clips.property("clipId")))
    clip_slide.opacityChanged.connect(lambda: shown.append(clip_slide.property("opacity")))
    attract.currentChanged.connect(
        lambda: slides_after_the_try.append(attract.property("current")) if tried else None
    )
    qtbot.waitUntil(lambda: clip_id in tried, timeout=30000)  # the clip was tried
    qtbot.waitUntil(lambda: len(slides_after_the_try) >= 1, timeout=30000)  # photos go on
    assert not [o for o in shown if o > 0], "the clip's slide was shown"
    qtbot.waitUntil(lambda: ui.clips.property("clipId") == -1, timeout=6000)
    assert not ui.clips.decoding  # the failed clip's decoder is freed too


def test_nothing_plays_while_staff_mode_is_open(
    qtbot: QtBot, looping: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, _db, clip_id = looping
    qtbot.waitUntil(lambda: ui.clips.property("clipId") == clip_id, timeout=3000)
    ui.flow.enterStaffMode()  # stops the clip, as it does a visit
    assert not ui.clips.decoding
    process_events(1.5)  # three photo slides' time
    assert not ui.clips.decoding and ui.clips.property("clipId") == -1
    ui.flow.leaveStaffMode()
    qtbot.waitUntil(lambda: ui.clips.property("clipId") == clip_id, timeout=3000)


def test_without_chosen_clips_the_loop_is_photos_only(
    qtbot: QtBot, qt_messages: QtMessages, loop_db: tuple[BoothDatabase, Path], clips: Clips
) -> None:
    db, path = loop_db
    clip_id = add_attract_clip(db, clips)
    choose_for_attract(db, clip_id, False)
    ui = start_kiosk(db, path)
    try:
        assert ui.attract.property("clipCount") == 0
        attract = item(ui, "attractScreen")
        seen = set()
        for _ in range(75):  # 1.5 s: three slide changes
            process_events(0.02)
            seen.add(attract.property("current"))
            assert ui.clips.property("clipId") == -1 and not ui.clips.decoding
        assert seen == {0, 1}  # the booth's two innovations, in turn
    finally:
        ui.close()
