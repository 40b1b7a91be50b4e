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
    "videos",
)  # fmt: skip
# Indonesian headers, for spreadsheets typed by organizers rather than exported by Gerai.
ALIASES = {
    "kode_opd": "agency_code", "nama_opd": "agency_name", "singkatan_opd": "agency_short_name",
    "stan": "booth", "judul": "title_id", "judul_en": "title_en", "ringkasan": "summary_id",
    "ringkasan_en": "summary_en", "cerita": "story_id", "cerita_en": "story_en",
    "kategori": "category", "tahun_mulai": "year_started", "tautan": "url", "kontak": "contact",
    "foto": "photos", "keterangan_foto": "captions_id", "keterangan_foto_en": "captions_en",
    "video": "videos",
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
    try:
        text = _decode(raw, path.name, note)
    except _EncodingError as exc:
        problems.append(str(exc))
        return []
    delimiter = _delimiter(text)
    records = _records(text, delimiter, path.name, problems)
    if not records:
        if not problems:
            problems.append(f"{path.name}: the file is empty")
        return []
    header, _ = records[0]
    columns = _columns(header, problems)
    rows = []
    for index, (record, line) in enumerate(records[1:]):
        if not any(cell.strip() for cell in record):
            continue  # spreadsheets export trailing blank rows as ";;;;"
        number = index + 2
        _check_cells(record, line, number, columns, delimiter, problems)
        cells = {c: v.replace("\r\n", "\n") for c, v in zip(columns, record, strict=False) if c}
        rows.append(Row(number, cells))
    if not rows and not problems:
        problems.append(f"{path.name}: no innovation rows under the header")
    return rows


def _records(
    text: str, delimiter: str, name: str, problems: list[str]
) -> list[tuple[list[str], int]]:
    """Each record with the line it starts on; a quote problem is reported at its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []
    line = 1
    try:
        for record in reader:
            records.append((record, line))
            line = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            problems.append(
                f"{name}, line {line}: a cell of more than {csv.field_size_limit():,}"
                ' characters: a quote (") that opens a cell and never closes it, or text'
                " far too long for a cell; remove the stray quote or shorten the text"
            )
            return []
        problems.append(
            f'{name}, line {line}: a quote (") problem ({exc}); a quote that starts a cell'
            ' must end it: remove the stray quote or write it twice ("")'
        )
        return []
    return records


def _check_cells(
    record: list[str],
    line: int,
    number: int,
    columns: list[str],
    delimiter: str,
    problems: list[str],
) -> None:
    """Cells the header has no column for, and quotes that swallowed the next rows."""
    extra = [cell for cell in record[len(columns) :] if cell.strip()]
    if extra:
        last = next((c for c in reversed(columns) if c), "the last column")
        problems.append(
            f"row {number}, {last}: {len(record)} cells but the header has {len(columns)}"
            f" columns ('{extra[0].strip()[:40]}' is left over); put a cell that contains"
            f" '{delimiter}' in quotes"
        )
    for column, cell in zip(columns, record, strict=False):
        # A cell holding whole rows: a quote opened it and only a later quote closed it.
        if any(part.count(delimiter) >= len(columns) - 1 for part in cell.splitlines()[1:]):
            problems.append(
                f'line {line}, {column or "a column"}: a quote (") opens this cell and runs'
                ' over the next rows; remove the stray quote or write it twice ("")'
            )
            return


class _EncodingError(ValueError):
    """The file's bytes are not one encoding; the message names the first bad line."""


def _decode(raw: bytes, name: str, note: Callable[[str], None]) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16(raw, "utf-16", name)  # Excel's "Unicode text" export
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _utf16(raw, utf16, name)
    try:
        # Excel's "CSV UTF-8" starts with a byte-order mark; plain UTF-8 does not.
        return raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        pass
    _refuse_mixed(raw.removeprefix(codecs.BOM_UTF8), name)
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


def _utf16(raw: bytes, encoding: str, name: str) -> str:
    """UTF-16 text; damage (a cut-off last byte, half a character) is named at its line."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        what = (
            "its last character cut in half"
            if exc.end >= len(raw)
            else "bytes that are no character"
        )
        raise _EncodingError(
            f"{name}, line {line}: UTF-16 text with {what} ({exc.reason}); nothing"
            " was guessed: save the sheet again from the spreadsheet"
        ) from None


def _utf16_without_bom(raw: bytes) -> str:
    """'utf-16-le' or '-be' when the text is UTF-16 without its byte-order mark."""
    sample = raw[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return ""
    # ASCII text in UTF-16 has a zero byte in every other place; UTF-8 text has none.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.6 * len(sample) / 2 and even < odd / 10:
        return "utf-16-le"
    if even > 0.6 * len(sample) / 2 and odd < even / 10:
        return "utf-16-be"
    return ""


def _refuse_mixed(raw: bytes, name: str) -> None:
    """Raise when some lines are UTF-8 with accents and others are not UTF-8 at all."""
    utf8_line = bad_line = 0
    bad_byte = 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            if not bad_line:
                bad_line, bad_byte = number, line[exc.start]
            if _has_utf8_letters(line):  # UTF-8 and another encoding on this one line
                utf8_line = utf8_line or number
            continue
        utf8_line = utf8_line or number
        if bad_line and utf8_line:
            break
    if bad_line and utf8_line:
        where = (
            "this line also has UTF-8 letters" if utf8_line == bad_line else f"line {utf8_line} is"
        )
        raise _EncodingError(
            f"{name}, line {bad_line}: byte 0x{bad_byte:02X} is not UTF-8, but {where}:"
            " the file mixes encodings (text pasted from another file?);"
            " fix that line, or save the whole sheet again as 'CSV UTF-8'"
        )


def _has_utf8_letters(line: bytes) -> bool:
    """Whether `line` holds a letter written in UTF-8 (two bytes or more) among bytes that are not.

    Windows-1252 text almost never forms one by chance: that takes a capital letter
    such as Ã followed by a symbol such as ©.
    """
    text = line.decode("utf-8", errors="surrogateescape")
    return any(ord(c) > 0x7F and not 0xDC80 <= ord(c) <= 0xDCFF for c in text)


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
