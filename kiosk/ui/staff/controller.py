"""The staff mode controller QML sees as `Staff`: set-up, PIN pad, pages, leaving.

It owns the five page controllers (`staff.dashboard`, `staff.editor`, `staff.clips`,
`staff.settings`, `staff.handover`), the receipt on the screen (`staff.receipts`:
opening, spot-check or closing) and the periodic backup timer, which runs
whether or not staff mode is open.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from kiosk.domain.clock import Clock, SystemClock
from kiosk.staff.backlight import apply_brightness
from kiosk.staff.errors import StaffError
from kiosk.staff.pin import StaffPin, check_new_pin
from kiosk.staff.settings import load_settings
from kiosk.storage.content import booth_agency, set_booth_agency
from kiosk.storage.database import BoothDatabase
from kiosk.storage.journal import log_event_if_possible, replacement_notice
from kiosk.ui.images import PhotoFiles
from kiosk.ui.qmlmodule import qml_singleton
from kiosk.ui.staff.context import StaffContext

if TYPE_CHECKING:
    from kiosk.storage.records import WriteFailure
    from kiosk.ui.staff.clips import ClipsPanel
    from kiosk.ui.staff.editor import ContentEditor
    from kiosk.ui.staff.panels import DashboardPanel, HandoverPanel, ReceiptPanel, SettingsPanel

log = logging.getLogger(__name__)

PAGES = ("dashboard", "content", "clips", "settings", "handover")
BACKUP_TICK_MS = 30_000
LOCK_WARNING_SECONDS = 15  # the on-screen warning before staff mode locks itself
LOCK_TICK_MS = 250


@qml_singleton("Staff")
class StaffController(QObject):
    """Staff mode's state: which stage (setup, pin, open) and page, and the banner message."""

    stageChanged = Signal()
    pageChanged = Signal()
    pinChanged = Signal()
    lockWarningChanged = Signal()
    messageChanged = Signal()
    closed = Signal()  # back to the visitors
    exitRequested = Signal()  # to the desktop: the host quits the application
    restartRequested = Signal()  # the host restarts the kiosk
    contentChanged = Signal()  # the visitor side reloads its content
    settingsChanged = Signal()  # the visitor side re-reads `load_settings`
    agencyChosen = Signal(str)  # a different agency: the host restarts with it
    speechNoteChanged = Signal()

    def __init__(
        self,
        db: BoothDatabase,
        db_path: Path,
        clock: Clock | None = None,
        usb_roots: list[Path] | None = None,
        write_failure: Callable[[], WriteFailure | None] = lambda: None,
    ) -> None:
        """`write_failure()` is the last visitor record the file refused (the kiosk's
        `RecordLog.last_failure`): staff mode shows its cause."""
        super().__init__()
        self.db, self.db_path = db, db_path
        self.write_failure = write_failure
        # Whether visitors are offered read-aloud, else why not (the kiosk sets it).
        self.speech_note: Callable[[], str] = lambda: ""
        self.clock = clock or SystemClock()
        self.pin = StaffPin(db, self.clock)
        # Photos as files named by their content (decoded by Qt's loader threads, no Python
        # image provider), so a replaced photo has a new URL.
        self.photos = PhotoFiles(db)
        self._stage = self._first_stage()
        self._page = "dashboard"
        notice = replacement_notice(db)  # a new file was started beside an unusable one
        self._message, self._error = notice, bool(notice)
        self._pin_note = ""
        self._exit_allowed = False
        self._usb_roots = usb_roots
        self._lock_timer = QTimer(self, interval=1000)
        self._lock_timer.timeout.connect(self._tick_lock)
        # Staff mode left open and untouched locks itself (`staff_lock_seconds`).
        self._last_touch = self.clock.monotonic()
        self._locks_in = 0  # seconds left while the warning shows, else 0
        self._idle_timer = QTimer(self, interval=LOCK_TICK_MS)
        self._idle_timer.timeout.connect(self._tick_idle)
        self._watcher: ActivityFilter | None = None
        self._backup_timer = QTimer(self, interval=BACKUP_TICK_MS)
        self._backup_timer.timeout.connect(self._backup_tick)
        self._backup_timer.start()
        self.context = StaffContext(
            db,
            db_path,
            self.clock,
            self.photos,
            self.tell,
            lambda: self.write_failure(),  # read when asked: the host may replace it
            self.contentChanged.emit,
            self.settingsChanged.emit,
        )
        apply_brightness(load_settings(db).brightness)  # the staff's choice survives a restart

    def shutdown(self) -> None:
        """Stop the timers (before the database is closed)."""
        self._backup_timer.stop()
        self._lock_timer.stop()
        self._idle_timer.stop()
        if "_handover" in self.__dict__:
            self._handover.stop()

    # The four pages' controllers are made on first use (staff mode, or the backup
    # timer's first tick): the visitors' first frame does not wait for their modules.
    @cached_property
    def _dashboard(self) -> DashboardPanel:
        from kiosk.ui.staff.panels import DashboardPanel

        return DashboardPanel(self.context, self)

    @cached_property
    def _editor(self) -> ContentEditor:
        from kiosk.ui.staff.editor import ContentEditor

        return ContentEditor(self.context, self._usb_roots, self)

    @cached_property
    def _clips(self) -> ClipsPanel:
        from kiosk.ui.staff.clips import ClipsPanel

        return ClipsPanel(self.context, self._usb_roots, self)

    @cached_property
    def _settings(self) -> SettingsPanel:
        from kiosk.ui.staff.panels import SettingsPanel

        return SettingsPanel(self.context, self)

    @cached_property
    def _handover(self) -> HandoverPanel:
        from kiosk.ui.staff.panels import HandoverPanel

        return HandoverPanel(self.context, self._usb_roots, self._receipts, self)

    @cached_property
    def _receipts(self) -> ReceiptPanel:
        from kiosk.ui.staff.panels import ReceiptPanel

        return ReceiptPanel(self.context, self)

    def _backup_tick(self) -> None:
        self._handover.tick()

    # --- what QML reads ---------------------------------------------------
    def _first_stage(self) -> str:
        return "pin" if self.pin.is_set() and booth_agency(self.db) else "setup"

    @property
    def agency_code(self) -> str:
        return self.context.agency_code

    def _agencies(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT a.code, a.name, a.booth, count(i.slug) FROM agencies a"
            " JOIN innovations i ON i.agency_code = a.code GROUP BY a.code ORDER BY a.booth, a.code"
        ).fetchall()
        return [{"code": r[0], "name": r[1], "booth": r[2], "innovations": r[3]} for r in rows]

    def _lock_seconds(self) -> int:
        return self.pin.status().lock_seconds(self.clock.utc_now())

    stage = Property(str, lambda self: self._stage, notify=stageChanged)
    page = Property(str, lambda self: self._page, notify=pageChanged)
    needsSetup = Property(bool, lambda self: self._stage == "setup", notify=stageChanged)
    message = Property(str, lambda self: self._message, notify=messageChanged)
    messageIsError = Property(bool, lambda self: self._error, notify=messageChanged)
    lockSeconds = Property(int, _lock_seconds, notify=pinChanged)
    attemptsLeft = Property(int, lambda self: self.pin.status().attempts_left, notify=pinChanged)
    pinNote = Property(str, lambda self: self._pin_note, notify=pinChanged)
    locksIn = Property(int, lambda self: self._locks_in, notify=lockWarningChanged)
    exitAllowed = Property(bool, lambda self: self._exit_allowed, notify=stageChanged)
    agencies = Property(list, _agencies, constant=True)
    agencyCode = Property(str, lambda self: self.agency_code, notify=stageChanged)
    dashboard = Property(QObject, lambda self: self._dashboard, constant=True)
    editor = Property(QObject, lambda self: self._editor, constant=True)
    clips = Property(QObject, lambda self: self._clips, constant=True)
    settings = Property(QObject, lambda self: self._settings, constant=True)
    handover = Property(QObject, lambda self: self._handover, constant=True)
    receipts = Property(QObject, lambda self: self._receipts, constant=True)
    speechNote = Property(str, lambda self: self.speech_note(), notify=speechNoteChanged)

    # --- banner -------------------------------------------------------------
    def tell(self, text: str, error: bool = False) -> None:
        """Show `text` in the banner (and log it); errors in red."""
        (log.warning if error else log.info)("staff: %s", text)
        self._message, self._error = text, error
        self.messageChanged.emit()

    @Slot()
    def clearMessage(self) -> None:
        self.tell("")

    # --- set-up and PIN -------------------------------------------------------
    @Slot(str, str, str, result=bool)
    def setUp(self, agency_code: str, pin: str, pin_again: str) -> bool:
        """First start: the booth's agency and the staff PIN (typed twice)."""
        if not agency_code:
            self.tell("Pilih OPD Anda terlebih dahulu.", error=True)
            return False
        if pin != pin_again:
            self.tell("Kedua PIN tidak sama. Silakan ulangi.", error=True)
            return False
        old = booth_agency(self.db)
        try:
            if not self.pin.is_set():
                self.pin.set_first_pin(pin, agency_code)
            set_booth_agency(self.db, agency_code, editor="staff set-up")
        except StaffError as exc:
            self.tell(str(exc), error=True)
            return False
        self._open("Gerai siap. Selamat bertugas!")
        # The booth is ready: its opening receipt, for the organizers to photograph
        # before the first visitor (it may write the chain's first record).
        self._receipts.showOpening()
        self._dashboard.refresh()
        if old and old != agency_code:
            self.agencyChosen.emit(agency_code)
        return True

    @Slot(str, result=bool)
    def enterPin(self, pin: str) -> bool:
        """One try at the PIN pad; opens staff mode when right."""
        result = self.pin.attempt(pin)
        if result.ok:
            self._pin_note = ""
            self._open("")
            return True
        if result.locked_until is not None:
            self._pin_note = "Terlalu banyak PIN salah. Tunggu sebentar."
            self._lock_timer.start()
        else:
            self._pin_note = f"PIN salah. Sisa {result.attempts_left} kali percobaan."
        self.pinChanged.emit()
        return False

    def _tick_lock(self) -> None:
        if self._lock_seconds() == 0:
            self._lock_timer.stop()
            self._pin_note = ""
        self.pinChanged.emit()

    def _open(self, greeting: str) -> None:
        self._stage, self._page = "open", "dashboard"
        self.activity()
        self._idle_timer.start()
        self._dashboard.refresh()
        self._editor.reload()
        self.stageChanged.emit()
        self.pageChanged.emit()
        stats = self._dashboard.property("stats")
        if stats.get("storageFailing"):  # why the visitors were sent to call staff
            self.tell(stats["storageProblem"], error=True)
        else:
            self.tell(greeting)

    @Slot(str, str, result=bool)
    def checkNewPin(self, pin: str, agency_code: str) -> bool:
        """Whether `pin` may be chosen (at `agency_code`'s booth, or this booth's); if not,
        the banner says why."""
        try:
            check_new_pin(self.db, pin, agency_code or None)
        except StaffError as exc:
            self.tell(str(exc), error=True)
            return False
        return True

    @Slot(str, str, str, result=bool)
    def changePin(self, current: str, new: str, new_again: str) -> bool:
        if new != new_again:
            self.tell("Kedua PIN baru tidak sama. Silakan ulangi.", error=True)
            return False
        try:
            self.pin.change_pin(current, new)
        except StaffError as exc:
            self.tell(str(exc), error=True)
            self.pinChanged.emit()
            return False
        self.tell("PIN baru tersimpan.")
        return True

    # --- pages and leaving ------------------------------------------------------
    @Slot(str)
    def setPage(self, page: str) -> None:
        if self._stage != "open" or page not in PAGES:
            return
        if page == "dashboard":
            self._dashboard.refresh()
        if page == "clips":
            self._clips.reload()
        self._clear_receipt()  # another page: the receipt was photographed, or not wanted
        self._page = page
        self.tell("")
        self.pageChanged.emit()

    # --- locking by itself ------------------------------------------------------
    @Slot()
    def activity(self) -> None:
        """A touch or a key anywhere in the window: the staff lock's countdown starts again."""
        self._last_touch = self.clock.monotonic()
        self._set_locks_in(0)

    def watch(self, window: QObject) -> None:
        """Count every press and key on `window` as activity."""
        self._watcher = ActivityFilter(self.activity)
        window.installEventFilter(self._watcher)

    def _tick_idle(self) -> None:
        if self._stage != "open":
            self._idle_timer.stop()
            return
        limit = load_settings(self.db).staff_lock_seconds
        left = limit - (self.clock.monotonic() - self._last_touch)
        if left <= 0:
            self._lock(f"tidak disentuh selama {limit} detik")
        else:
            self._set_locks_in(math.ceil(left) if left <= LOCK_WARNING_SECONDS else 0)

    def _set_locks_in(self, seconds: int) -> None:
        if seconds != self._locks_in:
            self._locks_in = seconds
            self.lockWarningChanged.emit()

    def _lock(self, reason: str) -> None:
        """Staff mode was left open: back to the visitors, the reason in the journal."""
        detail = f"mode petugas dikunci otomatis: {reason}"
        log_event_if_possible(self.db, "staff_locked", detail, self.clock)
        self._leave()

    @Slot()
    def close(self) -> None:
        """Back to the visitors; the next entry asks for the PIN again."""
        if self._stage == "open":
            log_event_if_possible(
                self.db, "staff_closed", "kembali ke layar pengunjung", self.clock
            )
        self._leave()

    def _leave(self) -> None:
        self._idle_timer.stop()
        self._set_locks_in(0)
        if self._stage == "open":
            self._stage = "pin"
            self.stageChanged.emit()
        self._clear_receipt()  # never left on the screen for the next sign-in
        self.tell("")
        self.closed.emit()

    def _clear_receipt(self) -> None:
        if "_receipts" in self.__dict__:
            self._receipts.clear()

    @Slot(str, result=bool)
    def exitToDesktop(self, pin: str) -> bool:
        """Allow the window to close, and ask the host to quit: only when signed in, and
        with the PIN typed again (a visitor at an unlocked kiosk cannot leave it)."""
        if self._stage != "open":
            return False
        result = self.pin.attempt(pin)
        if not result.ok:
            self.tell(
                "PIN salah. Aplikasi tetap berjalan."
                if result.locked_until is None
                else "Terlalu banyak PIN salah. Tunggu sebentar.",
                error=True,
            )
            self.pinChanged.emit()
            return False
        log_event_if_possible(
            self.db, "exit_to_desktop", "aplikasi ditutup oleh petugas", self.clock
        )
        self._exit_allowed = True
        self.stageChanged.emit()
        self.exitRequested.emit()
        return True

    @Slot()
    def restart(self) -> None:
        if self._stage != "open":
            return
        log_event_if_possible(self.db, "restart", "aplikasi dimulai ulang oleh petugas", self.clock)
        self.restartRequested.emit()


class ActivityFilter(QObject):
    """Calls `touched()` on every press or key in the window it watches; stops nothing."""

    EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress})

    def __init__(self, touched: Callable[[], None]) -> None:
        super().__init__()
        self.touched = touched

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS:
            self.touched()
        return False
