"""kiosk.results.report.xlsx: the jury workbook's writer, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.results.report.xlsx import MAX_CELL_CHARS, Sheet, column_letter, write_xlsx


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 53, 702, 703)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


def test_values_round_trip_with_their_types(tmp_path: Path) -> None:
    rows = [
        [1, 2.5, "teks biasa", None, True],
        [-7, 1e-05, "A & B <b> \"kutip\" 'satu'", "", False],
        [10**12, 0.1 + 0.2, "baris\nbaru dan\ttab", "  spasi  ", None],
        [0, float("nan"), "kontrol\x00\x07\x1b dibuang", "emoji 🙂 dan aksara ꦗꦮ", 3],
    ]
    sheet = Sheet("Uji", ["a", "b", "c", "d", "e"], [8, 10, 30, 12, 6])
    write_xlsx(tmp_path / "t.xlsx", [(sheet, rows)], header_fill="0B4F6C")
    book = load_workbook(tmp_path / "t.xlsx")
    ws = book["Uji"]
    got = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert got[0] == [1, 2.5, "teks biasa", None, True]
    assert got[1] == [-7, 1e-05, "A & B <b> \"kutip\" 'satu'", "", False]
    assert got[2] == [10**12, 0.1 + 0.2, "baris\nbaru dan\ttab", "  spasi  ", None]
    assert got[3] == [0, "nan", "kontrol dibuang", "emoji 🙂 dan aksara ꦗꦮ", 3]


def test_header_is_bold_white_on_blue_frozen_and_columns_sized(tmp_path: Path) -> None:
    sheet = Sheet("Peringkat", ["rank", "title"], [8, 40])
    write_xlsx(tmp_path / "t.xlsx", [(sheet, [[1, "Lapor jalan rusak"]])], header_fill="0B4F6C")
    ws = load_workbook(tmp_path / "t.xlsx")["Peringkat"]
    header = ws["A1"]
    assert header.value == "rank" and header.font.b
    assert header.font.color.rgb == "FFFFFFFF"
    assert header.fill.fgColor.rgb == "FF0B4F6C"
    assert not ws["A2"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width == 40


def test_several_sheets_in_order_and_an_empty_one(tmp_path: Path) -> None:
    sheets = [
        (Sheet("Satu", ["x"], [5]), [[1], [2]]),
        (Sheet("Kosong", ["(kosong / empty)"], [18]), []),
        (Sheet("Tiga & empat", ["y"], [5]), iter([["z"]])),
    ]
    write_xlsx(tmp_path / "t.xlsx", sheets, header_fill="0B4F6C")
    book = load_workbook(tmp_path / "t.xlsx", read_only=True)
    assert book.sheetnames == ["Satu", "Kosong", "Tiga & empat"]
    assert list(book["Kosong"].iter_rows(values_only=True)) == [("(kosong / empty)",)]
    assert list(book["Tiga & empat"].iter_rows(values_only=True)) == [("y",), ("z",)]
    book.close()


def test_text_longer_than_a_cell_holds_is_cut(tmp_path: Path) -> None:
    sheet = Sheet("Panjang", ["komentar"], [60])
    write_xlsx(tmp_path / "t.xlsx", [(sheet, [["x" * (MAX_CELL_CHARS + 10)]])], "0B4F6C")
    ws = load_workbook(tmp_path / "t.xlsx", read_only=True)["Panjang"]
    assert len(next(ws.iter_rows(min_row=2, values_only=True))[0]) == MAX_CELL_CHARS


@pytest.mark.parametrize("title", ["", "a" * 32, "a/b", "[x]", "tanya?"])
def test_sheet_names_excel_refuses_are_refused(title: str) -> None:
    with pytest.raises(ValueError, match="Excel sheet"):
        Sheet(title, ["a"], [5])


def test_a_failed_write_leaves_no_workbook(tmp_path: Path) -> None:
    def rows():  # type: ignore[no-untyped-def]
        yield [1]
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_xlsx(tmp_path / "t.xlsx", [(Sheet("A", ["a"], [5]), rows())], "0B4F6C")
    assert list(tmp_path.iterdir()) == []
