"""The staff PIN: scrypt hashes, set-up, lockout with growing delays that survives restarts."""

from __future__ import annotations

import pytest

from kiosk.staff.errors import StaffError
from kiosk.staff.pin import (
    FAILURES_KEY,
    PIN_KEY,
    StaffPin,
    hash_pin,
    lock_seconds_after,
    pin_matches,
    reset_pin,
    validate_pin,
    weak_pin_reason,
)
from kiosk.storage.database import open_booth_database
from kiosk.storage.journal import get_setting
from tests.staff.conftest import StaffedBooth

PIN = "482916"


def events(s: StaffedBooth) -> list[tuple[str, str]]:
    return [tuple(r) for r in s.db.execute("SELECT event, detail FROM staff_events ORDER BY id")]


def test_hash_is_salted_scrypt_and_checks_in_constant_time() -> None:
    first, second = hash_pin(PIN), hash_pin(PIN)
    assert first.startswith("scrypt$16384$8$1$") and first != second
    assert pin_matches(PIN, first) and pin_matches(PIN, second)
    assert not pin_matches("482917", first)
    assert not pin_matches(PIN, "scrypt$oops") and not pin_matches(PIN, "md5$1$2$3$00$00")


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", "١٢٣٤", " 1234"])
def test_pin_must_be_four_to_eight_digits(bad: str) -> None:
    with pytest.raises(StaffError, match="4 sampai 8 angka"):
        validate_pin(bad)


def test_first_start_sets_the_pin_once(staffed: StaffedBooth) -> None:
    pin = StaffPin(staffed.db, staffed.clock)
    assert not pin.is_set()
    pin.set_first_pin(PIN)
    assert pin.is_set()
    assert_pin_hashed(get_setting(staffed.db, PIN_KEY) or "", staffed.db, PIN)
    with pytest.raises(StaffError, match="sudah dibuat"):
        pin.set_first_pin("0000")
    assert pin.attempt(PIN).ok
    assert [e for e, _ in events(staffed)] == ["pin_set", "pin_ok"]


def test_five_wrong_pins_lock_the_pad_even_for_the_right_pin(staffed: StaffedBooth) -> None:
    pin = StaffPin(staffed.db, staffed.clock)
    pin.set_first_pin(PIN)
    results = [pin.attempt("1111") for _ in range(5)]
    assert [r.attempts_left for r in results] == [4, 3, 2, 1, 0]
    assert results[3].locked_until is None
    locked = results[4]
    assert locked.lock_seconds(staffed.clock.utc_now()) == 30
    assert not pin.attempt(PIN).ok  # locked: not even checked
    staffed.clock.advance(31)
    assert pin.attempt(PIN).ok
    assert pin.status().attempts_left == 5


def test_lock_grows_and_survives_a_restart(staffed: StaffedBooth) -> None:
    StaffPin(staffed.db, staffed.clock).set_first_pin(PIN)
    for _ in range(5):
        StaffPin(staffed.db, staffed.clock).attempt("0000")
    staffed.clock.advance(31)
    sixth = StaffPin(staffed.db, staffed.clock).attempt("0000")
    assert sixth.lock_seconds(staffed.clock.utc_now()) == 60
    staffed.db.close()
    reopened = StaffPin(open_booth_database(staffed.path), staffed.clock)
    assert reopened.status().lock_seconds(staffed.clock.utc_now()) == 60
    assert not reopened.attempt(PIN).ok


def test_lock_delays_double_up_to_fifteen_minutes() -> None:
    assert [lock_seconds_after(n) for n in range(4, 10)] == [30, 30, 60, 120, 240, 480]
    assert lock_seconds_after(30) == 900


def test_every_attempt_is_logged_without_the_digits(staffed: StaffedBooth) -> None:
    pin = StaffPin(staffed.db, staffed.clock)
    pin.set_first_pin(PIN)
    for guess in ["1111", "2222", "3333", "4444", "5555", PIN]:
        pin.attempt(guess)
    logged = events(staffed)
    assert [e for e, _ in logged] == ["pin_set"] + ["pin_wrong"] * 5 + ["pin_refused_locked"]
    assert "dikunci 30 detik" in logged[5][1]
    text = " ".join(d for _, d in logged)
    for digits in [PIN, "1111", "2222", "5555"]:
        assert digits not in text


def test_change_needs_the_current_pin(staffed: StaffedBooth) -> None:
    pin = StaffPin(staffed.db, staffed.clock)
    pin.set_first_pin(PIN)
    with pytest.raises(StaffError, match="PIN lama salah"):
        pin.change_pin("0000", "24680")
    pin.change_pin(PIN, "24680")
    assert pin.attempt("24680").ok and not pin.attempt(PIN).ok


def test_reset_from_the_terminal_sets_a_new_pin_and_lifts_the_lock(
    staffed: StaffedBooth,
) -> None:
    pin = StaffPin(staffed.db, staffed.clock)
    pin.set_first_pin(PIN)
    for _ in range(5):
        pin.attempt("0000")
    assert pin.status().locked_until is not None
    with pytest.raises(StaffError, match="berurutan"):
        reset_pin(staffed.db, "1234", staffed.clock)
    reset_pin(staffed.db, "739146", staffed.clock)
    assert pin.status().locked_until is None and pin.status().attempts_left == 5
    assert pin.attempt("739146").ok and not pin.attempt(PIN).ok
    assert ("pin_reset", "PIN diganti dari terminal (reset oleh teknisi)") in events(staffed)


@pytest.mark.parametrize(
    ("weak", "why"),
    [
        ("0000", "satu angka yang diulang"),
        ("77777777", "satu angka yang diulang"),
        ("1234", "berurutan"),
        ("123456", "berurutan"),
        ("4321", "berurutan"),
        ("7890", "berurutan"),
        ("98765", "berurutan"),
        ("1212", "pasangan angka"),
        ("474747", "pasangan angka"),
        ("0012", "nomor stan (A12)"),
        ("1200", "nomor stan (A12)"),
        ("121212", "pasangan angka"),
        ("2026", "tahun festival (2026)"),
        ("202608", "tahun festival (2026)"),
    ],
)
def test_weak_pins_are_named_with_a_reason(weak: str, why: str) -> None:
    reason = weak_pin_reason(weak, booth="A12", year=2026)
    assert reason is not None and why in reason


@pytest.mark.parametrize("fine", ["2468", "482916", "1357", "24680", "9753", "1029", "0112"])
def test_ordinary_pins_pass(fine: str) -> None:
    assert weak_pin_reason(fine, booth="A12", year=2026) is None


@pytest.mark.parametrize("weak", ["1234", "0000", "0001", "2026", "1111"])
def test_set_up_and_change_refuse_weak_pins(staffed: StaffedBooth, weak: str) -> None:
    """The booth is A1 of a festival in 2026 (tests.helpers.small_festival)."""
    pin = StaffPin(staffed.db, staffed.clock)
    with pytest.raises(StaffError, match="Pilih PIN lain"):
        pin.set_first_pin(weak, "DPUPR")
    assert not pin.is_set()
    pin.set_first_pin(PIN, "DPUPR")
    with pytest.raises(StaffError, match="Pilih PIN lain"):
        pin.change_pin(PIN, weak)
    assert pin.attempt(PIN).ok


def assert_pin_hashed(stored: str, db: object, pin: str) -> None:
    """The stored PIN is `scrypt$n$r$p$salt_hex$hash_hex` (never the PIN), and no event names it.

    (A plain "PIN not in stored" fails now and then: four digits turn up in random hex.)
    """
    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt" and n.isdigit() and r.isdigit() and p.isdigit()
    assert bytes.fromhex(salt) and len(bytes.fromhex(digest)) >= 32
    assert stored != pin
    details = [row[0] or "" for row in db.execute("SELECT detail FROM staff_events")]  # type: ignore[attr-defined]
    assert all(pin not in detail for detail in details)


def read_only(staffed: StaffedBooth, on: bool) -> None:
    """Every write to the booth file fails (as on a full disk), or works again."""
    staffed.db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


def test_on_a_full_disk_the_right_pin_still_opens_and_wrong_ones_still_lock(
    staffed: StaffedBooth,
) -> None:
    pin = StaffPin(staffed.db, staffed.clock)
    pin.set_first_pin(PIN)
    read_only(staffed, True)
    assert pin.attempt(PIN).ok  # staff must get in to see why the kiosk called them
    results = [pin.attempt("1111") for _ in range(5)]  # counted in memory meanwhile
    assert [r.attempts_left for r in results] == [4, 3, 2, 1, 0]
    assert results[4].lock_seconds(staffed.clock.utc_now()) == 30
    assert not pin.attempt(PIN).ok  # the lockout holds
    read_only(staffed, False)
    staffed.clock.advance(31)
    assert not pin.attempt("2222").ok  # the sixth in a row, now stored with the others
    assert get_setting(staffed.db, FAILURES_KEY) == "6"
    staffed.clock.advance(61)
    assert pin.attempt(PIN).ok
    assert get_setting(staffed.db, FAILURES_KEY) == "0"


def test_a_right_pin_the_file_could_not_record_still_clears_the_count(
    staffed: StaffedBooth,
) -> None:
    pin = StaffPin(staffed.db, staffed.clock)
    pin.set_first_pin(PIN)
    for _ in range(4):
        pin.attempt("1111")  # stored: one more would lock
    read_only(staffed, True)
    assert pin.attempt(PIN).ok
    assert pin.status().attempts_left == 5  # the stored four no longer count
    assert pin.attempt("1111").attempts_left == 4  # one typo does not lock the pad
    with pytest.raises(StaffError, match="PIN baru tidak tersimpan"):
        pin.change_pin(PIN, "9753")
    read_only(staffed, False)
    assert pin.attempt(PIN).ok and get_setting(staffed.db, FAILURES_KEY) == "0"
