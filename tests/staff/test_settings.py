"""Settings staff may change, within bounds, each change in the staff journal."""

from __future__ import annotations

import pytest

from kiosk.staff import settings
from kiosk.staff.settings import StaffSettings, idle_bounds, load_settings
from tests.staff.conftest import StaffedBooth


def test_defaults_follow_the_pack(staffed: StaffedBooth) -> None:
    assert load_settings(staffed.db) == StaffSettings("id", 80, 45, 70)
    assert idle_bounds(staffed.db) == (22, 68)


def test_values_are_clamped_stored_and_logged(staffed: StaffedBooth) -> None:
    db, clock = staffed.db, staffed.clock
    assert settings.set_brightness(db, 5, clock) == 20
    assert settings.set_volume(db, 150, clock) == 100
    assert settings.set_idle_seconds(db, 600, clock) == 68
    assert settings.set_language(db, "en", clock) == "en"
    assert load_settings(db) == StaffSettings("en", 20, 68, 100)
    details = [r[0] for r in db.execute("SELECT detail FROM staff_events ORDER BY id")]
    assert details == [
        "brightness_percent: 80 -> 20",
        "volume_percent: 70 -> 100",
        "idle_seconds: 45 -> 68",
        "default_language: id -> en",
    ]


def test_unchanged_values_are_not_logged_twice(staffed: StaffedBooth) -> None:
    settings.set_volume(staffed.db, 40, staffed.clock)
    settings.set_volume(staffed.db, 40, staffed.clock)
    assert staffed.db.execute("SELECT count(*) FROM staff_events").fetchone()[0] == 1


def test_banyumasan_may_be_the_visitors_first_language(staffed: StaffedBooth) -> None:
    assert settings.set_language(staffed.db, "bms", staffed.clock) == "bms"
    assert load_settings(staffed.db).language == "bms"


def test_unknown_language_is_refused(staffed: StaffedBooth) -> None:
    with pytest.raises(ValueError):
        settings.set_language(staffed.db, "jv", staffed.clock)


def test_garbage_in_the_table_falls_back_to_defaults(staffed: StaffedBooth) -> None:
    staffed.db.execute("INSERT INTO settings VALUES ('brightness_percent', 'terang')")
    staffed.db.execute("INSERT INTO settings VALUES ('volume_percent', '-5')")
    staffed.db.conn.commit()
    assert load_settings(staffed.db).brightness == 80
    assert load_settings(staffed.db).volume == 0


def test_staff_lock_time_defaults_to_two_minutes_within_bounds(staffed: StaffedBooth) -> None:
    db, clock = staffed.db, staffed.clock
    assert load_settings(db).staff_lock_seconds == 120
    assert settings.set_staff_lock_seconds(db, 5, clock) == 30
    assert settings.set_staff_lock_seconds(db, 3600, clock) == 15 * 60
    assert load_settings(db).staff_lock_seconds == 15 * 60
    details = [r[0] for r in db.execute("SELECT detail FROM staff_events ORDER BY id")]
    assert details == ["staff_lock_seconds: 120 -> 30", "staff_lock_seconds: 30 -> 900"]
