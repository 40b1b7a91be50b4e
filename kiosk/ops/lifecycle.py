"""What `kiosk run` calls: `begin_kiosk_run` after opening the booth, `end_kiosk_run` at exit.

They bundle the pieces of this package in the right order: logs in
`<db folder>/logs/`, the fault log, the crash hook (which also notes each
uncaught error in staff_events), then the run marker with crash recovery.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.ops.logs import enable_fault_log, install_crash_hook, setup_logging, teardown_logging
from kiosk.ops.recovery import RecoveryReport, end_run, note_staff_event, start_run
from kiosk.storage.database import BoothDatabase

log = logging.getLogger(__name__)
ERROR_EVENT = "uncaught_error"
_restore_hooks: Callable[[], None] | None = None


def begin_kiosk_run(
    db: BoothDatabase, db_path: Path, on_crash: Callable[[str], None], *, quick_check: bool = True
) -> RecoveryReport:
    """Set up logging and the crash hook, then start the run (see `recovery.start_run`;
    without `quick_check` the caller checks the file with a `recovery.BackgroundCheck`).

    `on_crash(summary)` is called after an uncaught error has been logged; it
    may run on any thread, so a Qt UI should hand it to the GUI thread (a
    queued signal) before changing screens.
    """
    global _restore_hooks
    log_dir = Path(db_path).parent / "logs"
    setup_logging(log_dir)
    enable_fault_log(log_dir)

    def crashed(summary: str) -> None:
        # The booth's connection is used by the GUI thread; only write from there.
        if threading.current_thread() is threading.main_thread():
            note_staff_event(db, ERROR_EVENT, summary)
        on_crash(summary)

    _restore_hooks = install_crash_hook(crashed)
    report = start_run(db, db_path, quick_check=quick_check)
    log.info("kiosk run started on %s: %s", db_path, report.describe())
    return report


def end_kiosk_run() -> None:
    """Clean exit: remove the run marker, restore the hooks, close the log files."""
    global _restore_hooks
    end_run()
    log.info("kiosk run ended cleanly")
    if _restore_hooks is not None:
        _restore_hooks()
        _restore_hooks = None
    teardown_logging()
