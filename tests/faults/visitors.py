"""Scripted visitors for fault tests: votes through `Booth`, every acknowledgement kept."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.session import EndReason
from kiosk.storage.errors import RecordNotStored
from kiosk.storage.records import VisitorRecord, verify_file
from tests.helpers import make_booth_db


@dataclass
class Visitors:
    """Visitors at one booth who each vote twice; a refused record is a staff call."""

    booth: Booth
    clock: ManualClock
    acknowledged: list[VisitorRecord] = field(default_factory=list)
    staff_calls: list[str] = field(default_factory=list)

    @classmethod
    def at(cls, path: Path) -> Visitors:
        clock = ManualClock(datetime(2026, 8, 20, 1, 5, tzinfo=UTC))
        return cls(Booth(make_booth_db(path), "DPUPR", clock), clock)

    def step(self) -> bool:
        """One visitor action; False (and a staff call) when its record was not stored."""
        try:
            self._act()
        except RecordNotStored as exc:
            self.staff_calls.append(str(exc))
            return False
        return True

    def _act(self) -> None:
        booth = self.booth
        if booth.session is None:
            booth.start_session()
            return
        voted = booth.session.votes
        if len(voted) >= 2:
            booth.end_session(EndReason.FINISHED)
            return
        slug = next(i.slug for i in booth.innovations if i.slug not in voted)
        booth.open_innovation(slug)
        self.clock.advance(9.0)
        record = booth.cast_vote(slug).record
        assert record is not None, "the rules allow this vote"
        self.acknowledged.append(record)
        booth.close_innovation()

    def run_until_refused(self, limit: int = 20_000) -> int:
        """Act until a record is refused; the number of actions that succeeded."""
        for done in range(limit):
            if not self.step():
                return done
        raise AssertionError(f"no record was refused in {limit} actions")


def assert_nothing_lost(path: Path, acknowledged: list[VisitorRecord]) -> None:
    """Every acknowledged vote is in the file as acknowledged; the file and chain are sound."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        stored = dict(conn.execute("SELECT uuid, hash FROM visitor_records WHERE kind = 'vote'"))
    finally:
        conn.close()
    missing = [r.seq for r in acknowledged if stored.get(r.uuid) != r.hash]
    assert missing == [], f"acknowledged votes missing: {missing}"
    # A refused vote was rolled back: the file holds exactly the acknowledged ones.
    assert len(stored) == len(acknowledged)
    chain, integrity = verify_file(path)
    assert integrity == "ok"
    assert chain.ok, chain.describe()
