"""`kiosk report`: report.html, the jury's workbook and CSV files from a merged festival file."""

from __future__ import annotations

import csv
from contextlib import closing
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from kiosk.results.festivaldb import read_festival_file
from kiosk.results.figures import FestivalFigures, Row, Table, load_figures
from kiosk.results.html import render_report
from kiosk.results.skm_tables import skm_sheets

RANKING_COLUMNS = (
    "rank",
    "innovation_slug",
    "title",
    "agency_code",
    "valid_votes",
    "booth_sessions",
    "votes_per_100_sessions",
    "rank_per_100_sessions",
    "first_vote_at",
    "flagged_votes",
    "flags",
)


def sheets(figures: FestivalFigures) -> list[tuple[str, str, list[Row]]]:
    """(sheet title, CSV file stem, rows) for every table the jury gets."""
    return [
        ("Peringkat", "ranking", Table(list(RANKING_COLUMNS), figures.ranking)),
        ("Per OPD", "agencies", figures.agencies),
        ("Per inovasi", "innovations", figures.innovations),
        ("Komentar", "comments", figures.comments),
        ("Anomali", "anomalies", figures.anomalies),
        ("Tidak dihitung", "excluded", figures.exclusions),
        *(skm_sheets(figures.skm) if figures.skm else []),  # only festivals that ran the SKM
        ("Sumber", "sources", figures.sources),
    ]


def write_report(festival_file: str | Path, out_dir: str | Path) -> list[Path]:
    """Write report.html, hasil-festival.xlsx and one CSV per table; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with closing(read_festival_file(festival_file)) as conn:
        figures = load_figures(conn, full=True)
    html = out / "report.html"
    html.write_text(render_report(figures), encoding="utf-8")
    written = [html, write_workbook(figures, out / "hasil-festival.xlsx")]
    for _, stem, table in sheets(figures):
        written.append(write_csv(table, out / f"{stem}.csv"))
    return written


def write_csv(table: list[Row], path: Path) -> Path:
    """UTF-8 with a byte-order mark, so Excel shows Indonesian text right."""
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        writer = csv.DictWriter(f, fieldnames=_columns(table))
        writer.writeheader()
        writer.writerows(table)
    return path


def _columns(table: list[Row]) -> list[str]:
    if isinstance(table, Table):
        return table.columns
    return list(table[0]) if table else []


def write_workbook(figures: FestivalFigures, path: Path) -> Path:
    """One sheet per table, header row bold and frozen, columns sized to their content.

    Written in openpyxl's write-only mode: rows stream to the file instead of
    becoming a cell object each, which a festival's comment sheet (100,000+
    rows) would otherwise make the slowest part of the report.
    """
    book = Workbook(write_only=True)
    for title, _, table in sheets(figures):
        sheet = book.create_sheet(title)
        columns = _columns(table) or ["(kosong / empty)"]
        _prepare(sheet, columns, table)
        sheet.append([_header(sheet, c) for c in columns])
        for row in table:
            sheet.append([_cell(row[c]) for c in columns])
    book.save(path)
    return path


def _cell(value: Any) -> Any:
    return value if value is None or isinstance(value, int | float) else str(value)


def _header(sheet: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="0B4F6C")
    return cell


def _prepare(sheet: Any, columns: list[str], table: list[Row]) -> None:
    """Freeze the header and size each column to its first 200 values (before any row)."""
    sheet.freeze_panes = "A2"
    for n, column in enumerate(columns, 1):
        values = [str(row[column] or "") for row in table[:200]]
        width = min(60, max((len(v) for v in values), default=0) + 2)
        sheet.column_dimensions[get_column_letter(n)].width = max(width, len(column) + 2)
