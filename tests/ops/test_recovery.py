"""Crash recovery for real: a kiosk process killed while visitors vote, then restarted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ops.recovery import (
    CRASH_EVENT,
    LOCK_NAME,
    MARKER_NAME,
    AlreadyRunning,
    end_run,
    note_staff_event,
    start_run,
)
from kiosk.setup import prepare_booth
from kiosk.storage.chain import verify_chain
from kiosk.storage.database import BoothDatabase
from tests.helpers import make_booth_db


@pytest.fixture
def booth_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "db" / "booth.sqlite"
    make_booth_db(path).close()
    yield path
    end_run()  # a failing test must not leave this process holding the run


def crash_events(db: BoothDatabase) -> list[dict[str, str]]:
    return list(db.utils.query("SELECT * FROM staff_events WHERE event = ?", [CRASH_EVENT]))


def test_clean_run_leaves_no_marker_and_reports_no_crash(booth_path: Path) -> None:
    db, _, path = prepare_booth(booth_path, None, "DPUPR")
    first = start_run(db, path)
    marker = booth_path.parent / MARKER_NAME
    assert not first.crashed and first.ok
    assert json.loads(marker.read_text())["pid"] == os.getpid()
    end_run()
    assert not marker.exists()
    second = start_run(db, path)
    end_run()
    assert not second.crashed
    assert crash_events(db) == []


HOLDING_KIOSK = """
    import sys, time
    from pathlib import Path
    from kiosk.ops.recovery import start_run
    from kiosk.setup import prepare_booth

    db, code, path = prepare_booth(Path(sys.argv[1]), None, "DPUPR")
    start_run(db, path)
    print("running", flush=True)
    time.sleep(60)
"""


def test_a_second_kiosk_on_the_same_folder_is_refused(booth_path: Path) -> None:
    db, _, path = prepare_booth(booth_path, None, "DPUPR")
    start_run(db, path)
    with pytest.raises(AlreadyRunning, match="already started a run"):
        start_run(db, path)
    end_run()
    other = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLDING_KIOSK), str(booth_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "running\n"
        with pytest.raises(AlreadyRunning, match="another kiosk is already running"):
            start_run(db, path)
    finally:
        other.kill()
        other.wait(timeout=10)
        if other.stdout:
            other.stdout.close()
    assert start_run(db, path).crashed  # once it is gone, its run counts as a crash


@pytest.mark.parametrize("marker_text", ["", '{"pid": 4', "[1, 2]"])
def test_a_marker_cut_short_by_a_power_cut_still_counts_as_a_crash(
    booth_path: Path, marker_text: str
) -> None:
    (booth_path.parent / MARKER_NAME).write_text(marker_text)
    db, _, path = prepare_booth(booth_path, None, "DPUPR")
    report = start_run(db, path)
    assert report.crashed and report.ok
    [event] = crash_events(db)
    assert "pid ?" in event["detail"] and "quick_check ok" in event["detail"]


def test_a_broken_chain_found_after_a_crash_is_reported(booth_path: Path) -> None:
    db, code, path = prepare_booth(booth_path, None, "DPUPR")
    from kiosk.booth import Booth

    Booth(db, code).start_session()
    db.execute("DROP TRIGGER visitor_records_no_update")
    db.execute("UPDATE visitor_records SET data = '{}' WHERE seq = 1")
    db.conn.commit()
    (booth_path.parent / MARKER_NAME).write_text('{"pid": 1, "started_at": "x", "db": "y"}')
    report = start_run(db, path)
    assert report.crashed and not report.ok
    assert "chain broken at sequence 1" in report.describe()
    assert "DAMAGED" in crash_events(db)[0]["detail"]


VOTING_KIOSK = """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path

    from kiosk.booth import Booth
    from kiosk.domain.clock import ManualClock
    from kiosk.domain.session import EndReason
    from kiosk.ops.recovery import start_run
    from kiosk.setup import prepare_booth

    db, code, path = prepare_booth(Path(sys.argv[1]), None, "DPUPR")
    report = start_run(db, path)
    print("started", report.crashed, flush=True)
    clock = ManualClock(datetime.now(UTC))  # visitors' dwell and cooldown pass instantly
    booth = Booth(db, code, clock)
    while True:
        booth.start_session()
        for innovation in booth.innovations:
            booth.open_innovation(innovation.slug)
            clock.advance(6)
            outcome = booth.cast_vote(innovation.slug)
            assert outcome.record is not None
            print("ack", outcome.record.seq, flush=True)  # acknowledged to the visitor
            clock.advance(9)
        booth.end_session(EndReason.FINISHED)
"""


def run_and_kill(db_path: Path, votes_before_kill: int) -> tuple[int, list[int]]:
    """Start a voting kiosk, SIGKILL it mid-use; its pid and every acknowledged vote seq."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(VOTING_KIOSK), str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    acked: list[int] = []
    try:
        assert child.stdout.readline() == "started False\n"
        while len(acked) < votes_before_kill:
            acked.append(int(child.stdout.readline().split()[1]))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()  # acknowledgements already in the pipe count too
    finally:
        child.kill()
        child.wait(timeout=10)
        child.stdout.close()
    acked.extend(int(line.split()[1]) for line in rest.splitlines())
    return child.pid, acked


def test_kill_during_use_then_restart_recovers_everything(booth_path: Path) -> None:
    pid, acked = run_and_kill(booth_path, votes_before_kill=200)
    assert (booth_path.parent / MARKER_NAME).exists()  # the killed run could not clean up
    db, _, path = prepare_booth(booth_path, None, "DPUPR")
    assert path == booth_path  # the file was healthy: not replaced
    report = start_run(db, path)
    assert report.crashed and report.ok
    assert report.previous is not None and report.previous["pid"] == pid
    chain = verify_chain(db.conn)
    assert chain.ok and report.chain == chain
    stored = {
        r["seq"] for r in db.utils.query("SELECT seq FROM visitor_records WHERE kind = 'vote'")
    }
    assert set(acked) <= stored
    [event] = crash_events(db)
    assert f"pid {pid}" in event["detail"]
    assert f"last sequence {chain.last_seq}" in event["detail"]
    assert json.loads((booth_path.parent / MARKER_NAME).read_text())["pid"] == os.getpid()
    end_run()
    assert not (booth_path.parent / MARKER_NAME).exists()
    assert (booth_path.parent / LOCK_NAME).exists()  # the lock file stays; only its lock goes


def test_a_crash_found_on_a_full_disk_does_not_stop_the_start(booth_path: Path) -> None:
    (booth_path.parent / MARKER_NAME).write_text("{}")
    db, _, path = prepare_booth(booth_path, None, "DPUPR")
    db.execute("PRAGMA query_only = ON")  # the file takes no writes
    report = start_run(db, path)  # the crash note goes to the log only
    assert report.crashed and report.ok
    db.execute("PRAGMA query_only = OFF")
    assert crash_events(db) == []
    note_staff_event(db, "uncaught_error", "the crash hook's note, now that writes work")
    assert len(list(db.utils.query("SELECT * FROM staff_events"))) == 1
