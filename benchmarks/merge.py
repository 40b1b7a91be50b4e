"""Merge: `merge_kiosk_files` (chain verification, the organizers' pack and every kiosk's
closing receipt included) against plain ATTACH + INSERT
OR IGNORE of the same files, without any verification.

Input: 100 exported booth files of about 10,000 records each (benchmarks/corpus.py).
The bare side writes a table with the same columns, keys and pragmas as the
merged festival file (journal DELETE, synchronous NORMAL, 128 MB cache). Both
start from no output file; runs alternate, the median is reported. The files
are read once before timing, so both sides find them in the page cache.

`make bench` runs it at full size; for another size or worker count:

    .venv/bin/python -m benchmarks.merge --files 20 --records 5000 --workers 1
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from pathlib import Path

from benchmarks.common import Result, median, work_dir
from benchmarks.corpus import Corpus, build, record_counts, template_pack
from kiosk.results.collect import merge_kiosk_files
from kiosk.storage.chain import RECORD_COLUMNS
from kiosk.storage.export import ExportResult, file_sha256
from kiosk.storage.receipt import Receipt, receipt_for_export
from kiosk.storage.records import verify_file

COLS = ", ".join(RECORD_COLUMNS)
BARE_TABLE = f"""CREATE TABLE visitor_records ({COLS}, source_id INTEGER,
    PRIMARY KEY (kiosk_id, seq))"""
BARE_INDEX = "CREATE INDEX visitor_records_uuid ON visitor_records (uuid)"


def fresh(path: Path) -> Path:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def bare_merge(files: list[Path], out: Path) -> float:
    """Seconds to copy every file's records with ATTACH + INSERT OR IGNORE."""
    start = time.perf_counter()
    conn = sqlite3.connect(fresh(out), isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -131072")
    conn.execute(BARE_TABLE)
    conn.execute(BARE_INDEX)
    for n, path in enumerate(files):
        conn.execute("ATTACH DATABASE ? AS src", [f"file:{path}?mode=ro"])
        conn.execute("BEGIN")
        conn.execute(
            f"INSERT OR IGNORE INTO visitor_records ({COLS}, source_id)"
            f" SELECT {COLS}, ? FROM src.visitor_records ORDER BY seq",
            [n],
        )
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    conn.close()
    return time.perf_counter() - start


def closing_receipts(files: list[Path]) -> list[Receipt]:
    """The receipt staff mode showed for each file (the organizers have them before merging)."""
    receipts = []
    for path in files:
        chain, _ = verify_file(path)
        agency = (
            sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            .execute("SELECT agency_code FROM kiosk")
            .fetchone()[0]
        )
        result = ExportResult(path, file_sha256(path), chain)
        receipts.append(receipt_for_export(result, agency))
    return receipts


def product_merge(
    files: list[Path], out: Path, receipts: list[Receipt], workers: int | None = None
) -> tuple[float, int]:
    """`kiosk merge --pack --receipts` as organizers run it: pack and receipt checks included."""
    start = time.perf_counter()
    report = merge_kiosk_files(
        fresh(out), files, receipts, workers=workers, pack=template_pack(), need_pack=True
    )
    seconds = time.perf_counter() - start
    bad = [s.line() for s in report.sources if s.status != "accepted"]
    if bad:
        raise RuntimeError(f"benchmark inputs not all accepted: {bad[:3]}")
    return seconds, report.records_added


def warm(files: list[Path]) -> None:
    for path in files:
        with open(path, "rb") as f:
            while f.read(1 << 22):
                pass


def run(quick: bool = False) -> Result:
    """The benchmark as `make bench` runs it: 100 files (10 when quick) of ~10k records."""
    return measure(10 if quick else 100, 10_000, 1 if quick else 3)


def measure(files_n: int, records_per_file: int, rounds: int, workers: int | None = None) -> Result:
    """Alternate bare and product merges of the same corpus `rounds` times; medians."""
    corpus = Corpus("merge", files_n, records_per_file)
    files = build(corpus)
    receipts = closing_receipts(files)
    warm(files)
    out = work_dir("merge-out")
    bare_s, product_s = [], []
    records = 0
    for _ in range(rounds):
        bare_s.append(bare_merge(files, out / "bare.sqlite"))
        seconds, records = product_merge(files, out / "festival.sqlite", receipts, workers)
        product_s.append(seconds)
    product, bare = median(product_s), median(bare_s)
    return Result(
        name="merge",
        metric=f"s, {len(files)} files of ~{records_per_file // 1000}k records",
        product=product,
        bare=bare,
        target="<= 2x bare, chain verification included",
        passed=product / bare <= 2.0,
        details={
            "files": len(files),
            "records": sum(record_counts(corpus)),
            "records_merged": records,
            "product_runs_s": [round(s, 2) for s in product_s],
            "bare_runs_s": [round(s, 2) for s in bare_s],
            "input_mb": round(sum(p.stat().st_size for p in files) / 1e6),
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Time kiosk merge against a bare merge.")
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--records", type=int, default=10_000, help="per file, about")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None, help="default: the merge's own")
    args = parser.parse_args()
    result = measure(args.files, args.records, args.rounds, args.workers)
    print(json.dumps(result.as_json(), indent=2))


if __name__ == "__main__":
    main()
