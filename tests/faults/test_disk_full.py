"""A full or read-only disk: no vote is acknowledged unless stored, nothing stored is lost,
and voting resumes by itself when space returns.

Three ways to run out: SQLite's own `max_page_count` (always available), a real
size-limited tmpfs (needs permission to mount), and a write-protected (immutable)
WAL file (needs `chattr`). The last two are skipped, saying why, where the machine
does not allow them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.disk import fill, run_command
from tests.faults.visitors import Visitors, assert_nothing_lost


def test_page_limit_refuses_votes_then_resumes(tmp_path: Path) -> None:
    path = tmp_path / "booth.sqlite"
    visitors = Visitors.at(path)
    conn = visitors.booth.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    assert visitors.run_until_refused() > 0
    before = len(visitors.acknowledged)
    assert not any(visitors.step() for _ in range(5))  # still full: every action refused
    assert len(visitors.acknowledged) == before
    assert "database or disk is full" in visitors.staff_calls[-1]
    assert_nothing_lost(path, visitors.acknowledged)
    conn.execute("PRAGMA max_page_count = 1073741823")  # space returns
    assert all(visitors.step() for _ in range(20))  # same Booth, no restart
    assert len(visitors.acknowledged) > before
    assert_nothing_lost(path, visitors.acknowledged)


def test_full_file_system_refuses_votes_then_resumes(small_disk: Path) -> None:
    path = small_disk / "booth.sqlite"
    visitors = Visitors.at(path)
    filler = fill(small_disk, leave=48 * 1024)
    assert visitors.run_until_refused() > 0  # the last 48 KB took some votes
    before = len(visitors.acknowledged)
    assert not any(visitors.step() for _ in range(5))
    assert_nothing_lost(path, visitors.acknowledged)
    filler.unlink()  # staff free space
    assert all(visitors.step() for _ in range(50))
    assert len(visitors.acknowledged) > before
    assert_nothing_lost(path, visitors.acknowledged)


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    """Files made immutable with chattr +i (undone at the end, so tmp_path can be removed)."""
    marked: list[Path] = []
    yield marked
    for path in marked:
        run_command("chattr", "-i", str(path))


def test_write_protected_file_refuses_votes_then_resumes(
    tmp_path: Path, immutable: list[Path]
) -> None:
    path = tmp_path / "booth.sqlite"
    visitors = Visitors.at(path)
    assert all(visitors.step() for _ in range(10))
    wal = Path(f"{path}-wal")
    protected = run_command("chattr", "+i", str(wal))
    if protected.returncode != 0:
        pytest.skip(f"cannot write-protect a file here (chattr +i): {protected.stderr.strip()}")
    immutable.append(wal)
    if os.access(wal, os.W_OK) and _can_append(wal):
        pytest.skip("chattr +i did not stop writes on this file system")
    before = len(visitors.acknowledged)
    assert not any(visitors.step() for _ in range(6))
    assert len(visitors.acknowledged) == before
    run_command("chattr", "-i", str(wal))  # the stick is writable again
    assert all(visitors.step() for _ in range(20))
    assert len(visitors.acknowledged) > before
    assert_nothing_lost(path, visitors.acknowledged)


def _can_append(path: Path) -> bool:
    try:
        with open(path, "ab"):
            return True
    except OSError:
        return False
