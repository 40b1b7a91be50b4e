"""The jury's workbook and CSV files: times as dates in the festival's zone (named in
the header), tags in words, a print set-up; checked with openpyxl and with LibreOffice."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from kiosk.domain.feedback import TAGS
from kiosk.results.report.jury_values import FestivalTime, tag_words
from kiosk.results.report.write import WORKBOOK, write_report


@pytest.fixture(scope="module")
def report(demo_merged: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("laporan")
    write_report(demo_merged, out)
    return out


def comments_in_utc(merged: Path) -> list[tuple[str, str, str | None]]:
    """(UTC recorded_at, local wall-clock text, tags JSON) of every comment, in report order."""
    conn = sqlite3.connect(merged)
    zone = ZoneInfo(conn.execute("SELECT timezone FROM festival").fetchone()[0])
    rows = conn.execute(
        "SELECT v.recorded_at, json_extract(v.data, '$.tags') FROM visitor_records v"
        " JOIN kiosks k USING (kiosk_id)"
        " WHERE v.kind = 'feedback' AND coalesce(json_extract(v.data, '$.comment'), '') != ''"
        " ORDER BY k.agency_code, v.recorded_at, v.kiosk_id, v.seq"
    ).fetchall()
    conn.close()
    return [
        (utc, f"{datetime.fromisoformat(utc).astimezone(zone):%Y-%m-%d %H:%M:%S}", tags)
        for utc, tags in rows
    ]


def test_the_zone_is_named_as_indonesians_name_it() -> None:
    jakarta = FestivalTime.of({"timezone": "Asia/Jakarta", "starts_on": "2026-12-03"})
    assert jakarta.label == "WIB"
    assert FestivalTime.of({"timezone": "Asia/Makassar", "starts_on": "2026-12-03"}).label == "WITA"
    assert FestivalTime.of({"timezone": "Asia/Jayapura", "starts_on": "2026-12-03"}).label == "WIT"
    berlin = FestivalTime.of({"timezone": "Europe/Berlin", "starts_on": "2026-07-01"})
    assert berlin.label == "UTC+02:00" and berlin.suffix() == "utc0200"
    assert jakarta.local("2026-12-03T01:07:34.792Z") == datetime(2026, 12, 3, 8, 7, 34, 792000)
    assert jakarta.local("kemarin sore") == "kemarin sore"  # a hostile booth's text stays text
    assert tag_words('["clear","creative"]') == "Mudah dipahami, Kreatif"
    assert tag_words('["clear","dibuat-buat"]') == "Mudah dipahami, dibuat-buat"
    assert tag_words("[]") == "" and tag_words(None) is None and tag_words("[rusak") == "[rusak"


def test_workbook_times_are_local_dates_tags_are_words_and_it_prints_on_a4(
    report: Path, demo_merged: Path
) -> None:
    book = load_workbook(report / WORKBOOK)
    ws = book["Komentar"]
    header = [c.value for c in ws[1]]
    assert "Waktu (WIB) / Time (WIB)" in header
    assert not [h for h in header if "UTC" in str(h)]
    when, tags = header.index("Waktu (WIB) / Time (WIB)"), header.index("Pilihan cepat / Tags")
    expected = comments_in_utc(demo_merged)
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(expected) > 0
    for row, (_, local, tags_json) in zip(rows, expected, strict=True):
        cell = row[when]
        assert isinstance(cell.value, datetime) and cell.is_date
        assert cell.number_format == "yyyy-mm-dd hh:mm:ss"
        assert f"{cell.value:%Y-%m-%d %H:%M:%S}" == local
        assert row[tags].value in (tag_words(tags_json), None)  # "" is an empty cell
        assert not str(row[tags].value or "").startswith("[")
    worded = [r[tags].value for r in rows if r[tags].value]
    assert worded and all(w.split(", ")[0] in set(TAGS.values()) for w in worded)
    ranking = book["Peringkat"]
    assert ranking["I1"].value == "Suara pertama (WIB) / First vote (WIB)"
    assert isinstance(ranking["I2"].value, datetime)
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$1:$1"
    book.close()


def test_csv_times_are_local_text_named_with_the_zone_and_tags_are_words(
    report: Path, demo_merged: Path
) -> None:
    with open(report / "comments.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "recorded_at" not in rows[0] and "recorded_at_wib" in rows[0]
    expected = comments_in_utc(demo_merged)
    assert [r["recorded_at_wib"] for r in rows] == [local for _, local, _ in expected]
    assert [r["tags"] for r in rows] == [tag_words(t) or "" for _, _, t in expected]
    for name in ("ranking", "anomalies", "sources", "skm-suggestions"):
        head = (report / f"{name}.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert "_at," not in head + "," and "_at_wib" in head, (name, head)


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    return found


def convert(workbook: Path, to: str, out: Path) -> Path:
    profile = out / "profile"  # its own profile: no clash with a LibreOffice already open
    done = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    result = out / f"{workbook.stem}.{to}"
    assert done.returncode == 0 and result.exists(), done.stdout + done.stderr
    return result


@pytest.mark.slow
def test_libreoffice_opens_the_times_as_dates_in_the_festivals_zone(
    report: Path, demo_merged: Path, tmp_path: Path
) -> None:
    flat = convert(report / WORKBOOK, "fods", tmp_path).read_text(encoding="utf-8")
    sheet = flat[flat.index('table:name="Komentar"') :]
    sheet = sheet[: sheet.index("</table:table>")]
    dates = re.findall(r'office:value-type="date" office:date-value="([^"]+)"', sheet)
    expected = comments_in_utc(demo_merged)
    assert [d[:19].replace("T", " ") for d in dates] == [local for _, local, _ in expected]
    utc = datetime.fromisoformat(expected[0][0]).astimezone(UTC)
    assert dates[0][:19] != f"{utc:%Y-%m-%dT%H:%M:%S}"  # local, not UTC (the demo is in WIB)
    assert "Waktu (WIB) / Time (WIB)" in sheet
    # Print set-up as LibreOffice reads it: A4 landscape, one page wide, header repeated.
    sheets = flat.count("<table:table table:name=")
    assert flat.count("<table:table-header-rows>") == sheets
    layouts = re.findall(r"<style:page-layout-properties [^>]*>", flat)
    used = [p for p in layouts if 'style:scale-to-X="1"' in p]
    assert used and all('style:print-orientation="landscape"' in p for p in used)
    assert all('fo:page-width="11.69' in p and 'fo:page-height="8.26' in p for p in used)


@pytest.mark.slow
def test_libreoffice_prints_the_workbook_on_a4_landscape_pages(
    report: Path, tmp_path: Path
) -> None:
    pdf = convert(report / WORKBOOK, "pdf", tmp_path).read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    assert boxes and {(round(float(w)), round(float(h))) for w, h in boxes} == {(842, 595)}
    # One page wide: a page per sheet here (the demo's sheets are short), not 57.
    assert pages <= 2 * len(load_workbook(report / WORKBOOK, read_only=True).sheetnames)
