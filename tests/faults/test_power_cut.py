"""Power cut: a kiosk killed with SIGKILL mid-vote never loses an acknowledged vote.

SIGKILL stops the process between any two instructions, as a switch at the wall
does; the file must then hold every vote the kiosk acknowledged, pass
`PRAGMA integrity_check` and verify as an unbroken chain. (What the kernel
still had in its page cache would also need the fsyncs of synchronous=FULL to
survive a real power loss; that part is the pragma's job and is checked in
tests/unit/test_storage.py, not here.)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.storage.records import verify_file
from tests.helpers import make_booth_db

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Damage:
    """What one kill left behind."""

    acknowledged: int
    lost: list[int]
    integrity: str
    chain: str
    chain_ok: bool


class KioskUnderFire:
    """A fork server of voting kiosks (tests/faults/power_child.py) and the checks after a kill."""

    def __init__(self, tmp_path: Path, batch: int = 0) -> None:
        self.db_path = tmp_path / "booth.sqlite"
        self.acks_path = tmp_path / "acks.txt"
        make_booth_db(self.db_path).close()
        command = [sys.executable, "-m", "tests.faults.power_child", str(self.db_path)]
        self.server = subprocess.Popen(
            [*command, str(self.acks_path), "--batch", str(batch)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def _line(self) -> str:
        assert self.server.stdout is not None
        line = self.server.stdout.readline()
        if not line:
            raise AssertionError(f"the fork server died (exit {self.server.wait(5)})")
        return line.strip()

    def kill_once(self, rng: random.Random) -> None:
        """Start a voter, let it vote for 5-60 ms, then SIGKILL it."""
        assert self.server.stdin is not None
        self.server.stdin.write("fork\n")
        self.server.stdin.flush()
        # The server's "pid N" and the voter's "ready", in either order.
        lines = sorted(self._line() for _ in range(2))
        assert lines[0].startswith("pid ") and lines[1] == "ready", lines
        pid = int(lines[0].split()[1])
        time.sleep(rng.uniform(0.005, 0.060))
        os.kill(pid, signal.SIGKILL)
        ended = self._line().split()
        assert ended[0] == "ended" and os.WIFSIGNALED(int(ended[1])), ended

    def damage(self) -> Damage:
        """Compare the acknowledged votes with the file, as an organizer would read it."""
        acked = [line.split() for line in self.acks_path.read_text().splitlines()]
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        try:
            stored = dict(conn.execute("SELECT seq, uuid || ' ' || hash FROM visitor_records"))
        finally:
            conn.close()
        lost = [
            int(seq) for seq, uuid, digest in acked if stored.get(int(seq)) != f"{uuid} {digest}"
        ]
        chain, integrity = verify_file(self.db_path)
        return Damage(len(acked), lost, integrity, chain.describe(), chain.ok)

    def close(self) -> None:
        """End the fork server (it stops when its stdin closes)."""
        with self.server:
            if self.server.stdin:
                self.server.stdin.close()
            self.server.wait(10)


@pytest.mark.slow
def test_no_acknowledged_vote_is_lost_over_120_kills(tmp_path: Path) -> None:
    rng = random.Random(20260820)
    kiosk = KioskUnderFire(tmp_path)
    try:
        for kill in range(120):
            kiosk.kill_once(rng)
            damage = kiosk.damage()
            assert damage.lost == [], f"kill {kill}: acknowledged votes missing: {damage}"
            assert damage.integrity == "ok", f"kill {kill}: {damage}"
            assert damage.chain_ok, f"kill {kill}: {damage}"
    finally:
        kiosk.close()
    assert damage.acknowledged > 120  # the kills did land while votes were being cast


@pytest.mark.slow
def test_the_check_catches_a_kiosk_that_acknowledges_before_commit(tmp_path: Path) -> None:
    """The same check fails for a writer that commits only every 25 votes."""
    rng = random.Random(7)
    kiosk = KioskUnderFire(tmp_path, batch=25)
    try:
        lost = 0
        for _ in range(10):
            kiosk.kill_once(rng)
            lost += len(kiosk.damage().lost)
    finally:
        kiosk.close()
    assert lost > 0
