"""Reading a pack's files from a folder or a .zip without trusting either."""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

MAX_PACK_JSON_BYTES = 5 * 1024 * 1024
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
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
    if "\\" in name or "\x00" in name:
        return "file name must use / and no backslashes"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "file name must be relative to the pack, not absolute"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return "file name must not contain '..', '.' or empty parts"
    return None


@dataclass(frozen=True)
class PackSource:
    """Where a pack lives: a folder, or a zip file with an optional single top folder."""

    path: Path
    is_zip: bool
    prefix: str = ""  # inside a zip: "" or "top-folder/"

    def read(self, name: str, limit: int = MAX_FILE_BYTES) -> bytes | None:
        """A file's bytes, None if it is not there; SourceError if larger than `limit`."""
        if unsafe_name(name):
            return None
        if self.is_zip:
            return self._read_zip(name, limit)
        return self._read_folder(name, limit)

    def _read_folder(self, name: str, limit: int) -> bytes | None:
        root = self.path.resolve()
        target = (root / name).resolve()
        # A symlink inside the pack could still point anywhere on the machine.
        if not target.is_relative_to(root) or not target.is_file():
            return None
        if target.stat().st_size > limit:
            raise SourceError([f"{name}: file too large (at most {limit // (1024 * 1024)} MB)"])
        return target.read_bytes()

    def _read_zip(self, name: str, limit: int) -> bytes | None:
        with zipfile.ZipFile(self.path) as archive:
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
            raise SourceError([f"{path}: no pack.json in this folder"])
        return PackSource(path, is_zip=False)
    if not path.exists():
        raise SourceError([f"{path}: no such file or folder"])
    if not zipfile.is_zipfile(path):
        raise SourceError([f"{path}: neither a pack folder nor a .zip file"])
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SourceError([f"{path}: damaged zip file ({exc})"]) from None
    problems = _zip_problems(infos)
    if problems:
        raise SourceError(problems)
    return PackSource(path, is_zip=True, prefix=_zip_prefix(path, infos))


def _zip_problems(infos: list[zipfile.ZipInfo]) -> list[str]:
    problems = []
    total = 0
    for info in infos:
        name = info.filename.rstrip("/") if info.is_dir() else info.filename
        reason = unsafe_name(name)
        if reason:
            problems.append(f"zip entry '{info.filename}': {reason}")
        if info.flag_bits & 0x1:
            problems.append(f"zip entry '{info.filename}': encrypted entries are not supported")
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
