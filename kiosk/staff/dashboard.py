"""How the booth is doing: the numbers on the staff dashboard, from plain SQL over the file."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.clock import Clock, SystemClock
from kiosk.staff import wording
from kiosk.storage.chain import ChainReport, verify_chain
from kiosk.storage.database import BoothDatabase, utc_iso
from kiosk.storage.records import WriteFailure

# Western Indonesian Time, for machines without the tz database.
WIB = timezone(timedelta(hours=7), "WIB")


@dataclass(frozen=True)
class InnovationVotes:
    slug: str
    title: str
    votes: int
    votes_today: int
    hidden: bool


@dataclass(frozen=True)
class DatabaseHealth:
    quick_check: str  # "ok" or SQLite's description of the damage
    chain: ChainReport

    @property
    def ok(self) -> bool:
        return self.quick_check == "ok" and self.chain.ok


@dataclass(frozen=True)
class DashboardStats:
    """Everything the staff dashboard shows, computed at one moment."""

    day: date  # today at the festival (its timezone)
    sessions_today: int
    votes: tuple[InnovationVotes, ...]  # the booth's innovations in display order
    average_rating: float | None  # over all feedback with a rating
    feedback_count: int
    last_record_at: datetime | None  # UTC
    free_disk_bytes: int
    health: DatabaseHealth
    last_export_at: datetime | None  # UTC
    last_backup_at: datetime | None  # UTC
    staff_sign_ins_today: int
    # Warnings noted by crash recovery today (event -> count), e.g. {"crash_recovered": 1}.
    warnings_today: dict[str, int] = field(default_factory=dict)

    @property
    def votes_total(self) -> int:
        return sum(v.votes for v in self.votes)


def festival_timezone(db: BoothDatabase) -> tzinfo:
    """The festival's timezone from the pack (Asia/Jakarta for Banyumas)."""
    row = db.execute("SELECT timezone FROM festival WHERE id = 1").fetchone()
    try:
        return ZoneInfo(row[0] if row else "Asia/Jakarta")
    except (ZoneInfoNotFoundError, ValueError):
        return WIB


def day_bounds(day: date, tz: tzinfo) -> tuple[str, str]:
    """The UTC ISO strings [start, end) of a local day, comparable with `recorded_at`."""
    start = datetime.combine(day, time(0), tz)
    return utc_iso(start), utc_iso(start + timedelta(days=1))


def compute_dashboard(
    db: BoothDatabase, db_path: Path, agency_code: str, clock: Clock | None = None
) -> DashboardStats:
    """The dashboard numbers for `agency_code`'s booth, as of now."""
    tz = festival_timezone(db)
    today = (clock or SystemClock()).utc_now().astimezone(tz).date()
    bounds = day_bounds(today, tz)
    return DashboardStats(
        day=today,
        sessions_today=_count(db, "kind = 'session_start'", bounds),
        votes=votes_per_innovation(db, agency_code, bounds),
        average_rating=_average_rating(db),
        feedback_count=int(_scalar(db, "SELECT count(*) FROM feedback") or 0),
        last_record_at=_utc(_scalar(db, "SELECT max(recorded_at) FROM visitor_records")),
        free_disk_bytes=shutil.disk_usage(db_path.parent).free,
        health=database_health(db),
        last_export_at=_utc(_scalar(db, "SELECT max(exported_at) FROM exports")),
        last_backup_at=_utc(_last_event(db, "backup")),
        staff_sign_ins_today=_events_between(db, "pin_ok", bounds),
        warnings_today={
            event: count
            for event in WARNING_EVENTS
            if (count := _events_between(db, event, bounds))
        },
    )


# staff_events rows that staff should hear about (written by kiosk.ops at start or on an error).
WARNING_EVENTS = {
    "crash_recovered": "aplikasi sempat berhenti tidak normal",
    "uncaught_error": "terjadi kesalahan di aplikasi",
    "database_replaced": "berkas database diganti",
    "file_unsound": "pemeriksaan menemukan kerusakan pada berkas database",
}


# Why SQLite refused a write, in words staff can act on (first match wins).
WRITE_FAILURE_CAUSES = (
    ("booth file is damaged", "berkas database rusak"),
    ("disk is full", "disk penuh"),
    ("readonly", "berkas database tidak bisa ditulis (hanya-baca)"),
    ("I/O error", "disk bermasalah (gagal membaca atau menulis)"),
    ("locked", "berkas database sedang dipakai program lain"),
)


def write_failure_text(
    failure: WriteFailure | None, tz: tzinfo, today: date, short: bool = False
) -> str:
    """What staff must know about the last visitor record the file refused ("" if none):
    the banner's sentences, or (`short`) a line for the dashboard's health tile. Times
    carry their day unless it is `today` (the festival's date)."""
    if failure is None:
        return ""
    cause = next(
        (words for key, words in WRITE_FAILURE_CAUSES if key in failure.reason),
        f"kesalahan SQLite: {failure.reason}",
    )
    when = wording.clock_time(failure.at, tz, today)
    if failure.recovered_at is None:
        if short:
            return f"{cause[0].upper()}{cause[1:]}: gagal simpan sejak {when}"
        return (
            f"Data pengunjung GAGAL disimpan sejak {when}:"
            f" {cause}. Selama belum diatasi, suara, masukan, dan jawaban survei tidak"
            f" tersimpan ({failure.count} catatan sejauh ini). Hubungi panitia."
        )
    if short:
        return f"Sempat gagal simpan ({when}); sudah pulih"
    again = wording.clock_time(failure.recovered_at, tz, today)
    return (
        f"Sejak {when} data pengunjung sempat gagal disimpan ({cause};"
        f" {failure.count} catatan tidak tersimpan). Sejak {again} tersimpan lagi."
    )


def attention_text(stats: DashboardStats) -> str:
    """One line for the dashboard: what went wrong today, or "" if nothing did."""
    parts = [f"{WARNING_EVENTS[event]} ({count}x)" for event, count in stats.warnings_today.items()]
    return ("Perhatian: " + "; ".join(parts) + ". Lapor ke panitia.") if parts else ""


def votes_per_innovation(
    db: BoothDatabase, agency_code: str, bounds: tuple[str, str]
) -> tuple[InnovationVotes, ...]:
    """Votes (all and today's) for each of the booth's innovations, hidden ones included."""
    rows = db.execute(
        """
        SELECT i.slug, i.title_id, i.hidden,
               count(v.seq),
               count(CASE WHEN v.recorded_at >= ? AND v.recorded_at < ? THEN 1 END)
        FROM innovations i LEFT JOIN votes v ON v.innovation_slug = i.slug
        WHERE i.agency_code = ?
        GROUP BY i.slug ORDER BY i.sort_order, i.slug
        """,
        [*bounds, agency_code],
    ).fetchall()
    return tuple(InnovationVotes(r[0], r[1], r[3], r[4], bool(r[2])) for r in rows)


def database_health(db: BoothDatabase) -> DatabaseHealth:
    """SQLite's quick_check plus a walk of the whole hash chain."""
    check = "; ".join(r[0] for r in db.execute("PRAGMA quick_check").fetchall())
    return DatabaseHealth(check, verify_chain(db.conn))


def _average_rating(db: BoothDatabase) -> float | None:
    value = _scalar(db, "SELECT avg(rating) FROM feedback WHERE rating IS NOT NULL")
    return None if value is None else round(float(value), 2)


def _count(db: BoothDatabase, where: str, bounds: tuple[str, str]) -> int:
    sql = (
        f"SELECT count(*) FROM visitor_records WHERE {where}"
        " AND recorded_at >= ? AND recorded_at < ?"
    )
    return int(db.execute(sql, list(bounds)).fetchone()[0])


def _events_between(db: BoothDatabase, event: str, bounds: tuple[str, str]) -> int:
    sql = "SELECT count(*) FROM staff_events WHERE event = ? AND at >= ? AND at < ?"
    return int(db.execute(sql, [event, *bounds]).fetchone()[0])


def _last_event(db: BoothDatabase, event: str) -> str | None:
    row = db.execute("SELECT max(at) FROM staff_events WHERE event = ?", [event]).fetchone()
    return row[0] if row else None


def _scalar(db: BoothDatabase, sql: str) -> float | str | None:
    row = db.execute(sql).fetchone()
    return row[0] if row else None


def _utc(value: float | str | None) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    return datetime.fromisoformat(value).astimezone(UTC)
