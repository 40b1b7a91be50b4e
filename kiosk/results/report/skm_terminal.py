"""`kiosk results --skm`: the satisfaction survey per agency and service, Indonesian first."""

from __future__ import annotations

from kiosk.domain.skm import ELEMENTS
from kiosk.results.analysis.skm import SkmAgency, SkmUnit
from kiosk.results.report.skm_tables import INDICATIVE, REGULATION, units


def render_skm(agencies: list[SkmAgency]) -> str:
    """Per agency: IKM per service, the element table of the total, respondents, suggestions."""
    head = (
        "Indeks Kepuasan Masyarakat (SKM) / Public satisfaction index\n"
        f"{REGULATION}: IKM = rata-rata NRR sembilan unsur x 25 / mean of the nine NRR x 25"
    )
    if not agencies:
        return head + "\n\nTidak ada OPD dengan survei / no agency ran the survey.\n"
    return "\n\n".join([head, *(_agency(a) for a in agencies)]) + "\n"


def _agency(agency: SkmAgency) -> str:
    off = "" if agency.enabled else "  (mode survei tidak aktif / survey mode off)"
    lines = [f"{agency.code}: {agency.name}{off}"]
    if not agency.total.result.respondents:
        return "\n".join([*lines, "  Belum ada responden / no respondents yet"])
    lines += [_unit_header(), *(_unit_line(u) for u in units(agency)), ""]
    lines.append(f"  {'Unsur pelayanan / Element':<46} {'Jawab':>5} {'NRR':>6} {'Tertimbang':>10}")
    r = agency.total.result
    for e in ELEMENTS:
        nrr = r.nrr.get(e.code)
        weighted = r.weighted_nrr.get(e.code)
        lines.append(
            f"  {e.code:<3} {_cut(e.name, 42):<42} {r.answered[e.code]:>5}"
            f" {_num(nrr, 2):>6} {_num(weighted, 3):>10}"
        )
    lines.append(_respondents(agency))
    lines += _suggestions(agency)
    return "\n".join(lines)


def _unit_header() -> str:
    return (
        f"  {'Layanan / Service':<38} {'Resp.':>5} {'Perlu':>5} {'IKM':>6}  Mutu  Kinerja"
        " / Performance"
    )


def _unit_line(unit: SkmUnit) -> str:
    r = unit.result
    grade = r.grade.letter if r.grade else "-"
    quality = r.grade.quality if r.grade else "belum lengkap / incomplete"
    mark = f"  [{INDICATIVE}]" if unit.indicative else ""
    return (
        f"  {_cut(unit.name.id, 38):<38} {r.respondents:>5} {unit.needed:>5}"
        f" {_num(r.ikm, 2):>6}  {grade:<4}  {quality}{mark}"
    )


def _respondents(agency: SkmAgency) -> str:
    parts = []
    for question in dict.fromkeys(d.question for d in agency.demographics):
        rows = [d for d in agency.demographics if d.question == question and d.count]
        label = rows[0].question_name.id if rows else question
        parts.append(f"{label}: " + ", ".join(f"{d.category_name.id} {d.count}" for d in rows))
    return "  Responden / respondents: " + (
        "; ".join(parts) if agency.total.result.respondents else "-"
    )


def _suggestions(agency: SkmAgency) -> list[str]:
    if not agency.suggestions:
        return ["  Saran / suggestions: -"]
    lines = [f"  Saran / suggestions ({len(agency.suggestions)}):"]
    lines += [f"    - [{s.service}] {s.suggestion}" for s in agency.suggestions]
    return lines


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
