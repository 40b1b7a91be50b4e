"""The kiosk window, fullscreen, on the X display in $DISPLAY (run by test_fullscreen.py).

Prints "ready WIDTHxHEIGHT" (the window's size as Qt sees it) once the first frame is
out, then keeps the window open until stdin ends.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kiosk.booth import Booth
from kiosk.ui.testing import process_events, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db


def ready(ui: KioskUi) -> None:
    process_events(0.8)
    size = ui.window.geometry()
    print(f"ready {size.width()}x{size.height()}", flush=True)


def main() -> None:
    path = Path(tempfile.mkdtemp(prefix="gerai-fullscreen-")) / "booth.sqlite"
    db = make_booth_db(path)
    ui = build_ui(Booth(db, "DPUPR"), path, size=(1920, 1080), fullscreen=True)
    wait_until_started(ui.window)
    ready(ui)
    sys.stdin.read()
    ui.close()
    db.close()


if __name__ == "__main__":
    main()
