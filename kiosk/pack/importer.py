"""Installing a festival pack into a booth database: check all, process all, then write once."""

from __future__ import annotations

import functools
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.festival import Text
from kiosk.pack.format import LoadedPack, PackError, load_pack
from kiosk.pack.media import (
    MediaError,
    ProcessedImage,
    process_logo,
    process_photo,
    process_poster,
)
from kiosk.storage.clips import ProcessedClip, install_clip_file, media_dir
from kiosk.storage.content import ProcessedPhoto, replace_content
from kiosk.storage.database import BoothDatabase


@dataclass(frozen=True)
class ImportSummary:
    """What an import installed, for the organizer's screen and the log."""

    agencies: int
    innovations: int
    photos: int
    sha256: str
    clips: int = 0

    def __str__(self) -> str:
        clips = f", {self.clips} video clips" if self.clips else ""
        return (
            f"{self.agencies} agencies, {self.innovations} innovations, {self.photos} photos"
            f"{clips} (pack {self.sha256[:12]})"
        )


def import_pack(db: BoothDatabase, path: str | Path) -> ImportSummary:
    """Check a pack, downscale its photos and replace the booth's content in one transaction.

    Raises PackError listing every problem; the database is not touched then.
    """
    return install_pack(db, load_pack(path))


def install_pack(db: BoothDatabase, pack: LoadedPack) -> ImportSummary:
    """Install a pack already checked by load_pack (saves checking it twice)."""
    try:
        photos = process_photos(pack)
        logo = _logo(pack)
        clips = install_clips(pack, media_dir(db)) if pack.clips else []
    finally:
        pack.close()  # the media are read: a zip pack need not stay open
    replace_content(db, pack.festival, photos, logo, pack.sha256, clips=clips)
    return ImportSummary(
        agencies=len(pack.festival.agencies),
        innovations=len(pack.festival.innovations),
        photos=len(photos),
        sha256=pack.sha256,
        clips=len(clips),
    )


def install_clips(pack: LoadedPack, folder: Path) -> list[ProcessedClip]:
    """Copy every clip beside the booth file (named by its SHA-256), with its poster."""
    installed: list[ProcessedClip] = []
    problems: list[str] = []
    for n, innovation in enumerate(pack.festival.innovations):
        for k, video in enumerate(innovation.videos):
            where = f"innovations[{n}].videos[{k}]"
            clip = pack.clips[video.file]
            ext = Path(video.file).suffix.lower()
            try:
                poster = (
                    process_poster(pack.read_media(video.poster), video.poster)
                    if video.poster
                    else process_poster(clip.info.frame_jpeg, f"{video.file} (a frame)")
                )
                install_clip_file(
                    folder, clip.sha256, ext, functools.partial(pack.copy_clip, video.file)
                )
            except PackError as exc:
                problems.extend(f"{where}: {problem}" for problem in exc.problems)
                continue
            except (MediaError, ValueError, OSError) as exc:
                problems.append(f"{where}: {exc}")
                continue
            captions = dict(video.captions)
            installed.append(
                ProcessedClip(
                    innovation_slug=innovation.slug,
                    sort_order=k,
                    title=video.title,
                    source_file=video.file,
                    sha256=clip.sha256,
                    file_ext=ext,
                    size_bytes=clip.size,
                    duration_ms=clip.info.duration_ms,
                    codec=clip.info.codec,
                    width=clip.info.width,
                    height=clip.info.height,
                    poster_jpeg=poster,
                    captions=Text(
                        pack.captions.get(captions.get("id", ""), ""),
                        pack.captions.get(captions.get("en", ""), ""),
                    ),
                )
            )
    if problems:
        raise PackError(problems)
    return installed


def process_photos(pack: LoadedPack) -> list[ProcessedPhoto]:
    """Every photo of the pack, downscaled; Pillow releases the GIL, so threads help."""
    jobs = [
        (f"innovations[{n}].photos[{k}]", innovation.slug, k, photo)
        for n, innovation in enumerate(pack.festival.innovations)
        for k, photo in enumerate(innovation.photos)
    ]
    workers = min(8, (os.cpu_count() or 1) + 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda job: _process(pack, job[0], job[3].file), jobs))
    problems = [result for result in results if isinstance(result, str)]
    if problems:
        raise PackError(problems)
    return [
        ProcessedPhoto(
            innovation_slug=slug,
            sort_order=k,
            caption=photo.caption,
            source_file=photo.file,
            source_sha256=image.sha256,
            width=image.width,
            height=image.height,
            image_jpeg=image.image_jpeg,
            thumb_jpeg=image.thumb_jpeg,
        )
        for (_, slug, k, photo), image in zip(jobs, results, strict=True)
        if isinstance(image, ProcessedImage)
    ]


def _process(pack: LoadedPack, where: str, file: str) -> ProcessedImage | str:
    """The processed photo, or the problem as text so one bad photo does not hide others."""
    try:
        return process_photo(pack.read_media(file), file)
    except PackError as exc:
        return f"{where}: {'; '.join(exc.problems)}"
    except MediaError as exc:
        return f"{where}: {exc}"


def _logo(pack: LoadedPack) -> bytes | None:
    if not pack.logo:
        return None
    try:
        return process_logo(pack.read_media(pack.logo), pack.logo)
    except MediaError as exc:
        raise PackError([f"festival.logo: {exc}"]) from None
