"""A full disk seen from the touchscreen: the real QML window, a booth whose database
refuses every write. The visitor gets the calm staff-call screen, never a false "thank you";
when space returns the kiosk goes back to its attract loop and takes votes again."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from kiosk.booth import Booth
from kiosk.domain.festival import VotingRules
from kiosk.ui.testing import visual_items, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db, small_festival

AGENCY = "DPUPR"
# Short rules (as in tests/ui): the dwell takes 0.3 s and an idle visit ends after 2 s.
SHORT_RULES = VotingRules(
    min_dwell_seconds=0.3,
    max_votes_per_session=2,
    cooldown_seconds=0.8,
    idle_seconds=1.0,
    idle_warning_seconds=1.0,
)

pytestmark = pytest.mark.ui


@pytest.fixture
def kiosk(tmp_path: Path, qapp: object) -> Iterator[KioskUi]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, small_festival(rules=SHORT_RULES))
    ui = build_ui(Booth(db, AGENCY), path, size=(1280, 800), tick_ms=50, goodbye_seconds=0.5)
    wait_until_started(ui.window)
    yield ui
    ui.close()
    db.close()


def shown(ui: KioskUi, name: str) -> bool:
    items = visual_items(ui.window.contentItem())
    return any(i.isVisible() for i in items if i.objectName() == name)


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        QTest.qWait(20)
    return False


def disk(ui: KioskUi, full: bool) -> None:
    """Make every write to the booth's database fail, or work again.

    `query_only` fails each write at once and deterministically; real full and
    write-protected disks are in test_disk_full.py, at the storage level.
    """
    ui.booth.db.conn.execute(f"PRAGMA query_only = {'ON' if full else 'OFF'}")


def votes(ui: KioskUi) -> int:
    """Votes committed to the file, read by another connection, as the organizers will."""
    path = ui.booth.db.execute("PRAGMA database_list").fetchone()[2]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM votes").fetchone()[0])
    finally:
        conn.close()


def try_vote(ui: KioskUi) -> None:
    flow = ui.flow
    flow.openInnovation(ui.booth.innovations[0].slug)
    QTest.qWait(int(SHORT_RULES.min_dwell_seconds * 1000) + 150)
    flow.vote()
    QTest.qWait(100)


def test_vote_on_a_full_disk_calls_staff_and_resumes(kiosk: KioskUi) -> None:
    flow = kiosk.flow
    flow.start()
    QTest.qWait(50)
    disk(kiosk, full=True)
    try_vote(kiosk)
    assert flow.screen == "staffCall" and shown(kiosk, "staffCallScreen")
    assert votes(kiosk) == 0  # nothing acknowledged, nothing stored
    disk(kiosk, full=False)  # staff free space; nobody touches the kiosk
    assert wait_for(lambda: flow.screen == "attract", 6.0), flow.screen
    flow.start()
    try_vote(kiosk)
    assert flow.screen == "voteThanks" and votes(kiosk) == 1


def test_full_disk_at_the_first_touch_calls_staff_and_resumes(kiosk: KioskUi) -> None:
    flow = kiosk.flow
    disk(kiosk, full=True)
    flow.start()  # the session_start record cannot be stored
    QTest.qWait(100)
    assert flow.screen == "staffCall" and shown(kiosk, "staffCallScreen")
    disk(kiosk, full=False)
    assert wait_for(lambda: flow.screen == "attract", 6.0), f"stuck on {flow.screen}"
