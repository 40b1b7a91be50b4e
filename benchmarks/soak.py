"""Soak: RSS drift over 10,000 scripted visitor sessions in one process (see journey.py)."""

from __future__ import annotations

from benchmarks.common import Result
from benchmarks.journey import soak


def run(quick: bool = False) -> Result:
    return soak(quick)
