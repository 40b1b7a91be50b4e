"""The few settings staff may change, each within bounds; voting rules stay the pack's.

Stored in `settings` under the keys below; every change is written to
`staff_events` with the old and new value. The visitor UI reads them with
`load_settings`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.clock import Clock
from kiosk.storage.database import BoothDatabase
from kiosk.storage.journal import get_setting, log_event, put_setting

LANGUAGES = ("id", "en", "bms")  # as the visitor screens offer them
BRIGHTNESS = (20, 100)  # percent
VOLUME = (0, 100)  # percent
IDLE_SPREAD = 0.5  # staff may set idle to the pack's value +- 50 %
MIN_IDLE_SECONDS = 15
STAFF_LOCK = (30, 15 * 60)  # seconds untouched before staff mode locks itself

KEYS = {
    "language": "default_language",
    "brightness": "brightness_percent",
    "idle_seconds": "idle_seconds",
    "volume": "volume_percent",
    "staff_lock_seconds": "staff_lock_seconds",
    "clip_sound": "clip_sound",
}


@dataclass(frozen=True)
class StaffSettings:
    language: str = "id"
    brightness: int = 80
    idle_seconds: int = 45
    volume: int = 70
    staff_lock_seconds: int = 120
    clip_sound: bool = False  # visitors may turn a clip's sound on (muted at first anyway)


def pack_idle_seconds(db: BoothDatabase) -> float:
    row = db.execute("SELECT idle_seconds FROM festival WHERE id = 1").fetchone()
    return float(row[0]) if row else 45.0


def idle_bounds(db: BoothDatabase) -> tuple[int, int]:
    """The idle time staff may choose: the pack's value +- 50 %, at least 15 s."""
    pack = pack_idle_seconds(db)
    low = max(MIN_IDLE_SECONDS, round(pack * (1 - IDLE_SPREAD)))
    return low, max(low, round(pack * (1 + IDLE_SPREAD)))


def load_settings(db: BoothDatabase) -> StaffSettings:
    """The settings in force (defaults where staff changed nothing; out-of-bounds clamped)."""
    language = get_setting(db, KEYS["language"])
    return StaffSettings(
        language=language if language in LANGUAGES else "id",
        brightness=_number(db, "brightness", BRIGHTNESS, 80),
        idle_seconds=_number(db, "idle_seconds", idle_bounds(db), round(pack_idle_seconds(db))),
        volume=_number(db, "volume", VOLUME, 70),
        staff_lock_seconds=_number(db, "staff_lock_seconds", STAFF_LOCK, 120),
        clip_sound=get_setting(db, KEYS["clip_sound"]) == "1",
    )


def set_language(db: BoothDatabase, language: str, clock: Clock | None = None) -> str:
    """The visitors' starting language: "id", "en" or "bms" (Basa Banyumasan)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _store(db, "language", load_settings(db).language, language, clock)
    return language


def set_brightness(db: BoothDatabase, percent: int, clock: Clock | None = None) -> int:
    """Screen brightness, clamped to 20-100 %; the value stored."""
    return _set_number(db, "brightness", percent, BRIGHTNESS, clock)


def set_volume(db: BoothDatabase, percent: int, clock: Clock | None = None) -> int:
    """Sound volume, clamped to 0-100 %; the value stored."""
    return _set_number(db, "volume", percent, VOLUME, clock)


def set_clip_sound(db: BoothDatabase, allowed: bool, clock: Clock | None = None) -> bool:
    """Whether visitors may turn on a video clip's sound (clips always start muted)."""
    old = "1" if load_settings(db).clip_sound else "0"
    _store(db, "clip_sound", old, "1" if allowed else "0", clock)
    return allowed


def set_idle_seconds(db: BoothDatabase, seconds: int, clock: Clock | None = None) -> int:
    """Seconds without a touch before a visit ends, clamped to the pack's bounds."""
    return _set_number(db, "idle_seconds", seconds, idle_bounds(db), clock)


def set_staff_lock_seconds(db: BoothDatabase, seconds: int, clock: Clock | None = None) -> int:
    """Seconds untouched before staff mode locks itself, clamped to 30 s - 15 min."""
    return _set_number(db, "staff_lock_seconds", seconds, STAFF_LOCK, clock)


def _set_number(
    db: BoothDatabase, name: str, value: int, bounds: tuple[int, int], clock: Clock | None
) -> int:
    clamped = clamp(int(value), bounds)
    _store(db, name, getattr(load_settings(db), name), clamped, clock)
    return clamped


def _store(db: BoothDatabase, name: str, old: object, new: object, clock: Clock | None) -> None:
    if old == new and get_setting(db, KEYS[name]) is not None:
        return
    with db.atomic():
        put_setting(db, KEYS[name], str(new))
        log_event(db, "setting_changed", f"{KEYS[name]}: {old} -> {new}", clock)


def _number(db: BoothDatabase, name: str, bounds: tuple[int, int], default: int) -> int:
    value = get_setting(db, KEYS[name])
    try:
        return clamp(int(value), bounds) if value is not None else clamp(default, bounds)
    except ValueError:
        return clamp(default, bounds)


def clamp(value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return max(low, min(high, value))
