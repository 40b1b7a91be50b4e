"""Wiring: the Qt application, the QML engine, and the Python objects QML sees.

`build_ui` is used by `kiosk run`, by `kiosk screenshot` and by the tests, so
all three show exactly the same window.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer, QUrl, Signal
from PySide6.QtGui import QCursor, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, qmlRegisterSingletonType
from PySide6.QtQuick import QQuickWindow

from kiosk.booth import Booth
from kiosk.ops.qtchecks import quick_backend, software_opengl
from kiosk.staff.settings import load_settings
from kiosk.storage.content import photo_ids
from kiosk.storage.database import BoothDatabase
from kiosk.ui.accessibility import AccessibilityController
from kiosk.ui.feedback import FeedbackForm
from kiosk.ui.flow import DEFAULT_LANG, VisitorFlow
from kiosk.ui.i18n import Translations
from kiosk.ui.images import PhotoFiles
from kiosk.ui.models import AgencyModel, InnovationModel
from kiosk.ui.paths import FONTS_DIR, MAIN_QML
from kiosk.ui.qr import QrImages, preload_in_background
from kiosk.ui.speech import system_speaker
from kiosk.ui.staff.controller import StaffController
from kiosk.ui.theme import Theme

log = logging.getLogger(__name__)
_registered = False
_signal_sockets: list[socket.socket] = []  # kept open for the wakeup fd


def prepare_environment(offscreen: bool = False) -> None:
    """Settings Qt reads once, before the application object exists."""
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QT_QUICK_BACKEND"] = "software"
    backend, why = quick_backend(os.environ, software_opengl(os.environ))
    if backend == "software" and "QT_QUICK_BACKEND" not in os.environ:
        os.environ["QT_QUICK_BACKEND"] = "software"
        log.info("Qt Quick draws with its software scene graph: %s", why)


def application() -> QGuiApplication:
    """The one Qt application of this process (created on first use)."""
    app = QGuiApplication.instance()
    if app is None:
        prepare_environment()
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def load_fonts() -> str:
    """Register the bundled fonts; returns the family the UI uses."""
    family = "Inter"
    for path in sorted(FONTS_DIR.glob("*.otf")) + sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def register_types() -> None:
    global _registered
    if not _registered:
        # One object per engine, not one per QR code: see kiosk/ui/qr.py for why.
        qmlRegisterSingletonType(  # type: ignore[call-overload]
            QrImages, "Gerai", 1, 0, "QrImages", lambda engine: QrImages()
        )
        _registered = True


class ActivityWatcher(QObject):
    """Every press or key anywhere in the window restarts the idle countdown."""

    EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress})

    def __init__(self, flow: VisitorFlow) -> None:
        super().__init__()
        self.flow = flow

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS:
            self.flow.activity()
        return False


@dataclass
class KioskUi:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    flow: VisitorFlow
    booth: Booth
    form: FeedbackForm
    innovations: InnovationModel
    agencies: AgencyModel
    theme: Theme
    watcher: ActivityWatcher
    photos: PhotoFiles
    staff: StaffController

    def close(self) -> None:
        """Close the window and destroy the QML before the Python objects it binds to."""
        self.staff.shutdown()  # first: its backup timer must not fire on a closed database
        self.flow.stop()
        self.window.removeEventFilter(self.watcher)
        self.window.setProperty("kioskMode", False)  # the program closes it, not a visitor
        self.window.close()
        # Deleting the engine now (not later) deletes its window too, so no binding
        # is re-evaluated against a context object Python has already freed.
        shiboken6.delete(self.engine)
        self.photos.remove()
        self.staff.photos.remove()


def restart_command() -> list[str]:
    """The command line that starts this kiosk again (`python -m kiosk` with the same arguments)."""
    return [sys.executable, "-m", "kiosk", *sys.argv[1:]]


def exec_restart() -> None:
    """Replace this process with a fresh kiosk (same arguments); never returns."""
    command = restart_command()
    os.execv(command[0], command)


class CrashRelay(QObject):
    """Carries `on_crash` from any thread to the GUI thread, and from there to the
    event loop.

    A signal connected to a method of this object (which lives on the GUI thread):
    Qt queues it when it is emitted on another thread. On the GUI thread it arrives
    at once, inside the excepthook of the code that failed, so the return to the
    attract loop waits for the event loop: a handler that fails on every screen
    change must not recurse through it.
    """

    crashed = Signal(str)

    def __init__(self, flow: VisitorFlow) -> None:
        super().__init__()
        self.flow = flow
        self.crashed.connect(self._back_to_attract)

    def __call__(self, summary: str) -> None:
        self.crashed.emit(summary)

    def _back_to_attract(self, summary: str) -> None:
        QTimer.singleShot(0, self._return)

    def _return(self) -> None:
        # The visitor never sees the traceback: the log and staff_events have it.
        try:
            self.flow.returnToAttract()
        except Exception:
            log.exception("could not return to the attract loop")


def run_kiosk(
    db: BoothDatabase,
    agency_code: str,
    db_path: Path,
    *,
    lang: str | None,
    fullscreen: bool,
    on_ui: Callable[[KioskUi], None] | None = None,
) -> int:
    """Show the kiosk until it is closed; returns the exit code.

    `on_ui(ui)` is called once the window exists (`kiosk run` uses it to start
    crash recovery with a handler that reaches the visitor flow). When staff
    chose restart or a different agency, the process is replaced by a new kiosk
    after the window has closed cleanly.
    """
    app = application()
    booth = Booth(db, agency_code)
    restart: list[bool] = []

    def request_restart() -> None:
        restart.append(True)
        # exit(), not quit(): in kiosk mode the window refuses to close, and Qt 6's
        # quit() gives up when a window refuses (the restart never happened).
        QGuiApplication.exit(0)

    ui = build_ui(
        booth,
        db_path,
        lang=lang,
        fullscreen=fullscreen,
        on_restart=request_restart,
        staff_setup=True,
    )
    if on_ui is not None:
        on_ui(ui)

    def recover(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # A bug must not leave a visitor stuck: log it and start over on the attract loop.
        log.critical("unexpected error in the visitor UI", exc_info=(kind, exc, tb))
        try:
            ui.flow.returnToAttract()
        except Exception:
            log.exception("could not return to the attract loop")

    if on_ui is None:
        sys.excepthook = recover  # otherwise kiosk.ops' crash hook (installed by on_ui) does it
    stop = quit_on_signals(app)
    try:
        code = app.exec()
    finally:
        stop.setEnabled(False)
        ui.flow.shutdown()
        ui.close()
    if restart:
        end_run_before_restart()
        exec_restart()
    return code


def end_run_before_restart() -> None:
    """A restart is a clean exit: remove the run marker before exec'ing the new kiosk."""
    from kiosk.ops.lifecycle import end_kiosk_run

    end_kiosk_run()


def quit_on_signals(app: QGuiApplication) -> QSocketNotifier:
    """SIGINT/SIGTERM/SIGHUP end the event loop cleanly, so the open visit is recorded as ended.

    This is also `kiosk.ops.recovery.handle_stop_signals` for the Qt kiosk (the
    same signals, so `end_kiosk_run` runs), done the Qt-safe way instead of
    installing a second handler.

    The signal only writes a byte to a socket (Python's wakeup fd); Qt notices it
    in its own loop and quits there. Calling Qt from the signal handler itself
    crashed PySide6 now and then.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, lambda *_: None)  # a Python handler, so the byte is written
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        # exit(), not quit(): quit() asks the windows first, and the fullscreen kiosk
        # window refuses to close, so SIGTERM (systemd's stop, a shutdown) did nothing.
        app.exit(0)

    notifier.activated.connect(woken)
    _signal_sockets.extend([reader, writer])
    return notifier


def photo_urls_for(booth: Booth, files: PhotoFiles) -> Callable[[str], tuple[list[str], str]]:
    """For an innovation: the URLs of its photos, and of the first one's thumbnail."""

    def urls(slug: str) -> tuple[list[str], str]:
        ids = photo_ids(booth.db, slug)
        return [files.url(i) for i in ids], files.url(ids[0], thumb=True) if ids else ""

    return urls


def connect_staff(
    staff: StaffController, flow: VisitorFlow, photos: PhotoFiles, restart: Callable[[], None]
) -> None:
    """What staff mode changes reaches the visitor side."""

    def content_changed() -> None:
        photos.forget()  # a replaced photo gets a new file name, hence a new URL
        flow.reload_content()
        preload_in_background(qr_texts(flow.booth))  # an edited link has a new code

    staff.contentChanged.connect(content_changed)
    staff.settingsChanged.connect(lambda: flow.apply_settings(load_settings(staff.db)))
    staff.exitRequested.connect(QGuiApplication.quit)
    staff.restartRequested.connect(restart)
    staff.agencyChosen.connect(lambda _code: restart())


def build_ui(
    booth: Booth,
    db_path: Path,
    *,
    lang: str | None = None,
    size: tuple[int, int] = (1920, 1080),
    fullscreen: bool = False,
    tick_ms: int = 100,
    goodbye_seconds: float = 6.0,
    show: bool = True,
    on_restart: Callable[[], None] | None = None,
    usb_roots: list[Path] | None = None,
    staff_setup: bool = False,
) -> KioskUi:
    """Load the visitor UI for `booth` and show it (windowed unless `fullscreen`).

    Staff mode is part of it (`staff` in QML): `on_restart` is called when staff
    restart the kiosk or choose a different agency (the default only quits).
    With `staff_setup` (`kiosk run`), a booth without a PIN opens staff set-up.
    """
    application()
    register_types()
    family = load_fonts()
    engine = QQmlApplicationEngine()
    photos = PhotoFiles(booth.db)
    translations = Translations(engine)
    innovations = InnovationModel(lambda: booth.innovations, photo_urls_for(booth, photos))
    counts: dict[str, int] = {}
    for innovation in booth.festival.innovations:
        counts[innovation.agency] = counts.get(innovation.agency, 0) + 1
    agencies = AgencyModel(booth.festival.agencies, booth.agency.code, counts)
    form = FeedbackForm()
    flow = VisitorFlow(
        booth, innovations, agencies, form, translations.use, tick_ms, goodbye_seconds
    )
    logo = photos.logo_url()
    a11y = AccessibilityController()  # the speech engine is probed after the first frame
    a11y.attach(flow)
    # Like the language, the accessibility switches last one visit.
    flow.screenChanged.connect(
        lambda: a11y.reset() if flow.property("screen") == "attract" else None
    )
    theme = Theme(booth, family, has_logo=bool(logo), logo_url=logo, a11y=a11y)
    context = engine.rootContext()
    context.setContextProperty("flow", flow)
    context.setContextProperty("innovations", innovations)
    context.setContextProperty("agencies", agencies)
    context.setContextProperty("feedbackForm", form)
    context.setContextProperty("surveyForm", flow.survey)
    context.setContextProperty("theme", theme)
    context.setContextProperty("a11y", a11y)
    staff = StaffController(
        booth.db, db_path, booth.clock, usb_roots, write_failure=lambda: booth.log.last_failure
    )
    staff.install(engine)
    connect_staff(staff, flow, photos, on_restart or QGuiApplication.quit)
    translations.use(DEFAULT_LANG)
    flow.apply_settings(load_settings(booth.db), lang)
    engine.setInitialProperties({"setupOnStart": staff_setup})
    engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError(f"{MAIN_QML.name} did not load: see the QML errors above")
    window = roots[0]
    window.resize(*size)
    watcher = ActivityWatcher(flow)
    window.installEventFilter(watcher)
    ui = KioskUi(
        engine, window, flow, booth, form, innovations, agencies, theme, watcher, photos, staff
    )
    window.setProperty("kioskMode", fullscreen)

    def after_first_frame() -> None:
        first_frame_shown(window, a11y, qr_texts(booth), hide_cursor=fullscreen)

    if show:
        FirstFrame(window, after_first_frame)
        if fullscreen:
            window.setProperty("frameless", True)
            window.showFullScreen()
        else:
            window.show()
    else:
        after_first_frame()
    return ui


def qr_texts(booth: Booth) -> list[str]:
    """What the QR codes of this booth's innovation pages encode."""
    return [innovation.url for innovation in booth.innovations]


def first_frame_shown(
    window: QQuickWindow,
    a11y: AccessibilityController,
    qr_texts: list[str],
    hide_cursor: bool = False,
) -> None:
    """What the first frame does not wait for, done once it is out.

    The speech engine is probed (about 10 ms); with `hide_cursor` (the fullscreen
    kiosk) the mouse cursor is hidden; Main.qml is told to load the keyboard, the
    accessibility panel and the idle warning; and on a worker thread qrcode/Pillow are
    imported and the codes of `qr_texts` drawn.

    Main.qml loads them from a timer, not inside this call: loading the keyboard while
    Python holds the interpreter lock deadlocks when Qt's type loader thread logs a
    message through a Python message handler (as the tests install). For the same
    reason the speech probe, which installs a message handler for a moment, runs
    before that loading starts.
    """
    a11y.use_speaker(system_speaker())
    if hide_cursor:
        # PySide6 builds all of the `Qt` namespace's enums on its first use (about
        # 40 ms), so the kiosk does not touch it before its first frame.
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    window.setProperty("firstFrameShown", True)
    preload_in_background(qr_texts)


class FirstFrame(QObject):
    """Calls `then()` once the window has swapped its first frame, from the event loop
    (so the frame's own frameSwapped handlers are not kept waiting).

    With a threaded render loop, frameSwapped comes from the render thread; connected
    to a method of this object, which lives on the GUI thread, it arrives queued.
    """

    def __init__(self, window: QQuickWindow, then: Callable[[], None]) -> None:
        super().__init__(window)  # lives as long as the window
        self.window, self.then = window, then
        self.done = False
        window.frameSwapped.connect(self.swapped)

    def swapped(self) -> None:
        if self.done:  # a second frame queued before the first arrived
            return
        self.done = True
        self.window.frameSwapped.disconnect(self.swapped)
        QTimer.singleShot(0, self.then)
