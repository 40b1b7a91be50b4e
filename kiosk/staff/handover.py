"""Handing the booth's file over: export to a USB folder with a closing receipt, and backups.

The export is the foundation's `export_database` (a consistent, verified
copy); the receipt is `kiosk.storage.receipt`'s line, shown as text and as a
QR code an organizer photographs. Backups are the same copy written every few
minutes to a second folder, keeping the newest few; files Gerai did not write
there are never touched.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.clock import Clock, SystemClock
from kiosk.staff.errors import StaffError
from kiosk.storage.content import booth_agency
from kiosk.storage.database import BoothDatabase, kiosk_id_of, utc_iso
from kiosk.storage.errors import StorageError
from kiosk.storage.export import ExportDiskError, ExportResult, export_database
from kiosk.storage.journal import get_setting, log_event, log_event_if_possible, put_setting
from kiosk.storage.receipt import (
    NO_AGENCY,
    Receipt,
    ReceiptFiles,
    receipt_for_export,
    write_receipt_files,
)

log = logging.getLogger(__name__)

BACKUP_FOLDER_KEY = "backup_folder"
BACKUP_MINUTES_KEY = "backup_interval_minutes"
DEFAULT_BACKUP_MINUTES = 15
DEFAULT_KEEP = 5
SPACE_MARGIN = 1.2  # free space wanted on the target, relative to the database's size


@dataclass(frozen=True)
class Handover:
    """An export that was written and verified, with its receipt."""

    export: ExportResult
    receipt: Receipt
    receipt_files: ReceiptFiles | None  # the line and its QR code beside the export (None:
    # the stick refused them, e.g. full or pulled out; the screen shows the receipt anyway)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str
    removed: tuple[Path, ...]  # older backups pruned
    records: int = 0  # visitor records in the copy


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def export_filename(agency: str, kiosk_id: str, moment: datetime) -> str:
    """E.g. `gerai-DPUPR-1a2b3c4d-20260820T101500Z.sqlite`."""
    return f"gerai-{agency}-{kiosk_id[:8]}-{stamp(moment)}.sqlite"


def database_path(db: BoothDatabase) -> Path:
    """The file behind the open booth database."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    raise StaffError("Basis data ini tidak tersimpan di berkas.")


def export_to_folder(
    db: BoothDatabase, folder: Path, agency: str | None = None, clock: Clock | None = None
) -> Handover:
    """Write a verified copy of the booth file to `folder`, note it, and make the receipt."""
    clock = clock or SystemClock()
    agency = agency or booth_agency(db) or NO_AGENCY
    source = database_path(db)
    check_target(folder, source)
    out = folder / export_filename(agency, kiosk_id_of(db), clock.utc_now())
    result = _export(source, out)
    receipt = receipt_for_export(result, agency, utc_iso(clock.utc_now()))
    try:
        files: ReceiptFiles | None = write_receipt_files(receipt, out)
    except OSError as exc:  # the copy is made and verified: the screen still shows the receipt
        log.error("receipt beside %s not written: %s", out, exc)
        files = None
    with db.atomic():
        db.utils.table("exports").insert(
            {
                "exported_at": utc_iso(clock.utc_now()),
                "path": str(out),
                "file_sha256": result.sha256,
                "record_count": receipt.count,
                "last_seq": receipt.last_seq,
                "head_hash": receipt.head_hash,
            }
        )
        log_event(db, "export", f"{out} ({receipt.count} catatan)", clock)
    return Handover(result, receipt, files)


def check_target(folder: Path, source: Path) -> None:
    """Refuse a folder that is not there (USB not plugged in) or too full."""
    if not folder.is_dir():
        raise StaffError(f"Folder {folder} tidak ditemukan. Periksa flashdisk Anda.")
    needed = sum(p.stat().st_size for p in _database_files(source)) * SPACE_MARGIN
    if shutil.disk_usage(folder).free < needed:
        raise StaffError(f"Ruang di {folder} tidak cukup. Gunakan flashdisk lain.")


def _database_files(source: Path) -> list[Path]:
    candidates = [source, source.with_name(source.name + "-wal")]
    return [p for p in candidates if p.exists()]


# What `disk_problem` calls the stick's refusal, as staff read it.
_STICK_PROBLEM = {
    "the disk is full": "flashdisk penuh",
    "the disk quota is used up": "kuota flashdisk habis",
    "the disk is read-only": "flashdisk hanya bisa dibaca (terkunci)",
    "the file or disk is read-only": "flashdisk hanya bisa dibaca (terkunci)",
    "no permission to write there": "tidak ada izin menulis ke flashdisk",
    "the disk failed": "flashdisk rusak atau tercabut",
    "the file cannot be opened or created": "berkas tidak dapat dibuat di flashdisk",
}


def _export(source: Path, out: Path) -> ExportResult:
    try:
        return export_database(source, out)
    except ExportDiskError as exc:
        log.error("export to %s failed: %s", out, exc)
        raise StaffError(
            f"Ekspor ke {out.parent} gagal: {_STICK_PROBLEM.get(exc.problem, exc.problem)}."
            " Tidak ada berkas setengah jadi yang tertinggal, dan semua data di kios ini"
            " tetap aman. Kosongkan flashdisk atau gunakan flashdisk lain, lalu coba lagi."
        ) from exc
    except (StorageError, OSError) as exc:
        log.error("export to %s failed: %s", out, exc)
        raise StaffError(
            f"Ekspor ke {out.parent} gagal: salinan tidak lolos pemeriksaan atau tidak"
            " dapat ditulis. Coba lagi atau hubungi panitia."
        ) from exc


# ---------------------------------------------------------------- backups

_BACKUP_NAME = re.compile(r"^gerai-backup-([0-9a-f]{8})-(\d{8}T\d{6}Z)\.sqlite$")


def backup_filename(kiosk_id: str, moment: datetime) -> str:
    return f"gerai-backup-{kiosk_id[:8]}-{stamp(moment)}.sqlite"


def run_backup(
    db: BoothDatabase, folder: Path, keep: int = DEFAULT_KEEP, clock: Clock | None = None
) -> BackupResult:
    """Write a consistent copy to `folder`, then remove this kiosk's older backups beyond `keep`."""
    clock = clock or SystemClock()
    result = copy_backup(plan_backup(db, folder, keep, clock))
    note_backup(db, result, clock)
    return result


@dataclass(frozen=True)
class BackupJob:
    """One backup to make: everything `copy_backup` needs, so it can run on another thread."""

    source: Path
    target: Path
    kiosk_id: str
    keep: int


def plan_backup(db: BoothDatabase, folder: Path, keep: int, clock: Clock) -> BackupJob:
    """Check the folder and name the copy (quick: on the thread that owns `db`)."""
    source = database_path(db)
    check_target(folder, source)
    kiosk_id = kiosk_id_of(db)
    return BackupJob(source, folder / backup_filename(kiosk_id, clock.utc_now()), kiosk_id, keep)


def copy_backup(job: BackupJob) -> BackupResult:
    """Copy, check and prune (slow). Opens its own connections, so any thread may run it."""
    result = _export(job.source, job.target)
    removed = prune_backups(job.target.parent, job.kiosk_id, job.keep)
    return BackupResult(result.path, result.sha256, removed, result.chain.count)


def note_backup(db: BoothDatabase, result: BackupResult, clock: Clock) -> None:
    """The staff_events row for a finished backup (on the thread that owns `db`); on a
    full disk only the log file gets it: the copy itself is made."""
    log_event_if_possible(db, "backup", f"{result.path} ({result.records} catatan)", clock)


def prune_backups(folder: Path, kiosk_id: str, keep: int) -> tuple[Path, ...]:
    """Delete this kiosk's backups in `folder` except the newest `keep`; nothing else."""
    ours = sorted(
        (p for p in folder.iterdir() if _is_backup_of(p, kiosk_id)),
        key=lambda p: p.name,
        reverse=True,
    )
    old = tuple(ours[max(1, keep) :])
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _is_backup_of(path: Path, kiosk_id: str) -> bool:
    match = _BACKUP_NAME.match(path.name)
    return match is not None and match.group(1) == kiosk_id[:8] and path.is_file()


class BackupScheduler:
    """Decides when the periodic backup runs; the UI calls `tick()` from a timer.

    Folder and interval live in `settings`, so they survive a restart. A failed
    backup (stick pulled out) is logged and reported in `last_error`; the next
    tick tries again.
    """

    def __init__(
        self, db: BoothDatabase, clock: Clock | None = None, keep: int = DEFAULT_KEEP
    ) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.keep = keep
        self.last_run: float | None = None  # monotonic seconds
        self.last_error = ""

    @property
    def folder(self) -> Path | None:
        value = get_setting(self.db, BACKUP_FOLDER_KEY)
        return Path(value) if value else None

    @property
    def interval_minutes(self) -> int:
        value = get_setting(self.db, BACKUP_MINUTES_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_BACKUP_MINUTES

    def configure(self, folder: Path | None, minutes: int) -> None:
        """Choose the backup folder (None: no backups) and interval (1-240 minutes)."""
        minutes = max(1, min(240, int(minutes)))
        with self.db.atomic():
            put_setting(self.db, BACKUP_FOLDER_KEY, str(folder) if folder else "")
            put_setting(self.db, BACKUP_MINUTES_KEY, str(minutes))
            detail = f"{folder or '-'} setiap {minutes} menit"
            log_event(self.db, "backup_configured", detail, self.clock)
        self.last_run = None

    def due(self) -> bool:
        if self.folder is None:
            return False
        if self.last_run is None:
            return True
        return self.clock.monotonic() - self.last_run >= self.interval_minutes * 60

    def tick(self) -> BackupResult | None:
        """Run the backup if it is due; None if not due or if it failed."""
        job = self.begin()
        if job is None:
            return None
        try:
            outcome: BackupResult | StaffError = copy_backup(job)
        except StaffError as exc:
            outcome = exc
        return self.finish(outcome)

    def begin(self) -> BackupJob | None:
        """If a backup is due: the job for `copy_backup` (which may run on another thread)."""
        folder = self.folder
        if folder is None or not self.due():
            return None
        self.last_run = self.clock.monotonic()
        try:
            return plan_backup(self.db, folder, self.keep, self.clock)
        except StaffError as exc:
            self.finish(exc)
            return None

    def finish(self, outcome: BackupResult | StaffError) -> BackupResult | None:
        """Record how `copy_backup` ended (on the thread that owns the database)."""
        if isinstance(outcome, StaffError):
            self.last_error = str(outcome)
            log_event_if_possible(self.db, "backup_failed", self.last_error, self.clock)
            return None
        self.last_error = ""
        note_backup(self.db, outcome, self.clock)
        return outcome
