"""The fullscreen kiosk covers its screen even where no window manager sizes it (#24).

On a booth PC running X with no desktop, `showFullScreen()` reaches nobody: the window
kept the 1920x1080 it was created with, so a portrait 1080x1920 screen showed it cut
on the right and black below. Checked in a real X server (Xvfb) with no window manager,
from outside the kiosk's process, as the X server sees the window.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from kiosk.ui.wiring import KioskUi, ScreenCover
from tests.ui.conftest import process_events

pytestmark = pytest.mark.ui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def portrait_display() -> Iterator[str]:
    """An Xvfb server with one 1080x1920 screen and no window manager."""
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        pytest.fail("Xvfb and xwininfo are test packages: python -m kiosk.system --test")
    # Xvfb picks a free display number itself and writes it to the pipe (-displayfd):
    # no race with another X server starting at the same moment (a second test worker).
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1080x1920x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write,),
    )
    os.close(write)
    with os.fdopen(read) as said:
        number = said.readline().strip()  # written once the server accepts connections
    assert number.isdigit() and server.poll() is None, "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def _window_size(display: str, title: str) -> str | None:
    """WIDTHxHEIGHT+X+Y of the top-level window `title`, as the X server has it."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(rf'"{title}": \(.*?\)\s+(\d+x\d+\+-?\d+\+-?\d+)', tree)
    return match.group(1) if match else None


def test_fullscreen_covers_a_portrait_screen_without_a_window_manager(
    portrait_display: str,
) -> None:
    env = {**os.environ, "DISPLAY": portrait_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("QT_QUICK_BACKEND", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.fullscreen_child"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        line = child.stdout.readline().strip()
        assert line == "ready 1080x1920", line
        assert _window_size(portrait_display, "Gerai") == "1080x1920+0+0"
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(20)
        if child.stdout is not None:
            child.stdout.close()


def test_the_window_follows_its_screen_when_it_changes(kiosk: KioskUi) -> None:
    window = kiosk.window
    screen = window.screen()
    ScreenCover(window)
    process_events(0.1)
    # (this test window keeps its frame, offscreen a 2 px one: the sizes are compared)
    assert window.size() == screen.size()
    window.setGeometry(QRect(0, 0, 640, 480))  # what a screen of another size leaves
    screen.geometryChanged.emit(screen.geometry())  # the screen turned or changed mode
    process_events(0.1)
    assert window.size() == screen.size()
