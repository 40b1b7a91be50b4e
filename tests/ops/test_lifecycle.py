"""A kiosk's life through `begin_kiosk_run`/`end_kiosk_run`, each run in a real process."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.ops.recovery import MARKER_NAME
from tests.helpers import make_booth_db

KIOSK = """
    import faulthandler, json, sys
    from pathlib import Path
    from kiosk.ops.lifecycle import begin_kiosk_run, end_kiosk_run
    from kiosk.setup import prepare_booth

    db, code, path = prepare_booth(Path(sys.argv[1]), None, "DPUPR")
    report = begin_kiosk_run(db, path, lambda s: print("SAFE SCREEN:", s, flush=True))
    print(json.dumps({"crashed": report.crashed, "ok": report.ok}), flush=True)
    how = sys.argv[2]
    if how == "error":
        raise RuntimeError("boom in a slot")
    if how == "segfault":
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file in the test folder
        faulthandler._sigsegv()
    end_kiosk_run()
"""


def run_kiosk(db_path: Path, how: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KIOSK), str(db_path), how],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def events(db_path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT event, detail FROM staff_events ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def booth_path(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "booth.sqlite"
    make_booth_db(path).close()
    return path


def test_clean_runs_leave_nothing_behind(booth_path: Path) -> None:
    for _ in range(2):
        done = run_kiosk(booth_path, "clean")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"crashed": False, "ok": True}
    assert not (booth_path.parent / MARKER_NAME).exists()
    log = (booth_path.parent / "logs" / "kiosk.log").read_text()
    assert log.count("kiosk run ended cleanly") == 2
    assert events(booth_path) == []


def test_uncaught_error_is_logged_noted_and_recovered(booth_path: Path) -> None:
    done = run_kiosk(booth_path, "error")
    assert done.returncode == 1
    assert "SAFE SCREEN: RuntimeError: boom in a slot" in done.stdout
    assert "Traceback" not in done.stderr + done.stdout
    assert "Traceback" in (booth_path.parent / "logs" / "kiosk.log").read_text()
    assert events(booth_path) == [("uncaught_error", "RuntimeError: boom in a slot")]
    after = run_kiosk(booth_path, "clean")
    assert json.loads(after.stdout) == {"crashed": True, "ok": True}
    assert events(booth_path)[-1][0] == "crash_recovered"


def test_hard_crash_goes_to_the_fault_log_and_is_recovered(booth_path: Path) -> None:
    done = run_kiosk(booth_path, "segfault")
    assert done.returncode != 0
    faults = (booth_path.parent / "logs" / "faults.log").read_text()
    assert "Fatal Python error" in faults
    after = run_kiosk(booth_path, "clean")
    assert json.loads(after.stdout) == {"crashed": True, "ok": True}
    assert "quick_check ok" in events(booth_path)[-1][1]
