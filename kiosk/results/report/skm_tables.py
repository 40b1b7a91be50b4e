"""SKM results as rows (workbook sheets, CSV, JSON) and as text for the terminal."""

from __future__ import annotations

from typing import Any

from kiosk.domain.skm import ELEMENTS
from kiosk.results.analysis.figures import Row, Table
from kiosk.results.analysis.skm import SkmAgency, SkmUnit

REGULATION = "Permenpan RB No. 14 Tahun 2017"
INDICATIVE = "indikatif"
SUMMARY_COLUMNS = [
    "agency_code", "agency", "service_code", "service", "population", "respondents",
    "sample_needed", "indicative", *(f"nrr_{e.code.lower()}" for e in ELEMENTS), "ikm",
    "grade", "performance",
]  # fmt: skip
ELEMENT_COLUMNS = [
    "agency_code", "service_code", "element", "element_name", "answered", "total_score", "nrr",
    "nrr_weighted",
]  # fmt: skip
DEMOGRAPHIC_COLUMNS = ["agency_code", "question", "category", "label", "count", "percent"]
SUGGESTION_COLUMNS = ["agency_code", "service_code", "recorded_at", "suggestion"]


def units(agency: SkmAgency) -> list[SkmUnit]:
    """The agency's total first, then each service."""
    return [agency.total, *agency.services]


def summary_row(agency: SkmAgency, unit: SkmUnit) -> Row:
    """One line of the summary: respondents against the sample size, NRR per element, IKM."""
    r = unit.result
    return {
        "agency_code": agency.code,
        "agency": agency.name,
        "service_code": unit.service,
        "service": unit.name.id,
        "population": unit.population,
        "respondents": r.respondents,
        "sample_needed": unit.needed,
        "indicative": int(unit.indicative),
        **{f"nrr_{e.code.lower()}": _round(r.nrr.get(e.code), 4) for e in ELEMENTS},
        "ikm": _round(r.ikm, 2),
        "grade": r.grade.letter if r.grade else None,
        "performance": r.grade.quality if r.grade else None,
    }


def element_rows(agency: SkmAgency, unit: SkmUnit) -> list[Row]:
    """The published element table: answered, total score, NRR and weighted NRR per element."""
    r = unit.result
    weighted = r.weighted_nrr
    return [
        {
            "agency_code": agency.code,
            "service_code": unit.service,
            "element": e.code,
            "element_name": e.name,
            "answered": r.answered[e.code],
            "total_score": round(r.nrr[e.code] * r.answered[e.code]) if e.code in r.nrr else 0,
            "nrr": _round(r.nrr.get(e.code), 4),
            "nrr_weighted": _round(weighted.get(e.code), 4),
        }
        for e in ELEMENTS
    ]


def skm_sheets(agencies: list[SkmAgency]) -> list[tuple[str, str, Table]]:
    """(sheet title, CSV stem, rows) of the four SKM tables."""
    summary = [summary_row(a, u) for a in agencies for u in units(a)]
    elements = [row for a in agencies for u in units(a) for row in element_rows(a, u)]
    demographics = [
        {
            "agency_code": a.code,
            "question": d.question_name.id,
            "category": d.category,
            "label": d.category_name.id,
            "count": d.count,
            "percent": round(d.percent, 1),
        }
        for a in agencies
        for d in a.demographics
    ]
    suggestions = [
        {
            "agency_code": a.code,
            "service_code": s.service,
            "recorded_at": s.recorded_at,
            "suggestion": s.suggestion,
        }
        for a in agencies
        for s in a.suggestions
    ]
    return [
        ("SKM", "skm", Table(SUMMARY_COLUMNS, summary)),
        ("SKM unsur", "skm-elements", Table(ELEMENT_COLUMNS, elements)),
        ("SKM responden", "skm-respondents", Table(DEMOGRAPHIC_COLUMNS, demographics)),
        ("SKM saran", "skm-suggestions", Table(SUGGESTION_COLUMNS, suggestions)),
    ]


def skm_json(agencies: list[SkmAgency]) -> dict[str, Any]:
    """Everything `kiosk results --skm --json` prints."""
    return {
        "regulation": REGULATION,
        "agencies": [
            {
                "code": a.code,
                "name": a.name,
                "survey_enabled": a.enabled,
                "total": summary_row(a, a.total) | {"elements": element_rows(a, a.total)},
                "services": [
                    summary_row(a, u) | {"elements": element_rows(a, u)} for u in a.services
                ],
                "demographics": [
                    {
                        "question": d.question,
                        "category": d.category or None,
                        "label": d.category_name.id,
                        "count": d.count,
                        "percent": round(d.percent, 1),
                    }
                    for d in a.demographics
                ],
                "suggestions": [
                    {"service": s.service, "recorded_at": s.recorded_at, "text": s.suggestion}
                    for s in a.suggestions
                ],
            }
            for a in agencies
        ],
    }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
