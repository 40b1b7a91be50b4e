"""Staff times carry their day unless it is today, at the festival's own midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.staff.wording import clock_time, hour_minute

JAKARTA = ZoneInfo("Asia/Jakarta")  # WIB, UTC+7: local midnight is 17.00 UTC
MAKASSAR = ZoneInfo("Asia/Makassar")  # WITA, UTC+8
TODAY = date(2026, 12, 3)  # a Thursday


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (utc(2026, 12, 3, 7, 5), "14.05 WIB"),
        # local midnight that began today, and the minute before it
        (utc(2026, 12, 2, 17, 0), "00.00 WIB"),
        (utc(2026, 12, 2, 16, 59), "kemarin 23.59 WIB"),
        (utc(2026, 12, 1, 17, 0), "kemarin 00.00 WIB"),
        # before yesterday: the day's short name, date and month
        (utc(2026, 12, 1, 16, 59), "Sel 1 Des 23.59 WIB"),
        (utc(2026, 11, 30, 7, 5), "Sen 30 Nov 14.05 WIB"),
        (utc(2026, 8, 16, 3, 0), "Min 16 Agu 10.00 WIB"),
        # last year's: with the year
        (utc(2025, 12, 31, 16, 59), "Rab 31 Des 2025 23.59 WIB"),
        # later than today (the PC's clock was wrong): never "today"
        (utc(2026, 12, 3, 17, 0), "Jum 4 Des 00.00 WIB"),
        (utc(2026, 12, 3, 16, 59), "23.59 WIB"),
    ],
)
def test_the_day_is_named_unless_it_is_today(moment: datetime, shown: str) -> None:
    assert clock_time(moment, JAKARTA, TODAY) == shown


def test_the_day_turns_at_the_festivals_midnight_not_utcs() -> None:
    # 16.30 UTC on 2 December is 00.30 on the 3rd in Makassar but 23.30 on the 2nd in Jakarta.
    moment = utc(2026, 12, 2, 16, 30)
    assert clock_time(moment, MAKASSAR, TODAY) == "00.30 WITA"
    assert clock_time(moment, JAKARTA, TODAY) == "kemarin 23.30 WIB"


def test_nothing_yet_is_said_in_words() -> None:
    assert clock_time(None, JAKARTA, TODAY) == "belum ada"
    assert clock_time(None, JAKARTA, TODAY, "belum pernah") == "belum pernah"


def test_a_receipts_time_stays_the_bare_clock() -> None:
    assert hour_minute(utc(2026, 12, 2, 16, 59), JAKARTA) == "23.59 WIB"
