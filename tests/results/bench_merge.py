"""Merge speed against plain ATTACH + INSERT OR IGNORE (not collected by pytest).

    .venv/bin/python -m tests.results.bench_merge /tmp/bench 20 10000

Builds N booth files of R records (a session start, a vote, a feedback and a
session end per visitor), then times, on the same files: plain ATTACH +
INSERT OR IGNORE with default pragmas; the same with the merge's pragmas (no
fsync, 128 MB cache); and `merge_kiosk_files` (chain verification, receipts,
provenance and results tables included) with 1 and 2 worker processes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from kiosk.domain.clock import ManualClock
from kiosk.results.merge import merge_kiosk_files
from kiosk.storage.export import export_database
from kiosk.storage.records import RecordLog
from tests.helpers import make_booth_db

COLUMNS = (
    "seq, uuid, kiosk_id, run_id, session_id, kind, recorded_at, monotonic_ns,"
    " innovation_slug, data, prev_hash, hash"
)


def build(folder: Path, files: int, records: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    raw = folder / "raw"
    made = []
    for n in range(files):
        path = raw / f"k{n}.sqlite"
        db = make_booth_db(path)
        db.execute("PRAGMA synchronous = OFF")
        clock = ManualClock(datetime(2026, 8, 20, 1, 0, tzinfo=UTC))
        log = RecordLog(db, clock)
        for _ in range(records // 4):
            _visitor(log, clock)
        db.close()
        made.append(export_database(path, folder / f"k{n}.sqlite").path)
    shutil.rmtree(raw)
    return made


def _visitor(log: RecordLog, clock: ManualClock) -> None:
    session, slug = str(uuid.uuid4()), "lapor-jalan-rusak"
    clock.advance(10)
    log.append("session_start", session, {"agency": "DPUPR", "lang": "id"})
    clock.advance(7)
    log.append("vote", session, {"agency": "DPUPR", "dwell_s": 7.0, "vote_no": 1}, slug)
    clock.advance(9)
    feedback = {"agency": "DPUPR", "rating": 4, "tags": [], "comment": "Bagus"}
    log.append("feedback", session, feedback | {"consent": False, "contact": ""})
    clock.advance(5)
    end = {"reason": "finished", "duration_s": 21.0, "dwell_s": {slug: 7.0}, "votes": [slug]}
    log.append("session_end", session, end | {"agency": "DPUPR"})


def plain(files: list[Path], out: Path, fast: bool) -> float:
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    conn = sqlite3.connect(out, isolation_level=None)
    if fast:
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -131072")
    conn.execute(f"CREATE TABLE visitor_records ({COLUMNS}, UNIQUE (uuid))")
    for path in files:
        conn.execute("ATTACH ? AS src", [str(path)])
        conn.execute("BEGIN")
        conn.execute(
            f"INSERT OR IGNORE INTO visitor_records SELECT {COLUMNS} FROM src.visitor_records"
        )
        conn.execute("COMMIT")
        conn.execute("DETACH src")
    conn.close()
    return time.perf_counter() - start


def merged(files: list[Path], out: Path, workers: int) -> float:
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    merge_kiosk_files(out, files, workers=workers)
    return time.perf_counter() - start


def main(folder: Path, files: int, records: int) -> None:
    paths = sorted(folder.glob("k*.sqlite")) or build(folder, files, records)
    print(f"{len(paths)} files, {records} records each, {os.cpu_count()} CPUs")
    print(f"plain ATTACH + INSERT OR IGNORE      {plain(paths, folder / 'plain.db', False):6.2f} s")
    print(f"plain, merge's pragmas               {plain(paths, folder / 'plain.db', True):6.2f} s")
    for workers in (1, 2):
        print(
            f"kiosk merge, {workers} worker(s)              "
            f"{merged(paths, folder / 'merged.sqlite', workers):6.2f} s"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
