"""The kiosk process's life: run the window, stop on signals, restart, and crashes.

`run_kiosk` is `kiosk run` once the booth file is open. Crashes take one path,
`kiosk.ops`' crash hook (log, staff_events, then a callback); the Qt side only
gives it `CrashRelay`, which brings the visitor back to the attract loop on the
GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from kiosk.booth import Booth
from kiosk.ops.lifecycle import begin_kiosk_run, end_kiosk_run
from kiosk.ops.recovery import BackgroundCheck
from kiosk.storage.database import BoothDatabase
from kiosk.ui.flow import VisitorFlow
from kiosk.ui.qtapp import application
from kiosk.ui.speech import BackgroundSpeaker
from kiosk.ui.wiring import build_ui

log = logging.getLogger(__name__)
_signal_sockets: list[socket.socket] = []  # kept open for the wakeup fd


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


class UnsoundRelay(QObject):
    """Carries the file check's verdict from its worker thread to the visitor flow
    (a queued signal, as `CrashRelay`): visitors see the staff-call screen."""

    unsound = Signal(str)

    def __init__(self, flow: VisitorFlow) -> None:
        super().__init__()
        self.flow = flow
        self.unsound.connect(self._call_staff)

    def __call__(self, problem: str) -> None:
        self.unsound.emit(problem)

    def _call_staff(self, problem: str) -> None:
        self.flow.file_unsound(problem)


def run_kiosk(
    db: BoothDatabase,
    agency_code: str,
    db_path: Path,
    *,
    lang: str | None,
    fullscreen: bool,
    checked: bool = False,
) -> int:
    """Show the kiosk until it is closed; returns the exit code.

    Logs, the crash hook and crash recovery (`kiosk.ops.lifecycle`) start once
    the window exists, so an uncaught error on any thread can send the visitor
    back to the attract loop. When staff chose restart or a different agency,
    the process is replaced by a new kiosk after the window has closed cleanly.
    Only a clean return ends the run: if the UI raised, the run marker stays and
    the next start records the crash.

    SQLite's check of the whole file (`quick_check`, unless `checked`: done before)
    runs on a worker thread once the first frame is out (`BackgroundCheck`); visitor
    records wait for it, and a file it finds unsound sends visitors to staff.
    """
    app = application()
    booth = Booth(db, agency_code)
    check = None if checked else BackgroundCheck(db_path, booth.log)
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
        speaker=BackgroundSpeaker(),  # read-aloud, checked after the first frame
        on_first_frame=check.start if check else None,
    )
    if check is not None:
        check.on_unsound = UnsoundRelay(ui.flow)
    begin_kiosk_run(db, db_path, on_crash=CrashRelay(ui.flow), quick_check=False)
    stop = quit_on_signals(app)
    try:
        code = app.exec()
    finally:
        stop.setEnabled(False)
        ui.flow.shutdown()
        ui.close()
    end_kiosk_run()  # a restart is a clean exit too: no run marker for the new kiosk
    if restart:
        exec_restart()
    return code


def quit_on_signals(app: QGuiApplication) -> QSocketNotifier:
    """SIGINT/SIGTERM/SIGHUP end the event loop cleanly, so the open visit is recorded as ended
    and `end_kiosk_run` runs (without it the next start would report a crash).

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
