"""The agency's `survey` object in pack.json: SKM mode, services, populations; and its storage."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.festival import Service, Text
from kiosk.pack.demo import demo_document
from kiosk.pack.document import read_document
from kiosk.storage.content import load_festival, replace_content, survey_services
from kiosk.storage.database import open_booth_database
from tests.helpers import small_festival
from tests.unit.pack_fixtures import minimal_document

KTP = {"code": "ktp-el", "name": {"id": "KTP-el", "en": "ID card"}, "population": 12000}
KK = {"code": "kartu-keluarga", "name": "Kartu Keluarga"}


def with_survey(survey: Any) -> dict[str, Any]:
    document = minimal_document()
    document["agencies"][0]["survey"] = survey
    return document


def problems(survey: Any) -> list[str]:
    return read_document(with_survey(survey)).problems


def test_services_are_read_in_order_with_optional_population() -> None:
    doc = read_document(with_survey({"enabled": True, "services": [KTP, KK]}))
    assert doc.problems == []
    agency = doc.festival.agencies[0]
    assert agency.survey_enabled and agency.has_survey
    assert agency.survey_services == (
        Service("ktp-el", Text("KTP-el", "ID card"), 12000),
        Service("kartu-keluarga", Text("Kartu Keluarga"), None),
    )
    assert agency.survey_service("kartu-keluarga").population is None
    assert not doc.festival.agencies[1].has_survey  # no survey object: mode off


def test_enabled_defaults_to_true_and_can_be_switched_off() -> None:
    assert read_document(with_survey({"services": [KTP]})).festival.agencies[0].has_survey
    off = read_document(with_survey({"enabled": False, "services": [KTP]})).festival
    assert not off.agencies[0].has_survey and off.agencies[0].survey_services
    assert problems({"enabled": False}) == []  # switched off, nothing to ask about: fine


@pytest.mark.parametrize(
    ("survey", "expected"),
    [
        (
            {"enabled": True},
            "agencies[0].survey.services: survey mode needs at least one service to ask about",
        ),
        (
            {"enabled": True, "services": []},
            "agencies[0].survey.services: survey mode needs at least one service to ask about",
        ),
        (
            {"services": [KTP, KTP | {"name": "Lagi"}]},
            "agencies[0].survey.services[1].code: duplicate service code 'ktp-el'"
            " (also at agencies[0].survey.services[0])",
        ),
        (
            {"services": [KTP | {"population": 0}]},
            "agencies[0].survey.services[0].population: expected a positive whole number of"
            " yearly service users, got 0",
        ),
        (
            {"services": [KTP | {"population": 12.5}]},
            "agencies[0].survey.services[0].population: expected a positive whole number of"
            " yearly service users, got 12.5",
        ),
        (
            {"services": [KTP | {"population": "12000"}]},
            "agencies[0].survey.services[0].population: expected a positive whole number of"
            " yearly service users, got '12000'",
        ),
        (
            {"services": [KTP | {"population": True}]},
            "agencies[0].survey.services[0].population: expected a positive whole number of"
            " yearly service users, got True",
        ),
        (
            {"enabled": "ya", "services": [KTP]},
            "agencies[0].survey.enabled: expected true or false",
        ),
        ({"services": [KTP], "sevices": []}, "agencies[0].survey.sevices: unknown field (a typo?)"),
        ({"services": [KTP | {"code": "KTP EL"}]}, "agencies[0].survey.services[0].code: "),
        ({"services": [{"code": "ktp-el"}]}, "agencies[0].survey.services[0].name: missing"),
        (["ktp-el"], "agencies[0].survey: expected an object, got a list"),
    ],
)
def test_problems_name_their_json_path(survey: Any, expected: str) -> None:
    found = problems(survey)
    assert any(p.startswith(expected) for p in found), found


def test_demo_festival_has_survey_agencies_with_services() -> None:
    festival = read_document(demo_document()).festival
    surveyed = {a.code: a for a in festival.agencies if a.has_survey}
    assert {"DINDUKCAPIL", "RSUD", "DPUPR"} <= set(surveyed)
    codes = [s.code for s in surveyed["DINDUKCAPIL"].survey_services]
    assert codes == ["ktp-el", "kartu-keluarga", "akta-kelahiran"]


def test_survey_services_are_stored_and_read_back(tmp_path: Path) -> None:
    base = small_festival()
    first = base.agencies[0]
    services = (
        Service("ktp-el", Text("KTP-el", "ID card"), 12000),
        Service("akta", Text("Akta Kelahiran"), None),
    )
    agency = dataclasses.replace(first, survey_enabled=True, survey_services=services)
    festival = dataclasses.replace(base, agencies=(agency, *base.agencies[1:]))
    db = open_booth_database(tmp_path / "booth.sqlite")
    replace_content(db, festival, [], None, "f" * 64)
    assert survey_services(db, first.code) == services
    loaded = load_festival(db).agency(first.code)
    assert loaded.survey_enabled and loaded.survey_services == services
    assert survey_services(db, "NOPE") == ()
    # A new pack without the survey replaces the old services.
    replace_content(db, base, [], None, "e" * 64)
    assert not load_festival(db).agency(first.code).has_survey
    assert survey_services(db, first.code) == ()
