"""Start-up: process start to the first frame of the attract screen, against a bare
PySide6 QML window with one Text item (benchmarks/startup_child.py), median of runs.

Both are new processes of the same interpreter with the same environment
(offscreen platform, software Qt Quick). The kiosk starts on a booth file that
was already set up with the demo festival, as on a festival morning; runs
alternate between the two.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result, median, work_dir

ROOT = Path(__file__).resolve().parents[1]
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {
    "QT_QPA_PLATFORM": "offscreen",
    "QT_QUICK_BACKEND": "software",
    "QT_QUICK_CONTROLS_STYLE": "Basic",
}
# PYTHONDONTWRITEBYTECODE (set on some CI machines) is left out: an installed kiosk
# starts from compiled .pyc files, and without them every start recompiled Gerai's
# ~80 modules (about 0.1 s the bare window never pays). The untimed first run writes them.


def time_to_first_frame(args: list[str]) -> tuple[float, str]:
    """Seconds from starting the child to its "first-frame" line, and the screen shown."""
    command = [sys.executable, "-m", "benchmarks.startup_child", *args]
    start = time.perf_counter()
    with subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("first-frame"):
                seconds = time.perf_counter() - start
                child.wait(30)
                return seconds, line.split()[1]
        raise RuntimeError(f"{args[0]} exited ({child.wait()}) before its first frame")


def time_to_verdict(args: list[str]) -> tuple[float, float, str]:
    """`kiosk-verdict ARGS`: seconds from starting the child to its first frame and to the
    background file check's verdict (from then on a visitor record may be written)."""
    command = [sys.executable, "-m", "benchmarks.startup_child", "kiosk-verdict", *args]
    start = time.perf_counter()
    frame = None
    with subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("first-frame"):
                frame = time.perf_counter() - start
            elif line.startswith("verdict") and frame is not None:
                seconds = time.perf_counter() - start
                child.wait(30)
                return frame, seconds, line.split()[1]
        raise RuntimeError(f"the kiosk exited ({child.wait()}) before the file check's verdict")


def kiosk_args() -> list[str]:
    folder = work_dir("startup")
    db = folder / "booth.sqlite"
    return ["kiosk", "--db", str(db), "--agency", "DPUPR"]


def run(quick: bool = False) -> Result:
    args = kiosk_args()
    time_to_first_frame(args)  # first start: imports the demo pack; not timed
    time_to_first_frame(["bare"])
    bare_s, kiosk_s = [], []
    for _ in range(3 if quick else 9):
        bare_s.append(time_to_first_frame(["bare"])[0])
        seconds, screen = time_to_first_frame(args)
        if screen != "attract":
            raise RuntimeError(f"the kiosk's first frame shows '{screen}', not the attract screen")
        kiosk_s.append(seconds)
    product, bare = median(kiosk_s), median(bare_s)
    return Result(
        name="startup",
        metric="s, process start to first frame",
        product=product,
        bare=bare,
        target="<= 1.5x bare QML window",
        passed=product / bare <= 1.5,
        details={
            "kiosk_runs_s": [round(s, 3) for s in kiosk_s],
            "bare_runs_s": [round(s, 3) for s in bare_s],
        },
    )
