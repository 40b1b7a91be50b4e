"""Opening the merged festival file, for writing (merge) or reading (results, report)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from kiosk.results.errors import NotAFestivalFile
from kiosk.results.schema import FESTIVAL_APPLICATION_ID, FESTIVAL_SCHEMA_VERSION, create_schema


def open_festival_file(path: str | Path) -> sqlite3.Connection:
    """Create or reopen a merged festival file; refuse any other SQLite file."""
    path = Path(path)
    fresh = not path.exists() or path.stat().st_size == 0
    if not fresh:
        _check_identity(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # URI filenames on the main connection let ATTACH open inputs with ?mode=ro&immutable=1.
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}", uri=True, isolation_level=None)
    # One plain file (no -wal) for sharing and Datasette; a large cache keeps the
    # uuid and (kiosk, seq) indexes in memory while a hundred files are merged.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -131072")
    if fresh:
        create_schema(conn)
    return conn


def close_festival_file(conn: sqlite3.Connection) -> None:
    """Optimise the query planner's statistics and close."""
    conn.execute("PRAGMA optimize")
    conn.close()


def read_festival_file(path: str | Path) -> sqlite3.Connection:
    """Open a merged festival file read-only, rows as sqlite3.Row."""
    path = Path(path)
    if not path.exists():
        raise NotAFestivalFile(f"{path}: no such file")
    _check_identity(path)
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def _check_identity(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAFestivalFile(f"{path}: not a readable SQLite file ({exc})") from exc
    if app_id != FESTIVAL_APPLICATION_ID:
        raise NotAFestivalFile(f"{path}: not a merged festival file (made by `kiosk merge`)")
    if version > FESTIVAL_SCHEMA_VERSION:
        raise NotAFestivalFile(f"{path}: made by a newer Gerai; update this tool")
