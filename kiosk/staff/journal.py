"""The staff journal (`staff_events`) and the key/value `settings` table."""

from __future__ import annotations

from kiosk.domain.clock import Clock, SystemClock
from kiosk.storage.database import BoothDatabase, utc_iso

EDITOR = "staff"  # the `editor` written to the content audit trail for staff-mode edits


class StaffError(ValueError):
    """A staff action that cannot be done; the message is Indonesian, for the staff member."""


def log_event(db: BoothDatabase, event: str, detail: str = "", clock: Clock | None = None) -> None:
    """Append one line to `staff_events` (never a PIN, never visitor data)."""
    at = utc_iso((clock or SystemClock()).utc_now())
    with db.atomic():
        db.execute(
            "INSERT INTO staff_events (at, event, detail) VALUES (?, ?, ?)", [at, event, detail]
        )


def get_setting(db: BoothDatabase, key: str) -> str | None:
    """The stored value of `key`, or None."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def put_setting(db: BoothDatabase, key: str, value: str) -> None:
    """Store one setting (committed, or part of the caller's `db.atomic()` block)."""
    with db.atomic():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
