"""Staff edits to the booth's video clips: hide one, choose it for the attract loop, or
replace it with a clip from a USB stick. All audited in `content_edits`, like photos.

A replacement is checked like a clip in a pack (`kiosk.pack.video`: opened and decoded
by the kiosk's own player in a child process, codec and limits) before anything
changes, then installed beside the booth file under its SHA-256.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain.festival import Text, VideoLimits
from kiosk.staff.errors import StaffError
from kiosk.storage.clips import install_clip_file, media_dir
from kiosk.storage.content import record_edit, video_limits
from kiosk.storage.database import BoothDatabase

if TYPE_CHECKING:
    from kiosk.pack.video import ClipInfo

log = logging.getLogger(__name__)

EDITOR = "staff"
VIDEO_SUFFIXES = frozenset({".mp4", ".m4v", ".mov", ".webm", ".mkv"})


@dataclass(frozen=True)
class StaffClip:
    """A clip as staff mode lists it: hidden ones too."""

    id: int
    innovation_slug: str
    title: Text
    source_file: str
    duration_ms: int
    width: int
    height: int
    hidden: bool
    in_attract: bool


def booth_clips(db: BoothDatabase, agency_code: str) -> list[StaffClip]:
    """The clips of the agency's innovations, in the innovations' order and then their own."""
    rows = db.execute(
        "SELECT v.id, v.innovation_slug, v.title_id, v.title_en, v.source_file, v.duration_ms,"
        " v.width, v.height, v.hidden, v.in_attract FROM videos v"
        " JOIN innovations i ON i.slug = v.innovation_slug WHERE i.agency_code = ?"
        " ORDER BY i.sort_order, i.slug, v.sort_order, v.id",
        [agency_code],
    ).fetchall()
    return [
        StaffClip(r[0], r[1], Text(r[2], r[3]), r[4], r[5], r[6], r[7], bool(r[8]), bool(r[9]))
        for r in rows
    ]


def hide_clip(db: BoothDatabase, clip_id: int, hidden: bool) -> None:
    """Hide a clip from visitors (or show it again)."""
    _set(db, clip_id, "hidden", int(hidden))


def choose_for_attract(db: BoothDatabase, clip_id: int, chosen: bool) -> None:
    """Play this clip in the attract loop (muted, captions on), or stop doing so."""
    _set(db, clip_id, "in_attract", int(chosen))


def replace_clip(db: BoothDatabase, clip_id: int, file: Path) -> None:
    """Put the clip in `file` in place of clip `clip_id` (its place, title and captions kept),
    within the limits the installed pack sets (`festival.video`), as the pack check was."""
    from kiosk.pack.media import MediaError, process_poster
    from kiosk.pack.video import check_clip, probe_clips

    old = _describe_clip(db, clip_id)
    ext = file.suffix.lower()
    if ext not in VIDEO_SUFFIXES:
        raise StaffError(f"{file.name} bukan berkas video (.mp4, .m4v, .mov, .webm, .mkv).")
    try:
        size = file.stat().st_size
        sha256 = _sha256(file)
    except OSError as exc:
        raise StaffError(f"Berkas {file.name} tidak dapat dibaca ({exc.strerror}).") from exc
    [info] = probe_clips([file])
    limits = video_limits(db)
    if isinstance(info, str):
        log.warning("clip refused: %s: %s", file.name, info)
        raise StaffError(
            f"Video {file.name} tidak dapat dipakai: Gerai tidak dapat memutarnya ({info})."
        )
    reasons = _reasons(info, size, limits)
    if reasons:  # the log has the pack check's words
        log.warning("clip refused: %s: %s", file.name, "; ".join(check_clip(info, size, limits)))
        raise StaffError(f"Video {file.name} tidak dapat dipakai: {'; '.join(reasons)}.")
    try:
        poster = process_poster(info.frame_jpeg, f"{file.name} (a frame)")
        install_clip_file(media_dir(db), sha256, ext, lambda path: shutil.copyfile(file, path))
    except (MediaError, ValueError, OSError) as exc:
        raise StaffError(f"Video {file.name} tidak dapat disalin ({exc}).") from exc
    with db.atomic():
        db.execute(
            "UPDATE videos SET source_file = ?, sha256 = ?, file_ext = ?, size_bytes = ?,"
            " duration_ms = ?, codec = ?, width = ?, height = ?, poster_jpeg = ? WHERE id = ?",
            [file.name, sha256, ext, size, info.duration_ms, info.codec, info.width,
             info.height, poster, clip_id],
        )  # fmt: skip
        record_edit(db, EDITOR, "videos", str(clip_id), "file", old, f"{file.name} ({sha256[:16]})")


def _reasons(info: ClipInfo, size: int, limits: VideoLimits) -> list[str]:
    """A clip's faults (`clip_faults`, as the pack check finds them) as staff read them
    (the pack's checker speaks to organizers)."""
    from kiosk.pack.video import CODEC_NAMES, MAX_HEIGHT, MAX_WIDTH, clip_faults, clock

    words = {
        "codec": lambda: (
            f"formatnya {CODEC_NAMES.get(info.codec, info.codec or 'tak dikenal')},"
            " tidak didukung (ubah ke MP4 dengan H.264)"
        ),
        "picture": lambda: (
            f"gambarnya {info.width}×{info.height}, lebih besar dari {MAX_WIDTH}×{MAX_HEIGHT}"
        ),
        "length": lambda: (
            f"durasinya {clock(info.duration_ms)}, lebih dari"
            f" {clock(limits.max_seconds * 1000)} yang diizinkan panitia"
        ),
        "size": lambda: (
            f"ukurannya {size / 1e6:.0f} MB, lebih dari {limits.max_megabytes} MB"
            " yang diizinkan panitia"
        ),
    }
    return [words[fault]() for fault in clip_faults(info, size, limits)]


def list_usb_clips(folder: Path) -> list[Path]:
    """Video files directly in `folder`, by name; hidden files skipped."""
    if not folder.is_dir():
        raise StaffError(f"Folder {folder} tidak ditemukan. Periksa flashdisk Anda.")
    return sorted(
        (
            p
            for p in folder.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in VIDEO_SUFFIXES
        ),
        key=lambda p: (p.name.lower(), p.name),
    )


def _set(db: BoothDatabase, clip_id: int, column: str, value: int) -> None:
    row = db.execute(f"SELECT {column} FROM videos WHERE id = ?", [clip_id]).fetchone()
    if row is None:
        raise KeyError(f"no clip {clip_id}")
    if row[0] == value:
        return
    with db.atomic():
        db.execute(f"UPDATE videos SET {column} = ? WHERE id = ?", [value, clip_id])
        record_edit(db, EDITOR, "videos", str(clip_id), column, row[0], value)


def _describe_clip(db: BoothDatabase, clip_id: int) -> str:
    row = db.execute("SELECT source_file, sha256 FROM videos WHERE id = ?", [clip_id]).fetchone()
    if row is None:
        raise KeyError(f"no clip {clip_id}")
    return f"{row[0]} ({row[1][:16]})"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()
