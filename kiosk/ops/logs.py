"""Bounded log files in db/logs/, and a crash hook that keeps tracebacks off the screen.

The booth PC runs for days; `RotatingFileHandler` keeps at most
`LOG_BACKUPS + 1` files of `LOG_MAX_BYTES` each. Tracebacks go to the log
file only: stderr (the systemd journal, or a console) gets one line, and
visitors get whatever safe screen the UI's `on_crash` callback shows.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from kiosk import paths

LOG_FILE = "kiosk.log"
FAULT_FILE = "faults.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("kiosk.crash")
_OURS = "_gerai_handler"  # attribute marking handlers this module installed
_fault_file: IO[str] | None = None


def default_log_dir() -> Path:
    """db/logs/ beside the booth database."""
    return paths.db_dir() / "logs"


class OneLineFormatter(logging.Formatter):
    """Formats a record without its traceback: for stderr, which may be on a screen."""

    def format(self, record: logging.LogRecord) -> str:
        bare = logging.makeLogRecord(record.__dict__)
        bare.exc_info = None
        bare.exc_text = None
        bare.stack_info = None
        return super().format(bare)


def setup_logging(
    log_dir: Path | None = None,
    *,
    max_bytes: int = LOG_MAX_BYTES,
    backups: int = LOG_BACKUPS,
    level: int = logging.INFO,
) -> Path:
    """Log to a rotating file in `log_dir` (default db/logs/) and to stderr; returns the file.

    Calling it again replaces the handlers it installed before, so tests and
    restarts inside one process do not duplicate lines.
    """
    log_dir = log_dir or default_log_dir()
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    teardown_logging()
    file_handler = RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(FORMAT))
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setFormatter(OneLineFormatter(FORMAT))
    root = logging.getLogger()
    for handler in (file_handler, stderr_handler):
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(level)
    return path


def teardown_logging() -> None:
    """Remove and close the handlers `setup_logging` installed."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()


def enable_fault_log(log_dir: Path | None = None, max_bytes: int = LOG_MAX_BYTES) -> Path:
    """Write hard crashes (segfaults, Qt aborts) with Python's stack to db/logs/faults.log.

    The file is only appended to when the process dies, so it is rotated here,
    at start: one previous file is kept.
    """
    global _fault_file
    log_dir = log_dir or default_log_dir()
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / FAULT_FILE
    if path.exists() and path.stat().st_size > max_bytes:
        path.replace(path.with_name(FAULT_FILE + ".1"))
    if _fault_file is not None:
        _fault_file.close()
    _fault_file = path.open("a", encoding="utf-8")
    faulthandler.enable(_fault_file)
    return path


def crash_summary(exc: BaseException) -> str:
    """One line naming the error, safe to show staff (never a traceback)."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def install_crash_hook(on_crash: Callable[[str], None]) -> Callable[[], None]:
    """Route uncaught exceptions (main thread, other threads, Qt slots) to the log.

    The full traceback goes to the log (the file; stderr gets one line), then
    `on_crash(summary)` runs so the UI can take visitors back to a safe screen.
    Ctrl+C still stops the program. Returns a function that restores the
    previous hooks.
    """
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_sys(kind, exc, tb)
            return
        log.error("uncaught exception: %s", crash_summary(exc), exc_info=(kind, exc, tb))
        try:
            on_crash(crash_summary(exc))
        except Exception:
            log.exception("the crash handler itself failed")

    def handle_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            handle(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = handle
    threading.excepthook = handle_thread

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_thread

    return restore
