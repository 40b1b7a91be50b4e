"""Numbers and times as an Indonesian staff member reads them: "3,5", "14.05 WIB", "12,4 GB"."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def decimal(value: float, places: int = 1) -> str:
    """Indonesian decimal comma: 3.5 -> "3,5"."""
    return f"{value:.{places}f}".replace(".", ",")


def clock_time(moment: datetime | None, tz: tzinfo, never: str = "belum ada") -> str:
    """A UTC moment as local time, e.g. "14.05 WIB", with the date if it is not today."""
    if moment is None:
        return never
    local = moment.astimezone(tz)
    return f"{local:%H.%M} {zone_name(local)}"


def day_and_time(moment: datetime | None, tz: tzinfo, never: str = "belum pernah") -> str:
    """E.g. "20 Agustus, 14.05 WIB"."""
    if moment is None:
        return never
    local = moment.astimezone(tz)
    return f"{local.day} {MONTHS[local.month - 1]}, {local:%H.%M} {zone_name(local)}"


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
