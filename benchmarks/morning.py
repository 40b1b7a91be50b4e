"""Morning start: a booth file of 1,000, 20,000 and 100,000 records, the kiosk killed with
SIGKILL while it served (as a switch at the wall does), started again; time from process
start to the first frame of the attract screen, against the bare QML window.

The files are made by the product: the demo festival set up for DPUPR, visitors
simulated by `kiosk.simulate` through the real `Booth` (which adds the chain's
checkpoints as the kiosk does), then as many records as a kiosk can write before its
next checkpoint is due (`CHECKPOINT_EVERY - 1`: the most a crash recovery ever has to
walk), and a kiosk started on it and killed with SIGKILL at its first frame. Each timed
start is then a crash recovery of that file (and is itself killed the same way), which
the benchmark checks in `staff_events`. Runs alternate with the bare window's.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from benchmarks.common import Result, median, work_dir
from benchmarks.startup import time_to_first_frame, time_to_verdict

SIZES = (1_000, 20_000, 100_000)
QUICK_SIZES = (1_000, 20_000)


def booth_file(records: int) -> Path:
    """A set-up booth file with `records` visitor records, the last checkpoint as far back
    as the kiosk ever lets it be (made once, kept under benchmarks/work/)."""
    folder = work_dir(f"morning-{records}")
    path = folder / "booth.sqlite"
    if path.exists():
        return path
    from kiosk.booth import Booth
    from kiosk.setup import prepare_booth
    from kiosk.simulate import simulate
    from kiosk.storage.chain import latest_checkpoint
    from kiosk.storage.records import CHECKPOINT_EVERY

    part = folder / "making.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    db, code, _ = prepare_booth(part, None, "DPUPR")
    db.execute("PRAGMA synchronous = OFF")  # making the file is not what is measured
    tail = CHECKPOINT_EVERY - 1
    sessions = max(1, (records - tail) // 5)
    while _count(db.conn) < records - tail:
        simulate(db, code, sessions=sessions, seed=_count(db.conn))
        sessions = max(1, (records - tail - _count(db.conn)) // 5)
    booth = Booth(db, code)
    latest = latest_checkpoint(db.conn)
    since = _count(db.conn) - (latest[0] if latest else 0)
    session = str(uuid.uuid4())
    booth.log.append("session_start", session, {"agency": code, "lang": "id", "order": []})
    since += 1
    while since < tail and _count(db.conn) < records:
        booth.log.append("feedback", session, {"agency": code, "rating": 4, "tags": []})
        since += 1
    db.execute("PRAGMA synchronous = FULL")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    part.rename(path)
    return path


def _count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM visitor_records").fetchone()[0])


def facts(path: Path) -> dict[str, int]:
    """Records, how many a crash recovery walks (from the latest checkpoint), recoveries."""
    conn = sqlite3.connect(path)
    try:
        records = _count(conn)
        last = conn.execute(
            "SELECT max(seq) FROM visitor_records WHERE kind = 'checkpoint'"
        ).fetchone()[0]
        recoveries = conn.execute(
            "SELECT count(*) FROM staff_events WHERE event = 'crash_recovered'"
        ).fetchone()[0]
    finally:
        conn.close()
    return {"records": records, "walked": records - (last or 1) + 1, "recoveries": recoveries}


def one_size(records: int, runs: int) -> Result:
    path = booth_file(records)
    args = ["kiosk-killed", "--db", str(path), "--agency", "DPUPR"]
    time_to_first_frame(args)  # killed at its first frame: the next start recovers
    time_to_first_frame(["bare"])
    before = facts(path)
    bare_s, kiosk_s = [], []
    for _ in range(runs):
        bare_s.append(time_to_first_frame(["bare"])[0])
        seconds, screen = time_to_first_frame(args)
        if screen != "attract":
            raise RuntimeError(f"the kiosk's first frame shows '{screen}', not the attract screen")
        kiosk_s.append(seconds)
    # The first record after a power cut waits for SQLite's quick_check of the whole file,
    # which runs after the first frame (no target: the attract loop writes nothing).
    verdicts = [time_to_verdict(args[1:]) for _ in range(3 if runs < 9 else 5)]
    if any(v[2] != "ok" for v in verdicts):
        raise RuntimeError(f"the file check found the booth file unsound: {verdicts}")
    after = facts(path)
    runs += len(verdicts)
    if after["recoveries"] - before["recoveries"] != runs:
        raise RuntimeError(f"expected {runs} crash recoveries, {after} after {before}")
    product, bare = median(kiosk_s), median(bare_s)
    return Result(
        name=f"morning_{records // 1000}k",
        metric=f"s, first frame after SIGKILL, {after['records']:,} records",
        product=product,
        bare=bare,
        target="<= 1.5x bare QML window",
        passed=product / bare <= 1.5,
        details={
            "records": after["records"],
            "records_walked_by_recovery": after["walked"],
            "kiosk_runs_s": [round(s, 3) for s in kiosk_s],
            "bare_runs_s": [round(s, 3) for s in bare_s],
            # Page cache warm (the file was just read), as on a booth PC after the first start.
            "records_writable_after_s": median([v[1] for v in verdicts]),
            "records_writable_runs_s": [round(v[1], 3) for v in verdicts],
            "first_frame_in_those_runs_s": [round(v[0], 3) for v in verdicts],
        },
    )


def run(quick: bool = False) -> list[Result]:
    return [one_size(n, 3 if quick else 9) for n in (QUICK_SIZES if quick else SIZES)]
