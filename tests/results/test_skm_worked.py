"""SKM results on a small festival worked out by hand, from the booth to `kiosk report`."""

from __future__ import annotations

import csv
import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.festival import Festival, Service, Text
from kiosk.domain.session import EndReason
from kiosk.domain.skm import ELEMENT_CODES, SurveyResponse
from kiosk.results.analysis.skm import SkmAgency, load_skm
from kiosk.results.collect import merge_kiosk_files
from kiosk.results.commands import report, results
from kiosk.results.report.skm_tables import skm_json
from kiosk.storage.export import export_database
from tests.helpers import make_booth_db, small_festival
from tests.results.kiosks import OPENING

SERVICES = (
    Service("pbg", Text("Persetujuan Bangunan Gedung (PBG)", "Building approval"), 1800),
    Service("krk", Text("Keterangan Rencana Kota (KRK)", "City plan statement"), 650),
)


def scores(*values: int | None) -> dict[str, int | None]:
    return dict(zip(ELEMENT_CODES, values, strict=True))


# Four respondents; the second skipped U4 (optional items must not distort the index).
RESPONSES = (
    SurveyResponse("pbg", scores(3, 3, 3, 3, 3, 3, 3, 3, 3), sex="L", age_group="20-29"),
    SurveyResponse("pbg", scores(4, 4, 4, None, 4, 4, 4, 4, 4), sex="P", education="s1"),
    SurveyResponse(
        "pbg", scores(2, 3, 3, 3, 3, 3, 3, 3, 2), suggestion="  Antrean  terlalu lama. "
    ),
    SurveyResponse("krk", scores(4, 4, 4, 4, 4, 4, 4, 4, 4), occupation="wirausaha"),
)


def survey_festival() -> Festival:
    base = small_festival()
    dpupr = dataclasses.replace(base.agencies[0], survey_enabled=True, survey_services=SERVICES)
    return dataclasses.replace(base, agencies=(dpupr, *base.agencies[1:]))


def booth_file(folder: Path, name: str, agency: str, responses: tuple[SurveyResponse, ...]) -> Path:
    """An exported booth file whose visitors each vote nothing and fill in one survey."""
    (folder / "raw").mkdir(exist_ok=True)
    raw = folder / "raw" / f"{name}.sqlite"
    db = make_booth_db(raw, survey_festival())
    clock = ManualClock(OPENING)
    booth = Booth(db, agency, clock)
    for response in responses:
        booth.start_session()
        clock.advance(40)
        booth.submit_survey(response)
        booth.end_session(EndReason.FINISHED)
        clock.advance(60)
    db.close()
    out = folder / f"{name}.sqlite"
    export_database(raw, out)
    return out


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("skm")
    files = [
        booth_file(folder, "dpupr-1", "DPUPR", RESPONSES[:2]),
        booth_file(folder, "dpupr-2", "DPUPR", RESPONSES[2:]),  # a second kiosk, same booth
        booth_file(folder, "dinkes", "DINKES", ()),
    ]
    out = folder / "FESTIVAL.sqlite"
    merge_kiosk_files(out, files, workers=1)
    return out


def load(path: Path) -> list[SkmAgency]:
    conn = sqlite3.connect(path)
    try:
        return load_skm(conn)
    finally:
        conn.close()


def test_agency_total_matches_the_hand_computation(merged: Path) -> None:
    (dpupr,) = load(merged)  # DINKES has neither survey mode nor survey records
    assert dpupr.code == "DPUPR" and dpupr.enabled
    r = dpupr.total.result
    assert r.respondents == 4
    assert r.answered == dict.fromkeys(ELEMENT_CODES, 4) | {"U4": 3}
    # U1: (3 + 4 + 2 + 4) / 4; U4: (3 + 3 + 4) / 3 answered; U9 like U1; the rest 14 / 4.
    expected = dict.fromkeys(ELEMENT_CODES, 3.5) | {"U1": 3.25, "U4": 10 / 3, "U9": 3.25}
    assert r.nrr == pytest.approx(expected)
    # Sum of NRR = 2 x 3.25 + 6 x 3.5 + 10/3 = 30.8333...; / 9 x 25 = 85.6481...
    assert r.ikm == pytest.approx((6.5 + 21 + 10 / 3) / 9 * 25)
    assert round(r.ikm, 2) == 85.65
    assert r.grade is not None and (r.grade.letter, r.grade.quality) == ("B", "Baik")
    assert r.weighted_nrr["U1"] == pytest.approx(3.25 / 9)


def test_each_service_and_its_sample_size(merged: Path) -> None:
    (dpupr,) = load(merged)
    pbg, krk = dpupr.services
    assert (pbg.service, krk.service) == ("pbg", "krk")
    # PBG: U1 (3+4+2)/3 = 3, U4 (3+3)/2 = 3, U9 3, the six others (3+4+3)/3 = 10/3.
    assert pbg.result.respondents == 3
    assert pbg.result.ikm == pytest.approx((3 + 3 + 3 + 6 * 10 / 3) / 9 * 25)  # 80.555...
    assert krk.result.ikm == pytest.approx(100.0) and krk.result.grade.letter == "A"  # type: ignore[union-attr]
    # Krejcie-Morgan, s = 3.841 N 0.25 / (0.0025 (N - 1) + 3.841 x 0.25), rounded:
    assert (pbg.needed, krk.needed) == (317, 242)
    assert dpupr.total.population == 2450 and dpupr.total.needed == 332
    assert pbg.indicative and krk.indicative and dpupr.total.indicative


def test_demographics_count_the_unanswered_and_suggestions_are_kept(merged: Path) -> None:
    (dpupr,) = load(merged)
    sex = {d.category: (d.count, d.percent) for d in dpupr.demographics if d.question == "sex"}
    assert sex == {"L": (1, 25.0), "P": (1, 25.0), "": (2, 50.0)}
    labels = [d.category_name.id for d in dpupr.demographics if d.question == "sex"]
    assert labels == ["Laki-laki", "Perempuan", "Tidak diisi"]
    for question in ("sex", "age_group", "education", "occupation"):
        rows = [d for d in dpupr.demographics if d.question == question]
        assert sum(d.count for d in rows) == 4
        assert sum(d.percent for d in rows) == pytest.approx(100.0)
    assert [(s.service, s.suggestion) for s in dpupr.suggestions] == [
        ("pbg", "Antrean terlalu lama.")
    ]


def test_the_merged_file_carries_the_services_of_the_pack(merged: Path) -> None:
    conn = sqlite3.connect(merged)
    rows = conn.execute(
        "SELECT agency_code, code, name_id, population, survey_enabled FROM survey_services"
        " ORDER BY sort_order"
    ).fetchall()
    assert rows == [
        ("DPUPR", "pbg", "Persetujuan Bangunan Gedung (PBG)", 1800, 1),
        ("DPUPR", "krk", "Keterangan Rencana Kota (KRK)", 650, 1),
    ]
    assert conn.execute("SELECT count(*) FROM surveys").fetchone()[0] == 4
    conn.close()


def test_results_skm_prints_text_and_json(merged: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(results, [str(merged), "--skm"], catch_exceptions=False).output
    assert "Indeks Kepuasan Masyarakat (SKM)" in text
    assert "Seluruh layanan" in text and "85.65  B     Baik  [indikatif]" in text
    assert "Persetujuan Bangunan Gedung (PBG)" in text and "Antrean terlalu lama." in text
    # the respondents line is one line, not one character per line (#24 item 7)
    (line,) = [x for x in text.splitlines() if "Responden / respondents:" in x]
    assert line.startswith("  Responden / respondents: ") and "Laki-laki 1" in line
    assert "Perempuan 1" in line and "; " in line
    assert all(len(x.strip()) > 1 for x in text.splitlines() if x.strip())
    out = runner.invoke(results, [str(merged), "--skm", "--json"], catch_exceptions=False)
    data = json.loads(out.output)
    total = data["agencies"][0]["total"]
    assert (total["respondents"], total["sample_needed"], total["indicative"]) == (4, 332, 1)
    assert (total["ikm"], total["grade"], total["performance"]) == (85.65, "B", "Baik")
    assert total["elements"][3] | {} == {
        "agency_code": "DPUPR",
        "service_code": "",
        "element": "U4",
        "element_name": "Biaya/tarif",
        "answered": 3,
        "total_score": 10,
        "nrr": 3.3333,
        "nrr_weighted": 0.3704,
    }


def test_report_has_the_skm_section_sheets_and_csv(merged: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    CliRunner().invoke(report, [str(merged), "--out", str(tmp_path)], catch_exceptions=False)
    html = (tmp_path / "report.html").read_text("utf-8")
    assert "Indeks Kepuasan Masyarakat (SKM)" in html
    for words in ("NRR tertimbang", "Mutu pelayanan", "Kinerja unit pelayanan", "Profil responden"):
        assert words in html
    assert "85.65" in html and "indikatif" in html and "Antrean terlalu lama." in html
    book = load_workbook(tmp_path / "hasil-festival.xlsx", read_only=True)
    assert {"SKM", "SKM unsur", "SKM responden", "SKM saran"} <= set(book.sheetnames)
    book.close()
    with open(tmp_path / "skm.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["service_code"], r["respondents"], r["ikm"]) for r in rows] == [
        ("", "4", "85.65"),
        ("pbg", "3", "80.56"),
        ("krk", "1", "100.0"),
    ]


def test_results_do_not_depend_on_the_order_of_inputs(tmp_path: Path, merged: Path) -> None:
    files = sorted(merged.parent.glob("d*.sqlite"), reverse=True)
    assert len(files) == 3
    other = tmp_path / "other.sqlite"
    merge_kiosk_files(other, files, workers=2)
    assert skm_json(load(other)) == skm_json(load(merged))


def test_a_file_merged_before_the_survey_existed_still_reads(merged: Path, tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "old.sqlite"
    shutil.copy(merged, old)
    conn = sqlite3.connect(old)
    conn.executescript(
        "DROP VIEW surveys; DROP TABLE survey_services; DROP TABLE survey_service_versions;"
    )
    conn.close()
    (dpupr,) = load(old)  # the records still count; the services are known by code only
    assert dpupr.total.result.respondents == 4 and not dpupr.enabled
    assert [u.service for u in dpupr.services] == ["krk", "pbg"]
    assert dpupr.total.needed == 384
    merge_kiosk_files(old, [merged.parent / "dinkes.sqlite"], workers=1)  # tables added again
    assert load(old)[0].total.result.respondents == 4
