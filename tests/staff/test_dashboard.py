"""The staff dashboard's numbers, from the real booth file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.staff.dashboard import WIB, compute_dashboard, day_bounds, write_failure_text
from kiosk.staff.handover import export_to_folder
from kiosk.staff.wording import clock_time
from kiosk.storage.errors import RecordNotStored
from kiosk.storage.records import WriteFailure
from tests.staff.conftest import StaffedBooth, visit


def test_counts_votes_ratings_feedback_and_health(staffed: StaffedBooth) -> None:
    stats = compute_dashboard(staffed.db, staffed.path, "DPUPR", staffed.clock)
    assert stats.day == date(2026, 8, 20)
    assert stats.sessions_today == 3
    assert [(v.slug, v.votes, v.votes_today) for v in stats.votes] == [
        ("gerakan-rawat-jalan", 1, 1),
        ("lapor-jalan-rusak", 2, 2),
    ]
    assert stats.votes_total == 3
    assert stats.average_rating == 3.0 and stats.feedback_count == 2
    assert stats.last_record_at is not None and stats.last_record_at.tzinfo is not None
    assert stats.health.ok and stats.health.chain.count == 11
    assert stats.free_disk_bytes > 0
    assert stats.last_export_at is None and stats.last_backup_at is None


def test_today_is_the_festival_day_in_western_indonesian_time(staffed: StaffedBooth) -> None:
    # 23:50 WIB on the 20th, then 00:10 WIB on the 21st (17:10 UTC, still the 20th in UTC).
    late_evening = datetime(2026, 8, 20, 16, 50, tzinfo=UTC)
    staffed.clock.advance((late_evening - staffed.clock.utc_now()).total_seconds())
    booth = Booth(staffed.db, "DPUPR", staffed.clock)
    visit(booth, staffed.clock, "gerakan-rawat-jalan")
    staffed.clock.advance(20 * 60)
    visit(booth, staffed.clock, "lapor-jalan-rusak")
    stats = compute_dashboard(staffed.db, staffed.path, "DPUPR", staffed.clock)
    assert stats.day == date(2026, 8, 21)
    assert stats.sessions_today == 1
    assert [v.votes_today for v in stats.votes] == [0, 1]
    assert [v.votes for v in stats.votes] == [2, 3]


def test_day_bounds_are_utc_strings() -> None:
    assert day_bounds(date(2026, 8, 21), WIB) == (
        "2026-08-20T17:00:00.000Z",
        "2026-08-21T17:00:00.000Z",
    )


def test_hidden_innovations_still_count_and_export_time_shows(
    staffed: StaffedBooth, tmp_path: Path
) -> None:
    staffed.db.execute("UPDATE innovations SET hidden = 1 WHERE slug = 'gerakan-rawat-jalan'")
    staffed.db.conn.commit()
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    export_to_folder(staffed.db, usb, clock=staffed.clock)
    stats = compute_dashboard(staffed.db, staffed.path, "DPUPR", staffed.clock)
    assert stats.votes[0].hidden and stats.votes[0].votes == 1
    assert stats.last_export_at == staffed.clock.utc_now()


def test_a_refused_record_is_told_to_staff_with_its_cause(staffed: StaffedBooth) -> None:
    log = staffed.booth.log
    today = date(2026, 8, 20)
    assert write_failure_text(log.last_failure, WIB, today) == ""
    failed_at = staffed.clock.utc_now()
    staffed.db.execute("PRAGMA query_only = ON")  # the file takes no more writes
    with pytest.raises(RecordNotStored):
        staffed.booth.start_session()
    staffed.clock.advance(300)
    with pytest.raises(RecordNotStored):  # the same outage: still "since" the first one
        staffed.booth.start_session()
    failure = log.last_failure
    assert failure is not None and (failure.kind, failure.count) == ("session_start", 2)
    assert failure.at == failed_at
    assert write_failure_text(failure, WIB, today) == (
        f"Data pengunjung GAGAL disimpan sejak {clock_time(failed_at, WIB, today)}: berkas database"
        " tidak bisa ditulis (hanya-baca). Selama belum diatasi, suara, masukan, dan jawaban"
        " survei tidak tersimpan (2 catatan sejauh ini). Hubungi panitia."
    )
    assert write_failure_text(failure, WIB, today, short=True) == (
        "Berkas database tidak bisa ditulis (hanya-baca): gagal simpan sejak"
        f" {clock_time(failed_at, WIB, today)}"
    )
    # Read the next morning, the outage names its day.
    assert "gagal simpan sejak kemarin 10." in write_failure_text(
        failure, WIB, date(2026, 8, 21), short=True
    )
    staffed.db.execute("PRAGMA query_only = OFF")
    staffed.clock.advance(600)
    staffed.booth.start_session()
    back_at = staffed.clock.utc_now()
    assert write_failure_text(log.last_failure, WIB, today) == (
        f"Sejak {clock_time(failed_at, WIB, today)} data pengunjung sempat gagal disimpan"
        " (berkas database tidak bisa ditulis (hanya-baca); 2 catatan tidak tersimpan)."
        f" Sejak {clock_time(back_at, WIB, today)} tersimpan lagi."
    )
    assert write_failure_text(log.last_failure, WIB, today, short=True) == (
        f"Sempat gagal simpan ({clock_time(failed_at, WIB, today)}); sudah pulih"
    )


@pytest.mark.parametrize(
    ("reason", "cause"),
    [
        ("database or disk is full", "disk penuh"),
        ("disk I/O error", "disk bermasalah (gagal membaca atau menulis)"),
        ("database is locked", "berkas database sedang dipakai program lain"),
        ("no such table: visitor_records", "kesalahan SQLite: no such table: visitor_records"),
    ],
)
def test_sqlite_reasons_in_staff_words(reason: str, cause: str) -> None:
    failure = WriteFailure(datetime(2026, 8, 20, 3, 0, tzinfo=UTC), "vote", reason)
    assert f"sejak 10.00 WIB: {cause}." in write_failure_text(failure, WIB, date(2026, 8, 20))
    assert f"sejak Kam 20 Agu 10.00 WIB: {cause}." in write_failure_text(
        failure, WIB, date(2026, 8, 24)
    )
