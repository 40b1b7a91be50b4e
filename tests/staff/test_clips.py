"""Staff edits to clips: hide, choose for the attract loop, replace from USB; all audited.

Replacing checks the new clip with the kiosk's player in a child process (Qt): `ui` mark.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.domain.festival import VideoLimits
from kiosk.staff.clips import choose_for_attract, hide_clip, list_usb_clips, replace_clip
from kiosk.staff.errors import StaffError
from kiosk.storage.clips import attract_clips, clip_problems, clips_of
from kiosk.storage.content import audit_trail, load_festival, video_limits
from kiosk.storage.database import BoothDatabase, open_booth_database
from tests.clips import Clips
from tests.helpers import make_booth_db, small_festival
from tests.ui.test_clips import ROAD, add_clip

pytestmark = pytest.mark.ui


@pytest.fixture
def booth(tmp_path: Path, clips: Clips) -> Iterator[tuple[BoothDatabase, int]]:
    db = make_booth_db(tmp_path / "db" / "booth.sqlite")
    clip_id = add_clip(db, clips)
    yield db, clip_id
    db.close()


def edits(db: BoothDatabase) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (e["table_name"], e["row_key"], e["column_name"], e["old_value"], e["new_value"])
        for e in audit_trail(db)
        if e["table_name"] == "videos"
    ]


def test_hide_and_choose_for_the_attract_loop_are_audited(
    booth: tuple[BoothDatabase, int],
) -> None:
    db, clip_id = booth
    choose_for_attract(db, clip_id, True)
    assert [c.id for c in attract_clips(db)] == [clip_id]
    hide_clip(db, clip_id, True)
    assert clips_of(db, ROAD) == [] and attract_clips(db) == []
    hide_clip(db, clip_id, True)  # no change, no entry
    hide_clip(db, clip_id, False)
    assert [c.id for c in clips_of(db, ROAD)] == [clip_id]
    key = str(clip_id)
    assert edits(db) == [
        ("videos", key, "in_attract", "0", "1"),
        ("videos", key, "hidden", "0", "1"),
        ("videos", key, "hidden", "1", "0"),
    ]


def test_a_clip_from_usb_replaces_one_after_the_players_check(
    booth: tuple[BoothDatabase, int], clips: Clips, tmp_path: Path
) -> None:
    db, clip_id = booth
    usb = tmp_path / "usb"
    clips.copy("h264-6s", usb / "Baru.MP4")
    clips.copy("cut", usb / "rusak.mp4")
    clips.copy("mpeg4", usb / "lama.mp4")
    (usb / "catatan.txt").write_text("bukan video")
    assert [p.name for p in list_usb_clips(usb)] == ["Baru.MP4", "lama.mp4", "rusak.mp4"]
    before = clips_of(db, ROAD)

    with pytest.raises(
        StaffError,
        match=r"rusak\.mp4 tidak dapat dipakai: Gerai tidak dapat memutarnya \(.*no picture",
    ):
        replace_clip(db, clip_id, usb / "rusak.mp4")
    with pytest.raises(StaffError, match=r"formatnya MPEG-4 Part 2, tidak didukung \(ubah ke MP4"):
        replace_clip(db, clip_id, usb / "lama.mp4")
    with pytest.raises(StaffError, match="bukan berkas video"):
        replace_clip(db, clip_id, usb / "catatan.txt")
    assert clips_of(db, ROAD) == before and edits(db) == []

    replace_clip(db, clip_id, usb / "Baru.MP4")
    [after] = clips_of(db, ROAD)
    sha = hashlib.sha256((usb / "Baru.MP4").read_bytes()).hexdigest()
    assert (after.id, after.sha256, after.path.name, after.duration_ms) == (
        clip_id, sha, f"{sha}.mp4", 6000,
    )  # fmt: skip
    assert after.title == before[0].title and after.captions == before[0].captions
    assert clip_problems(db, full=True) == []
    [(table, key, column, old, new)] = edits(db)
    assert (table, key, column) == ("videos", str(clip_id), "file")
    assert old is not None and old.startswith("media/jalan.mp4 (")
    assert new == f"Baru.MP4 ({sha[:16]})"


def test_a_replacement_is_held_to_the_limits_the_installed_pack_sets(
    tmp_path: Path, clips: Clips
) -> None:
    """The pack's festival.video (here 5 s and 1 MB) goes into the booth file with the
    content, and a clip from a stick is checked against it, not against the defaults."""
    festival = replace(small_festival(), video_limits=VideoLimits(max_seconds=5, max_megabytes=1))
    db = make_booth_db(tmp_path / "db" / "booth.sqlite", festival)
    try:
        assert load_festival(db).video_limits == VideoLimits(5, 1)
        clip_id = add_clip(db, clips)
        usb = tmp_path / "usb"
        clips.copy("h264-6s", usb / "Baru.mp4")
        before = clips_of(db, ROAD)
        with pytest.raises(StaffError, match=r"durasinya 0:06, lebih dari 0:05 yang diizinkan"):
            replace_clip(db, clip_id, usb / "Baru.mp4")
        assert clips_of(db, ROAD) == before and edits(db) == []
    finally:
        db.close()


def test_a_booth_file_from_before_the_limits_reads_the_defaults(tmp_path: Path) -> None:
    db = make_booth_db(tmp_path / "db" / "booth.sqlite")
    try:
        db.execute("ALTER TABLE festival DROP COLUMN video_max_seconds")
        db.execute("ALTER TABLE festival DROP COLUMN video_max_megabytes")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_video_limits'")
    finally:
        db.close()
    db = open_booth_database(tmp_path / "db" / "booth.sqlite")  # migrates it
    try:
        assert video_limits(db) == VideoLimits() == load_festival(db).video_limits
    finally:
        db.close()
