"""Opening a booth database: pragmas, migrations, identity, and refusing foreign files."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk import __version__
from kiosk.storage.errors import CorruptDatabaseError, NewerSchemaError, NotAKioskFile
from kiosk.storage.schema import APPLICATION_ID, SCHEMA_VERSION, known_migration_names, migrations


def utc_iso(moment: datetime | None = None) -> str:
    """UTC time as ISO 8601 with milliseconds and a Z, the one format the files use."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{moment.microsecond // 1000:03d}Z"
    )


def connect(path: str | Path) -> Database:
    """A sqlite-utils Database with the booth's durability pragmas."""
    conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a vote acknowledged after COMMIT survives a power cut at the wall.
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def inspect_file(path: str | Path) -> tuple[int, int]:
    """(application_id, user_version) of a file, read without changing it."""
    uri = f"file:{Path(path).resolve()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"{path}: not a readable SQLite database ({exc})") from exc
    return app_id, version


def open_booth_database(path: str | Path) -> Database:
    """Open (creating if needed) a booth database and bring its schema up to date.

    Refuses, without writing to it, a file that is not a Gerai booth database,
    one written by a newer version of Gerai, or one that fails `quick_check`.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        app_id, version = inspect_file(path)
        if app_id != APPLICATION_ID:
            raise NotAKioskFile(f"{path}: not a Gerai booth database")
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"{path}: written by a newer Gerai (schema {version}, "
                f"this one knows {SCHEMA_VERSION})"
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    try:
        check = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        db.close()
        raise CorruptDatabaseError(f"{path}: damaged ({exc})") from exc
    if check != "ok":
        db.close()
        raise CorruptDatabaseError(f"{path}: damaged ({check})")
    migrate(db)
    ensure_identity(db)
    return db


def migrate(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {len(known_migration_names())}")


def ensure_identity(db: Database) -> str:
    """The kiosk id, made (a new UUID) the first time the file is opened."""
    row = db.execute("SELECT kiosk_id FROM kiosk WHERE id = 1").fetchone()
    if row:
        return str(row[0])
    kiosk_id = str(uuid.uuid4())
    with db.atomic():
        db.execute(
            "INSERT INTO kiosk (id, kiosk_id, created_at, app_version) VALUES (1, ?, ?, ?)",
            [kiosk_id, utc_iso(), __version__],
        )
    return kiosk_id


def kiosk_id_of(db: Database) -> str:
    return str(db.execute("SELECT kiosk_id FROM kiosk WHERE id = 1").fetchone()[0])
