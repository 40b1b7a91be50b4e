"""One finding of `kiosk doctor`: what was checked, how it went, and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["ok", "warn", "fail"]
OK: Level = "ok"
WARN: Level = "warn"
FAIL: Level = "fail"
LABELS: dict[Level, str] = {OK: "OK", WARN: "PERINGATAN/WARNING", FAIL: "GAGAL/FAIL"}


@dataclass(frozen=True)
class Check:
    """`message` is plain words: what was found and, unless OK, how to fix it."""

    name: str
    level: Level
    message: str

    @property
    def ok(self) -> bool:
        """False only for a failure; a warning is worth fixing but the kiosk still runs."""
        return self.level != FAIL

    def line(self) -> str:
        """One printed line: label, name, message."""
        return f"{LABELS[self.level]:<18} {self.name}: {self.message}"
