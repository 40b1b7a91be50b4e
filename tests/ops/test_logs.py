"""Log files stay bounded; crash tracebacks reach the log file and never stderr."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ops.logs import LOG_FILE, install_crash_hook, setup_logging, teardown_logging


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    level = logging.getLogger().level
    yield folder
    teardown_logging()
    logging.getLogger().setLevel(level)


def test_rotation_keeps_a_bounded_number_of_bounded_files(log_dir: Path) -> None:
    setup_logging(log_dir, max_bytes=20_000, backups=3)
    line = "x" * 190
    for n in range(2_000):  # ~400 kB, twenty times the limit
        logging.getLogger("kiosk.test").info("%05d %s", n, line)
    files = sorted(log_dir.iterdir())
    assert [f.name for f in files] == [LOG_FILE] + [f"{LOG_FILE}.{i}" for i in (1, 2, 3)]
    assert all(f.stat().st_size <= 20_000 for f in files)
    assert "01999" in (log_dir / LOG_FILE).read_text()  # the newest lines are kept


def test_setup_twice_does_not_duplicate_lines(log_dir: Path) -> None:
    setup_logging(log_dir)
    setup_logging(log_dir)
    logging.getLogger("kiosk.test").warning("once")
    assert (log_dir / LOG_FILE).read_text().count("once") == 1


def test_crash_hook_logs_traceback_to_file_only(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(log_dir)
    summaries: list[str] = []
    restore = install_crash_hook(summaries.append)
    try:
        try:
            raise ValueError("photo 7 vanished\nsecond line")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        restore()
    assert summaries == ["ValueError: photo 7 vanished"]
    text = (log_dir / LOG_FILE).read_text()
    assert "Traceback (most recent call last)" in text and "photo 7 vanished" in text
    err = capsys.readouterr().err
    assert "ValueError: photo 7 vanished" in err
    assert "Traceback" not in err


def test_crash_hook_catches_thread_errors_and_survives_a_failing_callback(log_dir: Path) -> None:
    setup_logging(log_dir)

    def broken_callback(summary: str) -> None:
        raise RuntimeError("the UI could not show the safe screen")

    restore = install_crash_hook(broken_callback)
    try:
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
    finally:
        restore()
    text = (log_dir / LOG_FILE).read_text()
    assert "ZeroDivisionError" in text
    assert "the crash handler itself failed" in text


CRASHING_PROGRAM = """
    import sys
    from pathlib import Path
    from kiosk.ops.logs import install_crash_hook, setup_logging

    setup_logging(Path(sys.argv[1]))
    install_crash_hook(lambda summary: print("SAFE SCREEN:", summary, flush=True))
    raise KeyError("innovation-slug")
"""


def test_a_real_uncaught_crash_shows_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASHING_PROGRAM), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == "SAFE SCREEN: KeyError: 'innovation-slug'\n"
    assert "Traceback" not in done.stderr
    assert "Traceback" in (tmp_path / LOG_FILE).read_text()
