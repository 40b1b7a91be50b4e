"""Screenshots of every staff screen (docs/screens/staff-*.png), on a throwaway demo booth.

    python -m tools.staff_screens docs/screens   (from the repository's top folder)

Builds the demo festival in a temporary folder, lets simulated visitors use
one booth, then walks staff mode from first start (which ends on the opening
receipt) through the spot-check receipt to the closing receipt, grabbing the
window at each step. Nothing outside the temporary folder and
`out_dir` is written.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from benchmarks.journey import add_clips
from kiosk.domain.clock import ManualClock
from kiosk.pack.demo import write_demo_pack
from kiosk.pack.importer import import_pack
from kiosk.setup import choose_agency
from kiosk.simulate import default_start, simulate
from kiosk.staff.clips import booth_clips, choose_for_attract, hide_clip
from kiosk.staff.settings import load_settings
from kiosk.storage.database import open_booth_database
from kiosk.storage.records import WriteFailure
from kiosk.ui.qtapp import prepare_environment
from kiosk.ui.staff.editor import ContentEditor
from kiosk.ui.staff.panels import ReceiptPanel
from kiosk.ui.staff.standalone import StaffUi, build_staff_ui
from kiosk.ui.testing import process_events, settle, visual_items

PIN = "2468"
Stage = Callable[[], object]


def find(ui: StaffUi, name: str) -> QQuickItem:
    """The visible item called `name` in the staff window."""
    for item in visual_items(ui.window.contentItem()):
        if item.objectName() == name and item.isVisible():
            return item
    raise LookupError(f"no visible item '{name}'")


def prepare_demo(workdir: Path) -> tuple[Path, str, ManualClock, Path]:
    """A demo booth with a morning of visitors and a clip on each innovation (the first's in
    the attract loop, the second's hidden), and a USB stick with three photos."""
    pack = write_demo_pack(workdir / "pack")
    path = workdir / "booth.sqlite"
    db = open_booth_database(path)
    import_pack(db, pack)
    agency = choose_agency(db, None)
    start = default_start(db)
    # the morning's visitors, all before the staff's clock (else the dashboard's last record
    # would be days ahead of "today")
    now = start + timedelta(hours=4)
    summary = simulate(db, agency, 60, seed=4, start=start, until=now)
    assert summary.last_at <= now.isoformat(), (summary.last_at, now)
    db.close()
    add_clips(path, seconds=20)  # benchmarks' 1080p test clip, on every innovation
    db = open_booth_database(path)
    shown = booth_clips(db, agency)
    if shown:
        choose_for_attract(db, shown[0].id, True)
    if len(shown) > 1:
        hide_clip(db, shown[1].id, True)  # the second: its state on screen
    db.close()
    stick = workdir / "media" / "FLASHDISK"
    stick.mkdir(parents=True)
    for photo in sorted((pack / "media").glob("*.jpg"))[:5]:
        shutil.copy(photo, stick / photo.name.replace("-", "_"))
    clock = ManualClock(now)
    return path, agency, clock, stick.parent


def render_staff_screens(out_dir: Path, size: tuple[int, int] = (1920, 1080)) -> list[Path]:
    """Render each staff screen to `out_dir/staff-<name>.png`; returns the files."""
    prepare_environment(offscreen=True)
    workdir = Path(tempfile.mkdtemp(prefix="gerai-staff-screens-"))
    try:
        path, agency, clock, usb_root = prepare_demo(workdir)
        db = open_booth_database(path)
        ui = build_staff_ui(db, path, agency, clock=clock, usb_roots=[usb_root], size=size)
        try:
            return [_shoot(ui, name, stage, out_dir) for name, stage in _stages(ui, agency)]
        finally:
            ui.close()
            db.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _shoot(ui: StaffUi, name: str, stage: Stage, out_dir: Path) -> Path:
    stage()
    settle(ui, 0.6)  # type: ignore[arg-type]
    out = out_dir / f"staff-{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    if not ui.window.grabWindow().save(str(out)):
        raise OSError(f"could not write {out}")
    return out


def _stages(ui: StaffUi, agency: str) -> list[tuple[str, Stage]]:
    staff = ui.staff
    clock = cast(ManualClock, staff.clock)
    editor = cast(ContentEditor, staff.property("editor"))
    receipts = cast(ReceiptPanel, staff.property("receipts"))

    def setup_pin() -> None:
        _tap_keys(ui, [f"agency_{agency}", "setupNext", "pinKey_2", "pinKey_4", "pinKey_6"])

    def content_keyboard() -> None:
        staff.setPage("content")
        settle(ui, 0.3)  # type: ignore[arg-type]
        _tap_keys(ui, ["titleFieldInput"])
        process_events(0.5)

    def usb_picker() -> None:
        _tap_keys(ui, ["saveTexts"])  # also closes the keyboard
        _tap_keys(ui, ["addPhoto"])

    def clips_page() -> None:
        _tap_keys(ui, ["usbCancel"])
        staff.setPage("clips")

    def settings() -> None:
        staff.setPage("settings")

    def lock_warning() -> None:
        # Left untouched on Pengaturan: 12 s before staff mode locks itself.
        clock.advance(load_settings(staff.db).staff_lock_seconds - 12)

    def handover_page() -> None:
        staff.activity()  # a touch: the warning goes
        staff.setPage("handover")
        _tap_keys(ui, ["exportFolder_0"])

    def spot_check() -> None:
        clock.advance(2 * 3600)  # an organizer comes by in the afternoon
        staff.activity()  # (staff mode stayed open meanwhile, not locked)
        _tap_keys(ui, ["showSpotReceipt"])

    def handover_done() -> None:
        clock.advance(3 * 3600)  # closing time
        staff.activity()
        _tap_keys(ui, ["receiptDone", "exportButton"])
        for _ in range(200):  # the receipt, once the stick is released (flushed, ejected)
            if receipts.property("receipt").get("released"):
                break
            process_events(0.05)

    def write_failure() -> None:
        # What staff find after the kiosk sent visitors to call them: the disk is full.
        failed_at = ui.staff.clock.utc_now() - timedelta(minutes=4)
        staff.write_failure = lambda: WriteFailure(failed_at, "vote", "database or disk is full")
        staff.close()
        staff.enterPin(PIN)

    def content() -> None:
        staff.write_failure = lambda: None
        staff.setPage("content")
        editor.select(_second(editor))

    def pin_locked() -> None:
        for _ in range(5):
            staff.enterPin("0000")

    return [
        ("setup", lambda: None),
        ("setup-pin", setup_pin),
        ("receipt-open", lambda: staff.setUp(agency, PIN, PIN)),  # set-up ends on it
        ("dashboard", lambda: _tap_keys(ui, ["receiptDone"])),
        ("dashboard-write-failure", write_failure),
        ("content", content),
        ("content-keyboard", content_keyboard),
        ("content-usb", usb_picker),
        ("clips", clips_page),
        ("settings", settings),
        ("lock-warning", lock_warning),
        ("handover", handover_page),
        ("receipt-spot", spot_check),
        ("receipt", handover_done),
        # back on Serah Terima: the note under the export button says the stick may go
        ("handover-released", lambda: _tap_keys(ui, ["receiptDone"])),
        ("pin", lambda: _tap_keys(ui, ["closeStaff", "pinKey_1", "pinKey_3"])),
        ("pin-locked", pin_locked),
    ]


def _second(editor: ContentEditor) -> str:
    items = editor.property("innovations")
    return str(items[min(1, len(items) - 1)]["slug"])


def _tap_keys(ui: StaffUi, names: list[str]) -> None:
    for name in names:
        process_events(0.15)  # let a page that just opened lay itself out
        item = find(ui, name)
        centre = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(
            ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        process_events(0.1)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path("docs/screens")
    for path in render_staff_screens(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
