"""The dashboard, settings and hand-over pages' controllers (`staff.dashboard` etc.)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.staff import settings as staff_settings
from kiosk.staff import wording
from kiosk.staff.backlight import apply_brightness
from kiosk.staff.dashboard import (
    DashboardStats,
    attention_text,
    compute_dashboard,
    festival_timezone,
    write_failure_text,
)
from kiosk.staff.eject import Release, release_stick
from kiosk.staff.errors import StaffError
from kiosk.staff.handover import (
    BackupJob,
    BackupResult,
    BackupScheduler,
    copy_backup,
    export_to_folder,
)
from kiosk.staff.receipts import receipt_screen, show_receipt, stick_sentence, stick_state
from kiosk.staff.usb import removable_folders
from kiosk.storage.records import WriteFailure
from kiosk.ui.staff.context import StaffContext

log = logging.getLogger(__name__)


class DashboardPanel(QObject):
    """`staff.dashboard.stats`: the numbers, already worded for the screen."""

    statsChanged = Signal()

    def __init__(self, context: StaffContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self._stats: dict[str, Any] = {}

    def _current(self) -> dict[str, Any]:
        """The stats last computed; computed now if the page is shown before any refresh
        (every key is there, so no binding reads an undefined one)."""
        if not self._stats:
            self._stats = self._compute()
        return self._stats

    def _compute(self) -> dict[str, Any]:
        s = self.context
        stats = compute_dashboard(s.db, s.db_path, s.agency_code, s.clock)
        return dashboard_texts(stats, festival_timezone(s.db), s.write_failure())

    stats = Property(dict, _current, notify=statsChanged)

    @Slot()
    def refresh(self) -> None:
        self._stats = self._compute()
        self.statsChanged.emit()


def dashboard_texts(
    stats: DashboardStats, tz: Any, failure: WriteFailure | None = None
) -> dict[str, Any]:
    """The dashboard as the screen shows it (Indonesian numbers; times with their day
    unless it is the dashboard's today)."""
    return {
        "storageProblem": write_failure_text(failure, tz, stats.day),
        "storageNote": write_failure_text(failure, tz, stats.day, short=True),
        "storageFailing": failure is not None and failure.recovered_at is None,
        "day": wording.long_date(stats.day),
        "sessionsToday": stats.sessions_today,
        "votesTotal": stats.votes_total,
        "votes": [
            {"title": v.title, "votes": v.votes, "votesToday": v.votes_today, "hidden": v.hidden}
            for v in stats.votes
        ],
        "averageRating": "-"
        if stats.average_rating is None
        else wording.decimal(stats.average_rating),
        "feedbackCount": stats.feedback_count,
        "lastRecord": wording.clock_time(stats.last_record_at, tz, stats.day),
        "freeDisk": wording.size(stats.free_disk_bytes),
        "diskLow": stats.free_disk_bytes < 500_000_000,
        "healthOk": stats.health.ok,
        "healthText": health_text(stats),
        "lastExport": wording.clock_time(stats.last_export_at, tz, stats.day, "belum pernah"),
        "lastBackup": wording.clock_time(stats.last_backup_at, tz, stats.day, "belum pernah"),
        "signInsToday": stats.staff_sign_ins_today,
        "attention": attention_text(stats),
    }


def health_text(stats: DashboardStats) -> str:
    health = stats.health
    if health.ok:
        return f"{health.chain.count} catatan, rantai utuh"
    if health.quick_check != "ok":
        return f"Berkas rusak ({health.quick_check}). Hubungi panitia."
    return f"Rantai catatan putus di nomor {health.chain.bad_seq}. Hubungi panitia."


class SettingsPanel(QObject):
    """`staff.settings`: language, brightness, idle time, volume, staff lock; within bounds."""

    changed = Signal()

    def __init__(self, context: StaffContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context

    def _current(self) -> staff_settings.StaffSettings:
        return staff_settings.load_settings(self.context.db)

    language = Property(str, lambda self: self._current().language, notify=changed)
    brightness = Property(int, lambda self: self._current().brightness, notify=changed)
    idleSeconds = Property(int, lambda self: self._current().idle_seconds, notify=changed)
    volume = Property(int, lambda self: self._current().volume, notify=changed)
    clipSound = Property(bool, lambda self: self._current().clip_sound, notify=changed)
    staffLockSeconds = Property(
        int, lambda self: self._current().staff_lock_seconds, notify=changed
    )
    staffLockMin = Property(int, lambda self: staff_settings.STAFF_LOCK[0], constant=True)
    staffLockMax = Property(int, lambda self: staff_settings.STAFF_LOCK[1], constant=True)
    idleMin = Property(
        int, lambda self: staff_settings.idle_bounds(self.context.db)[0], constant=True
    )
    idleMax = Property(
        int, lambda self: staff_settings.idle_bounds(self.context.db)[1], constant=True
    )

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        staff_settings.set_language(self.context.db, language, self.context.clock)
        self._done()

    @Slot(int)
    def setBrightness(self, percent: int) -> None:
        stored = staff_settings.set_brightness(self.context.db, percent, self.context.clock)
        apply_brightness(stored)
        self._done()

    @Slot(int)
    def setIdleSeconds(self, seconds: int) -> None:
        staff_settings.set_idle_seconds(self.context.db, seconds, self.context.clock)
        self._done()

    @Slot(int)
    def setVolume(self, percent: int) -> None:
        staff_settings.set_volume(self.context.db, percent, self.context.clock)
        self._done()

    @Slot(bool)
    def setClipSound(self, allowed: bool) -> None:
        staff_settings.set_clip_sound(self.context.db, allowed, self.context.clock)
        self._done()

    @Slot(int)
    def setStaffLockSeconds(self, seconds: int) -> None:
        staff_settings.set_staff_lock_seconds(self.context.db, seconds, self.context.clock)
        self._done()

    def _done(self) -> None:
        self.changed.emit()
        self.context.settings_changed()


class ReceiptPanel(QObject):
    """`staff.receipts`: the receipt on the screen (opening, spot-check or closing), if any."""

    receiptChanged = Signal()

    def __init__(self, context: StaffContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self._receipt: dict[str, Any] = {}

    receipt = Property(dict, lambda self: self._receipt, notify=receiptChanged)

    def current(self) -> dict[str, Any]:
        """The receipt on the screen ({} when none)."""
        return self._receipt

    @Slot()
    def showOpening(self) -> None:
        """The opening receipt (on an unused kiosk this writes the chain's first record)."""
        self._show("open")

    @Slot()
    def showSpot(self) -> None:
        """The spot-check receipt: how far the chain reaches now."""
        self._show("spot")

    def _show(self, kind: Literal["open", "spot"]) -> None:
        s = self.context
        try:
            receipt = show_receipt(s.db, kind, s.clock)
        except StaffError as exc:
            s.tell(str(exc), error=True)
            return
        self.present(receipt_screen(receipt, festival_timezone(s.db)))

    def present(self, screen: dict[str, Any]) -> None:
        """Show a receipt made elsewhere (the closing receipt, after an export)."""
        self._receipt = screen
        self.receiptChanged.emit()

    @Slot()
    def clear(self) -> None:
        if self._receipt:
            self._receipt = {}
            self.receiptChanged.emit()


class HandoverPanel(QObject):
    """`staff.handover`: export with receipt, and the periodic backup's folder and interval."""

    foldersChanged = Signal()
    busyChanged = Signal()
    backupChanged = Signal()
    backupCopied = Signal(object)  # from the copying thread: a BackupResult or a StaffError
    stickReleased = Signal(object)  # from the releasing thread: a Release
    releaseChanged = Signal()

    def __init__(
        self,
        context: StaffContext,
        usb_roots: list[Path] | None,
        receipts: ReceiptPanel,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.usb_roots = usb_roots
        self.receipts = receipts  # where the closing receipt is shown
        self.scheduler = BackupScheduler(context.db, context.clock)
        self._folders: list[str] = []
        self._busy = False
        self._copying: threading.Thread | None = None
        self._releasing: threading.Thread | None = None
        self._closing: dict[str, Any] = {}  # the closing receipt's screen, while releasing
        self._release_note = ""  # whether the last export's stick may be pulled out
        self._release_state = ""  # the same for the colour: releasing, safe, unsafe
        self._stopped = False
        # Methods of this (GUI-thread) object: emitted on a worker thread, they are queued.
        self.backupCopied.connect(self._backup_copied)
        self.stickReleased.connect(self._stick_released)

    folders = Property(list, lambda self: self._folders, notify=foldersChanged)
    busy = Property(bool, lambda self: self._busy, notify=busyChanged)
    backupFolder = Property(
        str, lambda self: str(self.scheduler.folder or ""), notify=backupChanged
    )
    backupMinutes = Property(
        int, lambda self: self.scheduler.interval_minutes, notify=backupChanged
    )
    backupError = Property(str, lambda self: self.scheduler.last_error, notify=backupChanged)
    releaseNote = Property(str, lambda self: self._release_note, notify=releaseChanged)
    releaseState = Property(str, lambda self: self._release_state, notify=releaseChanged)

    @Slot()
    def refreshFolders(self) -> None:
        """Look for USB drives again (after one was plugged in)."""
        mounts_only = self.usb_roots is None
        found = removable_folders(self.usb_roots, mounts_only=mounts_only)
        self._folders = [str(p) for p in found]
        self.foldersChanged.emit()

    @Slot(str)
    def exportTo(self, folder: str) -> None:
        """Export to `folder`; the busy note is drawn first, then the copy is made."""
        if not folder or self._busy:
            self.context.tell("Pilih folder flashdisk tujuan terlebih dahulu.", error=not folder)
            return
        self._set_busy(True)
        self.context.tell("Sedang menyalin dan memeriksa berkas…")
        QTimer.singleShot(50, lambda: self._export(Path(folder)))

    def _export(self, folder: Path) -> bool:
        """Export, show the closing receipt (the stick still being released), and release
        the stick on a thread of its own: flush, then eject where the system allows."""
        try:
            handover = export_to_folder(
                self.context.db, folder, self.context.agency_code, self.context.clock
            )
        except StaffError as exc:
            self.context.tell(str(exc), error=True)
            self._set_busy(False)
            return False
        tz = festival_timezone(self.context.db)
        saved = handover.receipt_files is not None
        path = handover.export.path
        self._closing = {"receipt": handover.receipt, "tz": tz, "path": path, "saved": saved}
        self.receipts.present(receipt_screen(handover.receipt, tz, path, saved))
        self.context.tell("")  # the receipt view says it, and needs the room
        self._set_release(None)
        self._releasing = threading.Thread(
            target=self._release, args=(folder,), name="gerai-eject", daemon=True
        )
        self._releasing.start()
        return True

    def _release(self, folder: Path) -> None:
        try:
            release = release_stick(folder)
        except Exception:  # never lose the answer: the receipt waits for it
            log.exception("releasing %s failed", folder)
            release = Release(False, False, "")
        self.stickReleased.emit(release)

    def _stick_released(self, release: Release) -> None:
        self._releasing = None
        self._set_busy(False)
        if self._stopped:
            return
        c = self._closing
        self._set_release(release)
        if c and self.receipts.current().get("path") == str(c["path"]):
            screen = receipt_screen(c["receipt"], c["tz"], c["path"], c["saved"], release)
            self.receipts.present(screen)
        self._closing = {}
        self.refreshFolders()  # an ejected stick is gone from the list

    def _set_release(self, release: Release | None) -> None:
        self._release_note = stick_sentence(release)
        self._release_state = stick_state(release)
        self.releaseChanged.emit()

    @Slot(str, int)
    def configureBackup(self, folder: str, minutes: int) -> None:
        self.scheduler.configure(Path(folder) if folder else None, minutes)
        self.backupChanged.emit()
        note = f"Cadangan otomatis ke {folder} setiap {self.scheduler.interval_minutes} menit."
        self.context.tell(note if folder else "Cadangan otomatis dimatikan.")
        self.tick()

    @Slot()
    def tick(self) -> None:
        """Start the periodic backup if it is due (called by the controller's timer).

        The copy and its check run on a thread of their own with their own
        connections (on the GUI thread they froze the screen for about 45 ms on a
        3,000-record file, more on a slow USB stick);
        the result comes back through a queued signal and is noted there.
        """
        if self._stopped or self._copying is not None:
            return
        before = self.scheduler.last_error
        job = self.scheduler.begin()
        if job is None:
            if self.scheduler.last_error != before:
                self.backupChanged.emit()
            return
        self._copying = threading.Thread(
            target=self._copy, args=(job,), name="gerai-backup", daemon=True
        )
        self._copying.start()

    def _copy(self, job: BackupJob) -> None:
        try:
            outcome: BackupResult | StaffError = copy_backup(job)
        except StaffError as exc:
            outcome = exc
        except Exception as exc:  # never lose the answer: the GUI thread waits for it
            log.exception("backup to %s failed", job.target)
            outcome = StaffError(f"Cadangan gagal: {exc}")
        self.backupCopied.emit(outcome)

    def _backup_copied(self, outcome: BackupResult | StaffError) -> None:
        self._copying = None
        if self._stopped:
            return  # the kiosk is closing: the database may be closed already
        self.scheduler.finish(outcome)
        self.backupChanged.emit()

    @property
    def backup_running(self) -> bool:
        """True while a backup is being copied on its thread."""
        return self._copying is not None

    def stop(self, timeout: float = 30.0) -> None:
        """No more backups; wait for one being copied (so a closing kiosk leaves no half file)
        and for a stick being released."""
        self._stopped = True
        for thread in (self._copying, self._releasing):
            if thread is not None:
                thread.join(timeout)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()
