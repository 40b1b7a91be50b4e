"""The organizers' desk over a festival of eight simulated booths, each on a 'stick' of its own.

The booths are built once per session with `kiosk.simulate` on the demo pack and
exported as staff export them; each closing receipt is made from its export.
One booth (RSUD) is the problem: five of its votes were moved after the export,
so its chain breaks and its closing receipt no longer matches.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.pack.demo import write_demo_pack
from kiosk.setup import prepare_booth
from kiosk.simulate import simulate
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import export_database
from kiosk.storage.receipt import Receipt, receipt_for_export
from kiosk.ui.desk.app import DeskUi, build_desk_ui
from kiosk.ui.testing import process_events, visual_items
from tests.results.festival_demo import _edit_votes
from tests.results.festival_sim import AGENCIES
from tests.ui.conftest import QtMessages

PROBLEM_BOOTH = "RSUD"


@dataclass
class Festival:
    pack: Path
    sticks: dict[str, Path] = field(default_factory=dict)  # agency -> its stick (a folder)
    receipts: dict[str, Receipt] = field(default_factory=dict)  # agency -> closing receipt


@pytest.fixture(scope="session")
def festival(tmp_path_factory: pytest.TempPathFactory) -> Festival:
    root = tmp_path_factory.mktemp("desk-festival")
    pack = write_demo_pack(root / "pack")
    template = root / "template.sqlite"
    db, _, _ = prepare_booth(template, pack, AGENCIES[0])
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    built = Festival(pack)
    for n, agency in enumerate(AGENCIES):
        live = root / "kiosks" / agency / "booth.sqlite"
        live.parent.mkdir(parents=True)
        shutil.copy(template, live)
        with sqlite3.connect(live) as conn:
            conn.execute(
                "UPDATE kiosk SET kiosk_id = ?, agency_code = ?", [str(uuid.uuid4()), agency]
            )
        conn.close()
        booth = open_booth_database(live)
        booth.execute("PRAGMA synchronous = OFF")  # only to make the test festival quickly
        simulate(booth, agency, 30 + 6 * n, seed=200 + n)
        booth.close()
        stick = root / "sticks" / f"STAN-{agency}"
        result = export_database(live, stick / f"gerai-{agency.lower()}.sqlite")
        built.sticks[agency] = stick
        built.receipts[agency] = receipt_for_export(result, agency)
        if agency == PROBLEM_BOOTH:
            _edit_votes(result.path)
    return built


@pytest.fixture
def desk(
    qt_messages: QtMessages, festival: Festival, tmp_path: Path, qtbot: object
) -> Iterator[DeskUi]:
    """The desk's real window over a festival file not made yet, at a laptop's 1366x768."""
    (tmp_path / "media").mkdir()
    (tmp_path / "phone").mkdir()
    ui = build_desk_ui(
        tmp_path / "hasil" / "FESTIVAL.sqlite",
        festival.pack,
        media_roots=[tmp_path / "media"],
        photo_folder=tmp_path / "phone",
        open_reports=False,
        poll_ms=100,
    )
    ui.window.requestActivate()
    process_events(0.2)
    yield ui
    ui.close()


def find(ui: DeskUi, name: str, window: QQuickWindow | None = None) -> QQuickItem:
    """The visible item called `name` (on the desk window, or on `window`)."""
    root = (window or ui.window).contentItem()
    found = [i for i in visual_items(root) if i.objectName() == name]
    if not found:
        raise LookupError(f"no item '{name}'")
    return next((i for i in found if i.isVisible()), found[0])


def click(ui: DeskUi, name: str, window: QQuickWindow | None = None) -> None:
    """Click the centre of the visible, enabled item `name` with the mouse."""
    target = find(ui, name, window)
    assert target.isVisible(), f"'{name}' is not visible"
    assert target.isEnabled(), f"'{name}' is not enabled"
    centre = target.mapToScene(target.boundingRect().center()).toPoint()
    QTest.mouseClick(
        window or ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )
    process_events(0.05)


def show_page(ui: DeskUi, tab: str) -> None:
    click(ui, tab)
    process_events(0.1)


def wait_idle(ui: DeskUi, timeout: float = 90.0) -> None:
    """Run Qt until the desk's worker has finished every job (the window runs meanwhile)."""
    deadline = time.monotonic() + timeout
    process_events(0.05)
    while ui.desk.property("busy"):
        assert time.monotonic() < deadline, "the desk's job did not finish"
        process_events(0.05)
    process_events(0.1)


def board_row(ui: DeskUi, code: str) -> dict[str, object]:
    rows = [r for r in ui.desk.property("booths") if r["code"] == code]
    assert len(rows) == 1, code
    return dict(rows[0])
