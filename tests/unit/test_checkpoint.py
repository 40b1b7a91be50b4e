"""Checkpoints in the chain: a crash recovery walks only what came after the latest one,
while `kiosk verify` and the merge still walk every record from the first."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.booth import Booth
from kiosk.cli import main
from kiosk.domain.clock import ManualClock
from kiosk.ops.recovery import (
    UNSOUND_EVENT,
    BackgroundCheck,
    check_after_crash,
    must_check_first,
)
from kiosk.results.collect import merge_kiosk_files
from kiosk.storage import records
from kiosk.storage.chain import CHECKPOINT_KIND, verify_chain, verify_since_checkpoint
from kiosk.storage.database import open_booth_database
from kiosk.storage.errors import RecordNotStored
from kiosk.storage.export import export_database
from kiosk.storage.records import RecordLog, verify_file
from tests.helpers import make_booth_db
from tests.results.kiosks import OPENING, tamper_vote, visit

EVERY = 40  # records between checkpoints here (the kiosk's CHECKPOINT_EVERY is larger)


@pytest.fixture(autouse=True)
def small_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "CHECKPOINT_EVERY", EVERY)


def busy_booth(path: Path, visitors: int = 40) -> Booth:
    """A booth file with traffic written by a real Booth (checkpoints between visits)."""
    db = make_booth_db(path)
    clock = ManualClock(OPENING)
    booth = Booth(db, "DPUPR", clock)
    slugs = [i.slug for i in booth.innovations]
    for n in range(visitors):
        visit(booth, clock, slugs[: n % 3], rating=4 if n % 2 else None)
    return booth


def checkpoints(conn: sqlite3.Connection) -> list[int]:
    query = "SELECT seq FROM visitor_records WHERE kind = ? ORDER BY seq"
    return [row[0] for row in conn.execute(query, [CHECKPOINT_KIND])]


def test_a_checkpoint_every_few_hundred_records_and_recovery_starts_at_the_last(
    tmp_path: Path,
) -> None:
    booth = busy_booth(tmp_path / "booth.sqlite")
    conn = booth.db.conn
    marks = checkpoints(conn)
    head = conn.execute("SELECT max(seq) FROM visitor_records").fetchone()[0]
    assert len(marks) >= head // (EVERY + 10)  # one per EVERY records, at a visit's end
    assert all(b - a >= EVERY for a, b in itertools.pairwise(marks))
    full = verify_chain(conn)
    assert full.ok and full.from_seq == 1
    quick = verify_since_checkpoint(conn)
    assert quick.ok and quick.from_seq == marks[-1]
    assert (quick.last_seq, quick.head_hash) == (full.last_seq, full.head_hash)
    assert head - quick.from_seq < EVERY + 10  # what a crash recovery walks


def test_a_tampered_record_before_the_checkpoint_is_still_caught_by_verify_and_merge(
    tmp_path: Path,
) -> None:
    booth = busy_booth(tmp_path / "kiosk" / "booth.sqlite")
    booth.db.close()
    live = tmp_path / "kiosk" / "booth.sqlite"
    stick = export_database(live, tmp_path / "stick" / "booth.sqlite").path
    conn = sqlite3.connect(stick)
    first_mark = checkpoints(conn)[0]
    vote, slug = conn.execute(
        "SELECT seq, innovation_slug FROM visitor_records WHERE kind = 'vote' AND seq < ?"
        " ORDER BY seq DESC LIMIT 1",
        [first_mark],
    ).fetchone()
    conn.close()
    other = "lapor-jalan-rusak" if slug != "lapor-jalan-rusak" else "gerakan-rawat-jalan"
    tamper_vote(stick, vote, other)

    conn = sqlite3.connect(stick)
    assert verify_since_checkpoint(conn).ok  # the start's shortcut does not look there...
    conn.close()
    chain, _ = verify_file(stick)  # ...the audit does
    assert not chain.ok and chain.bad_seq == vote
    result = CliRunner().invoke(main, ["verify", str(stick)], catch_exceptions=False)
    assert result.exit_code == 1 and f"chain broken at sequence {vote}" in result.output
    merged = merge_kiosk_files(tmp_path / "festival.sqlite", [stick], workers=1).sources[0]
    assert merged.status == "chain_broken" and f"sequence {vote}" in merged.detail

    # A hash rewritten just before the latest checkpoint: the checkpoint no longer follows
    # it, which the recovery's shortcut sees too.
    rewritten = tmp_path / "rewritten.sqlite"
    shutil.copy(stick, rewritten)
    conn = sqlite3.connect(rewritten)
    last_mark = checkpoints(conn)[-1]
    conn.execute("UPDATE visitor_records SET hash = ? WHERE seq = ?", ["f" * 64, last_mark - 1])
    conn.commit()
    conn.close()
    report = check_after_crash(open_booth_database(rewritten), tmp_path / "m", {})
    assert not report.ok and report.chain is not None and report.chain.bad_seq == last_mark


def test_a_held_log_stores_a_record_once_released(tmp_path: Path) -> None:
    log = RecordLog(make_booth_db(tmp_path / "booth.sqlite"))
    log.hold()
    threading.Timer(0.3, log.release).start()
    started = time.monotonic()
    record = log.append("session_start", "s1", {"agency": "DPUPR"})
    assert time.monotonic() - started >= 0.25
    assert record.seq == 1 and log.count() == 1


def test_a_log_released_with_a_refusal_stores_nothing(tmp_path: Path) -> None:
    log = RecordLog(make_booth_db(tmp_path / "booth.sqlite"))
    log.hold()
    log.release("the booth file is damaged: quick_check *** page 7 ***")
    with pytest.raises(RecordNotStored, match="damaged"):
        log.append("session_start", "s1", {"agency": "DPUPR"})
    assert log.count() == 0
    assert log.last_failure is not None and "damaged" in log.last_failure.reason


def test_background_check_of_a_sound_file_adds_a_checkpoint_at_the_head(tmp_path: Path) -> None:
    path = tmp_path / "booth.sqlite"
    booth = busy_booth(path, visitors=5)
    before = booth.db.execute("SELECT max(seq), count(*) FROM visitor_records").fetchone()
    check = BackgroundCheck(path, booth.log)
    assert booth.log.held
    check.start().join(30)
    assert check.verdict is not None and check.verdict.ok
    assert not booth.log.held and booth.log.refusal == ""
    assert check.verdict.checkpoint == before[0] + 1
    assert verify_since_checkpoint(booth.db.conn).from_seq == before[0] + 1
    booth.start_session()  # records are written again


def test_background_check_of_an_unsound_file_refuses_records_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "db" / "booth.sqlite"
    make_booth_db(path).close()
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page - 1
    for offset in range(last * page, last * page + 64):  # a b-tree page header
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    db = open_booth_database(path, quick_check=False)  # as `kiosk run` opens it
    booth = Booth(db, "DPUPR")
    told: list[str] = []
    check = BackgroundCheck(path, booth.log, told.append)
    check.start().join(30)
    assert check.verdict is not None and not check.verdict.ok
    assert told and "damaged" in told[0]
    with pytest.raises(RecordNotStored, match="damaged"):
        booth.start_session()
    assert must_check_first(path)  # the next start checks first (and replaces the file)
    events = [r[0] for r in db.execute("SELECT event FROM staff_events").fetchall()]
    assert UNSOUND_EVENT in events
