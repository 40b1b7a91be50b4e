"""Cells as the jury reads them: moments in the festival's own time, quick tags in words.

The festival file keeps every moment as UTC text (`2026-12-03T01:07:34.792Z`): right
for merging, wrong for a jury in Purwokerto, whose anomaly details already speak in
WIB. The workbook gets real dates (the spreadsheet can sort and filter them) and the
CSV files local text a spreadsheet also takes for a date; the zone is in the header.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.feedback import TAGS

# The columns holding a UTC moment, in every table of the report.
TIME_COLUMNS = frozenset({"first_vote_at", "recorded_at", "started_at", "ended_at", "merged_at"})
TAG_COLUMNS = frozenset({"tags"})
# Indonesia's three zones by their UTC offset in hours; any other is written as its offset.
INDONESIAN_ZONES = {7.0: "WIB", 8.0: "WITA", 9.0: "WIT"}
WIB = timezone(timedelta(hours=7), "WIB")
ZERO = timedelta(0)


@dataclass(frozen=True)
class FestivalTime:
    """The festival's zone (from its pack) and what the headers call it ("WIB")."""

    zone: tzinfo
    label: str
    fixed: timedelta | None = None  # the offset, for a zone without daylight saving

    @classmethod
    def of(cls, festival: dict[str, Any]) -> FestivalTime:
        """From the festival row (`timezone`, `starts_on`); WIB when the zone is unknown."""
        try:
            zone: tzinfo = ZoneInfo(str(festival.get("timezone") or "Asia/Jakarta"))
        except (ZoneInfoNotFoundError, ValueError):
            zone = WIB
        try:
            day = datetime.fromisoformat(str(festival.get("starts_on")) + "T12:00:00")
        except ValueError:
            day = datetime(2026, 1, 1, 12)
        offset = day.replace(tzinfo=zone).utcoffset() or timedelta(0)
        hours = offset.total_seconds() / 3600
        sign, minutes = ("-" if hours < 0 else "+"), round(abs(hours) * 60)
        label = INDONESIAN_ZONES.get(hours, f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}")
        year = day.year
        offsets = {datetime(year, m, 1, 12, tzinfo=zone).utcoffset() for m in (1, 4, 7, 10)}
        return cls(zone, label, offset if offsets == {offset} else None)

    def local(self, value: Any) -> datetime | Any:
        """A UTC moment as the festival's wall-clock time (naive: what a cell shows);
        anything else (empty, or text a hostile booth wrote) unchanged."""
        if not isinstance(value, str) or not value:
            return value
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if self.fixed is not None and moment.utcoffset() == ZERO:  # 100,000 comments: quick
            return moment.replace(tzinfo=None) + self.fixed
        return moment.astimezone(self.zone).replace(tzinfo=None)

    def suffix(self) -> str:
        """For a CSV column name: `recorded_at_wib`."""
        return re.sub(r"[^a-z0-9]", "", self.label.lower())


@lru_cache(maxsize=4096)  # a festival's comments share a few dozen tag lists
def tag_words(value: Any) -> Any:
    """A feedback's quick tags (a JSON list of ids) as Indonesian words, comma separated;
    an unknown id stays as it is, and text that is no such list is left alone."""
    if not isinstance(value, str) or not value.startswith("["):
        return value
    try:
        ids = json.loads(value)
    except ValueError:
        return value
    if not isinstance(ids, list):
        return value
    return ", ".join(TAGS[i] if isinstance(i, str) and i in TAGS else str(i) for i in ids)


def jury_rows(
    rows: list[dict[str, Any]], columns: list[str], times: FestivalTime, for_csv: bool
) -> Iterator[list[Any]]:
    """The rows' values in the order of `columns`: local times (text for a CSV file,
    datetimes for the workbook) and tags in words."""
    convert: dict[int, Any] = {}
    for n, column in enumerate(columns):
        if column in TIME_COLUMNS:
            convert[n] = _csv_time(times) if for_csv else times.local
        elif column in TAG_COLUMNS:
            convert[n] = tag_words
    for row in rows:
        values = [row[c] for c in columns]
        for n, change in convert.items():
            values[n] = change(values[n])
        yield values


def _csv_time(times: FestivalTime) -> Any:
    def text(value: Any) -> Any:
        local = times.local(value)
        if isinstance(local, datetime):
            return local.isoformat(sep=" ", timespec="seconds")  # 2026-12-03 08:07:34
        return local

    return text


def csv_column(column: str, times: FestivalTime) -> str:
    """A CSV column's name: a time column says its zone (`recorded_at_wib`)."""
    return f"{column}_{times.suffix()}" if column in TIME_COLUMNS else column
