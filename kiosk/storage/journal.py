"""The staff journal (`staff_events`) and the key/value `settings` table of a booth file.

Storage, not staff mode: setting up the kiosk and crash recovery write to the journal too."""

from __future__ import annotations

import logging
import sqlite3

from kiosk.domain.clock import Clock, SystemClock
from kiosk.storage.database import BoothDatabase, utc_iso

log = logging.getLogger(__name__)


def log_event(db: BoothDatabase, event: str, detail: str = "", clock: Clock | None = None) -> None:
    """Append one line to `staff_events` (never a PIN, never visitor data)."""
    at = utc_iso((clock or SystemClock()).utc_now())
    with db.atomic():
        db.execute(
            "INSERT INTO staff_events (at, event, detail) VALUES (?, ?, ?)", [at, event, detail]
        )


def log_event_if_possible(
    db: BoothDatabase, event: str, detail: str = "", clock: Clock | None = None
) -> bool:
    """`log_event`, for a journal line the action does not depend on: on a full or
    write-protected disk the line goes to the log file instead and the action goes on
    (staff must still get in, and out, to see what is wrong). True if it was stored."""
    try:
        log_event(db, event, detail, clock)
    except sqlite3.Error as exc:
        log.warning("staff event %s (%s) not stored: %s", event, detail, exc)
        return False
    return True


def replacement_notice(db: BoothDatabase) -> str:
    """What staff must hear when the kiosk started a new file beside one it could not use
    (`kiosk.setup.open_or_replace`), until they have signed in on the new file; else ""."""
    row = db.execute(
        "SELECT id, detail FROM staff_events WHERE event = 'database_replaced'"
        " ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return ""
    seen = db.execute(
        "SELECT 1 FROM staff_events WHERE event IN ('pin_set', 'pin_ok') AND id > ?", [row[0]]
    ).fetchone()
    if seen:
        return ""
    return (
        "Berkas database sebelumnya tidak dapat dipakai, jadi kios memulai berkas baru. "
        "Berkas lama tidak diubah sedikit pun: serahkan ke panitia bersama berkas baru. "
        f"Rincian: {row[1]}"
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
