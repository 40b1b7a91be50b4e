"""What the report's SKM section (templates/skm.html.j2) shows, laid out as agencies publish it.

Per agency: the IKM with its service quality (mutu) and unit performance
(kinerja), respondents against the Krejcie-Morgan sample, the IKM of each
service, the element table (NRR, weighted NRR, IKM), the respondents'
profile and the suggestions.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.skm import GRADES
from kiosk.results.analysis.skm import DemographicRow, SkmAgency, SkmUnit
from kiosk.results.report.skm_tables import REGULATION


def skm_context(agencies: list[SkmAgency]) -> dict[str, Any] | None:
    """The section's figures, or None when no agency ran the survey."""
    if not agencies:
        return None
    return {
        "regulation": REGULATION,
        "bands": _bands(),
        "agencies": [
            {
                "agency": a,
                "population": _population(a.total),
                "profile": _profile(a.demographics),
                "service_names": {u.service: u.name.id for u in a.services},
            }
            for a in agencies
        ],
    }


def _bands() -> str:
    upper = {"A": "100,00", "B": "88,30", "C": "76,60", "D": "64,99"}
    return "; ".join(
        f"{g.letter} {str(low).replace('.', ',')}–{upper[g.letter]} {g.quality}"
        for low, g in GRADES
    )


def _population(unit: SkmUnit) -> str:
    if unit.population is None:
        return "jumlah pengguna layanan per tahun tidak diketahui"
    return f"populasi {unit.population:,} pengguna layanan per tahun".replace(",", ".")


def _profile(rows: list[DemographicRow]) -> list[tuple[DemographicRow, int]]:
    """Each row with the rows its question spans (0 after the first row of a question)."""
    profile = []
    for n, d in enumerate(rows):
        first = n == 0 or rows[n - 1].question != d.question
        span = sum(1 for r in rows if r.question == d.question) if first else 0
        profile.append((d, span))
    return profile
