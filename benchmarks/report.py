"""Report: `kiosk report` (a new process, as organizers run it) on a festival of 1,000,000 votes.

The festival file is made once, by `merge_kiosk_files` over 100 simulated booth
files (benchmarks/corpus.py), and cached. The target is absolute (under 10 s
here); for scale, the bare side is a process that runs the one plain SQL query
any report needs (valid votes per innovation) and writes it as CSV.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from benchmarks.common import Result, median, work_dir
from benchmarks.corpus import Corpus, build
from kiosk.results.collect import merge_kiosk_files

BARE = textwrap.dedent(
    """
    import csv, sqlite3, sys
    conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    rows = conn.execute("SELECT innovation_slug, count(*) FROM votes GROUP BY 1 ORDER BY 2 DESC")
    with open(sys.argv[2], "w", newline="") as f:
        csv.writer(f).writerows(rows)
    """
)


def festival_file(corpus: Corpus) -> Path:
    """The merged festival file of `corpus`, made once."""
    path = corpus.folder / "FESTIVAL.sqlite"
    done = corpus.folder / "FESTIVAL.done"
    if not done.exists():
        path.unlink(missing_ok=True)
        merge_kiosk_files(path, build(corpus))
        done.write_text("merged\n")
    return path


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed: {done.stderr.strip()[-800:]}")
    return seconds


def votes_in(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM votes").fetchone()[0])
    finally:
        conn.close()


def run(quick: bool = False) -> Result:
    corpus = Corpus("report", 10 if quick else 100, 32_800)
    festival = festival_file(corpus)
    out = work_dir("report-out")
    report_cmd = [sys.executable, "-m", "kiosk", "report", str(festival), "--out", str(out)]
    bare_cmd = [sys.executable, "-c", BARE, str(festival), str(out / "bare.csv")]
    timed(report_cmd)  # warm-up: page cache, .pyc files
    product_s, bare_s = [], []
    for _ in range(1 if quick else 3):
        product_s.append(timed(report_cmd))
        bare_s.append(timed(bare_cmd))
    product = median(product_s)
    return Result(
        name="report",
        metric=f"s, kiosk report on {votes_in(festival):,} votes",
        product=product,
        bare=median(bare_s),
        target="< 10 s",
        passed=product < 10.0,
        details={
            "votes": votes_in(festival),
            "product_runs_s": [round(s, 2) for s in product_s],
            "bare_runs_s": [round(s, 2) for s in bare_s],
        },
    )
