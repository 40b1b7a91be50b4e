"""The periodic backup split in three: planned and noted on the database's thread, copied
on any other; and the booth's idle time that staff may change."""

from __future__ import annotations

import threading
from pathlib import Path

from kiosk.booth import Booth
from kiosk.staff.dashboard import attention_text, compute_dashboard
from kiosk.staff.errors import StaffError
from kiosk.staff.handover import BackupResult, BackupScheduler, copy_backup
from kiosk.storage.export import verify_file
from kiosk.storage.journal import log_event
from tests.helpers import make_booth_db
from tests.staff.conftest import StaffedBooth


def test_the_copy_runs_on_another_thread_and_is_noted_on_this_one(
    staffed: StaffedBooth, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    scheduler = BackupScheduler(staffed.db, staffed.clock)
    scheduler.configure(folder, 10)
    job = scheduler.begin()
    assert job is not None and job.target.parent == folder
    assert scheduler.begin() is None  # not due again until the interval has passed
    outcome: list[BackupResult | StaffError] = []
    thread = threading.Thread(target=lambda: outcome.append(copy_backup(job)))
    thread.start()
    thread.join(30)
    result = outcome[0]
    assert isinstance(result, BackupResult) and verify_file(result.path)[0].ok
    assert scheduler.finish(result) is result and scheduler.last_error == ""
    events = [r[0] for r in staffed.db.execute("SELECT event FROM staff_events ORDER BY id")]
    assert events[-1] == "backup"


def test_a_failed_copy_is_reported_and_noted(staffed: StaffedBooth, tmp_path: Path) -> None:
    scheduler = BackupScheduler(staffed.db, staffed.clock)
    scheduler.configure(tmp_path, 10)
    assert scheduler.finish(StaffError("flashdisk dicabut")) is None
    assert scheduler.last_error == "flashdisk dicabut"
    events = [r[0] for r in staffed.db.execute("SELECT event FROM staff_events ORDER BY id")]
    assert events[-1] == "backup_failed"


def test_staff_idle_time_applies_from_the_next_visitor(tmp_path: Path) -> None:
    db = make_booth_db(tmp_path / "booth.sqlite")
    booth = Booth(db, "DPUPR")
    pack = booth.festival.voting.idle_seconds
    assert booth.rules == booth.festival.voting  # no staff setting: the pack's rules
    first = booth.start_session()
    booth.idle_seconds = pack + 10
    assert first.rules.idle_seconds == pack  # an open visit keeps its rules
    assert booth.rules.idle_seconds == pack + 10
    assert booth.rules.max_votes_per_session == booth.festival.voting.max_votes_per_session
    assert booth.start_session().rules.idle_seconds == pack + 10
    db.close()


def test_the_dashboard_says_when_the_kiosk_crashed_today(staffed: StaffedBooth) -> None:
    stats = compute_dashboard(staffed.db, staffed.path, "DPUPR", staffed.clock)
    assert attention_text(stats) == ""
    log_event(staffed.db, "crash_recovered", "the previous run did not exit cleanly", staffed.clock)
    log_event(staffed.db, "uncaught_error", "RuntimeError: boom", staffed.clock)
    stats = compute_dashboard(staffed.db, staffed.path, "DPUPR", staffed.clock)
    assert stats.warnings_today == {"crash_recovered": 1, "uncaught_error": 1}
    assert attention_text(stats) == (
        "Perhatian: aplikasi sempat berhenti tidak normal (1x); terjadi kesalahan di aplikasi (1x)."
        " Lapor ke panitia."
    )
