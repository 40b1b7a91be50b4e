"""Video clips of the booth: rows in the booth file, files beside it.

A clip can be 200 MB and the booth file travels on a USB stick to be merged, so
the file lies beside the booth database as `media/<sha256>.<ext>`, named after its
content: written once (to a temporary name, flushed, then renamed), shared by the
booth file and its backups, and checked against its name at start and by
`kiosk doctor`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.domain.festival import Text
from kiosk.storage.database import BoothDatabase

MEDIA_FOLDER = "media"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ProcessedClip:
    """A clip as installed: its row in `videos` (the file is already in place)."""

    innovation_slug: str
    sort_order: int
    title: Text
    source_file: str
    sha256: str
    file_ext: str
    size_bytes: int
    duration_ms: int
    codec: str
    width: int
    height: int
    poster_jpeg: bytes
    captions: Text  # WebVTT or SRT text: `id` Indonesian, `en` English


@dataclass(frozen=True)
class Clip:
    """A clip as the booth shows it."""

    id: int
    innovation_slug: str
    title: Text
    path: Path
    sha256: str
    duration_ms: int
    width: int
    height: int
    captions: Text
    in_attract: bool


def media_dir(db: BoothDatabase) -> Path:
    """The folder of clip files beside the booth database."""
    row = db.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()
    if not row or not row[0]:
        raise ValueError("an in-memory booth database has no folder for clips")
    return Path(row[0]).parent / MEDIA_FOLDER


def clip_file(folder: Path, sha256: str, file_ext: str) -> Path:
    return folder / f"{sha256}{file_ext}"


def install_clip_file(
    folder: Path, sha256: str, file_ext: str, write: Callable[[Path], object]
) -> Path:
    """Put a clip in `folder` under its SHA-256, unless a sound copy is there already.

    `write(path)` writes the clip to a temporary file; it is flushed to disk, checked
    against `sha256` and renamed into place, so a power cut leaves either nothing or
    the whole clip.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = clip_file(folder, sha256, file_ext)
    if target.is_file() and file_sha256(target) == sha256:
        return target
    partial = folder / f".partial-{sha256}{file_ext}"
    try:
        write(partial)
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        if file_sha256(partial) != sha256:
            raise ValueError(f"{partial.name}: the copy differs from the clip it was made from")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _sync_folder(folder)
    return target


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def insert_clips(db: BoothDatabase, clips: list[ProcessedClip]) -> None:
    """Rows for installed clips (inside the caller's transaction)."""
    db.utils.table("videos").insert_all(
        {
            "innovation_slug": c.innovation_slug,
            "sort_order": c.sort_order,
            "title_id": c.title.id,
            "title_en": c.title.en,
            "source_file": c.source_file,
            "sha256": c.sha256,
            "file_ext": c.file_ext,
            "size_bytes": c.size_bytes,
            "duration_ms": c.duration_ms,
            "codec": c.codec,
            "width": c.width,
            "height": c.height,
            "poster_jpeg": c.poster_jpeg,
            "captions_id": c.captions.id,
            "captions_en": c.captions.en,
        }
        for c in clips
    )


def clips_of(db: BoothDatabase, slug: str | None = None) -> list[Clip]:
    """The clips shown (of one innovation, or all), in order; hidden ones left out."""
    where, params = ("AND innovation_slug = ?", [slug]) if slug else ("", [])
    folder = media_dir(db)
    return [
        Clip(
            id=r["id"],
            innovation_slug=r["innovation_slug"],
            title=Text(r["title_id"], r["title_en"]),
            path=clip_file(folder, r["sha256"], r["file_ext"]),
            sha256=r["sha256"],
            duration_ms=r["duration_ms"],
            width=r["width"],
            height=r["height"],
            captions=Text(r["captions_id"], r["captions_en"]),
            in_attract=bool(r["in_attract"]),
        )
        for r in _rows(
            db,
            f"SELECT * FROM videos WHERE hidden = 0 {where} ORDER BY innovation_slug, sort_order",
            params,
        )
    ]


def attract_clips(db: BoothDatabase) -> list[Clip]:
    """The clips staff chose for the attract loop (shown ones only), in order."""
    return [clip for clip in clips_of(db) if clip.in_attract]


def clip_by_id(db: BoothDatabase, clip_id: int) -> Clip | None:
    """One clip shown at this booth (None if hidden or gone)."""
    return next((c for c in clips_of(db) if c.id == clip_id), None)


def poster_jpeg(db: BoothDatabase, clip_id: int) -> bytes | None:
    row = db.execute("SELECT poster_jpeg FROM videos WHERE id = ?", [clip_id]).fetchone()
    return bytes(row[0]) if row else None


def clip_problems(db: BoothDatabase, full: bool = False) -> list[str]:
    """Clips whose file is missing or differs: by size, or (with `full`) by SHA-256."""
    return clip_problems_in(db.conn, media_dir(db), full)


def clip_problems_in(conn: sqlite3.Connection, folder: Path, full: bool = False) -> list[str]:
    """`clip_problems` for a booth file opened by other means (`kiosk doctor`'s copy)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "videos" not in tables:
        return []  # a file from before clips: it has none
    problems = []
    for sha256, ext, size, source in conn.execute(
        "SELECT DISTINCT sha256, file_ext, size_bytes, source_file FROM videos ORDER BY 4"
    ).fetchall():
        path = clip_file(folder, sha256, ext)
        if not path.is_file():
            problems.append(f"{path}: missing (the clip {source}); import the pack again")
        elif path.stat().st_size != size or (full and file_sha256(path) != sha256):
            problems.append(
                f"{path}: damaged (the clip {source} differs from what was installed);"
                " import the pack again"
            )
    return problems


def _rows(db: BoothDatabase, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a renamed file (POSIX; a no-op where folders cannot open)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
