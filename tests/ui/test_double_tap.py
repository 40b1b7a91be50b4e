"""A double tap (or a fast burst) acts once: taps are ignored for a moment after the visitor
screen changes, so the second one cannot land on the next screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import process_events, wait_for_taps
from kiosk.ui.wiring import TAP_GUARD_SECONDS, KioskUi
from tests.ui.conftest import centre_of, is_shown, item, records, tap

pytestmark = pytest.mark.ui

ROAD = "gerakan-rawat-jalan"


def double_tap(ui: KioskUi, name: str, taps: int = 2, apart: float = 0.1) -> None:
    """A finger tapping `name` `taps` times, `apart` seconds between them, at one spot."""
    wait_for_taps(ui)  # the first tap comes well after the screen appeared
    centre = centre_of(item(ui, name))
    for _ in range(taps):
        QTest.mouseClick(
            ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        process_events(apart)


def test_a_double_tap_on_finish_ends_the_visit_once_and_touches_nothing_after(
    qtbot: object, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    kiosk.booth.idle_seconds = 60
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, f"card_{ROAD}")
    double_tap(kiosk, "finishButton")
    assert kiosk.flow.property("screen") == "goodbye"
    assert kiosk.flow.property("lang") == "id"
    [session] = records(booth_db[0], "sessions")
    assert session["end_reason"] == "finished"


def test_a_burst_on_the_vote_button_votes_once_and_shows_the_thanks(
    qtbot: object, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    kiosk.booth.idle_seconds = 60
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, f"card_{ROAD}")
    qtbot.waitUntil(lambda: is_shown(kiosk, "voteButton"), timeout=3000)  # type: ignore[attr-defined]
    double_tap(kiosk, "voteButton", taps=3, apart=0.08)
    assert kiosk.flow.property("screen") == "voteThanks"
    assert is_shown(kiosk, "voteThanksTitle")
    assert [v["innovation_slug"] for v in records(booth_db[0], "votes")] == [ROAD]
    assert records(booth_db[0], "feedback") == []


def test_a_fast_second_tap_cannot_skip_the_thanks(
    qtbot: object, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    """Vote, and the finger's next tap lands where "See other innovations" appears."""
    kiosk.booth.idle_seconds = 60
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, f"card_{ROAD}")
    qtbot.waitUntil(lambda: is_shown(kiosk, "voteButton"), timeout=3000)  # type: ignore[attr-defined]
    double_tap(kiosk, "voteButton", taps=1, apart=0.1)
    assert kiosk.flow.property("screen") == "voteThanks"
    more = centre_of(item(kiosk, "moreInnovationsButton"))
    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, more)
    process_events(0.05)
    assert kiosk.flow.property("screen") == "voteThanks"
    assert len(records(booth_db[0], "votes")) == 1
    tap(qtbot, kiosk, "moreInnovationsButton")  # a moment later it works
    assert kiosk.flow.property("screen") == "home"


def test_a_tap_after_the_moment_is_taken(
    qtbot: object, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    """The guard is short: a visitor's next deliberate tap works."""
    kiosk.booth.idle_seconds = 60
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, f"card_{ROAD}")
    double_tap(kiosk, "finishButton", taps=1, apart=TAP_GUARD_SECONDS + 0.05)
    assert kiosk.flow.property("screen") == "goodbye"
    assert not kiosk.watcher.guarded()
