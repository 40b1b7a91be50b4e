"""The product merge of the merge benchmark's corpus, by the code of an earlier commit
and by this checkout, in alternating runs: the "within N x of before" figures.

    .venv/bin/python -m benchmarks.merge_before_after --before 6370f1a --rounds 5

The earlier commit is checked out once as a git worktree under benchmarks/work/.
Each run is its own process (no warm caches in Python); both sides get every
kiosk's closing receipt, and the organizers' pack where their merge takes one.
The corpus files are read once before each run, so both find them in the page
cache. Prints each run, then the medians and their ratio (after / before).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.common import work_dir
from benchmarks.corpus import Corpus, build, template_pack

ROOT = Path(__file__).resolve().parent.parent

# One run, in a child process whose first import path is the code to measure.
_RUN = """
import inspect, json, sqlite3, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import kiosk
assert kiosk.__file__.startswith(sys.argv[1]), kiosk.__file__
try:  # where each version of the code keeps them
    from kiosk.results.collect import merge_kiosk_files
except ImportError:
    from kiosk.results.merge import merge_kiosk_files
try:
    from kiosk.storage.receipt import receipt_for_export
except ImportError:
    from kiosk.results.receipt import receipt_for_export
from kiosk.storage.export import ExportResult, file_sha256
from kiosk.storage.records import verify_file
files = [Path(p) for p in json.loads(sys.argv[3])]
receipts = []
for path in files:
    chain, _ = verify_file(path)
    db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    agency = db.execute("SELECT agency_code FROM kiosk").fetchone()[0]
    db.close()
    receipts.append(receipt_for_export(ExportResult(path, file_sha256(path), chain), agency))
for path in files:
    with open(path, "rb") as f:
        while f.read(1 << 22):
            pass
out = Path(sys.argv[2])
for suffix in ("", "-journal"):
    Path(f"{out}{suffix}").unlink(missing_ok=True)
kwargs = {}
if "pack" in inspect.signature(merge_kiosk_files).parameters:
    kwargs["pack"] = sys.argv[4]
t0 = time.perf_counter()
report = merge_kiosk_files(out, files, receipts, **kwargs)
seconds = time.perf_counter() - t0
statuses = sorted({s.status for s in report.sources})
print(json.dumps({"seconds": round(seconds, 2), "statuses": statuses}))
"""


def worktree(commit: str) -> Path:
    path = work_dir("before-after") / f"code-{commit}"
    if not path.exists():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), commit],
            check=True,
            capture_output=True,
        )
    return path


def run(code: Path, files: list[Path], pack: Path) -> dict[str, object]:
    out = work_dir("before-after") / f"merged-{code.name}.sqlite"
    names = json.dumps([str(p) for p in files])
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(code), str(out), names, str(pack)],
        capture_output=True,
        text=True,
        cwd=work_dir("before-after"),
    )
    if done.returncode != 0:
        raise SystemExit(f"the run of {code} failed:\n{done.stderr[-3000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, help="the earlier commit")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    corpus = Corpus("merge", args.files, args.records)
    build(corpus)
    files, pack = corpus.paths(), template_pack()
    sides = {"before": worktree(args.before), "after": ROOT}
    seconds: dict[str, list[float]] = {"before": [], "after": []}
    for n in range(args.rounds):
        for side, code in sides.items():
            result = run(code, files, pack)
            seconds[side].append(float(str(result["seconds"])))
            print(json.dumps({"round": n + 1, "side": side, **result}), flush=True)
    before, after = (statistics.median(seconds[s]) for s in ("before", "after"))
    print(
        json.dumps(
            {
                "before_median_s": before,
                "after_median_s": after,
                "ratio": round(after / before, 3),
                "before": seconds["before"],
                "after": seconds["after"],
            }
        )
    )


if __name__ == "__main__":
    main()
