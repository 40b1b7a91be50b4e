"""The booth file's check after the first frame (`kiosk run`), in the real window.

`kiosk run` shows its first frame before SQLite has read the whole file
(`BackgroundCheck`, on a worker thread): a visitor who taps before the check is
done waits for it and is then recorded; a file it finds unsound sends visitors
to staff, as a failing disk does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.ops.recovery import BackgroundCheck
from kiosk.simulate import simulate
from kiosk.storage.database import BoothDatabase, open_booth_database
from kiosk.ui.lifecycle import UnsoundRelay
from kiosk.ui.testing import wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import AGENCY, SHORT_RULES, QtMessages, is_shown, records, tap
from tests.ui.test_journeys import ROAD, screen, start_and_open, wait_vote_button

pytestmark = pytest.mark.ui


def test_a_vote_before_the_check_is_done_waits_and_is_then_stored(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    db, path = booth_db
    start_and_open(qtbot, kiosk, ROAD)
    wait_vote_button(qtbot, kiosk)
    check = BackgroundCheck(path, kiosk.booth.log)  # holds the log, as `kiosk run` does
    assert kiosk.booth.log.held
    threading.Timer(0.5, check.start).start()
    tapped = time.monotonic()
    tap(qtbot, kiosk, "voteButton")
    assert time.monotonic() - tapped >= 0.4  # it waited for the check...
    assert check.verdict is not None and check.verdict.ok
    assert screen(kiosk) == "voteThanks"  # ...then thanked, once the vote was stored
    assert [v["innovation_slug"] for v in records(db, "votes")] == [ROAD]


def damage(path: Path) -> None:
    """A damaged b-tree page, as a failing medium leaves one."""
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page - 1
    for offset in range(last * page, last * page + 64):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.fixture
def unsound_kiosk(
    qt_messages: QtMessages, tmp_path: Path, qtbot: object
) -> Iterator[tuple[KioskUi, BackgroundCheck]]:
    """`kiosk run`'s window on a file with a damaged page, opened without a check."""
    path = tmp_path / "db" / "booth.sqlite"
    db = make_booth_db(path, small_festival(rules=SHORT_RULES))
    simulate(db, AGENCY, sessions=40, seed=5)  # the last pages hold records, not photos
    db.close()
    damage(path)
    db = open_booth_database(path, quick_check=False)
    booth = Booth(db, AGENCY)
    check = BackgroundCheck(path, booth.log)
    ui = build_ui(booth, path, size=(1280, 800), tick_ms=50, on_first_frame=check.start)
    check.on_unsound = UnsoundRelay(ui.flow)
    ui.window.requestActivate()
    wait_until_started(ui.window)
    yield ui, check
    ui.close()
    db.close()


def test_an_unsound_file_found_after_the_first_frame_calls_staff(
    qtbot, unsound_kiosk: tuple[KioskUi, BackgroundCheck]
) -> None:
    ui, check = unsound_kiosk
    qtbot.waitUntil(lambda: screen(ui) == "staffCall", timeout=10000)
    assert is_shown(ui, "staffCallScreen")
    assert check.verdict is not None and not check.verdict.ok
    failure = ui.booth.log.last_failure
    assert failure is None or "damaged" in failure.reason
    # Back on the attract loop after the idle time, a visitor's tap is refused the same way.
    qtbot.waitUntil(lambda: screen(ui) == "attract", timeout=10000)
    tap(qtbot, ui, "startArea")
    assert screen(ui) == "staffCall"
    assert ui.booth.log.last_failure is not None
    assert "damaged" in ui.booth.log.last_failure.reason
    assert ui.booth.session is None
