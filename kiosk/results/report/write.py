"""`kiosk report`: report.html, the jury's workbook and CSV files from a merged festival file."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.results.analysis.figures import FestivalFigures, Row, Table, load_report_figures
from kiosk.results.report.headers import header
from kiosk.results.report.html import render_report
from kiosk.results.report.jury_values import FestivalTime, csv_column, jury_rows
from kiosk.results.report.skm_tables import skm_sheets
from kiosk.results.report.xlsx import Sheet, write_xlsx

HEADER_FILL = "0B4F6C"  # the report's blue, as in report.html

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
    "rank_without_flagged",
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


def write_report(
    festival_file: str | Path, out_dir: str | Path, progress: Progress | None = None
) -> list[Path]:
    """Write report.html, hasil-festival.xlsx and one CSV per table; return their paths.

    All or nothing: the files are written into `.report.partial/` beside them and
    moved into place only when every one is complete; the earlier report's files
    are set aside (`.report.previous/`) meanwhile and put back if a move fails. So
    a full disk or a failed step leaves the folder as it was (an earlier report
    included), never a new report.html beside an old workbook, and a new report
    never sits beside an old one's files (an SKM sheet the new festival lacks).
    `progress` is told each step as it starts: the figures, each file, the move.
    """
    told = progress or (lambda step, done, total: None)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    total = 4 + len(REPORT_FILES) - 2  # figures, html, workbook, CSVs, move (SKM or not)
    told("figures", 0, total)
    figures = load_report_figures(festival_file)
    tables = sheets(figures)
    total = 4 + len(tables)
    stage = out / STAGE
    shutil.rmtree(stage, ignore_errors=True)  # left by a run that was killed
    stage.mkdir()
    try:
        told("report.html", 1, total)
        html = stage / "report.html"
        html.write_text(render_report(figures), encoding="utf-8")
        told(WORKBOOK, 2, total)
        staged = [html, write_workbook(figures, stage / WORKBOOK)]
        times = FestivalTime.of(figures.festival)
        for n, (_, stem, table) in enumerate(tables):
            told(f"{stem}.csv", 3 + n, total)
            staged.append(write_csv(table, stage / f"{stem}.csv", times))
        told("into place", total - 1, total)
        _move_into_place(staged, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    told("done", total, total)
    return [out / path.name for path in staged]


Progress = Callable[[str, int, int], None]  # (step starting, steps done, steps in all)


WORKBOOK = "hasil-festival.xlsx"

# Every file a report may hold (the SKM tables only when agencies ran the survey).
REPORT_FILES = frozenset(
    {
        "report.html",
        WORKBOOK,
        *(
            f"{stem}.csv"
            for stem in (
                "ranking",
                "agencies",
                "innovations",
                "comments",
                "anomalies",
                "excluded",
                "skm",
                "skm-elements",
                "skm-respondents",
                "skm-suggestions",
                "sources",
            )
        ),
    }
)


def _move_into_place(staged: list[Path], out: Path) -> None:
    """Swap the earlier report's files for the staged ones, by renames, undone on failure."""
    previous = out / PREVIOUS
    shutil.rmtree(previous, ignore_errors=True)
    previous.mkdir()
    set_aside: list[str] = []
    placed: list[Path] = []
    try:
        for name in sorted(REPORT_FILES):
            old = out / name
            if old.is_file() and not old.is_symlink():
                old.replace(previous / name)
                set_aside.append(name)
        for path in staged:
            path.replace(out / path.name)  # a rename needs no free space
            placed.append(out / path.name)
    except OSError:
        for path in placed:
            path.unlink(missing_ok=True)
        for name in set_aside:
            (previous / name).replace(out / name)
        previous.rmdir()  # empty again: had a file stayed there, it would stay, not be lost
        raise
    shutil.rmtree(previous)


STAGE = ".report.partial"
PREVIOUS = ".report.previous"


# A spreadsheet opening a CSV evaluates a cell that starts like a formula: visitors'
# comments and booths' titles must stay text (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(table: list[Row], path: Path, times: FestivalTime) -> Path:
    """UTF-8 with a byte-order mark, so Excel shows Indonesian text right; no live formulas.

    Times are the festival's local time (`2026-12-03 08:07:34`, which spreadsheets
    read as a date), their column named with the zone (`recorded_at_wib`); tags in words.
    """
    columns = _columns(table)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow([csv_column(c, times) for c in columns])
        writer.writerows(
            [inert(v) for v in values] for values in jury_rows(table, columns, times, True)
        )
    return path


def inert(value: Any) -> Any:
    """Text a spreadsheet would run as a formula, with a leading apostrophe: shown, not run."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _columns(table: list[Row]) -> list[str]:
    if isinstance(table, Table):
        return table.columns
    return list(table[0]) if table else []


def write_workbook(figures: FestivalFigures, path: Path) -> Path:
    """One sheet per table, header row bold and frozen, columns sized to their content;
    times as dates in the festival's zone (named in the header: "Waktu (WIB)"), tags in
    words; printed landscape on A4, as wide as the page, the header on every page.

    Written by `kiosk.results.report.xlsx`, which streams the rows: a festival's
    comment sheet (100,000+ rows) would otherwise be the slowest part of the report.
    """
    times = FestivalTime.of(figures.festival)
    parts = []
    for title, _, table in sheets(figures):
        columns = _columns(table) or ["(kosong / empty)"]
        names = [header(c, times.label) for c in columns]
        sheet = Sheet(title, names, _widths(columns, names, table, times))
        parts.append((sheet, jury_rows(table, columns, times, for_csv=False)))
    return write_xlsx(path, parts, header_fill=HEADER_FILL)


def _widths(
    columns: list[str], names: list[str], table: list[Row], times: FestivalTime
) -> list[float]:
    """Each column sized to its name and its first 200 values (as a CSV shows them),
    at most 60 characters."""
    first = list(jury_rows(table[:200], columns, times, for_csv=True))
    widths: list[float] = []
    for n, name in enumerate(names):
        width = min(60, max((len(str(row[n] or "")) for row in first), default=0) + 2)
        widths.append(max(width, min(40, len(name) + 2)))
    return widths
