"""A booth file written before PNS, TNI and Polri were three answers still reads everywhere.

Booths before the split stored the one answer "pns" ("PNS/TNI/Polri"). The booth
below writes such a record as those booths did (the record's data exactly as
`SurveyResponse.record_data` made it then, on the chain through the same log), next to
records with today's codes; the merge, the IKM, the demographics and the report read
both.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.session import EndReason
from kiosk.domain.skm import ELEMENT_CODES, OCCUPATIONS, SurveyError, SurveyResponse
from kiosk.results.collect import merge_kiosk_files
from kiosk.results.commands import report, results
from kiosk.storage.export import export_database
from tests.helpers import make_booth_db
from tests.results.kiosks import OPENING
from tests.results.test_skm_worked import load, survey_festival

ALL_THREE = dict.fromkeys(ELEMENT_CODES, 3)


def merge_one(raw: Path, folder: Path) -> Path:
    """The booth file exported as a stick would carry it, merged alone into a festival file."""
    out = folder / "booth.sqlite"
    export_database(raw, out)
    festival = folder / "FESTIVAL.sqlite"
    merge_kiosk_files(festival, [out], workers=1)
    return festival


def old_record(booth: Booth, occupation: str) -> None:
    """A survey record as a booth before the split stored it."""
    booth.start_session()
    session = booth.session
    assert session is not None
    data = {
        "service": "pbg",
        "scores": ALL_THREE,
        "sex": "L",
        "age_group": None,
        "education": None,
        "occupation": occupation,
        "suggestion": "",
        "agency": "DPUPR",
    }
    booth.log.append("survey", session.session_id, data)
    booth.end_session(EndReason.FINISHED)


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("former")
    raw = folder / "raw.sqlite"
    db = make_booth_db(raw, survey_festival())
    clock = ManualClock(OPENING)
    booth = Booth(db, "DPUPR", clock)
    old_record(booth, "pns")
    old_record(booth, "pns")
    for occupation in ("pegawai_negeri", "tni", "polri"):
        booth.start_session()
        clock.advance(40)
        booth.submit_survey(
            SurveyResponse("pbg", dict.fromkeys(ELEMENT_CODES, 4), occupation=occupation)
        )
        booth.end_session(EndReason.FINISHED)
    db.close()
    return merge_one(raw, folder)


def test_a_new_booth_offers_three_answers_and_takes_no_old_one() -> None:
    assert [OCCUPATIONS[c] for c in ("pegawai_negeri", "tni", "polri")] == ["PNS", "TNI", "Polri"]
    assert "pns" not in OCCUPATIONS
    with pytest.raises(SurveyError, match="unknown occupation: pns"):
        SurveyResponse("pbg", ALL_THREE, occupation="pns").validated()


def test_old_and_new_codes_count_in_the_index_and_the_demographics(merged: Path) -> None:
    (dpupr,) = load(merged)
    result = dpupr.total.result
    assert result.respondents == 5
    assert result.nrr["U1"] == pytest.approx((3 + 3 + 4 + 4 + 4) / 5)
    rows = [
        (d.category, d.category_name.id, d.count)
        for d in dpupr.demographics
        if d.question == "occupation"
    ]
    assert rows[:4] == [
        ("pns", "PNS/TNI/Polri", 2),
        ("pegawai_negeri", "PNS", 1),
        ("tni", "TNI", 1),
        ("polri", "Polri", 1),
    ]
    assert ("", "Tidak diisi", 0) in rows
    assert sum(count for _, _, count in rows) == 5


def test_a_festival_without_old_answers_has_no_old_row(tmp_path: Path) -> None:
    raw = tmp_path / "raw.sqlite"
    db = make_booth_db(raw, survey_festival())
    booth = Booth(db, "DPUPR", ManualClock(OPENING))
    booth.start_session()
    booth.submit_survey(SurveyResponse("pbg", ALL_THREE, occupation="tni"))
    booth.end_session(EndReason.FINISHED)
    db.close()
    (dpupr,) = load(merge_one(raw, tmp_path))
    codes = [d.category for d in dpupr.demographics if d.question == "occupation"]
    assert "pns" not in codes and codes[:3] == ["pegawai_negeri", "tni", "polri"]


def test_results_and_report_print_the_old_answer(merged: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(results, [str(merged), "--skm"], catch_exceptions=False).output
    (line,) = [x for x in text.splitlines() if "PNS/TNI/Polri" in x]
    assert "PNS/TNI/Polri 2" in line and "PNS 1" in line and "TNI 1" in line and "Polri 1" in line
    data = json.loads(runner.invoke(results, [str(merged), "--skm", "--json"]).output)
    occupation = {
        d["category"]: d["count"]
        for d in data["agencies"][0]["demographics"]
        if d["question"] == "occupation"
    }
    assert (occupation["pns"], occupation["tni"]) == (2, 1)
    runner.invoke(report, [str(merged), "--out", str(tmp_path)], catch_exceptions=False)
    assert "PNS/TNI/Polri" in (tmp_path / "report.html").read_text("utf-8")
    with open(tmp_path / "skm-respondents.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("category") == "pns"]
    assert len(rows) == 1


def test_the_merged_file_keeps_the_stored_code(merged: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(merged)
    codes = [r[0] for r in conn.execute("SELECT occupation FROM surveys ORDER BY seq")]
    conn.close()
    assert codes == ["pns", "pns", "pegawai_negeri", "tni", "polri"]
