"""Reading a pack's files from a folder or a .zip without trusting either."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import threading
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

MAX_PACK_JSON_BYTES = 5 * 1024 * 1024
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
# Video clips are counted apart: each pack sets its own limit per clip (at most 2000 MB),
# and all of them together may take this much.
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".webm", ".mkv")
MAX_VIDEO_FILE_BYTES = 2000 * 1024 * 1024
MAX_VIDEO_TOTAL_BYTES = 8000 * 1024 * 1024
# 2,000 innovations with 12 photos each, their folders, the logo and pack.json fit.
MAX_ENTRIES = 25_000
# Photos barely compress; a text file packing 100x or more is the shape of a zip bomb.
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024


class SourceError(Exception):
    """The pack cannot be opened at all; `problems` says why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def unsafe_name(name: str) -> str | None:
    """Why a pack-relative file name is unsafe, or None when it stays inside the pack."""
    if not name:
        return "empty file name"
    if _URL.match(name):
        return "must be a file in the pack, not a URL"
    control = next((c for c in name if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0), None)
    if control is not None:
        return f"file name contains the control character U+{ord(control):04X}"
    if "\\" in name:
        return "file name must use / and no backslashes"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "file name must be relative to the pack, not absolute"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return "file name must not contain '..', '.' or empty parts"
    return None


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")  # file:, http:, ... (not C:)


class _OpenZip:
    """One ZipFile shared by every read of a pack, so its table of contents is read once.

    Reading a member from a fresh ZipFile re-reads the whole central directory; with
    thousands of photos that made checking a pack take time growing with their square.
    """

    def __init__(self, archive: zipfile.ZipFile | None = None) -> None:
        self.archive = archive
        # Photos are checked from several threads; zipfile does not promise thread safety.
        self.lock = threading.Lock()


@dataclass(frozen=True)
class PackSource:
    """Where a pack lives: a folder, or a zip file with an optional single top folder.

    A zip stays open between reads; `close` releases it (a later read opens it again).
    """

    path: Path
    is_zip: bool
    prefix: str = ""  # inside a zip: "" or "top-folder/"
    _zip: _OpenZip = field(default_factory=_OpenZip, compare=False, repr=False)

    def read(self, name: str, limit: int = MAX_FILE_BYTES) -> bytes | None:
        """A file's bytes, None if it is not there; SourceError if larger than `limit`."""
        if unsafe_name(name):
            return None
        if self.is_zip:
            return self._read_zip(name, limit)
        return self._read_folder(name, limit)

    def copy_to(self, name: str, dest: Path, limit: int) -> str | None:
        """Copy a (video) file to `dest` a piece at a time; its SHA-256, None if not there.

        SourceError if it is larger than `limit` bytes or cannot be read.
        """
        if unsafe_name(name):
            return None
        digest = hashlib.sha256()
        with self._open(name, limit) as source:
            if source is None:
                return None
            with dest.open("wb") as out:
                while chunk := source.read(1024 * 1024):
                    digest.update(chunk)
                    out.write(chunk)
        return digest.hexdigest()

    @contextmanager
    def _open(self, name: str, limit: int) -> Iterator[IO[bytes] | None]:
        def too_big(size: int) -> SourceError:
            return SourceError(
                [f"{name}: file too large ({size / 1e6:.1f} MB, at most {limit / 1e6:.0f} MB)"]
            )

        if not self.is_zip:
            target = self._folder_file(name)
            if target is not None and target.stat().st_size > limit:
                raise too_big(target.stat().st_size)
            with target.open("rb") if target is not None else nullcontext() as plain:
                yield plain
            return
        with self._zip.lock:
            if self._zip.archive is None:
                self._zip.archive = zipfile.ZipFile(self.path)
            archive = self._zip.archive
            try:
                info = archive.getinfo(self.prefix + name)
            except KeyError:
                info = None
            if info is not None and info.file_size > limit:
                raise too_big(info.file_size)
            try:
                if info is None or info.is_dir():
                    yield None
                    return
                with archive.open(info) as file:
                    yield file
            except (zipfile.BadZipFile, zlib.error, NotImplementedError) as exc:
                raise SourceError([f"{name}: cannot be read from the zip ({exc})"]) from None

    def close(self) -> None:
        """Close the zip file if one is open; safe to call more than once."""
        with self._zip.lock:
            if self._zip.archive is not None:
                self._zip.archive.close()
                self._zip.archive = None

    def _read_folder(self, name: str, limit: int) -> bytes | None:
        target = self._folder_file(name)
        if target is None:
            return None
        if target.stat().st_size > limit:
            raise SourceError([f"{name}: file too large (at most {limit // (1024 * 1024)} MB)"])
        return target.read_bytes()

    def _folder_file(self, name: str) -> Path | None:
        """The file `name` of a pack folder, None if not there; links outside are refused."""
        root = self.path.resolve()
        try:
            target = (root / name).resolve()
        except (RuntimeError, OSError):  # pathlib names a link loop with RuntimeError
            raise SourceError(
                [f"{name}: a link that leads back to itself (a loop), refused"]
            ) from None
        # A symlink inside the pack could still point anywhere on the machine.
        if not target.is_relative_to(root):
            raise SourceError([f"{name}: a link to a file outside the pack, refused"])
        return target if target.is_file() else None

    def _read_zip(self, name: str, limit: int) -> bytes | None:
        with self._zip.lock:
            if self._zip.archive is None:
                self._zip.archive = zipfile.ZipFile(self.path)
            archive = self._zip.archive
            try:
                info = archive.getinfo(self.prefix + name)
            except KeyError:
                return None
            if info.is_dir():
                return None
            if info.file_size > limit:
                raise SourceError([f"{name}: file too large (at most {limit // (1024 * 1024)} MB)"])
            try:
                # zipfile stops at the declared size, so a lying header cannot make it read more.
                return archive.read(info)
            except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError) as exc:
                raise SourceError([f"{name}: cannot be read from the zip ({exc})"]) from None


def open_source(path: str | Path) -> PackSource:
    """Check that `path` is a pack folder or a safe zip and say where pack.json is."""
    path = Path(path)
    if path.is_dir():
        if not (path / "pack.json").is_file():
            if (path / "pack.json").is_symlink():
                raise SourceError([_broken_link(path / "pack.json")])
            raise SourceError([f"{path}: no pack.json in this folder"])
        _check_folder_size(path)
        return PackSource(path, is_zip=False)
    if not path.exists():
        raise SourceError([f"{path}: no such file or folder"])
    if not zipfile.is_zipfile(path):
        raise SourceError([f"{path}: {_not_a_zip(path)}"])
    _check_zip_entries(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SourceError([f"{path}: damaged zip file ({exc})"]) from None
    try:
        infos = archive.infolist()
        problems = _zip_problems(infos)
        if problems:
            raise SourceError(problems)
        prefix = _zip_prefix(path, infos)
    except BaseException:
        archive.close()
        raise
    return PackSource(path, is_zip=True, prefix=prefix, _zip=_OpenZip(archive))


def _broken_link(path: Path) -> str:
    """Why the link `path` leads to no file: a loop, or a target that is not there."""
    try:
        path.resolve(strict=True)
    except RuntimeError:  # pathlib's word for a loop
        return f"{path.name}: a link that leads back to itself (a loop), refused"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{path.name}: a link that leads back to itself (a loop), refused"
    return f"{path.name}: a link to a file that is not there"


def _not_a_zip(path: Path) -> str:
    """Why `path` is not a zip: a cut-off copy starts like one but has no table of contents."""
    try:
        with path.open("rb") as file:
            start = file.read(4)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if start == b"PK\x03\x04":
        return "a damaged or truncated .zip file (its end is missing); copy it again"
    return "neither a pack folder nor a .zip file"


def _check_zip_entries(path: Path) -> None:
    """Refuse a zip with more entries than a pack may have, before zipfile lists them all.

    zipfile ignores the end record's entry count and lists whatever the central
    directory holds, so the count is taken by walking the directory, stopping one
    entry past the limit: a record claiming 5 entries over 200,000 cannot slip by.
    """
    with path.open("rb") as file:
        where = _central_directory(file)
        if where is None:
            return  # zipfile found the record; let it judge the rest
        start, size, declared = where
        entries = _count_entries(file, start, size, MAX_ENTRIES + 1)
    if entries > MAX_ENTRIES:
        # An honest end record gives the exact count; a lying one only what was walked.
        exact = declared if declared >= entries else None
        raise SourceError([_too_many(path, exact or entries, "" if exact else "or more ")])


def _central_directory(file: BinaryIO) -> tuple[int, int, int] | None:
    """(start, size, declared entry count) of a zip's central directory, as zipfile finds it."""
    file.seek(0, os.SEEK_END)
    end = file.tell()
    tail_at = max(0, end - 22 - 65535)  # the end record, after a comment of <= 64 KB
    file.seek(tail_at)
    tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    record_at = tail_at + at
    declared = int.from_bytes(tail[at + 10 : at + 12], "little")
    size = int.from_bytes(tail[at + 12 : at + 16], "little")
    file.seek(max(0, record_at - 20))
    locator = file.read(20)
    if locator[:4] == b"PK\x06\x07" and record_at >= 76:
        # ZIP64: the real figures are in a 56-byte record just before the locator; like
        # zipfile, take it from there rather than from the offset the locator names.
        file.seek(record_at - 76)
        record = file.read(56)
        if record[:4] == b"PK\x06\x06":
            record_at -= 76
            declared = int.from_bytes(record[32:40], "little")
            size = int.from_bytes(record[40:48], "little")
    # zipfile reads the directory as the `size` bytes before the record (data may precede
    # the zip, as in self-extracting archives), whatever offset the record names.
    if size > record_at:
        return None  # zipfile refuses it as a bad offset
    return record_at - size, size, declared


def _count_entries(file: BinaryIO, start: int, size: int, stop: int) -> int:
    """How many central-directory entries lie in `size` bytes from `start`, at most `stop`."""
    file.seek(start)
    entries = walked = 0
    while walked < size and entries < stop:
        header = file.read(46)
        if len(header) < 46 or header[:4] != b"PK\x01\x02":
            break  # damaged: zipfile says so when it lists the entries
        # The file name, extra field and comment follow the fixed 46-byte header.
        variable = sum(int.from_bytes(header[n : n + 2], "little") for n in (28, 30, 32))
        file.seek(variable, os.SEEK_CUR)
        walked += 46 + variable
        entries += 1
    return entries


def _check_folder_size(path: Path) -> None:
    """Refuse a pack folder with more entries or bytes than a pack may have."""
    entries = total = videos = 0
    for folder, dirs, files in os.walk(path):  # os.walk does not follow links
        entries += len(dirs) + len(files)
        if entries > MAX_ENTRIES:
            raise SourceError([_too_many(path, entries, "or more ")])
        for name in files:
            try:
                size = os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                continue  # vanished or unreadable: reading it later names the file
            if name.lower().endswith(VIDEO_SUFFIXES):
                videos += size
            else:
                total += size
        if total > MAX_TOTAL_BYTES:
            raise SourceError([_too_big(path, total, "or more ")])
        if videos > MAX_VIDEO_TOTAL_BYTES:
            raise SourceError(
                [_too_big(path, videos, "or more ", "of video", MAX_VIDEO_TOTAL_BYTES)]
            )


def _too_many(path: Path, entries: int, more: str = "") -> str:
    return (
        f"{path}: {entries:,} {more}files and folders, more than a pack may have ({MAX_ENTRIES:,})"
    )


def _too_big(
    path: Path, total: int, more: str = "", what: str = "of files", limit: int = MAX_TOTAL_BYTES
) -> str:
    return (
        f"{path}: {total / 1e6:.0f} MB {more}{what}, more than a pack may have"
        f" ({limit // (1024 * 1024)} MB)"
    )


def _zip_problems(infos: list[zipfile.ZipInfo]) -> list[str]:
    problems = []
    total = videos = 0
    for info in infos:
        name = info.filename.rstrip("/") if info.is_dir() else info.filename
        reason = unsafe_name(name)
        if reason:
            problems.append(f"zip entry '{info.filename}': {reason}")
        if info.flag_bits & 0x1:
            problems.append(f"zip entry '{info.filename}': encrypted entries are not supported")
        if info.filename.lower().endswith(VIDEO_SUFFIXES):
            videos += info.file_size
        else:
            total += info.file_size
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(
            1, info.compress_size
        ):
            problems.append(
                f"zip entry '{info.filename}': compressed more than {MAX_RATIO}:1, refused"
                " (zip bomb?)"
            )
    if total > MAX_TOTAL_BYTES:
        problems.append(
            f"zip: unpacks to {total / 1e6:.0f} MB, more than "
            f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB allowed"
        )
    if videos > MAX_VIDEO_TOTAL_BYTES:
        problems.append(
            f"zip: its videos unpack to {videos / 1e6:.0f} MB, more than "
            f"{MAX_VIDEO_TOTAL_BYTES // (1024 * 1024)} MB allowed"
        )
    return problems


def _zip_prefix(path: Path, infos: list[zipfile.ZipInfo]) -> str:
    """'' when pack.json is at the top; 'folder/' when the zip holds one folder with it."""
    # Zips made on a Mac carry a __MACOSX folder next to the real one.
    names = {i.filename for i in infos if not i.filename.startswith("__MACOSX/")}
    if "pack.json" in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) == 1:
        prefix = f"{tops.pop()}/"
        if f"{prefix}pack.json" in names:
            return prefix
    raise SourceError([f"{path}: no pack.json at the top of the zip"])
