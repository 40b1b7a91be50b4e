"""Opening a booth database: pragmas, migrations, identity, and refusing foreign files."""

from __future__ import annotations

import errno
import os
import secrets
import sqlite3
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import __version__
from kiosk.storage.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    NotAKioskFile,
    disk_problem,
)
from kiosk.storage.schema import (
    APPLICATION_ID,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    SCHEMA_VERSION,
    apply_migrations,
    known_migration_names,
)

if TYPE_CHECKING:
    import sqlite_utils

Parameters = Sequence[Any] | Mapping[str, Any]


class BoothDatabase:
    """A booth file's connection, with the transaction rules of sqlite-utils.

    A write through `execute` is committed at once unless an `atomic()` block is
    open; `atomic()` blocks nest as savepoints, and an exception rolls the block
    back. The connection is in SQLite's own autocommit mode (`isolation_level =
    None`), so no statement ever opens a transaction nobody commits.

    sqlite-utils' table helpers are `utils`, on the same connection. They are
    loaded on first use: sqlite-utils, with python-dateutil, click and pluggy,
    takes about 0.1 s to import, and a kiosk starting on a prepared booth file
    never needs them before its first frame (pack import and content edits do).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        conn.isolation_level = None
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[BoothDatabase]:
        """One transaction (a savepoint inside another): committed at the end of the
        block, rolled back when the block raises."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"gerai_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger may already have ended the whole transaction.
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        conn.execute("BEGIN")
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils on this connection (imported on first use)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def close(self) -> None:
        self.conn.close()


def utc_iso(moment: datetime | None = None) -> str:
    """UTC time as ISO 8601 with milliseconds and a Z, the one format the files use."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{moment.microsecond // 1000:03d}Z"
    )


def connect(path: str | Path) -> BoothDatabase:
    """A connection to a booth file with the booth's durability pragmas."""
    conn = sqlite3.connect(str(path), timeout=10.0, check_same_thread=False)
    db = BoothDatabase(conn)
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a vote acknowledged after COMMIT survives a power cut at the wall.
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    # As sqlite-utils sets it: a REPLACE's implicit delete fires the no-delete triggers.
    db.execute("PRAGMA recursive_triggers = ON")
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
        if disk_problem(exc):
            # The disk refused (full, read-only), not the file: reading a WAL file needs
            # room for its -shm index. Calling it damaged would make the kiosk replace it.
            # SQLite says only "disk I/O error" or "unable to open"; the file system knows.
            disk = os.statvfs(Path(path).resolve().parent)
            if disk.f_flag & os.ST_RDONLY:
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path)) from exc
            if disk.f_bavail * disk.f_frsize < 1024 * 1024:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path)) from exc
            raise
        raise CorruptDatabaseError(f"{path}: not a readable SQLite database ({exc})") from exc
    return app_id, version


def open_booth_database(path: str | Path, *, quick_check: bool = True) -> BoothDatabase:
    """Open (creating if needed) a booth database and bring its schema up to date.

    Refuses, without writing to it, a file that is not a Gerai booth database,
    one written by a newer version of Gerai, or one that fails `quick_check`.
    Without `quick_check` the caller checks the file itself, before it writes a
    visitor record (`kiosk run` does, on a worker thread after its first frame:
    `kiosk.ops.recovery.FileCheck`); a file with recorded migrations is then not
    written to here either.
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
        check = db.execute("PRAGMA quick_check").fetchone()[0] if quick_check else "ok"
    except sqlite3.DatabaseError as exc:
        db.close()
        raise CorruptDatabaseError(f"{path}: damaged ({exc})") from exc
    if check != "ok":
        db.close()
        raise CorruptDatabaseError(f"{path}: damaged ({check})")
    migrate(db)
    ensure_identity(db)
    return db


def migrate(db: BoothDatabase) -> None:
    """Apply the migrations this file lacks (none, on a booth file already in use)."""
    if not up_to_date(db):
        apply_migrations(db.utils)
    # Written only when they differ: each write is a commit (two fsyncs) at every start.
    for pragma, value in (("application_id", APPLICATION_ID), ("user_version", SCHEMA_VERSION)):
        if db.execute(f"PRAGMA {pragma}").fetchone()[0] != value:
            db.execute(f"PRAGMA {pragma} = {value}")


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file has the table `name` (files written by older versions may not)."""
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(query, [name]).fetchone() is not None


def up_to_date(db: BoothDatabase) -> bool:
    """Every migration recorded as applied: then the schema needs no change (and
    sqlite-utils, whose migrations would say the same, need not be loaded)."""
    if not has_table(db.conn, MIGRATIONS_TABLE):
        return False
    applied = {
        row[0]
        for row in db.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
        )
    }
    return applied >= set(known_migration_names())


def ensure_identity(db: BoothDatabase) -> str:
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


def kiosk_id_of(db: BoothDatabase) -> str:
    return str(db.execute("SELECT kiosk_id FROM kiosk WHERE id = 1").fetchone()[0])
