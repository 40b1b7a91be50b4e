"""Run Gerai's benchmarks: `python -m benchmarks.run [--quick] [NAME ...]`.

Each benchmark measures the product against the physical limit in the same
run and reports the ratio. Results are printed as a table and written to
benchmarks/results.json (with the machine they ran on).
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import WORK, Result
from benchmarks.machine import describe

# name -> module in this package with `run(quick: bool) -> Result | list[Result]`
BENCHMARKS = {
    "vote_commit": "benchmarks.vote_commit",
    "startup": "benchmarks.startup",
    "morning": "benchmarks.morning",
    "detail": "benchmarks.detail",
    "journey": "benchmarks.journey",
    "merge": "benchmarks.merge",
    "report": "benchmarks.report",
    "soak": "benchmarks.soak",
    "pack_import": "benchmarks.pack_import",
    "attract": "benchmarks.attract",
    "desk": "benchmarks.desk",
    "clip_cpu": "benchmarks.clip_cpu",
    "ballots": "benchmarks.ballots",
}
RESULTS = Path(__file__).resolve().parent / "results.json"


def runner(name: str) -> Callable[[bool], Result | list[Result]]:
    return importlib.import_module(BENCHMARKS[name]).run  # type: ignore[no-any-return]


def fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 100 else f"{value:.0f}"


def table(results: list[Result]) -> str:
    """A plain-text table: one line per benchmark."""
    header = f"{'benchmark':<12} {'metric':<44} {'product':>9} {'bare':>9} {'ratio':>6}  target"
    lines = [header, "-" * len(header)]
    for r in results:
        verdict = "ok" if r.passed else "MISSED"
        lines.append(
            f"{r.name:<12} {r.metric:<44} {fmt(r.product):>9} {fmt(r.bare):>9} "
            f"{fmt(r.ratio):>6}  {r.target} [{verdict}]"
        )
    return "\n".join(lines)


def source_commit() -> str:
    """The commit of the code measured ("+changes" when kiosk/ differs from it)."""
    root = Path(__file__).resolve().parents[1]

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+changes" if git("status", "--porcelain", "--", "kiosk") else "")


def write_results(results: list[Result], quick: bool, commit: str) -> None:
    """Merge into results.json, so running a subset keeps the others' last results."""
    try:
        previous = json.loads(RESULTS.read_text())
    except (OSError, ValueError):
        previous = {}
    benchmarks = previous.get("benchmarks", {}) if isinstance(previous, dict) else {}
    machine = describe(WORK)
    for r in results:
        # The header names the machine of the last run; a subset run keeps the others'
        # entries, so each entry names the CPU it ran on as well.
        benchmarks[r.name] = r.as_json() | {
            "quick": quick,
            "commit": commit,
            "ran_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "cpu": machine.get("cpu", ""),
        }
    data = {"machine": machine, "benchmarks": benchmarks}
    RESULTS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument("--quick", action="store_true", help="fewer samples: a smoke run")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    WORK.mkdir(parents=True, exist_ok=True)
    results = []
    commit = source_commit()
    for name in args.names or list(BENCHMARKS):
        print(f"running {name}{' (quick)' if args.quick else ''} ...", file=sys.stderr, flush=True)
        outcome = runner(name)(args.quick)
        results.extend(outcome if isinstance(outcome, list) else [outcome])
        write_results(results, args.quick, commit)  # after each: a later failure keeps these
    print(table(results))
    print(f"\nwritten to {RESULTS}")
    return 1 if args.strict and not all(r.passed for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
