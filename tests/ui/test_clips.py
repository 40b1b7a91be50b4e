"""A video clip on the detail page, through the real QML offscreen: poster, tap to play
(muted, captions on), frames painted in the window, pause, staff sound and volume, and
stopped (decoder freed) when the visitor leaves the page or the visit times out."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from kiosk.booth import Booth
from kiosk.domain.festival import Text, VotingRules
from kiosk.staff.settings import set_clip_sound, set_volume
from kiosk.storage.clips import ProcessedClip, insert_clips, install_clip_file, media_dir
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import process_events, settle, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.clips import CAPTIONS_EN, CAPTIONS_ID, Clips
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import QtMessages, is_shown, item, tap

pytestmark = pytest.mark.ui

ROAD = "gerakan-rawat-jalan"
RULES = VotingRules(
    min_dwell_seconds=0.3, max_votes_per_session=2, cooldown_seconds=1.5, idle_seconds=30,
    idle_warning_seconds=5,
)  # fmt: skip
BLUE = (20, 60, 200)


def add_clip(db: BoothDatabase, clips: Clips, slug: str = ROAD) -> int:
    """Install the generated 2-second H.264 clip (with captions) for `slug`."""
    source = clips.path("h264")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    install_clip_file(
        media_dir(db), sha, ".mp4", lambda path: path.write_bytes(source.read_bytes())
    )
    poster = io.BytesIO()
    Image.new("RGB", (320, 240), BLUE).save(poster, "JPEG")  # one colour: frames differ
    with db.atomic():
        insert_clips(
            db,
            [
                ProcessedClip(
                    slug, 0, Text("Cara melapor", "How to report"), "media/jalan.mp4", sha,
                    ".mp4", source.stat().st_size, 2000, "H264", 320, 240, poster.getvalue(),
                    Text(CAPTIONS_ID, CAPTIONS_EN),
                )
            ],
        )  # fmt: skip
    return int(db.execute("SELECT max(id) FROM videos").fetchone()[0])


@pytest.fixture
def clip_kiosk(
    qt_messages: QtMessages, tmp_path: Path, clips: Clips, qtbot: object
) -> Iterator[tuple[KioskUi, BoothDatabase, int]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, small_festival(rules=RULES))
    clip_id = add_clip(db, clips)
    ui = build_ui(Booth(db, "DPUPR"), path, size=(1280, 800), tick_ms=50, goodbye_seconds=0.5)
    wait_until_started(ui.window)
    yield ui, db, clip_id
    ui.close()
    db.close()


def open_detail(qtbot: QtBot, ui: KioskUi) -> None:
    tap(qtbot, ui, "startArea")
    tap(qtbot, ui, f"card_{ROAD}")
    assert ui.flow.property("screen") == "detail"
    settle(ui, 0.5)


def colours_in_gallery(ui: KioskUi) -> int:
    """How many distinct colours the gallery shows (a one-colour poster: a handful)."""
    gallery = item(ui, "gallery")
    corner = gallery.mapToScene(gallery.boundingRect().topLeft()).toPoint()
    image = ui.window.grabWindow()
    seen = set()
    for x in range(corner.x() + 10, corner.x() + int(gallery.width()) - 10, 7):
        for y in range(corner.y() + 80, corner.y() + int(gallery.height()) - 80, 7):
            seen.add(image.pixelColor(x, y).rgb() >> 4)
    return len(seen)


def test_a_clip_plays_on_tap_muted_with_captions_and_stops_when_leaving(
    qtbot: QtBot, clip_kiosk: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, db, clip_id = clip_kiosk
    player = ui.clips
    open_detail(qtbot, ui)
    # The poster, with a play symbol; nothing decodes yet.
    assert is_shown(ui, "clipPlaySymbol")
    assert not player.decoding
    poster_colours = colours_in_gallery(ui)
    tap(qtbot, ui, "clipArea")
    qtbot.waitUntil(lambda: player.property("positionMs") > 300, timeout=5000)
    assert player.property("clipId") == clip_id and player.property("playing")
    assert player.property("muted") is True  # booths are loud
    assert player.output_volume == pytest.approx(0.7)  # the staff's volume (default 70 %)
    assert not is_shown(ui, "clipSound")  # staff have not allowed sound
    # A frame is painted in the window: the test pattern's many colours, not the poster's one.
    qtbot.waitUntil(lambda: colours_in_gallery(ui) > poster_colours + 20, timeout=3000)
    # Captions on, in the visitor's language.
    qtbot.waitUntil(lambda: is_shown(ui, "clipCaption"), timeout=2000)
    assert item(ui, "clipCaption").property("text") in {
        "Warga melapor jalan rusak",
        "Tim datang dalam dua hari",
    }
    # Pause, then play on.
    tap(qtbot, ui, "clipPlayPause")
    qtbot.waitUntil(lambda: not player.property("playing"), timeout=2000)
    assert is_shown(ui, "clipPlaySymbol")
    assert item(ui, "clipPlayPause").property("text") == "Putar"
    tap(qtbot, ui, "clipPlayPause")
    qtbot.waitUntil(lambda: player.property("playing"), timeout=2000)
    # Leaving the page stops the clip and closes it.
    tap(qtbot, ui, "backButton")
    assert ui.flow.property("screen") == "home"
    assert not player.decoding
    assert player.property("clipId") == -1
    # The play is a visitor record on the chain: the clip, and how long it was watched.
    [(slug, sha, watched)] = db.execute(
        "SELECT innovation_slug, clip_sha256, watched_seconds FROM clip_plays"
    ).fetchall()
    assert (slug, len(sha)) == (ROAD, 64)
    assert 0.3 <= watched <= 2.0


def test_a_clip_that_ends_shows_its_poster_again(
    qtbot: QtBot, clip_kiosk: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, _db, _clip_id = clip_kiosk
    open_detail(qtbot, ui)
    tap(qtbot, ui, "clipArea")
    qtbot.waitUntil(lambda: ui.clips.decoding, timeout=3000)
    qtbot.waitUntil(lambda: not ui.clips.decoding, timeout=6000)  # 2 s clip
    assert is_shown(ui, "clipPlaySymbol")
    assert not is_shown(ui, "clipControls")


def test_staff_allow_sound_the_visitor_turns_it_on_and_the_staff_volume_is_the_output(
    qtbot: QtBot, clip_kiosk: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, db, _clip_id = clip_kiosk
    set_clip_sound(db, True)
    set_volume(db, 40)
    ui.staff.settingsChanged.emit()
    assert ui.clips.property("soundAllowed") is True
    assert ui.clips.output_volume == pytest.approx(0.4)
    open_detail(qtbot, ui)
    tap(qtbot, ui, "clipArea")
    qtbot.waitUntil(lambda: ui.clips.property("playing"), timeout=3000)
    assert ui.clips.property("muted") is True  # still starts muted
    assert is_shown(ui, "clipSound") and not is_shown(ui, "clipVolume")
    tap(qtbot, ui, "clipSound")
    assert ui.clips.property("muted") is False
    assert is_shown(ui, "clipVolume")
    assert item(ui, "clipVolume").property("to") == 40
    # Staff take sound away again: muted at once.
    set_clip_sound(db, False)
    ui.staff.settingsChanged.emit()
    assert ui.clips.property("muted") is True
    assert not is_shown(ui, "clipSound")


def test_a_playing_clip_keeps_the_visit_open(
    qtbot: QtBot, clip_kiosk: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, _db, _clip_id = clip_kiosk
    ui.flow.booth.idle_seconds = 1.0  # half the clip's length (the visit takes it at its start)
    open_detail(qtbot, ui)
    tap(qtbot, ui, "clipArea")
    qtbot.waitUntil(lambda: ui.clips.property("playing"), timeout=3000)
    watched = 0
    while ui.clips.property("playing"):  # the whole clip, without a touch
        assert not ui.flow.property("idleWarning"), f"idle warning {watched * 0.1:.1f} s in"
        process_events(0.1)
        watched += 1
    assert watched >= 12 and ui.flow.property("screen") == "detail"
    # the clip over, the idle time runs again
    qtbot.waitUntil(lambda: ui.flow.property("idleWarning"), timeout=3000)


def test_the_visit_timing_out_stops_the_clip(
    qtbot: QtBot, clip_kiosk: tuple[KioskUi, BoothDatabase, int]
) -> None:
    ui, _db, _clip_id = clip_kiosk
    ui.flow.booth.idle_seconds = 1.0  # then the warning (5 s), then the visit ends
    open_detail(qtbot, ui)
    tap(qtbot, ui, "clipArea")
    qtbot.waitUntil(lambda: ui.clips.property("playing"), timeout=3000)
    tap(qtbot, ui, "clipPlayPause")  # paused: still open, as long as the visitor likes
    qtbot.waitUntil(lambda: ui.flow.property("screen") != "detail", timeout=12000)
    assert not ui.clips.decoding
    process_events(0.2)
