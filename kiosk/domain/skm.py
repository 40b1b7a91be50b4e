"""The public satisfaction survey (Survei Kepuasan Masyarakat, SKM) and its index (IKM).

Elements, answer wording and arithmetic follow Peraturan Menteri PAN-RB
No. 14 Tahun 2017: nine elements scored 1-4; NRR per element = total score /
respondents who answered it; IKM = mean of the nine NRR (equal weights, kept
unrounded) x 25; the grade comes from the IKM rounded to two decimals, the
precision at which the regulation's bands are written.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kiosk.domain.festival import Text
from kiosk.domain.text import without_controls


@dataclass(frozen=True)
class Element:
    code: str  # U1 .. U9
    name: Text
    question: Text
    answers: tuple[Text, Text, Text, Text]  # scores 1, 2, 3, 4


ELEMENTS: tuple[Element, ...] = (
    Element(
        "U1",
        Text("Persyaratan", "Requirements"),
        Text(
            "Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis"
            " pelayanannya?",
            "How well do the service requirements fit the type of service?",
        ),
        (
            Text("Tidak sesuai", "Not suitable"),
            Text("Kurang sesuai", "Somewhat unsuitable"),
            Text("Sesuai", "Suitable"),
            Text("Sangat sesuai", "Very suitable"),
        ),
    ),
    Element(
        "U2",
        Text("Sistem, mekanisme, dan prosedur", "System, mechanism and procedure"),
        Text(
            "Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?",
            "How easy is the service procedure at this unit?",
        ),
        (
            Text("Tidak mudah", "Not easy"),
            Text("Kurang mudah", "Somewhat difficult"),
            Text("Mudah", "Easy"),
            Text("Sangat mudah", "Very easy"),
        ),
    ),
    Element(
        "U3",
        Text("Waktu penyelesaian", "Completion time"),
        Text(
            "Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?",
            "How fast is the service delivered?",
        ),
        (
            Text("Tidak cepat", "Not fast"),
            Text("Kurang cepat", "Somewhat slow"),
            Text("Cepat", "Fast"),
            Text("Sangat cepat", "Very fast"),
        ),
    ),
    Element(
        "U4",
        Text("Biaya/tarif", "Cost/fee"),
        Text(
            "Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?",
            "How fair is the cost or fee of the service?",
        ),
        (
            Text("Sangat mahal", "Very expensive"),
            Text("Cukup mahal", "Fairly expensive"),
            Text("Murah", "Cheap"),
            Text("Gratis", "Free"),
        ),
    ),
    Element(
        "U5",
        Text("Produk spesifikasi jenis pelayanan", "Service product specification"),
        Text(
            "Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum"
            " dalam standar pelayanan dengan hasil yang diberikan?",
            "How well does the service result match what the service standard promises?",
        ),
        (
            Text("Tidak sesuai", "Not suitable"),
            Text("Kurang sesuai", "Somewhat unsuitable"),
            Text("Sesuai", "Suitable"),
            Text("Sangat sesuai", "Very suitable"),
        ),
    ),
    Element(
        "U6",
        Text("Kompetensi pelaksana", "Staff competence"),
        Text(
            "Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?",
            "How competent are the staff who served you?",
        ),
        (
            Text("Tidak kompeten", "Not competent"),
            Text("Kurang kompeten", "Somewhat incompetent"),
            Text("Kompeten", "Competent"),
            Text("Sangat kompeten", "Very competent"),
        ),
    ),
    Element(
        "U7",
        Text("Perilaku pelaksana", "Staff conduct"),
        Text(
            "Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan"
            " dan keramahan?",
            "How polite and friendly were the staff?",
        ),
        (
            Text("Tidak sopan dan ramah", "Not polite or friendly"),
            Text("Kurang sopan dan ramah", "Somewhat impolite"),
            Text("Sopan dan ramah", "Polite and friendly"),
            Text("Sangat sopan dan ramah", "Very polite and friendly"),
        ),
    ),
    Element(
        "U8",
        Text("Sarana dan prasarana", "Facilities and infrastructure"),
        Text(
            "Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?",
            "How good are the facilities and infrastructure?",
        ),
        (
            Text("Buruk", "Poor"),
            Text("Cukup", "Adequate"),
            Text("Baik", "Good"),
            Text("Sangat baik", "Very good"),
        ),
    ),
    Element(
        "U9",
        Text("Penanganan pengaduan, saran dan masukan", "Handling of complaints and suggestions"),
        Text(
            "Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?",
            "How are complaints from service users handled?",
        ),
        (
            Text("Tidak ada", "Not available"),
            Text("Ada tetapi tidak berfungsi", "Available but not working"),
            Text("Berfungsi kurang maksimal", "Working, but not fully"),
            Text("Dikelola dengan baik", "Well managed"),
        ),
    ),
)
ELEMENT_CODES = tuple(e.code for e in ELEMENTS)

# Optional demographics, as agencies publish them.
SEXES = {"L": Text("Laki-laki", "Male"), "P": Text("Perempuan", "Female")}
AGE_GROUPS = {
    "<20": Text("Di bawah 20 tahun", "Under 20"),
    "20-29": Text("20–29 tahun", "20–29"),
    "30-39": Text("30–39 tahun", "30–39"),
    "40-49": Text("40–49 tahun", "40–49"),
    "50+": Text("50 tahun ke atas", "50 and over"),
}
EDUCATION = {
    "sd": Text("SD ke bawah", "Primary or less"),
    "smp": Text("SMP", "Junior secondary"),
    "sma": Text("SMA/SMK", "Senior secondary"),
    "d": Text("Diploma (D1–D4)", "Diploma"),
    "s1": Text("S1", "Bachelor"),
    "s2": Text("S2 ke atas", "Master or higher"),
}
OCCUPATIONS = {
    "pns": Text("PNS/TNI/Polri", "Civil servant/military/police"),
    "swasta": Text("Pegawai swasta", "Private employee"),
    "wirausaha": Text("Wirausaha", "Self-employed"),
    "pelajar": Text("Pelajar/Mahasiswa", "Student"),
    "lainnya": Text("Lainnya", "Other"),
}


class SurveyError(ValueError):
    pass


@dataclass(frozen=True)
class SurveyResponse:
    service: str
    scores: Mapping[str, int | None]  # element code -> 1..4, or None when skipped
    sex: str | None = None
    age_group: str | None = None
    education: str | None = None
    occupation: str | None = None
    suggestion: str = ""

    def validated(self) -> SurveyResponse:
        if not self.service:
            raise SurveyError("choose the service you used")
        unknown = sorted(set(self.scores) - set(ELEMENT_CODES))
        if unknown:
            raise SurveyError(f"unknown survey element: {', '.join(unknown)}")
        for code, score in self.scores.items():
            if score is not None and score not in (1, 2, 3, 4):
                raise SurveyError(f"{code}: score must be 1 to 4, not {score}")
        if all(self.scores.get(code) is None for code in ELEMENT_CODES):
            raise SurveyError("the survey has no answers")
        for value, allowed, name in (
            (self.sex, SEXES, "sex"),
            (self.age_group, AGE_GROUPS, "age group"),
            (self.education, EDUCATION, "education"),
            (self.occupation, OCCUPATIONS, "occupation"),
        ):
            if value is not None and value not in allowed:
                raise SurveyError(f"unknown {name}: {value}")
        return self

    def record_data(self) -> dict[str, object]:
        return {
            "service": self.service,
            "scores": {code: self.scores.get(code) for code in ELEMENT_CODES},
            "sex": self.sex,
            "age_group": self.age_group,
            "education": self.education,
            "occupation": self.occupation,
            "suggestion": " ".join(without_controls(self.suggestion).split()),
        }


@dataclass(frozen=True)
class Grade:
    letter: str
    quality: Text


GRADES = (
    (Decimal("88.31"), Grade("A", Text("Sangat Baik", "Very good"))),
    (Decimal("76.61"), Grade("B", Text("Baik", "Good"))),
    (Decimal("65.00"), Grade("C", Text("Kurang Baik", "Fair"))),
    (Decimal("25.00"), Grade("D", Text("Tidak Baik", "Poor"))),
)


def grade(ikm: float) -> Grade:
    """The quality grade of an IKM value (graded at two decimals, rounded half up)."""
    value = Decimal(repr(ikm)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if not Decimal("25.00") <= value <= Decimal("100.00"):
        raise ValueError(f"IKM {ikm} is outside 25-100")
    for lower, result in GRADES:
        if value >= lower:
            return result
    raise AssertionError("unreachable: D starts at 25.00")


@dataclass(frozen=True)
class IkmResult:
    respondents: int  # responses with at least one element answered
    answered: dict[str, int]  # element -> respondents who answered it
    nrr: dict[str, float]  # element -> mean score (1..4)
    ikm: float | None  # None when some element has no answer at all
    grade: Grade | None

    @property
    def weighted_nrr(self) -> dict[str, float]:
        """NRR x 1/9, the "NRR tertimbang" column of published tables."""
        return {code: value / len(ELEMENTS) for code, value in self.nrr.items()}


def compute_ikm(responses: Iterable[Mapping[str, int | None]]) -> IkmResult:
    """IKM from each respondent's element scores; a skipped element is left out of its NRR."""
    totals = dict.fromkeys(ELEMENT_CODES, 0)
    answered = dict.fromkeys(ELEMENT_CODES, 0)
    respondents = 0
    for scores in responses:
        counted = False
        for code in ELEMENT_CODES:
            score = scores.get(code)
            if score is not None:
                totals[code] += score
                answered[code] += 1
                counted = True
        respondents += counted
    nrr = {code: totals[code] / answered[code] for code in ELEMENT_CODES if answered[code]}
    if len(nrr) < len(ELEMENTS):
        return IkmResult(respondents, answered, nrr, None, None)
    ikm = sum(nrr.values()) / len(ELEMENTS) * 25
    return IkmResult(respondents, answered, nrr, ikm, grade(ikm))


def krejcie_morgan(population: int | None) -> int:
    """Respondents needed for a population (95 % confidence, 5 % margin, P = 0.5).

    s = X^2 N P (1 - P) / (d^2 (N - 1) + X^2 P (1 - P)), X^2 = 3.841. An unknown
    population is treated as very large (384). Rounded to the nearest whole
    respondent, as the published Krejcie-Morgan table is (N = 50 gives 44).
    """
    chi2, p, d = 3.841, 0.5, 0.05
    if population is None:
        size = chi2 * p * (1 - p) / d**2
    elif population < 1:
        raise ValueError("population must be at least 1")
    else:
        size = chi2 * population * p * (1 - p) / (d**2 * (population - 1) + chi2 * p * (1 - p))
    return math.floor(size + 0.5)
