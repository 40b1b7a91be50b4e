"""Ballot cards: `kiosk ballots make --count 5000` (a new process, as organizers run it),
from a card-mode pack to the printable A4 PDF. The target is absolute (5,000 cards in
under 30 s, issue #19); the test suite checks what is printed, this checks how fast.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from benchmarks.common import WORK, Result, median, work_dir
from tests.cards.sheets import card_pack

COUNT = 5_000
LIMIT_S = 30.0


def run(quick: bool = False) -> Result:
    folder = work_dir("ballots")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pack, key, _ = card_pack(folder)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    runs = []
    for n in range(1 if quick else 3):
        out = folder / f"kartu-{n}"
        command = [sys.executable, "-m", "kiosk", "ballots", "make", "--pack", str(pack)]
        command += ["--key", str(key), "--count", str(COUNT), "--out", str(out)]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=WORK.parents[1], env=env, capture_output=True, text=True)
        runs.append(time.perf_counter() - started)
        if done.returncode != 0 or f"{COUNT} cards of batch 1" not in done.stdout:
            raise RuntimeError(f"ballots make failed: {(done.stdout + done.stderr)[-800:]}")
    product = median(runs)
    return Result(
        name="ballots",
        metric=f"s, `kiosk ballots make` of {COUNT:,} cards (334 A4 pages)",
        product=product,
        bare=None,
        target=f"< {LIMIT_S:.0f} s",
        passed=product < LIMIT_S,
        details={"runs_s": [round(s, 2) for s in runs]},
    )
