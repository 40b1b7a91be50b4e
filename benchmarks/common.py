"""What every benchmark shares: the result shape, percentiles, the work folder."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

WORK = Path(__file__).resolve().parent / "work"


def work_dir(name: str) -> Path:
    """A folder under benchmarks/work/ (git-ignored) for one benchmark's files."""
    path = WORK / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile (p99 of 2,000 samples is the 1,980th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


@dataclass
class Result:
    """One benchmark's outcome: the product against the physical limit measured alongside."""

    name: str
    metric: str  # what `product` and `bare` measure, with the unit
    product: float
    bare: float | None  # the physical limit in the same run; None when the target is absolute
    target: str  # the target as the issue states it
    passed: bool
    details: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.bare:
            return None
        return self.product / self.bare

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        return data
