"""Numbers and times as an Indonesian staff member reads them: "3,5", "14.05 WIB", "12,4 GB".

Staff mode is in Indonesian only (its screens have no translations), so these words are
Indonesian, not run through the visitors' translator: a "yesterday" in the middle of an
Indonesian dashboard would be harder to read, not easier.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
# Short names as Indonesian calendars print them (CLDR's "id" abbreviations).
SHORT_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
)  # fmt: skip
SHORT_DAYS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")  # Monday first, as weekday()
YESTERDAY = "kemarin"


def decimal(value: float, places: int = 1) -> str:
    """Indonesian decimal comma: 3.5 -> "3,5"."""
    return f"{value:.{places}f}".replace(".", ",")


def clock_time(moment: datetime | None, tz: tzinfo, today: date, never: str = "belum ada") -> str:
    """A UTC moment as the festival's local time, with as much of the day as staff need:
    "14.05 WIB" today, "kemarin 14.05 WIB", else "Sen 2 Des 14.05 WIB" (and the year
    when it is not this year's). `today` is the festival's date now (its time zone)."""
    if moment is None:
        return never
    local = moment.astimezone(tz)
    time = hour_minute(local)
    day = local.date()
    if day == today:
        return time
    if day == today - timedelta(days=1):
        return f"{YESTERDAY} {time}"
    year = "" if day.year == today.year else f" {day.year}"
    return f"{SHORT_DAYS[day.weekday()]} {day.day} {SHORT_MONTHS[day.month - 1]}{year} {time}"


def hour_minute(moment: datetime, tz: tzinfo | None = None) -> str:
    """The time alone, e.g. "14.05 WIB" (in `tz`, or in the moment's own zone)."""
    local = moment.astimezone(tz) if tz is not None else moment
    return f"{local:%H.%M} {zone_name(local)}"


def long_date(moment: date) -> str:
    """E.g. "20 Agustus 2026"."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def zone_name(local: datetime) -> str:
    """WIB, WITA or WIT for Indonesian offsets; the offset otherwise."""
    offset = local.utcoffset()
    hours = None if offset is None else offset.total_seconds() / 3600
    return {7.0: "WIB", 8.0: "WITA", 9.0: "WIT"}.get(hours or 0.0, local.strftime("UTC%z"))


def size(n_bytes: int) -> str:
    """Free disk space: "12,4 GB", "850 MB"."""
    if n_bytes >= 1e9:
        return f"{decimal(n_bytes / 1e9)} GB"
    return f"{n_bytes / 1e6:.0f} MB"
