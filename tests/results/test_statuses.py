"""The merge's statuses: one list, the organizer guide's table says what each means."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.results.merge.statuses import CLEAN, STATUSES

GUIDE = Path(__file__).parents[2] / "docs" / "organizers.md"


def test_the_organizer_guide_explains_every_status_and_no_other() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    table = text.split("### What the merge says about each file", 1)[1].split("###", 1)[0]
    documented = re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.MULTILINE)
    assert documented == list(STATUSES)


def test_only_accepted_extended_and_duplicate_are_clean() -> None:
    assert set(CLEAN) == {"accepted", "extended", "duplicate"}
    assert all(s.todo for name, s in STATUSES.items() if name not in CLEAN)
