"""The report's SKM section, laid out as agencies publish their survey results.

Per agency: the IKM with its service quality (mutu) and unit performance
(kinerja), respondents against the Krejcie-Morgan sample, the IKM of each
service, the element table (NRR, weighted NRR, IKM), the respondents'
profile and the suggestions.
"""

from __future__ import annotations

from html import escape

from kiosk.domain.skm import ELEMENTS, GRADES
from kiosk.results.analysis.skm import DemographicRow, SkmAgency, SkmUnit
from kiosk.results.report.html_parts import h2, table, td
from kiosk.results.report.skm_tables import REGULATION


def skm_section(agencies: list[SkmAgency]) -> str:
    """The whole section, or "" when no agency ran the survey."""
    if not agencies:
        return ""
    intro = (
        f'<p class="note">Menurut {REGULATION}: nilai rata-rata (NRR) tiap unsur = jumlah nilai '
        "/ jumlah responden yang menjawab; IKM = rata-rata NRR sembilan unsur × 25. "
        f"Interval: {_bands()}. Hasil bertanda <b>indikatif</b> bila responden kurang dari "
        "sampel minimal Krejcie-Morgan (kepercayaan 95%, galat 5%). / Per the regulation: "
        "IKM = mean of the nine element NRR × 25; <b>indicative</b> when respondents are fewer "
        "than the Krejcie-Morgan sample.</p>"
    )
    body = "".join(_agency(a) for a in agencies)
    return (
        '<section class="page">'
        + h2("Indeks Kepuasan Masyarakat (SKM)", "Public satisfaction survey")
        + intro
        + body
        + "</section>"
    )


def _bands() -> str:
    upper = {"A": "100,00", "B": "88,30", "C": "76,60", "D": "64,99"}
    return "; ".join(
        f"{g.letter} {str(low).replace('.', ',')}–{upper[g.letter]} {g.quality.id}"
        for low, g in GRADES
    )


def _agency(agency: SkmAgency) -> str:
    if not agency.total.result.respondents:
        return (
            f'<div class="agency"><h3>{escape(agency.name)} ({escape(agency.code)})</h3>'
            '<p class="note">Belum ada responden. / No respondents yet.</p></div>'
        )
    return (
        f'<div class="agency"><h3>{escape(agency.name)} ({escape(agency.code)})</h3>'
        + _cards(agency.total)
        + _services_table(agency)
        + _elements_table(agency.total)
        + "</div>"
        + _profile(agency.demographics)
        + _suggestions(agency)
    )


def _cards(unit: SkmUnit) -> str:
    r = unit.result
    ind = " ind" if unit.indicative else ""
    mark = ' <span class="warn">indikatif</span>' if unit.indicative else ""
    cards = [
        ("IKM", "index", _num(r.ikm, 2), ""),
        ("Mutu pelayanan", "grade", r.grade.letter if r.grade else "-", ""),
        ("Kinerja unit", "performance", r.grade.quality.id if r.grade else "-", ""),
        ("Responden / sampel", "respondents / needed", f"{r.respondents} / {unit.needed}", ind),
    ]
    html = "".join(
        f'<div class="card"><b class="{cls.strip()}">{escape(value)}</b>{escape(a)} '
        f'<span class="en">/ {escape(b)}</span></div>'
        for a, b, value, cls in cards
    )
    return f'<div class="cards skm-cards">{html}</div>{_ind_note(unit, mark)}'


def _ind_note(unit: SkmUnit, mark: str) -> str:
    if not unit.indicative:
        return ""
    population = (
        "jumlah pengguna layanan per tahun tidak diketahui"
        if unit.population is None
        else f"populasi {unit.population:,} pengguna layanan per tahun".replace(",", ".")
    )
    return (
        f'<p class="note">{mark}: {unit.result.respondents} responden, sampel minimal '
        f"{unit.needed} ({population}).</p>"
    )


def _services_table(agency: SkmAgency) -> str:
    head = [
        ("Jenis layanan", "Service"),
        ("Responden", "Respondents"),
        ("Sampel minimal", "Needed"),
        ("IKM", ""),
        ("Mutu", "Grade"),
        ("Kinerja", "Performance"),
        ("Ket.", "Note"),
    ]
    rows = [_service_row(u, "") for u in agency.services]
    rows.append(_service_row(agency.total, ' class="total"'))
    return table(head, rows)


def _service_row(unit: SkmUnit, cls: str) -> str:
    r = unit.result
    return (
        f"<tr{cls}>{td(unit.name.id)}{td(r.respondents, True)}{td(unit.needed, True)}"
        f"{td(_num(r.ikm, 2), True)}{td(r.grade.letter if r.grade else None)}"
        f"{td(r.grade.quality.id if r.grade else None)}"
        f"{td('indikatif' if unit.indicative else '')}</tr>"
    )


def _elements_table(unit: SkmUnit) -> str:
    r = unit.result
    head = [
        ("No", ""),
        ("Unsur pelayanan", "Element"),
        ("Responden menjawab", "Answered"),
        ("NRR per unsur", "Mean score"),
        ("NRR tertimbang", "Weighted"),
    ]
    rows = [
        f"<tr>{td(e.code)}{td(e.name.id)}{td(r.answered[e.code], True)}"
        f"{td(_num(r.nrr.get(e.code), 2), True)}{td(_num(r.weighted_nrr.get(e.code), 3), True)}"
        "</tr>"
        for e in ELEMENTS
    ]
    total = sum(r.weighted_nrr.values()) if r.ikm is not None else None
    rows += [
        _summary_row("Jumlah NRR tertimbang", _num(total, 3)),
        _summary_row("IKM unit pelayanan (× 25)", _num(r.ikm, 2)),
        _summary_row("Mutu pelayanan", r.grade.letter if r.grade else "-"),
        _summary_row("Kinerja unit pelayanan", r.grade.quality.id if r.grade else "-"),
    ]
    return table(head, rows)


def _summary_row(label: str, value: str) -> str:
    return f'<tr class="total"><td colspan="4">{escape(label)}</td>{td(value, True)}</tr>'


def _profile(rows: list[DemographicRow]) -> str:
    head = [
        ("Karakteristik", "Characteristic"),
        ("Kategori", "Category"),
        ("Jumlah", "Count"),
        ("Persentase", "Percent"),
    ]
    body = []
    for n, d in enumerate(rows):
        first = n == 0 or rows[n - 1].question != d.question
        span = sum(1 for r in rows if r.question == d.question)
        label = f'<td rowspan="{span}">{escape(d.question_name.id)}</td>' if first else ""
        body.append(
            f"<tr>{label}{td(d.category_name.id)}{td(d.count, True)}"
            f"{td(f'{d.percent:.1f}%', True)}</tr>"
        )
    return '<p class="note"><b>Profil responden</b> / respondents</p>' + table(head, body)


def _suggestions(agency: SkmAgency) -> str:
    names = {u.service: u.name.id for u in agency.services}
    quotes = "".join(
        f"<blockquote>{escape(s.suggestion)} <span class='note'>"
        f"({escape(names.get(s.service, s.service))}, {escape(s.recorded_at[:10])})</span>"
        "</blockquote>"
        for s in agency.suggestions
    )
    count = len(agency.suggestions)
    return f"<p class='note'><b>Saran dan masukan</b> / suggestions: {count}</p>{quotes}"


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"
