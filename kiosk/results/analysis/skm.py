"""The satisfaction survey (SKM) results of a merged festival file, per agency and service.

Arithmetic from `kiosk.domain.skm` (Permenpan RB No. 14 Tahun 2017); this
module only reads the survey records and the services of the pack, and
lays the figures out as agencies publish them. Only records from intact
chains (`visitor_records`) are counted, as for votes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.domain.festival import Text
from kiosk.domain.skm import (
    AGE_GROUPS,
    EDUCATION,
    ELEMENT_CODES,
    FORMER_OCCUPATIONS,
    OCCUPATIONS,
    SEXES,
    IkmResult,
    compute_ikm,
    krejcie_morgan,
)
from kiosk.domain.text import escape_controls
from kiosk.storage.database import has_table

NOT_ANSWERED = Text("Tidak diisi", "Not answered")
# (record field, question label, categories) in the order agencies publish them.
DEMOGRAPHICS: tuple[tuple[str, Text, Mapping[str, str]], ...] = (
    ("sex", Text("Jenis kelamin", "Sex"), SEXES),
    ("age_group", Text("Usia", "Age"), AGE_GROUPS),
    ("education", Text("Pendidikan", "Education"), EDUCATION),
    ("occupation", Text("Pekerjaan", "Occupation"), OCCUPATIONS),
)
# Categories older booths stored and no booth offers now (e.g. "PNS/TNI/Polri" before it
# was split in three): counted as their own row, shown only where someone gave them.
FORMER: dict[str, Mapping[str, str]] = {"occupation": FORMER_OCCUPATIONS}


@dataclass(frozen=True)
class SurveyRecord:
    """One survey visitor record from the merged file."""

    agency: str
    service: str
    scores: dict[str, int | None]
    answers: dict[str, str | None]  # demographic field -> category code or None
    suggestion: str
    recorded_at: str


@dataclass(frozen=True)
class SkmUnit:
    """The IKM of one service, or of a whole agency (`service` empty)."""

    service: str
    name: Text
    population: int | None  # yearly service users; None when unknown
    result: IkmResult

    @property
    def needed(self) -> int:
        """Respondents the Krejcie-Morgan table asks for (384 when the population is unknown)."""
        return krejcie_morgan(self.population)

    @property
    def indicative(self) -> bool:
        """True when fewer respondents answered than the sample size needs."""
        return self.result.respondents < self.needed


@dataclass(frozen=True)
class DemographicRow:
    question: str  # record field, e.g. "sex"
    question_name: Text
    category: str  # category code, or "" for not answered
    category_name: Text
    count: int
    percent: float  # of the agency's respondents


@dataclass
class SkmAgency:
    """The survey results of one agency: total, per service, demographics, suggestions."""

    code: str
    name: str
    enabled: bool
    total: SkmUnit
    services: list[SkmUnit] = field(default_factory=list)
    demographics: list[DemographicRow] = field(default_factory=list)
    suggestions: list[SurveyRecord] = field(default_factory=list)


@dataclass(frozen=True)
class _Service:
    code: str
    name: Text
    population: int | None


def load_skm(conn: sqlite3.Connection) -> list[SkmAgency]:
    """Every agency with survey mode or survey records, by agency code."""
    records = survey_records(conn)
    services = _services(conn)
    enabled = _enabled(conn)
    names = {r[0]: r[1] for r in conn.execute("SELECT code, name FROM agencies")}
    codes = sorted(set(enabled) | {r.agency for r in records})
    return [
        _agency(
            code,
            names.get(code, code),
            enabled.get(code, False),
            services.get(code, []),
            [r for r in records if r.agency == code],
        )
        for code in codes
    ]


def survey_records(conn: sqlite3.Connection) -> list[SurveyRecord]:
    """All counted survey records, in a fixed order (kiosk, sequence)."""
    rows = conn.execute(
        "SELECT data, recorded_at FROM visitor_records WHERE kind = 'survey' ORDER BY kiosk_id, seq"
    ).fetchall()
    return [_record(json.loads(data), recorded_at) for data, recorded_at in rows]


def _record(data: dict[str, Any], recorded_at: str) -> SurveyRecord:
    scores = data.get("scores") or {}
    return SurveyRecord(
        agency=str(data.get("agency") or ""),
        service=str(data.get("service") or ""),
        scores={code: scores.get(code) for code in ELEMENT_CODES},
        answers={name: data.get(name) for name, _, _ in DEMOGRAPHICS},
        # Escaped: a changed kiosk could have kept control characters the booth removes.
        suggestion=escape_controls(str(data.get("suggestion") or "").strip()),
        recorded_at=recorded_at,
    )


def _services(conn: sqlite3.Connection) -> dict[str, list[_Service]]:
    if not has_table(conn, "survey_services"):  # merged before the survey existed
        return {}
    result: dict[str, list[_Service]] = {}
    for agency, code, name_id, name_en, population in conn.execute(
        "SELECT agency_code, code, name_id, name_en, population FROM survey_services"
        " ORDER BY agency_code, sort_order, code"
    ):
        result.setdefault(agency, []).append(_Service(code, Text(name_id, name_en), population))
    return result


def _enabled(conn: sqlite3.Connection) -> dict[str, bool]:
    if not has_table(conn, "survey_services"):
        return {}
    return {
        agency: bool(on)
        for agency, on in conn.execute(
            "SELECT agency_code, max(survey_enabled) FROM survey_services GROUP BY agency_code"
        )
        if on
    }


def _agency(
    code: str, name: str, enabled: bool, services: list[_Service], records: list[SurveyRecord]
) -> SkmAgency:
    known = {s.code for s in services}
    # A service answered but missing from the pack shown (an older pack) keeps its code.
    extra = sorted({r.service for r in records} - known)
    listed = services + [_Service(s, Text(s), None) for s in extra]
    units = [_unit(s, [r for r in records if r.service == s.code]) for s in listed]
    return SkmAgency(
        code=code,
        name=name,
        enabled=enabled,
        total=_unit(_Service("", Text("Seluruh layanan", "All services"), _total(listed)), records),
        services=units,
        demographics=demographics(records),
        suggestions=[r for r in records if r.suggestion],
    )


def _total(services: list[_Service]) -> int | None:
    """The agency's population: the sum of its services', or unknown if any is unknown."""
    populations = [s.population for s in services]
    if not populations or any(p is None for p in populations):
        return None
    return sum(p for p in populations if p is not None)


def _unit(service: _Service, records: list[SurveyRecord]) -> SkmUnit:
    return SkmUnit(
        service.code, service.name, service.population, compute_ikm(r.scores for r in records)
    )


def demographics(records: list[SurveyRecord]) -> list[DemographicRow]:
    """Counts and percentages per category of each question, "Tidak diisi" last."""
    rows = []
    total = len(records)
    for question, label, current in DEMOGRAPHICS:
        former = FORMER.get(question, {})
        known = {**former, **current}  # the old combined answer first, then its parts
        # An unknown code (a newer kiosk's category) is counted as not answered.
        given = [r.answers.get(question) for r in records]
        given = [g if g in known else "" for g in given]
        options = [(code, Text(name)) for code, name in known.items()] + [("", NOT_ANSWERED)]
        for code, text in options:
            count = sum(1 for g in given if g == code)
            if code in former and not count:
                continue
            percent = 100.0 * count / total if total else 0.0
            rows.append(DemographicRow(question, label, code, text, count, percent))
    return rows
