"""`kiosk staff reset-pin`: a technician at the booth PC replaces a forgotten PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.staff.pin import StaffPin
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import open_booth_database
from tests.helpers import make_booth_db


@pytest.fixture
def locked_booth(tmp_path: Path) -> Path:
    """A booth (A1, festival 2026) whose PIN pad is locked after five wrong PINs."""
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path)
    set_booth_agency(db, "DPUPR", editor="test")
    pin = StaffPin(db)
    pin.set_first_pin("482916")
    for _ in range(5):
        pin.attempt("555000")
    assert pin.status().locked_until is not None
    db.close()
    return path


def reset(path: Path, typed: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["staff", "reset-pin", "--db", str(path)], input=typed)
    return result.exit_code, result.output


def events(path: Path) -> list[str]:
    db = open_booth_database(path)
    try:
        return [r[0] for r in db.execute("SELECT event FROM staff_events ORDER BY id")]
    finally:
        db.close()


def test_reset_pin_asks_twice_sets_the_pin_lifts_the_lock_and_is_journalled(
    locked_booth: Path,
) -> None:
    code, output = reset(locked_booth, "739146\n739146\n")
    assert code == 0, output
    assert "PIN petugas diganti" in output and "739146" not in output  # nothing echoed
    db = open_booth_database(locked_booth)
    try:
        pin = StaffPin(db)
        assert pin.status().locked_until is None
        assert pin.attempt("739146").ok and not pin.attempt("482916").ok
    finally:
        db.close()
    assert events(locked_booth)[-3] == "pin_reset"


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("1234\n", "berurutan"),
        ("0001\n", "nomor stan (A1)"),
        ("2026\n", "tahun festival (2026)"),
        ("12\n", "4 sampai 8 angka"),
        ("739146\n739147\n", "Kedua PIN tidak sama"),
    ],
)
def test_reset_pin_refuses_weak_or_mistyped_pins_and_keeps_the_old_one(
    locked_booth: Path, typed: str, why: str
) -> None:
    before = events(locked_booth)
    code, output = reset(locked_booth, typed)
    assert code == 1 and why in output and "PIN lama tetap berlaku" in output
    assert events(locked_booth) == before
    db = open_booth_database(locked_booth)
    try:
        assert StaffPin(db).status().locked_until is not None  # nothing changed
    finally:
        db.close()
