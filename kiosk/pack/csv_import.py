"""Building a pack folder from the organizers' spreadsheet (CSV) of innovations.

Columns are listed in docs/pack-format.md. Agencies come from the rows; festival
details come from the arguments and can be refined in pack.json afterwards.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.pack.csv_read import Row, read_rows
from kiosk.pack.document import FORMAT, FORMAT_VERSION, VIDEO_SUFFIXES, read_document
from kiosk.pack.format import PackError, load_pack
from kiosk.pack.media import MediaError, check_image
from kiosk.pack.source import unsafe_name

log = logging.getLogger(__name__)

AGENCY_COLUMNS = {
    "code": "agency_code",
    "name": "agency_name",
    "short_name": "agency_short_name",
    "booth": "booth",
    "map": "map_x/map_y",
}
_PROBLEM = re.compile(r"(innovations|agencies)\[(\d+)\]\.(\w+)(?:\.(id|en))?[^:]*: (.*)", re.S)


def pack_from_csv(
    csv_path: Path,
    media_dir: Path,
    out_dir: Path,
    *,
    festival_name: str | None = None,
    festival_name_en: str = "",
    festival_slug: str | None = None,
    venue: str = "",
    starts_on: str | None = None,
    ends_on: str | None = None,
    logo: Path | None = None,
    overwrite: bool = False,
    note: Callable[[str], None] | None = None,
) -> Path:
    """Write a pack folder (pack.json + media/) from a CSV export; return the folder.

    Every problem is collected and raised as one PackError naming row and column;
    nothing is written then. `note` receives remarks that are not errors (such as
    an encoding guess); by default they are logged.
    """
    out_dir = Path(out_dir)
    problems: list[str] = []
    rows = read_rows(Path(csv_path), problems, note or log.warning)
    header_ok = not problems
    festival = _festival(festival_name, festival_name_en, festival_slug, venue, starts_on, ends_on)
    if not Path(media_dir).is_dir():
        problems.append(f"{media_dir}: media folder not found")
    build = _Build(rows, _MediaFolder(Path(media_dir)), problems)
    if logo is not None:
        _add_logo(Path(logo), festival, build, problems)
    document = build.document(festival)
    if header_ok:
        # The pack's own checks (URLs, lengths, ranges...), minus cells already reported.
        reported = {problem.split(":")[0] for problem in problems}
        checked = build.translate(read_document(document).problems)
        problems.extend(p for p in checked if p.split(":")[0] not in reported)
    _check_out_dir(out_dir, overwrite, problems)
    if problems:
        raise PackError(sorted(problems, key=_row_number))
    _write(out_dir, document, build.files)
    try:
        load_pack(out_dir)
    except PackError as exc:
        raise PackError(build.translate(exc.problems)) from None
    return out_dir


def _add_logo(logo: Path, festival: dict[str, Any], build: _Build, problems: list[str]) -> None:
    if not logo.is_file():
        problems.append(f"logo: file not found: {logo}")
        return
    try:
        check_image(logo.read_bytes(), logo.name)
    except MediaError as exc:
        problems.append(f"logo: {exc}")
        return
    festival["logo"] = f"media/logo{logo.suffix.lower()}"
    build.files[festival["logo"]] = logo


def _festival(
    name: str | None,
    name_en: str,
    slug: str | None,
    venue: str,
    starts_on: str | None,
    ends_on: str | None,
) -> dict[str, Any]:
    name = name or "Festival Inovasi"
    today = date.today().isoformat()
    return {
        "slug": slug or slugify(name) or "festival",
        "name": {"id": name, "en": name_en},
        "venue": venue or "(lokasi belum diisi)",
        "starts_on": starts_on or today,
        "ends_on": ends_on or starts_on or today,
    }


class _Build:
    """Rows to pack.json, remembering which row each agency and photo came from."""

    def __init__(self, rows: list[Row], media: _MediaFolder, problems: list[str]) -> None:
        self.rows, self.media, self.problems = rows, media, problems
        self.files: dict[str, Path] = {}  # pack file name -> the organizer's file
        self.agencies: dict[str, dict[str, Any]] = {}
        self.agency_rows: list[int] = []
        self.map_given: dict[str, set[str]] = {}  # agency -> axes its first row gave

    def document(self, festival: dict[str, Any]) -> dict[str, Any]:
        innovations = []
        slugs: dict[str, int] = {}
        for row in self.rows:
            self._agency(row)
            innovation = self._innovation(row)
            slug = innovation["slug"]
            if slug in slugs:
                self.problems.append(
                    f"row {row.number}, slug: duplicate slug '{slug}' (also row {slugs[slug]})"
                )
            slugs.setdefault(slug, row.number)
            innovations.append(innovation)
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "festival": festival,
            "agencies": list(self.agencies.values()),
            "innovations": innovations,
        }

    def translate(self, problems: list[str]) -> list[str]:
        """'innovations[3].title.en: ...' -> 'row 5, title_en: ...' for spreadsheet users."""
        return [self._translate(problem) for problem in problems]

    def _translate(self, problem: str) -> str:
        match = _PROBLEM.fullmatch(problem)
        if not match:
            return problem
        kind, index, field, lang, message = match.groups()
        if kind == "agencies":
            number, column = self.agency_rows[int(index)], AGENCY_COLUMNS.get(field, field)
        else:
            number, column = self.rows[int(index)].number, f"{field}_{lang}" if lang else field
        return f"row {number}, {column}: {message}"

    def _agency(self, row: Row) -> None:
        """Add the row's agency, or check the row agrees with the agency seen before."""
        code = row.get("agency_code").upper()
        given = {
            "name": row.get("agency_name"),
            "short_name": row.get("agency_short_name"),
            "booth": row.get("booth"),
        }
        place = self._map_values(row)
        first = self.agencies.get(code)
        if first is None:
            n = len(self.agencies)
            self.agencies[code] = {
                "code": code,
                "name": given["name"],
                "short_name": given["short_name"] or code,
                "booth": given["booth"] or str(n + 1),
                # Without positions, booths go in rows of four so the map still shows them.
                "map": {"x": (n % 4 + 0.5) / 4, "y": min(0.9, 0.2 + (n // 4) * 0.3)} | place,
            }
            self.agency_rows.append(row.number)
            self.map_given[code] = set(place)
            return
        first_row = self.agency_rows[list(self.agencies).index(code)]
        differing = {key: value for key, value in given.items() if value and value != first[key]}
        for axis, number in place.items():
            if axis not in self.map_given[code]:
                first["map"][axis] = number  # the first row left it empty: this row sets it
                self.map_given[code].add(axis)
            elif number != first["map"][axis]:
                differing[f"map_{axis}"] = row.get(f"map_{axis}")
        for key, value in differing.items():
            column = AGENCY_COLUMNS.get(key, key)
            shown = first[key] if key in first else first["map"][key[-1]]
            self.problems.append(
                f"row {row.number}, {column}: '{value}' differs from"
                f" '{shown}' given for {code} on row {first_row}"
            )

    def _map_values(self, row: Row) -> dict[str, float]:
        """The map position the row gives (either axis may be left empty)."""
        place = {}
        for axis in ("x", "y"):
            value = row.get(f"map_{axis}")
            if not value:
                continue
            number = _number(value.replace(",", "."))  # Indonesian decimal comma
            if number is None:
                self.problems.append(f"row {row.number}, map_{axis}: '{value}' is not a number")
            else:
                place[axis] = number
        return place

    def _innovation(self, row: Row) -> dict[str, Any]:
        title = row.get("title_id")
        slug = row.get("slug") or slugify(title)
        innovation = {
            "slug": slug,
            "agency": row.get("agency_code").upper(),
            "title": {"id": title, "en": row.get("title_en")},
            "summary": {"id": row.get("summary_id"), "en": row.get("summary_en")},
            "story": {"id": row.get("story_id"), "en": row.get("story_en")},
            "category": row.get("category"),
            "year_started": self._year(row),
            "url": row.get("url"),
            "contact": row.get("contact"),
            "photos": self._photos(row, slugify(slug) or "foto"),
        }
        videos = self._videos(row, slugify(slug) or "video")
        return innovation | ({"videos": videos} if videos else {})

    def _year(self, row: Row) -> int | None:
        text = row.get("year_started")
        if re.fullmatch(r"\d{4}(\.0+)?", text):
            return int(float(text))  # Excel sometimes writes 2021.0
        problem = f"'{text}' is not a year" if text else "missing"
        self.problems.append(f"row {row.number}, year_started: {problem}")
        return None

    def _photos(self, row: Row, slug: str) -> list[dict[str, Any]]:
        names = _split(row.get("photos"))
        captions = {lang: _split(row.get(f"captions_{lang}")) for lang in ("id", "en")}
        for lang, texts in captions.items():
            if len(texts) > len(names):
                self.problems.append(
                    f"row {row.number}, captions_{lang}: {len(texts)} captions for"
                    f" {len(names)} photos (separate them with |)"
                )
        photos = []
        for k, name in enumerate(names):
            found = self.media.find(name)
            if isinstance(found, str):
                self.problems.append(f"row {row.number}, photos: {found}")
                continue
            target = f"media/{slug}-{k + 1}{found.suffix.lower()}"
            self.files[target] = found
            caption = {lang: _at(texts, k) for lang, texts in captions.items()}
            photos.append({"file": target, "caption": caption})
        return photos

    def _videos(self, row: Row, slug: str) -> list[dict[str, Any]]:
        """Clips, each with the caption files beside it: `x.mp4` takes `x.id.vtt`, `x.en.srt`."""
        videos = []
        for k, name in enumerate(_split(row.get("videos"))):
            found = self.media.find(name, VIDEO_SUFFIXES)
            if isinstance(found, str):
                self.problems.append(f"row {row.number}, videos: {found}")
                continue
            target = f"media/{slug}-video-{k + 1}"
            self.files[f"{target}{found.suffix.lower()}"] = found
            video: dict[str, Any] = {"file": f"{target}{found.suffix.lower()}"}
            base = Path(name.replace("\\", "/")).with_suffix("").as_posix()
            for lang in ("id", "en"):
                for ext in (".vtt", ".srt"):
                    beside = self.media.find(f"{base}.{lang}{ext}", (ext,))
                    if isinstance(beside, Path):
                        self.files[f"{target}.{lang}{ext}"] = beside
                        video.setdefault("captions", {})[lang] = f"{target}.{lang}{ext}"
                        break
            videos.append(video)
        return videos


class _MediaFolder:
    """The organizer's photo folder, looked up as Windows would (case-insensitively)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        files = [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []
        self._by_lower = {p.relative_to(root).as_posix().lower(): p for p in files}

    def find(self, name: str, suffixes: tuple[str, ...] = ()) -> Path | str:
        """The path of `name` if it is a readable image in the folder, else the problem.

        With `suffixes`, any file ending so (a video or captions: the pack check opens them).
        """
        clean = name.replace("\\", "/")
        if unsafe_name(clean):
            return f"'{name}' must be a file name inside the media folder"
        path = self.root / clean
        if not path.is_file():
            path = self._by_lower.get(clean.lower(), path)
        if not path.is_file():
            return f"file not found in {self.root}: {name}"
        if suffixes:
            if not path.name.lower().endswith(suffixes):
                return f"'{name}' is not a {', '.join(suffixes)} file"
            return path
        try:
            check_image(path.read_bytes(), name)
        except MediaError as exc:
            return str(exc)
        return path


def _check_out_dir(out_dir: Path, overwrite: bool, problems: list[str]) -> None:
    occupied = out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir()))
    # Only an earlier pack may be replaced, never an arbitrary folder.
    if occupied and not (overwrite and (out_dir / "pack.json").is_file()):
        problems.append(f"{out_dir}: already exists and is not empty; choose a new folder")


def _write(out_dir: Path, document: dict[str, Any], files: dict[str, Path]) -> None:
    """Build the pack beside `out_dir`, then move it into place: never a half-written pack."""
    temp = out_dir.parent / f".{out_dir.name}.partial-{os.getpid()}"
    shutil.rmtree(temp, ignore_errors=True)
    try:
        (temp / "media").mkdir(parents=True)
        for target, source in files.items():
            shutil.copyfile(source, temp / target)
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        (temp / "pack.json").write_text(text, "utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        temp.rename(out_dir)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _row_number(problem: str) -> int:
    match = re.match(r"row (\d+),", problem)
    return int(match.group(1)) if match else 0


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|")] if cell.strip() else []


def _at(items: list[str], k: int) -> str:
    return items[k] if k < len(items) else ""


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def slugify(text: str) -> str:
    """'Lapor Jalan Rusak!' -> 'lapor-jalan-rusak' (a-z, 0-9 and hyphens, at most 64)."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:64].rstrip("-")
