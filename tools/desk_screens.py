"""Screenshots of the organizers' desk (docs/screens/desk-*.png), on a throwaway festival.

    python -m tools.desk_screens docs/screens   (from the repository's top folder)

Builds the demo festival's eight booths in a temporary folder (simulated
visitors, one export per booth, its closing receipt), then hands six of them
over at the desk as an organizer would: five with their receipts, one whose
votes were changed after its export (the problem booth), two still waiting.
Grabs the board, the hand-over of the problem booth, the live results and
the big screen. Nothing outside the temporary folder and `out_dir` is written.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from PIL import Image
from PySide6.QtQuick import QQuickWindow

from kiosk.pack.demo import write_demo_pack
from kiosk.setup import prepare_booth
from kiosk.simulate import simulate
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import export_database
from kiosk.storage.receipt import Receipt, format_receipt, receipt_for_export
from kiosk.ui.desk.app import DeskUi, build_desk_ui
from kiosk.ui.qtapp import prepare_environment
from kiosk.ui.testing import process_events

AGENCIES = ("DPUPR", "DINKES", "DINDIK", "BPBD", "DINDUKCAPIL", "DINSOS", "RSUD", "DINKOMINFO")
HANDED_OVER = ("DPUPR", "DINKES", "DINDIK", "DINDUKCAPIL", "DINKOMINFO")
PROBLEM = "RSUD"


def build_sticks(root: Path) -> tuple[Path, dict[str, Path], dict[str, Receipt]]:
    pack = write_demo_pack(root / "pack")
    template = root / "template.sqlite"
    db, _, _ = prepare_booth(template, pack, AGENCIES[0])
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    sticks, receipts = {}, {}
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
        booth.execute("PRAGMA synchronous = OFF")
        simulate(booth, agency, 120 + 25 * n, seed=300 + n)
        booth.close()
        result = export_database(live, root / f"STAN-{agency}" / f"gerai-{agency.lower()}.sqlite")
        sticks[agency] = result.path.parent
        receipts[agency] = receipt_for_export(result, agency)
    with sqlite3.connect(sticks[PROBLEM] / f"gerai-{PROBLEM.lower()}.sqlite") as conn:
        conn.execute("DROP TRIGGER visitor_records_no_update")
        conn.execute(  # five votes moved to another innovation after the export
            "UPDATE visitor_records SET innovation_slug = (SELECT slug FROM innovations"
            " ORDER BY slug LIMIT 1) WHERE seq IN (SELECT seq FROM visitor_records"
            " WHERE kind = 'vote' ORDER BY seq DESC LIMIT 5)"
        )
    conn.close()
    return pack, sticks, receipts


def wait_idle(ui: DeskUi) -> None:
    deadline = time.monotonic() + 120
    process_events(0.05)
    while ui.desk.property("busy") and time.monotonic() < deadline:
        process_events(0.05)
    process_events(0.3)


def save(window: QQuickWindow, out: Path) -> Path:
    """Grab the window, reduced to 256 colours like the other screenshots."""
    image = window.grabWindow()
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = out.with_suffix(".raw.png")
    if not image.save(str(raw)):
        raise OSError(f"could not write {out}")
    with Image.open(raw) as grabbed:
        grabbed.convert("RGB").quantize(256).save(out, optimize=True)
    raw.unlink()
    return out


def render_desk_screens(out_dir: Path) -> list[Path]:
    prepare_environment(offscreen=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="gerai-desk-") as tmp:
        root = Path(tmp)
        pack, sticks, receipts = build_sticks(root)
        ui = build_desk_ui(root / "hasil" / "FESTIVAL.sqlite", pack, open_reports=False)
        try:
            ui.window.resize(1366, 768)
            for agency in HANDED_OVER:
                ui.desk.handOver(str(sticks[agency]))
                wait_idle(ui)
                ui.desk.addReceiptText(format_receipt(receipts[agency]))
                wait_idle(ui)
            ui.desk.handOver(str(sticks["DINSOS"]))  # in, its receipt not yet photographed
            wait_idle(ui)
            ui.desk.addReceiptText(format_receipt(receipts[PROBLEM]))
            ui.desk.handOver(str(sticks[PROBLEM]))
            wait_idle(ui)
            ui.window.setProperty("page", 1)
            process_events(0.3)
            written.append(save(ui.window, out_dir / "desk-handover-problem.png"))
            ui.window.setProperty("page", 0)
            process_events(0.3)
            written.append(save(ui.window, out_dir / "desk-board.png"))
            ui.window.setProperty("page", 2)
            process_events(0.3)
            written.append(save(ui.window, out_dir / "desk-results.png"))
            ui.desk.setLang("en")
            ui.window.setProperty("page", 0)
            process_events(0.3)
            written.append(save(ui.window, out_dir / "desk-board-en.png"))
            ui.desk.setLang("id")
            big = ui.window.findChild(QQuickWindow, "bigScreen")
            assert big is not None, "DeskWindow.qml has no bigScreen"
            big.resize(1920, 1080)
            big.show()
            process_events(0.5)
            written.append(save(big, out_dir / "desk-big-screen.png"))
            big.close()
        finally:
            ui.close()
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path("docs/screens")
    for path in render_desk_screens(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
