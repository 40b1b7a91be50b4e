"""The staff PIN: a salted scrypt hash in `settings`, and a lockout that survives restarts.

Five wrong PINs in a row lock the pad for 30 s; every further wrong PIN
locks it again for twice as long (60 s, 120 s, ... up to 15 minutes), until
the right PIN is entered. Every attempt is written to `staff_events`, never
the digits themselves.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.clock import Clock, SystemClock
from kiosk.staff.errors import StaffError
from kiosk.storage.content import booth_agency
from kiosk.storage.database import BoothDatabase, utc_iso
from kiosk.storage.journal import get_setting, log_event, log_event_if_possible, put_setting

log = logging.getLogger(__name__)

PIN_KEY = "staff_pin"
FAILURES_KEY = "staff_pin_failures"
LOCKED_UNTIL_KEY = "staff_pin_locked_until"
MIN_DIGITS, MAX_DIGITS = 4, 8
FREE_ATTEMPTS = 5
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 15 * 60
# scrypt cost: about 16 MB and a few tens of milliseconds per check on a kiosk PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


@dataclass(frozen=True)
class PinResult:
    """The outcome of one attempt at the PIN pad."""

    ok: bool
    locked_until: datetime | None = None  # UTC; set while the pad is locked
    attempts_left: int = FREE_ATTEMPTS  # wrong PINs allowed before the next lock

    def lock_seconds(self, now: datetime) -> int:
        """Whole seconds until the pad opens again (0 when it is not locked)."""
        if self.locked_until is None:
            return 0
        return max(0, int((self.locked_until - now).total_seconds() + 0.999))


def validate_pin(pin: str) -> str:
    """`pin` if it is 4 to 8 digits, else a StaffError."""
    if not (pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise StaffError(f"PIN harus {MIN_DIGITS} sampai {MAX_DIGITS} angka.")
    return pin


# Digits in a row, as on a phone's keypad line (0 after 9), both ways.
_RUNS = ("01234567890", "09876543210")


def weak_pin_reason(pin: str, booth: str | None = None, year: int | None = None) -> str | None:
    """Why `pin` (4 to 8 digits) is too easy to guess at this booth, or None.

    Refused: one digit repeated (0000), a run (1234, 4321, 7890), a repeated pair
    (1212), the booth's number (booth A12: 0012, 1200, 1212) and the festival's year.
    """
    if len(set(pin)) == 1:
        return "PIN tidak boleh berisi satu angka yang diulang (misalnya 0000)."
    if any(pin in run for run in _RUNS):
        return "PIN tidak boleh berupa angka berurutan (misalnya 1234 atau 4321)."
    if len(pin) % 2 == 0 and pin == pin[:2] * (len(pin) // 2):
        return "PIN tidak boleh berupa pasangan angka yang diulang (misalnya 1212)."
    number = "".join(c for c in booth or "" if c.isdigit()).lstrip("0")
    if number and (pin.strip("0") == number or pin.replace(number, "") == ""):
        return f"PIN tidak boleh memakai nomor stan ({booth})."
    if year is not None and str(year) in pin:
        return f"PIN tidak boleh memuat tahun festival ({year})."
    return None


def check_new_pin(db: BoothDatabase, pin: str, agency_code: str | None = None) -> str:
    """`pin` if staff may choose it at this booth (the agency's, or the one set), else a
    StaffError saying why, in Indonesian."""
    validate_pin(pin)
    code = agency_code or booth_agency(db)
    row = db.execute("SELECT booth FROM agencies WHERE code = ?", [code]).fetchone()
    starts = db.execute("SELECT starts_on FROM festival WHERE id = 1").fetchone()
    year = int(str(starts[0])[:4]) if starts and str(starts[0])[:4].isdigit() else None
    reason = weak_pin_reason(pin, str(row[0]) if row else None, year)
    if reason is not None:
        raise StaffError(f"{reason} Pilih PIN lain yang sulit ditebak.")
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """The stored form: `scrypt$n$r$p$salt_hex$hash_hex` with a fresh random salt."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` hashes to `stored`, compared in constant time; False if `stored` is bad."""
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=256 * 1024 * 1024,
            dklen=len(expected),
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)


class StaffPin:
    """The PIN pad's memory: whether a PIN is set, checking attempts, the lockout."""

    def __init__(self, db: BoothDatabase, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        # Wrong PINs the file could not take (a full disk): counted here meanwhile, so
        # the lockout holds even then. (A restart forgets them: the file could not
        # keep them.) After a right PIN the file could not record, what it holds is
        # out of date (`_stored_void`) until the next write goes through.
        self._unsaved_failures = 0
        self._unsaved_lock: datetime | None = None
        self._stored_void = False

    def is_set(self) -> bool:
        return get_setting(self.db, PIN_KEY) is not None

    def set_first_pin(self, pin: str, agency_code: str | None = None) -> None:
        """Choose the PIN on first start (for `agency_code`'s booth, by default the booth
        set); refused once a PIN exists, or when too easy to guess."""
        if self.is_set():
            raise StaffError("PIN sudah dibuat. Ubah PIN dari menu petugas.")
        check_new_pin(self.db, pin, agency_code)
        with self.db.atomic():
            put_setting(self.db, PIN_KEY, hash_pin(pin))
            log_event(self.db, "pin_set", "PIN petugas dibuat", self.clock)

    def change_pin(self, current: str, new: str) -> None:
        """Replace the PIN; the current one must be given (and counts as an attempt)."""
        check_new_pin(self.db, new)
        if not self.attempt(current).ok:
            raise StaffError("PIN lama salah.")
        try:
            with self.db.atomic():
                put_setting(self.db, PIN_KEY, hash_pin(new))
                log_event(self.db, "pin_changed", "PIN petugas diganti", self.clock)
        except sqlite3.Error as exc:
            raise StaffError(
                f"PIN baru tidak tersimpan: berkas database menolak perubahan ({exc}). "
                "PIN lama tetap berlaku."
            ) from exc

    def status(self) -> PinResult:
        """The pad's state now, without an attempt."""
        locked_until = self._locked_until()
        if locked_until is not None and locked_until <= self.clock.utc_now():
            locked_until = None
        return PinResult(False, locked_until, self._attempts_left())

    def attempt(self, pin: str) -> PinResult:
        """Check one PIN entry, updating and logging the failure count and lockout."""
        state = self.status()
        if state.locked_until is not None:
            until = utc_iso(state.locked_until)
            detail = f"pad terkunci sampai {until}"
            log_event_if_possible(self.db, "pin_refused_locked", detail, self.clock)
            return state
        stored = get_setting(self.db, PIN_KEY)
        if stored is not None and pin_matches(pin, stored):
            return self._succeed()
        return self._fail()

    def _succeed(self) -> PinResult:
        self._unsaved_failures, self._unsaved_lock = 0, None
        try:
            with self.db.atomic():
                put_setting(self.db, FAILURES_KEY, "0")
                put_setting(self.db, LOCKED_UNTIL_KEY, "")
                log_event(self.db, "pin_ok", "masuk mode petugas", self.clock)
            self._stored_void = False
        except sqlite3.Error as exc:
            # A full disk must not keep staff out of the one place that says why.
            log.warning("staff sign-in not stored (the PIN was right): %s", exc)
            self._stored_void = True  # the stored failures and lock no longer count
        return PinResult(True)

    def _fail(self) -> PinResult:
        failures = self._failures() + 1
        locked_until = None
        detail = f"PIN salah ({failures} kali berturut-turut)"
        if failures >= FREE_ATTEMPTS:
            seconds = lock_seconds_after(failures)
            locked_until = self.clock.utc_now() + timedelta(seconds=seconds)
            detail += f"; pad dikunci {seconds} detik"
        try:
            with self.db.atomic():
                put_setting(self.db, FAILURES_KEY, str(failures))  # the unsaved ones too
                if locked_until is not None:
                    put_setting(self.db, LOCKED_UNTIL_KEY, utc_iso(locked_until))
                log_event(self.db, "pin_wrong", detail, self.clock)
            self._unsaved_failures, self._stored_void = 0, False
        except sqlite3.Error as exc:
            log.warning("wrong PIN not stored, counted in memory: %s (%s)", detail, exc)
            self._unsaved_failures += 1
            self._unsaved_lock = locked_until or self._unsaved_lock
        return PinResult(False, locked_until, self._attempts_left())

    def _failures(self) -> int:
        value = None if self._stored_void else get_setting(self.db, FAILURES_KEY)
        stored = int(value) if value and value.isdigit() else 0
        return stored + self._unsaved_failures

    def _attempts_left(self) -> int:
        return max(0, FREE_ATTEMPTS - self._failures())

    def _locked_until(self) -> datetime | None:
        value = None if self._stored_void else get_setting(self.db, LOCKED_UNTIL_KEY)
        stored = datetime.fromisoformat(value) if value else None
        return max((t for t in (stored, self._unsaved_lock) if t is not None), default=None)


def lock_seconds_after(failures: int) -> int:
    """How long the pad locks after the `failures`-th wrong PIN in a row (5th: 30 s)."""
    doublings = max(0, failures - FREE_ATTEMPTS)
    return int(min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** min(doublings, 16)))


def reset_pin(db: BoothDatabase, new_pin: str, clock: Clock | None = None) -> None:
    """Replace a forgotten PIN and clear the lockout, without the old PIN.

    For a technician at the kiosk PC's terminal (`kiosk staff reset-pin`), never
    offered on the touch screen; the new PIN follows the same rules as at set-up.
    """
    check_new_pin(db, new_pin)
    with db.atomic():
        put_setting(db, PIN_KEY, hash_pin(new_pin))
        put_setting(db, FAILURES_KEY, "0")
        put_setting(db, LOCKED_UNTIL_KEY, "")
        log_event(db, "pin_reset", "PIN diganti dari terminal (reset oleh teknisi)", clock)
