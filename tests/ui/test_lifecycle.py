"""`kiosk run`'s one crash path, in a real process: an uncaught error in a Qt slot is
logged, noted for staff, and the visitor is taken back to the attract loop."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.setup import prepare_booth
from kiosk.staff.pin import StaffPin

pytestmark = pytest.mark.ui

# `kiosk run` with a slot that fails while a visitor is on the home screen.
CHILD = """
import os, sys
from PySide6.QtCore import QTimer
import kiosk.ui.lifecycle as lifecycle
from kiosk.cli import main

build_ui = lifecycle.build_ui

def failing(*args, **kwargs):
    ui = build_ui(*args, **kwargs)

    def fail():
        ui.flow.start()
        print("SCREEN", ui.flow.screen, flush=True)
        raise RuntimeError("boom in a slot")

    def report():
        print("SCREEN", ui.flow.screen, flush=True)
        os._exit(0)

    QTimer.singleShot(300, fail)
    QTimer.singleShot(1500, report)
    return ui

lifecycle.build_ui = failing
main(["run", *sys.argv[1:]])
"""


def test_an_error_in_a_slot_is_logged_noted_and_the_visitor_sent_back(tmp_path: Path) -> None:
    path = tmp_path / "booth.sqlite"
    db, _code, _path = prepare_booth(path, None, "DPUPR")
    StaffPin(db).set_first_pin("2468")  # else staff set-up opens over the attract loop
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(path), "--windowed"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["SCREEN", "home", "SCREEN", "attract"], done.stderr
    assert "Traceback" not in done.stderr  # stderr (a console) gets one line
    assert "uncaught exception: RuntimeError: boom in a slot" in done.stderr
    assert "Traceback" in (tmp_path / "logs" / "kiosk.log").read_text()  # the log has it all
    with sqlite3.connect(path) as check:
        events = check.execute(
            "SELECT event, detail FROM staff_events WHERE event = 'uncaught_error'"
        ).fetchall()
    assert events == [("uncaught_error", "RuntimeError: boom in a slot")]
