"""The organizers' CSV read without losing data silently (issue 16, item 3): left-over
cells, mixed encodings, UTF-16 without a byte-order mark and stray quotes are named."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.pack.csv_read import read_rows

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
HEADER = ["agency_code", "agency_name", "title_id", "summary_id", "category", "year_started"]
HEADER += ["contact"]
ROW = ["DPUPR", "Dinas PU", "Rawat Kali", "Merawat kali.", "Infrastruktur", "2021", "Telp 0281"]
# Text a spreadsheet cell may hold: any letters, commas, quotes, line breaks.
CELL = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]) | st.sampled_from(',;"\n'),
    max_size=30,
)


def read(raw: bytes) -> tuple[list[dict[str, str]], list[str], list[str]]:
    """The rows' cells, the problems and the notes of reading `raw` as the organizers' CSV."""
    problems: list[str] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inovasi.csv"
        path.write_bytes(raw)
        rows = read_rows(path, problems, notes.append)
    return [row.cells for row in rows], problems, notes


def table(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *rows])
    return out.getvalue()


def test_an_unquoted_comma_in_the_last_column_is_an_error_naming_row_and_column() -> None:
    raw = table([ROW]).replace("Telp 0281", "Telp 0281, ext 12 (Bidang Bina Marga)").encode()
    _, problems, _ = read(raw)
    assert problems == [
        "row 2, contact: 8 cells but the header has 7 columns ('ext 12 (Bidang Bina Marga)'"
        " is left over); put a cell that contains ',' in quotes"
    ]


@SETTINGS
@given(row=st.integers(0, 3), extra=st.lists(CELL, min_size=1, max_size=3))
def test_left_over_cells_are_never_dropped_silently(row: int, extra: list[str]) -> None:
    rows = [list(ROW) for _ in range(4)]
    rows[row] += extra
    cells, problems, _ = read(table(rows).encode())
    if any(cell.strip() for cell in extra):
        assert any(p.startswith(f"row {row + 2}, contact: ") for p in problems), problems
    else:  # trailing empty cells are how spreadsheets pad rows
        assert not problems and len(cells) == 4


@SETTINGS
@given(
    rows=st.lists(st.lists(CELL, min_size=7, max_size=7), min_size=1, max_size=4),
    delimiter=st.sampled_from([",", ";"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]),
)
def test_any_table_a_spreadsheet_writes_reads_back_the_same(
    rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    rows = [["DPUPR", *row[1:]] for row in rows]  # a non-empty first cell: no blank rows
    cells, problems, notes = read(table(rows, delimiter).encode(encoding))
    assert not problems and not notes
    expected = [
        {c: v.replace("\r\n", "\n") for c, v in zip(HEADER, row, strict=True)} for row in rows
    ]
    assert cells == expected


def test_utf16_without_a_byte_order_mark_is_read_not_named_letter_by_letter() -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        cells, problems, _ = read(table([ROW]).encode(encoding))
        assert not problems, problems
        assert cells[0]["agency_code"] == "DPUPR"


@SETTINGS
@given(
    accented=st.text(st.characters(min_codepoint=0xC0, max_codepoint=0xFF), min_size=1, max_size=5),
    bad=st.integers(3, 4),
)
def test_one_windows_1252_line_in_a_utf8_file_is_named(accented: str, bad: int) -> None:
    rows = [list(ROW) for _ in range(3)]
    rows[0][1] = "Café Dinas"  # line 2: UTF-8 with an accent
    lines = table(rows).encode().split(b"\r\n")
    lines[bad - 1] = lines[bad - 1].replace(b"Rawat", accented.encode("cp1252"))
    _, problems, _ = read(b"\r\n".join(lines))
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"inovasi.csv, line {bad}: byte 0x"), problems
    assert "is not UTF-8, but line 2 is: the file mixes encodings" in problems[0]


def test_a_windows_1252_file_is_still_read_with_a_note() -> None:
    rows = [list(ROW)]
    rows[0][1] = "Café Dinas"
    cells, problems, notes = read(table(rows).encode("cp1252"))
    assert not problems and cells[0]["agency_name"] == "Café Dinas" and notes


def test_a_stray_quote_is_named_as_a_quote_problem_at_its_line() -> None:
    raw = table([list(ROW) for _ in range(4)]).replace("Rawat Kali", '"Rawat Kali', 1)
    _, problems, _ = read(raw.encode())
    assert problems == [
        'inovasi.csv, line 2: a quote (") problem (unexpected end of data); a quote that'
        ' starts a cell must end it: remove the stray quote or write it twice ("")'
    ]


def test_rows_swallowed_between_two_stray_quotes_are_named() -> None:
    raw = table([list(ROW) for _ in range(4)]).replace("Rawat Kali", '"Rawat Kali', 1)
    lines = raw.split("\r\n")
    lines[3] += '"'  # a second stray quote, at the end of line 4, closes the cell
    raw = "\r\n".join(lines)
    _, problems, _ = read(raw.encode())
    assert problems == [
        'line 2, title_id: a quote (") opens this cell and runs over the next rows;'
        ' remove the stray quote or write it twice ("")'
    ]


def test_a_quote_that_never_closes_is_named_at_its_line() -> None:
    raw = table([list(ROW), list(ROW)]) + 'DPUPR,"Dinas PU,Rawat\r\n'
    _, problems, _ = read(raw.encode())
    assert len(problems) == 1 and problems[0].startswith('inovasi.csv, line 4: a quote (")')


def test_utf8_and_windows_1252_on_one_line_is_named_not_read_as_1252() -> None:
    one_line = table([["DPUPR", "Café Dinas", "Rawat Kal\xe9", *ROW[3:]]])
    # Café stays UTF-8, Kalé becomes Windows-1252.
    raw = one_line.encode().replace("Kal\xe9".encode(), b"Kal\xe9")
    cells, problems, notes = read(raw)
    assert not cells and not notes
    assert problems == [
        "inovasi.csv, line 2: byte 0xE9 is not UTF-8, but this line also has UTF-8 letters:"
        " the file mixes encodings (text pasted from another file?); fix that line, or save"
        " the whole sheet again as 'CSV UTF-8'"
    ]


def test_damaged_utf16_is_named_at_its_line_never_replaced_silently() -> None:
    good = table([list(ROW), list(ROW), list(ROW)])
    cut = good.encode("utf-16")[:-1]  # with a byte-order mark, the last byte lost
    _, problems, _ = read(cut)
    assert len(problems) == 1 and problems[0].startswith("inovasi.csv, line 4: UTF-16 text with")
    assert "its last character cut in half" in problems[0]
    # Without a byte-order mark: half an emoji (a lone surrogate) on line 3.
    raw = good.encode("utf-16-le").replace(
        "Rawat".encode("utf-16-le"), "Rawat".encode("utf-16-le") + b"\x3d\xd8", 2
    )
    raw = raw.replace(b"\x3d\xd8", b"", 1)  # only the second row's is left
    cells, problems, _ = read(raw)
    assert not cells
    assert len(problems) == 1 and problems[0].startswith("inovasi.csv, line 3: UTF-16 text with")
    assert "bytes that are no character" in problems[0]


def test_a_cell_too_long_for_the_reader_is_named_as_such_at_its_line() -> None:
    rows = [list(ROW), list(ROW)]
    rows[1][3] = "x" * 140_000
    _, problems, _ = read(table(rows).encode())
    assert problems == [
        'inovasi.csv, line 3: a cell of more than 131,072 characters: a quote (") that opens'
        " a cell and never closes it, or text far too long for a cell; remove the stray quote"
        " or shorten the text"
    ]
