"""Reading the organizers' spreadsheet export: encodings, delimiters and header names."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAX_CSV_BYTES = 20 * 1024 * 1024

REQUIRED = ("agency_code", "agency_name", "title_id", "summary_id", "category", "year_started")
OPTIONAL = (
    "slug", "agency_short_name", "booth", "map_x", "map_y", "title_en", "summary_en",
    "story_id", "story_en", "url", "contact", "photos", "captions_id", "captions_en",
)  # fmt: skip
# Indonesian headers, for spreadsheets typed by organizers rather than exported by Gerai.
ALIASES = {
    "kode_opd": "agency_code", "nama_opd": "agency_name", "singkatan_opd": "agency_short_name",
    "stan": "booth", "judul": "title_id", "judul_en": "title_en", "ringkasan": "summary_id",
    "ringkasan_en": "summary_en", "cerita": "story_id", "cerita_en": "story_en",
    "kategori": "category", "tahun_mulai": "year_started", "tautan": "url", "kontak": "contact",
    "foto": "photos", "keterangan_foto": "captions_id", "keterangan_foto_en": "captions_en",
}  # fmt: skip


IGNORED = {"", "no", "no.", "nomor"}


@dataclass(frozen=True)
class Row:
    """One innovation row: its number as the spreadsheet shows it (header = row 1)."""

    number: int
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()


def read_rows(path: Path, problems: list[str], note: Callable[[str], None]) -> list[Row]:
    """The non-empty rows of a CSV file; header and encoding problems go to `problems`."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
        return []
    if len(raw) > MAX_CSV_BYTES:
        problems.append(f"{path.name}: too large for an innovation list (at most 20 MB)")
        return []
    text = _decode(raw, path.name, note)
    delimiter = _delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        problems.append(f"{path.name}: not a readable CSV file ({exc})")
        return []
    if not records:
        problems.append(f"{path.name}: the file is empty")
        return []
    columns = _columns(records[0], problems)
    rows = []
    for index, record in enumerate(records[1:]):
        if not any(cell.strip() for cell in record):
            continue  # spreadsheets export trailing blank rows as ";;;;"
        cells = {c: v.replace("\r\n", "\n") for c, v in zip(columns, record, strict=False) if c}
        rows.append(Row(index + 2, cells))
    if not rows and not problems:
        problems.append(f"{path.name}: no innovation rows under the header")
    return rows


def _decode(raw: bytes, name: str, note: Callable[[str], None]) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")  # Excel's "Unicode text" export
    try:
        # Excel's "CSV UTF-8" starts with a byte-order mark; plain UTF-8 does not.
        return raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Older Excel on Windows saves "CSV" in the ANSI code page; cp1252 covers Indonesian.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    note(
        f"{name} is not UTF-8; read it as Windows-1252 (ANSI). Check accented letters"
        " in pack.json, or save the spreadsheet as 'CSV UTF-8' next time."
    )
    return text


def _delimiter(text: str) -> str:
    """Excel in Indonesian locale writes ';' (the comma is the decimal mark); others ','."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _columns(header: list[str], problems: list[str]) -> list[str]:
    """Canonical column names in header order ('' for a column to skip)."""
    known = set(REQUIRED) | set(OPTIONAL)
    columns: list[str] = []
    for cell in header:
        name = cell.strip().lower().replace(" ", "_").replace("-", "_")
        name = ALIASES.get(name, name)
        if name in IGNORED:
            columns.append("")  # row numbers or an unnamed column
        elif name not in known:
            problems.append(f"header: unknown column '{cell.strip()}' (see docs/pack-format.md)")
            columns.append("")
        elif name in columns:
            problems.append(f"header: column '{name}' appears twice")
            columns.append("")
        else:
            columns.append(name)
    problems.extend(f"header: missing column '{c}'" for c in REQUIRED if c not in columns)
    return columns
