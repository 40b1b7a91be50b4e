"""Tap to a complete detail page, in frames (benchmarks/detail_child.py counts them).

Every innovation of the journey's booth (the demo festival's 20 at one booth, pack
photos 4000x3000): frames from the tap to the first frame with the page's photo and QR
code drawn, against the same count for a screen switch in a bare QML window whose
photo is already loaded. Target: the same frame, never more than one frame later.
Also the attract -> home switch: the first after start-up against the later ones.
"""

from __future__ import annotations

from benchmarks.common import Result, median
from benchmarks.journey import journey_booth


def run(quick: bool = False) -> list[Result]:
    db = str(journey_booth())
    product = child_runs("kiosk", db, 1 if quick else 3)
    bare = child_runs("bare", db, 1)
    frames = [f for r in product for f in r["detail_frames"]]
    bare_frames = [f for r in bare for f in r["detail_frames"]]
    limit = max(bare_frames)
    homes = [r["home_frames"] for r in product]
    first_home = max(h[0] for h in homes)
    later_home = [f for h in homes for f in h[1:]]
    return [
        Result(
            name="detail_frames",
            metric="frames, tap to photo and QR drawn (worst)",
            product=float(max(frames)),
            bare=float(limit),
            target="same frame as a bare screen switch, never more than 1 frame later",
            passed=median(frames) <= median(bare_frames)
            and max(frames) <= limit + 1
            and min(frames) > 0,
            details={
                "kiosk_frames": frames,
                "bare_frames": bare_frames,
                "photos_prepared_s_after_start": [r["prepared_s"] for r in product],
            },
        ),
        Result(
            name="first_home",
            metric="frames, first attract -> home complete",
            product=float(first_home),
            bare=float(max(later_home)) if later_home else None,
            target="as fast as the later attract -> home switches",
            passed=bool(later_home) and first_home <= max(later_home),
            details={"home_frames_per_run": homes},
        ),
    ]


def child_runs(mode: str, db: str, runs: int) -> list[dict[str, object]]:
    return [child_detail(mode, db) for _ in range(runs)]


def child_detail(mode: str, db: str) -> dict[str, object]:
    import json
    import subprocess
    import sys

    from benchmarks.journey import ENV, ROOT

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.detail_child", mode, db],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"detail_child {mode} failed: {done.stderr.strip()[-800:]}")
    return dict(json.loads(lines[-1]))
