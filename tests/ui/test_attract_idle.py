"""The attract loop draws nothing between slide changes when nothing moves (issue 16,
item 8): an endless pulse repainted the whole window, which a CPU-only OpenGL turned
into two busy cores."""

from __future__ import annotations

import time

import pytest

from kiosk.ui.testing import find_item, process_events
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import is_shown

pytestmark = pytest.mark.ui
SLIDE_SECONDS = 6.0  # AttractScreen.qml's slide timer


def frames_during(ui: KioskUi, seconds: float) -> int:
    frames = 0

    def count() -> None:
        nonlocal frames
        frames += 1

    ui.window.frameSwapped.connect(count)
    try:
        process_events(seconds)
    finally:
        ui.window.frameSwapped.disconnect(count)
    return frames


def through_a_slide_change(ui: KioskUi) -> tuple[int, float]:
    """Wait for the next slide change, then until nothing is drawn for half a second.

    Returns the frames drawn from the change to that quiet, and the seconds left
    before the following change. Tied to the slide timer, not to wall-clock windows,
    so a slow machine changes the numbers, not the verdict.
    """
    attract = find_item(ui, "attractScreen")
    before = attract.property("current")
    deadline = time.monotonic() + 10
    while attract.property("current") == before:
        assert time.monotonic() < deadline, "no slide change in 10 s"
        process_events(0.02)
    changed = time.monotonic()
    drawn = 0
    while True:
        frames = frames_during(ui, 0.5)
        if frames == 0:
            return drawn, SLIDE_SECONDS - (time.monotonic() - changed)
        drawn += frames
        assert time.monotonic() - changed < SLIDE_SECONDS, "the screen never came to rest"


def test_a_slide_change_fades_and_pulses_then_stops(kiosk: KioskUi) -> None:
    assert is_shown(kiosk, "attractScreen")
    drawn, _ = through_a_slide_change(kiosk)
    assert drawn > 5  # the fade and the call-to-action's pulse are drawn


def test_the_attract_loop_is_still_between_slide_changes(kiosk: KioskUi) -> None:
    _, left = through_a_slide_change(kiosk)
    assert frames_during(kiosk, max(0.5, min(2.5, left - 0.5))) == 0
