"""The attract loop draws nothing between slide changes when nothing moves (issue 16,
item 8): an endless pulse repainted the whole window, which a CPU-only OpenGL turned
into two busy cores."""

from __future__ import annotations

import time

from kiosk.ui.app import KioskUi

from kiosk.ui.screenshot import process_events
from tests.ui.conftest import is_shown


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


def test_the_attract_loop_is_still_between_slide_changes(kiosk: KioskUi) -> None:
    assert is_shown(kiosk, "attractScreen")
    shown = time.monotonic()
    process_events(1.5)  # the first slide's fade-in and the next photo's loading
    assert frames_during(kiosk, 3.0) == 0
    assert time.monotonic() - shown < 6.0, "too slow to stay between slide changes (6 s)"


def test_a_slide_change_fades_and_pulses_then_stops(kiosk: KioskUi) -> None:
    process_events(1.5)
    moving = frames_during(kiosk, 5.5)  # spans the change at 6 s after the screen showed
    assert moving > 5  # the fade and the call-to-action's pulse are drawn
    assert frames_during(kiosk, 2.5) == 0
