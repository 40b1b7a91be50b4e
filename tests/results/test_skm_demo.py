"""SKM figures of the simulated demo festival, checked against plain SQL on the merged file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.skm import ELEMENT_CODES, krejcie_morgan
from kiosk.results.analysis.skm import SkmAgency, load_skm


@pytest.fixture(scope="module")
def conn(demo_merged: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{demo_merged}?mode=ro", uri=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def agencies(conn: sqlite3.Connection) -> dict[str, SkmAgency]:
    return {a.code: a for a in load_skm(conn)}


def sql_nrr(conn: sqlite3.Connection, agency: str, service: str | None) -> dict[str, float]:
    """NRR per element with json_extract: mean of the scores given, skipped ones left out."""
    result = {}
    for code in ELEMENT_CODES:
        (value,) = conn.execute(
            f"SELECT avg(json_extract(data, '$.scores.{code}')) FROM visitor_records"
            " WHERE kind = 'survey' AND json_extract(data, '$.agency') = ?"
            " AND (? IS NULL OR json_extract(data, '$.service') = ?)",
            [agency, service, service],
        ).fetchone()
        result[code] = value
    return result


def test_the_simulated_agencies_with_survey_mode_have_respondents(
    agencies: dict[str, SkmAgency],
) -> None:
    assert {"DPUPR", "RSUD"} <= set(agencies)
    assert agencies["DPUPR"].enabled and agencies["DPUPR"].total.result.respondents > 0
    assert "DINKES" not in agencies  # no survey mode in the demo pack


def test_ikm_per_agency_and_service_matches_sql(
    conn: sqlite3.Connection, agencies: dict[str, SkmAgency]
) -> None:
    for agency in agencies.values():
        for unit in [agency.total, *agency.services]:
            expected = sql_nrr(conn, agency.code, unit.service or None)
            (count,) = conn.execute(
                "SELECT count(*) FROM surveys WHERE agency_code = ? AND (? = '' OR service = ?)",
                [agency.code, unit.service, unit.service],
            ).fetchone()
            assert unit.result.respondents == count
            if any(v is None for v in expected.values()):
                assert unit.result.ikm is None
                continue
            assert unit.result.nrr == pytest.approx(expected)
            assert unit.result.ikm == pytest.approx(sum(expected.values()) / 9 * 25)


def test_sample_size_comes_from_the_populations_in_the_merged_file(
    conn: sqlite3.Connection, agencies: dict[str, SkmAgency]
) -> None:
    for agency in agencies.values():
        populations = dict(
            conn.execute(
                "SELECT code, population FROM survey_services WHERE agency_code = ?",
                [agency.code],
            ).fetchall()
        )
        for unit in agency.services:
            assert unit.needed == krejcie_morgan(populations[unit.service])
            assert unit.indicative == (unit.result.respondents < unit.needed)
        known = None if None in populations.values() else sum(populations.values())
        assert agency.total.needed == krejcie_morgan(known)
    assert agencies["RSUD"].total.needed == 384  # one RSUD service has no population


def test_demographics_and_suggestions_match_sql(
    conn: sqlite3.Connection, agencies: dict[str, SkmAgency]
) -> None:
    for agency in agencies.values():
        counts = dict(
            conn.execute(
                "SELECT coalesce(sex, ''), count(*) FROM surveys WHERE agency_code = ? GROUP BY 1",
                [agency.code],
            ).fetchall()
        )
        got = {d.category: d.count for d in agency.demographics if d.question == "sex" and d.count}
        assert got == counts
        (suggestions,) = conn.execute(
            "SELECT count(*) FROM surveys WHERE agency_code = ? AND suggestion != ''",
            [agency.code],
        ).fetchone()
        assert len(agency.suggestions) == suggestions
