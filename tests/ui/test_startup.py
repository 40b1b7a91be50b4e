"""`kiosk run` draws its first frame before loading what the attract screen does not need.

The start-up benchmark measures the time; this checks, in a real `kiosk run`
process, the modules behind the biggest savings stay unloaded until the first
frame is out, so a later change cannot quietly put them back on the path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.setup import prepare_booth

pytestmark = pytest.mark.ui

# Runs `kiosk run`; at the first swapped frame it prints what is loaded and leaves.
CHILD = """
import json, os, sys
import kiosk.ui.lifecycle as lifecycle_module
from kiosk.cli import main

build_ui = lifecycle_module.build_ui

def watched(*args, **kwargs):
    ui = build_ui(*args, **kwargs)

    def first_frame():
        import PySide6.QtCore
        loaded = sorted({name.split(".")[0] for name in sys.modules} | set(sys.modules))
        print(json.dumps({
            "screen": ui.flow.screen,
            "modules": loaded,
            "qt_namespace": "Qt" in vars(PySide6.QtCore),
        }), flush=True)
        os._exit(0)

    ui.window.frameSwapped.connect(first_frame)
    return ui

lifecycle_module.build_ui = watched
main(["run", *sys.argv[1:]])
"""

# Each is tens of milliseconds the first frame used to wait for (see benchmarks/README.md).
NOT_BEFORE_FIRST_FRAME = [
    "sqlite_utils",  # with python-dateutil and pluggy: the booth file opens on sqlite3
    "dateutil",
    "PIL",  # the pack reader's image checks
    "qrcode",  # imported on a worker thread after the first frame
    "kiosk.pack.format",
    "kiosk.ui.staff.panels",  # staff pages: made when staff mode opens
    "kiosk.ui.staff.editor",
    "kiosk.results",
    "PySide6.QtTextToSpeech",  # the speech engine is probed after the first frame
    "PySide6.QtMultimedia",  # the clip player makes its QMediaPlayer at the first play
]


@pytest.fixture(scope="module")
def prepared_booth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A booth file with the demo festival, as on a festival morning."""
    path = tmp_path_factory.mktemp("startup") / "booth.sqlite"
    db, _code, _path = prepare_booth(path, None, "DPUPR")
    db.close()
    return path


@pytest.mark.parametrize("mode", [["--windowed"], []], ids=["windowed", "fullscreen"])
def test_first_frame_shows_the_attract_screen_before_the_rest_loads(
    prepared_booth: Path, mode: list[str]
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(prepared_booth), *mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screen"] == "attract"
    assert [name for name in NOT_BEFORE_FIRST_FRAME if name in seen["modules"]] == []
    # PySide6 builds every enum of its `Qt` namespace on first use: about 40 ms.
    assert not seen["qt_namespace"]
