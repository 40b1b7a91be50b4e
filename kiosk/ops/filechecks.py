"""Doctor checks of the booth's files and time: disk space, database, pack, clock.

The database is only ever opened read-only here, and nothing is written beside
it: `kiosk doctor` may run beside a live kiosk or on a stick, and must never
"repair" evidence. A WAL-mode file without its -wal is normal here (a kiosk
shut down cleanly leaves none), so unlike `kiosk verify` the doctor does not
call it incomplete.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from kiosk.domain.text import escape_controls
from kiosk.ops.check import FAIL, OK, WARN, Check
from kiosk.storage.chain import ChainReport, verify_chain
from kiosk.storage.clips import MEDIA_FOLDER, clip_problems_in
from kiosk.storage.errors import StorageError
from kiosk.storage.export import STALE_AFTER_SECONDS, leftover_partials
from kiosk.storage.readonly import open_read_only
from kiosk.storage.schema import APPLICATION_ID, SCHEMA_VERSION

MB = 1024 * 1024
DISK_FAIL_BYTES = 200 * MB
DISK_WARN_BYTES = 1024 * MB
EARLIEST_SANE = datetime(2024, 1, 1, tzinfo=UTC)  # before Gerai existed: the clock is wrong
LATEST_SANE = datetime(2050, 1, 1, tzinfo=UTC)
CLOCK_SLACK = timedelta(minutes=5)


class DiskUsage(NamedTuple):
    total: int
    used: int
    free: int


DiskUsageFn = Callable[[Path], DiskUsage]


@dataclass(frozen=True)
class DatabaseState:
    """What a read-only look at the booth file found."""

    exists: bool
    problem: str = ""  # why the kiosk would refuse the file
    fix: str = ""
    quick_check: str = ""
    chain: ChainReport | None = None
    last_written: datetime | None = None  # newest visitor record or staff event
    # Where this kiosk writes copies: its backup folder and the folders it exported to.
    copy_folders: tuple[Path, ...] = ()
    # Video clips missing or damaged beside the file (media/<sha256>.<ext>).
    clip_problems: tuple[str, ...] = ()
    clips: int = 0


def check_disk(folder: Path, disk_usage: DiskUsageFn) -> Check:
    """Free space where the database and its backups live."""
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    usage = disk_usage(existing)
    free = f"{usage.free / MB:,.0f} MB free on {existing}"
    fix = "delete old files or empty the trash (the database and its backups need room)"
    if usage.free < DISK_FAIL_BYTES:
        return Check("disk space", FAIL, f"only {free}: {fix}")
    if usage.free < DISK_WARN_BYTES:
        return Check("disk space", WARN, f"{free}, less than 1 GB: {fix}")
    return Check("disk space", OK, free)


def check_leftovers(folder: Path, elsewhere: Sequence[Path] = ()) -> Check:
    """Partial copies an interrupted export or merge left: in the db folder or below it,
    and in `elsewhere` (the backup folder, the sticks exported to, a merge's folder).

    Copies younger than two minutes are listed too, marked as perhaps still being written.
    """
    name = "leftover copies"
    folders = [folder, *(p for p in folder.iterdir() if p.is_dir())] if folder.is_dir() else []
    for other in elsewhere:
        if other not in folders and other.is_dir():
            folders.append(other)
    found = [path for f in folders for path in leftover_partials(f, min_age=0)]
    if not found:
        return Check(name, OK, "none")
    now = time.time()

    def described(path: Path) -> str:
        try:
            stat = path.stat()
        except OSError:
            return f"{path} (removed meanwhile)"
        young = now - stat.st_mtime < STALE_AFTER_SECONDS
        fresh = ", less than 2 minutes old: perhaps still being written" if young else ""
        return f"{path} ({stat.st_size / MB:.1f} MB{fresh})"

    sizes = ", ".join(described(p) for p in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    return Check(
        name,
        WARN,
        f"{escape_controls(sizes)}{more}: left by an export or merge that was cut off. They"
        " hold nothing the finished files lack; the next export or merge there removes them,"
        " or delete them",
    )


def read_database(path: Path) -> DatabaseState:
    """Inspect a booth file without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseState(exists=False)
    try:
        # Nothing is created beside the file (no -wal/-shm on a stick); a live kiosk's
        # file is read with its -wal through a private copy (kiosk.storage.readonly).
        with open_read_only(path) as opened:
            return _inspect(opened.conn, path.parent / MEDIA_FOLDER)
    except sqlite3.DatabaseError as exc:
        return _unusable(f"is damaged or not a database ({exc})")
    except (sqlite3.Error, OSError, StorageError) as exc:
        return _unusable(f"cannot be opened ({exc})")


def _unusable(problem: str, fix: str = "") -> DatabaseState:
    return DatabaseState(exists=True, problem=problem, fix=fix or _KEEP_IT)


_KEEP_IT = (
    "the kiosk will not write to it; at start it leaves it untouched and continues in a new "
    "file beside it (<name>.replaced-<time>.sqlite). Copy this file to a USB stick for the "
    "organizers (they check it with `kiosk verify`), then move it out of the db folder"
)


def _inspect(conn: sqlite3.Connection, media: Path) -> DatabaseState:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        return _unusable("is not a Gerai booth database")
    if version > SCHEMA_VERSION:
        return _unusable(
            f"was written by a newer Gerai (schema {version}, this one knows {SCHEMA_VERSION})",
            "update Gerai on this PC (git pull, then make run) to the version that wrote it",
        )
    quick = "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall())
    if quick != "ok":
        return _unusable(f"is damaged (quick_check: {quick[:200]})")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    chain = verify_chain(conn) if "visitor_records" in tables else None
    return DatabaseState(
        True,
        quick_check=quick,
        chain=chain,
        last_written=_last_written(conn),
        copy_folders=_copy_folders(conn),
        clip_problems=tuple(clip_problems_in(conn, media, full=True)),
        clips=conn.execute("SELECT count(*) FROM videos").fetchone()[0]
        if "videos" in tables
        else 0,
    )


def _copy_folders(conn: sqlite3.Connection) -> tuple[Path, ...]:
    """The backup folder staff set and the folders of the last exports (a stick, if in)."""
    found: list[Path] = []
    for sql in (
        "SELECT value FROM settings WHERE key = 'backup_folder' AND value != ''",
        "SELECT path FROM exports ORDER BY rowid DESC LIMIT 20",
    ):
        try:
            values = [str(r[0]) for r in conn.execute(sql).fetchall()]
        except sqlite3.OperationalError:  # an older schema without the table
            continue
        for value in values:
            folder = Path(value) if sql.startswith("SELECT value") else Path(value).parent
            if folder not in found:
                found.append(folder)
    return tuple(found)


def _last_written(conn: sqlite3.Connection) -> datetime | None:
    """The newest UTC time the file holds (visitor records and staff events)."""
    newest: datetime | None = None
    for sql in (
        "SELECT max(recorded_at) FROM visitor_records",
        "SELECT max(at) FROM staff_events",
    ):
        try:
            value = conn.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:  # an older schema without the table
            continue
        moment = _parse_utc(value)
        if moment and (newest is None or moment > newest):
            newest = moment
    return newest


def _parse_utc(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check_database(path: Path, state: DatabaseState) -> Check:
    """The booth file: usable, intact, and its hash chain whole."""
    name = "database"
    if not state.exists:
        return Check(name, OK, f"{path} does not exist yet: it will be created at first start")
    if state.problem:
        return Check(name, FAIL, f"{path} {state.problem}. Fix: {state.fix}.")
    if state.chain is not None and not state.chain.ok:
        return Check(
            name,
            FAIL,
            f"{path}: {state.chain.describe()}. Keep the file exactly as it is and tell the "
            "organizers (`kiosk verify` shows the same); do not delete or edit it.",
        )
    chain = state.chain.describe() if state.chain and state.chain.count else "no records yet"
    return Check(name, OK, f"{path.name}: quick_check ok, {chain}")


def check_clips(state: DatabaseState) -> Check:
    """The video clips beside the booth file: each there, and the same as installed."""
    name = "video clips"
    if state.clip_problems:
        more = len(state.clip_problems) - 2
        shown = "; ".join(state.clip_problems[:2]) + (f" (and {more} more)" if more > 0 else "")
        return Check(name, FAIL, escape_controls(shown))
    if not state.clips:
        return Check(name, OK, "none in this booth file")
    return Check(name, OK, f"{state.clips} clip(s), each file whole (SHA-256 checked)")


def check_pack(pack: Path | None) -> Check:
    """The festival pack checks out in full (the same check as `kiosk pack validate`)."""
    name = "festival pack"
    if pack is None:
        return Check(name, OK, "no pack given, skipped (the kiosk shows its database's content)")
    from kiosk.pack.format import PackError, load_pack

    try:
        loaded = load_pack(pack)
    except PackError as exc:
        shown = "; ".join(exc.problems[:3])
        more = f" (and {len(exc.problems) - 3} more)" if len(exc.problems) > 3 else ""
        return Check(
            name,
            FAIL,
            f"{pack}: {len(exc.problems)} problem(s): {shown}{more}. Fix them in the pack, then "
            f"check again with `kiosk pack validate {pack}`.",
        )
    festival = loaded.festival
    return Check(
        name,
        OK,
        f"{pack}: {festival.name.id}, {len(festival.agencies)} agencies, "
        f"{len(festival.innovations)} innovations",
    )


def check_clock(now: datetime, last_written: datetime | None) -> Check:
    """The PC's clock is plausible and has not gone back behind the database's last entry."""
    shown = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    set_it = (
        "Set the date and time in the system settings (a PC that forgets the time at every "
        "start needs a new BIOS battery); records made now would carry a wrong time"
    )
    if now < EARLIEST_SANE or now >= LATEST_SANE:
        return Check("clock", FAIL, f"the clock says {shown}, which cannot be right. {set_it}.")
    if last_written is not None and last_written > now + CLOCK_SLACK:
        last = last_written.strftime("%Y-%m-%d %H:%M UTC")
        return Check(
            "clock",
            FAIL,
            f"the clock went backwards: it says {shown}, but the database's last entry is "
            f"from {last}. {set_it}; the sequence numbers keep the records in order.",
        )
    return Check("clock", OK, shown)
