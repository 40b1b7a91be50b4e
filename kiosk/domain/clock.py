"""Time sources: the real clocks, and a manual one for simulation and tests."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def utc_now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """Wall clock in UTC plus the OS monotonic clock (which never jumps)."""

    def utc_now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to: simulated days run in milliseconds."""

    def __init__(self, start: datetime, monotonic_start: float = 1000.0) -> None:
        self._utc = start
        self._mono = monotonic_start

    def utc_now(self) -> datetime:
        return self._utc

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._utc += timedelta(seconds=seconds)
        self._mono += seconds

    def set_utc(self, moment: datetime) -> None:
        """Someone sets the wall clock (by hand, or NTP): monotonic time goes on unchanged."""
        self._utc = moment
