"""CPU while a 1080p clip plays on the detail page, against decoding it alone (journey.py)."""

from __future__ import annotations

from benchmarks.common import Result
from benchmarks.journey import clip_cpu


def run(quick: bool = False) -> Result:
    return clip_cpu(quick)
