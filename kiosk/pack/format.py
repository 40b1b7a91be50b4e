"""Loading a festival pack (folder or .zip with pack.json and media/), checked in full.

The format is described in docs/pack-format.md.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.domain.captions import MAX_CAPTION_BYTES, CaptionError, parse_captions
from kiosk.domain.festival import Festival
from kiosk.pack.document import FORMAT, FORMAT_VERSION, Document, read_document
from kiosk.pack.errors import PackError
from kiosk.pack.media import MediaError, check_image
from kiosk.pack.source import (
    MAX_PACK_JSON_BYTES,
    MAX_VIDEO_FILE_BYTES,
    PackSource,
    SourceError,
    open_source,
)
from kiosk.pack.video import ClipInfo, check_clip, probe_clips

MAX_INT_DIGITS = 20

__all__ = ["FORMAT", "FORMAT_VERSION", "CheckedClip", "LoadedPack", "PackError", "load_pack"]


@dataclass(frozen=True)
class CheckedClip:
    """A video clip that opened and decoded with the kiosk's player."""

    sha256: str
    size: int
    info: ClipInfo


@dataclass(frozen=True)
class LoadedPack:
    """A checked pack: the festival, a stable SHA-256, and access to its media files."""

    festival: Festival
    sha256: str
    logo: str  # pack-relative path of the logo, or ""
    _source: PackSource = field(repr=False)
    _media_sha256: dict[str, str] = field(repr=False)
    clips: dict[str, CheckedClip] = field(default_factory=dict, repr=False)
    captions: dict[str, str] = field(default_factory=dict, repr=False)  # file -> its text

    def copy_clip(self, rel: str, dest: Path) -> None:
        """Copy a checked clip to `dest`, a piece at a time, as it was when checked."""
        clip = self.clips.get(rel)
        if clip is None:
            raise PackError([f"{rel}: not a video clip of this pack"])
        try:
            digest = self._source.copy_to(rel, dest, MAX_VIDEO_FILE_BYTES)
        except SourceError as exc:
            raise PackError(exc.problems) from None
        except OSError as exc:
            raise PackError([f"{rel}: cannot be copied ({exc.strerror or exc})"]) from None
        if digest != clip.sha256:
            raise PackError([f"{rel}: changed or vanished since the pack was checked"])

    def read_media(self, rel: str) -> bytes:
        """The bytes of a media file the pack refers to, as they were when checked."""
        if rel not in self._media_sha256:
            raise PackError([f"{rel}: not a media file of this pack"])
        data = _read(self._source, rel)
        if data is None or hashlib.sha256(data).hexdigest() != self._media_sha256[rel]:
            raise PackError([f"{rel}: changed or vanished since the pack was checked"])
        return data

    def close(self) -> None:
        """Release the pack's zip file; a later `read_media` opens it again."""
        self._source.close()


def load_pack(path: str | Path) -> LoadedPack:
    """Read and check a whole pack; raise PackError listing every problem found.

    A zip pack is opened once for the whole check and closed before returning.
    """
    try:
        source = open_source(path)
    except SourceError as exc:
        raise PackError(exc.problems) from None
    try:
        raw = _read(source, "pack.json", MAX_PACK_JSON_BYTES)
        if raw is None:
            raise PackError([f"{path}: no pack.json"])
        doc = read_document(_parse_json(raw))
        problems = list(doc.problems)
        media_sha256 = _check_media(source, doc.media, problems)
        captions = _check_captions(source, doc.captions, problems, media_sha256)
        clips = _check_clips(source, doc, problems)
    finally:
        source.close()
    if problems:
        raise PackError(problems)
    everything = media_sha256 | {name: clip.sha256 for name, clip in clips.items()}
    return LoadedPack(
        doc.festival,
        _pack_sha256(raw, everything),
        doc.logo,
        source,
        media_sha256,
        clips,
        captions,
    )


def _parse_json(raw: bytes) -> Any:
    try:
        # utf-8-sig: Windows Notepad saves a byte-order mark that JSON itself forbids.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(
            [
                f"pack.json: not UTF-8 text (byte 0x{raw[exc.start]:02X} at offset {exc.start});"
                " save it as UTF-8"
            ]
        ) from None
    duplicates: list[str] = []
    try:
        data = json.loads(
            text,
            object_pairs_hook=lambda pairs: _no_duplicates(pairs, duplicates),
            parse_constant=_no_constant,
            parse_int=_short_int,
        )
    except json.JSONDecodeError as exc:
        raise PackError(
            [f"pack.json: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from None
    except RecursionError:
        raise PackError(["pack.json: invalid JSON: nested too deeply"]) from None
    except ValueError as exc:  # NaN, or integers with thousands of digits
        raise PackError([f"pack.json: invalid JSON: {exc}"]) from None
    if duplicates:
        raise PackError([f"pack.json: field '{key}' given twice" for key in duplicates])
    return data


def _no_duplicates(pairs: list[tuple[str, Any]], duplicates: list[str]) -> dict[str, Any]:
    # A second "slug" in one object would silently win; the organizer meant one of them.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _short_int(digits: str) -> int:
    # Python refuses over 4,300 digits with advice for programmers; no pack needs 20.
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(
            f"a number with {len(digits.lstrip('-'))} digits ({digits[:12]}...);"
            f" numbers in a pack have at most {MAX_INT_DIGITS}"
        )
    return int(digits)


def _check_media(source: PackSource, media: dict[str, str], problems: list[str]) -> dict[str, str]:
    """Check every referenced file once (in parallel); return file -> SHA-256."""
    files = sorted(set(media.values()))
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(
            zip(files, pool.map(lambda name: _check_file(source, name), files), strict=True)
        )
    for where, name in media.items():
        problem = results[name][1]
        if problem:
            problems.append(f"{where}: {problem}")
    return {name: digest for name, (digest, problem) in results.items() if not problem}


def _check_file(source: PackSource, name: str) -> tuple[str, str]:
    """(sha256, "") for a good image, ("", problem) otherwise."""
    try:
        data = _read(source, name)
    except PackError as exc:
        return "", "; ".join(exc.problems)
    if data is None:
        return "", f"file not found: {name}"
    try:
        check_image(data, name)
    except MediaError as exc:
        return "", str(exc)
    return hashlib.sha256(data).hexdigest(), ""


def _check_captions(
    source: PackSource, files: dict[str, str], problems: list[str], media_sha256: dict[str, str]
) -> dict[str, str]:
    """Every caption file read as WebVTT or SRT; return file -> text (sha256 noted too)."""
    texts: dict[str, str] = {}
    for where, name in files.items():
        try:
            data = _read(source, name, MAX_CAPTION_BYTES)
        except PackError as exc:
            problems.extend(f"{where}: {problem}" for problem in exc.problems)
            continue
        if data is None:
            problems.append(f"{where}: file not found: {name}")
            continue
        try:
            text = data.decode("utf-8-sig")
            parse_captions(text)
        except UnicodeDecodeError:
            problems.append(f"{where}: {name} is not UTF-8 text; save it as UTF-8")
            continue
        except CaptionError as exc:
            problems.append(f"{where}: {name}, {exc}")
            continue
        texts[name] = text
        media_sha256[name] = hashlib.sha256(data).hexdigest()
    return texts


def _check_clips(source: PackSource, doc: Document, problems: list[str]) -> dict[str, CheckedClip]:
    """Copy every clip out (a piece at a time), then open and decode them with Qt's player."""
    names = sorted(set(doc.videos.values()))
    if not names:
        return {}
    limits = doc.festival.video_limits
    found: dict[str, tuple[str, int] | str] = {}
    with tempfile.TemporaryDirectory(prefix="gerai-clips-") as folder:
        copies: dict[str, Path] = {}
        for n, name in enumerate(names):
            copy = Path(folder) / f"{n}{Path(name).suffix.lower()}"
            try:
                digest = source.copy_to(name, copy, limits.max_megabytes * 1_000_000)
            except SourceError as exc:
                found[name] = "; ".join(p.removeprefix(f"{name}: ") for p in exc.problems)
                continue
            except OSError as exc:
                found[name] = f"cannot be read ({exc.strerror or exc})"
                continue
            if digest is None:
                found[name] = f"file not found: {name}"
                continue
            found[name] = (digest, copy.stat().st_size)
            copies[name] = copy
        infos = dict(zip(copies, probe_clips(list(copies.values())), strict=True))
    clips: dict[str, CheckedClip] = {}
    reasons: dict[str, list[str]] = {}
    for name in names:
        state, info = found[name], infos.get(name)
        if isinstance(state, str):
            reasons[name] = [state]
        elif isinstance(info, str) or info is None:
            reasons[name] = [f"{name}: {info or 'was not checked'}"]
        else:
            reasons[name] = [f"{name}: {p}" for p in check_clip(info, state[1], limits)]
            if not reasons[name]:
                clips[name] = CheckedClip(state[0], state[1], info)
    for where, name in doc.videos.items():
        problems.extend(f"{where}: {reason}" for reason in reasons[name])
    return clips


def _read(source: PackSource, name: str, limit: int | None = None) -> bytes | None:
    try:
        return source.read(name) if limit is None else source.read(name, limit)
    except SourceError as exc:
        raise PackError(exc.problems) from None
    except OSError as exc:
        raise PackError([f"{name}: cannot be read ({exc.strerror or exc})"]) from None


def _pack_sha256(raw: bytes, media_sha256: dict[str, str]) -> str:
    """SHA-256 over pack.json and each referenced file by name: same for folder and zip."""
    digest = hashlib.sha256()
    digest.update(b"pack.json\0" + hashlib.sha256(raw).hexdigest().encode() + b"\n")
    for name in sorted(media_sha256):
        digest.update(f"{name}\0{media_sha256[name]}\n".encode())
    return digest.hexdigest()
