"""No staff action changes a visitor record: the chain verifies, the rows stay byte-identical."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import kiosk.staff
from kiosk.staff import content, handover, settings
from kiosk.staff.dashboard import compute_dashboard
from kiosk.staff.pin import StaffPin, reset_pin
from kiosk.storage.chain import verify_chain
from kiosk.storage.database import BoothDatabase
from kiosk.storage.records import verify_file
from tests.staff.conftest import StaffedBooth

SLUG = "lapor-jalan-rusak"


def snapshot(db: BoothDatabase) -> list[tuple[object, ...]]:
    return db.execute("SELECT * FROM visitor_records ORDER BY seq").fetchall()


def staff_actions(s: StaffedBooth, usb: Path, out: Path) -> list[Callable[[], object]]:
    """Every staff-mode operation the library offers, with plausible arguments."""
    db, clock = s.db, s.clock
    pin = StaffPin(db, clock)

    def photo_cycle() -> None:
        photo_id = content.add_photo(db, SLUG, usb / "b-depan.JPG")
        content.replace_photo(db, photo_id, usb / "a-kerja.png")
        content.remove_photo(db, photo_id)

    return [
        lambda: pin.set_first_pin("2468"),
        *[lambda: pin.attempt("0000") for _ in range(6)],
        lambda: clock.advance(200),
        lambda: pin.attempt("2468"),
        lambda: pin.change_pin("2468", "13579"),
        lambda: compute_dashboard(db, s.path, "DPUPR", clock),
        *[
            (lambda f=f, lang=lang: content.set_text(db, SLUG, f, lang, f"Baru {f} {lang}"))
            for f in content.TEXT_FIELDS
            for lang in content.LANGS
        ],
        lambda: content.set_url(db, SLUG, "https://banyumaskab.go.id/"),
        lambda: content.set_hidden(db, SLUG, True),
        lambda: content.set_hidden(db, SLUG, False),
        lambda: content.move_innovation(db, SLUG, -1),
        lambda: content.move_innovation(db, SLUG, +1),
        lambda: content.list_usb_images(usb),
        photo_cycle,
        lambda: settings.set_language(db, "en", clock),
        lambda: settings.set_brightness(db, 55, clock),
        lambda: settings.set_idle_seconds(db, 30, clock),
        lambda: settings.set_volume(db, 10, clock),
        lambda: handover.export_to_folder(db, out, clock=clock),
        lambda: handover.run_backup(db, out, keep=1, clock=clock),
        lambda: handover.BackupScheduler(db, clock).configure(out, 5),
        lambda: handover.BackupScheduler(db, clock).tick(),
        lambda: reset_pin(db, "13579", clock),
    ]


def test_no_staff_action_touches_a_visitor_record(
    staffed: StaffedBooth, usb: Path, tmp_path: Path
) -> None:
    out = tmp_path / "serah-terima"
    out.mkdir()
    before = snapshot(staffed.db)
    head = verify_chain(staffed.db.conn)
    assert head.ok and head.count == len(before) == 11
    for number, action in enumerate(staff_actions(staffed, usb, out)):
        action()
        assert verify_chain(staffed.db.conn) == head, f"action {number} changed the chain"
        assert snapshot(staffed.db) == before, f"action {number} changed a visitor record"
    chain, integrity = verify_file(staffed.path)
    assert integrity == "ok" and chain == head


def test_staff_code_never_writes_visitor_records() -> None:
    writes = re.compile(
        r"(insert\s+into|update|delete\s+from|replace\s+into)\s+visitor_records", re.I
    )
    package = Path(kiosk.staff.__file__).parent
    for source in package.rglob("*.py"):
        assert not writes.search(source.read_text()), source


@pytest.mark.parametrize("kind", ["UPDATE", "DELETE"])
def test_the_database_itself_refuses_changes(staffed: StaffedBooth, kind: str) -> None:
    sql = {
        "UPDATE": "UPDATE visitor_records SET innovation_slug = 'x' WHERE seq = 1",
        "DELETE": "DELETE FROM visitor_records WHERE seq = 1",
    }[kind]
    with pytest.raises(Exception, match="append-only"):
        staffed.db.execute(sql)
