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

from kiosk.domain.text import without_controls


@dataclass(frozen=True)
class Element:
    code: str  # U1 .. U9
    name: str
    question: str
    answers: tuple[str, str, str, str]  # scores 1, 2, 3, 4


ELEMENTS: tuple[Element, ...] = (
    Element(
        "U1",
        "Persyaratan",
        (
            "Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis"
            " pelayanannya?"
        ),
        (
            "Tidak sesuai",
            "Kurang sesuai",
            "Sesuai",
            "Sangat sesuai",
        ),
    ),
    Element(
        "U2",
        "Sistem, mekanisme, dan prosedur",
        "Bagaimana pemahaman Anda tentang kemudahan prosedur pelayanan di unit ini?",
        (
            "Tidak mudah",
            "Kurang mudah",
            "Mudah",
            "Sangat mudah",
        ),
    ),
    Element(
        "U3",
        "Waktu penyelesaian",
        "Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?",
        (
            "Tidak cepat",
            "Kurang cepat",
            "Cepat",
            "Sangat cepat",
        ),
    ),
    Element(
        "U4",
        "Biaya/tarif",
        "Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?",
        (
            "Sangat mahal",
            "Cukup mahal",
            "Murah",
            "Gratis",
        ),
    ),
    Element(
        "U5",
        "Produk spesifikasi jenis pelayanan",
        (
            "Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum"
            " dalam standar pelayanan dengan hasil yang diberikan?"
        ),
        (
            "Tidak sesuai",
            "Kurang sesuai",
            "Sesuai",
            "Sangat sesuai",
        ),
    ),
    Element(
        "U6",
        "Kompetensi pelaksana",
        "Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?",
        (
            "Tidak kompeten",
            "Kurang kompeten",
            "Kompeten",
            "Sangat kompeten",
        ),
    ),
    Element(
        "U7",
        "Perilaku pelaksana",
        (
            "Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan"
            " dan keramahan?"
        ),
        (
            "Tidak sopan dan ramah",
            "Kurang sopan dan ramah",
            "Sopan dan ramah",
            "Sangat sopan dan ramah",
        ),
    ),
    Element(
        "U8",
        "Sarana dan prasarana",
        "Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?",
        (
            "Buruk",
            "Cukup",
            "Baik",
            "Sangat baik",
        ),
    ),
    Element(
        "U9",
        "Penanganan pengaduan, saran dan masukan",
        "Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?",
        (
            "Tidak ada",
            "Ada tetapi tidak berfungsi",
            "Berfungsi kurang maksimal",
            "Dikelola dengan baik",
        ),
    ),
)
ELEMENT_CODES = tuple(e.code for e in ELEMENTS)

# Optional demographics, as agencies publish them.
SEXES = {"L": "Laki-laki", "P": "Perempuan"}
AGE_GROUPS = {
    "<20": "Di bawah 20 tahun",
    "20-29": "20–29 tahun",
    "30-39": "30–39 tahun",
    "40-49": "40–49 tahun",
    "50+": "50 tahun ke atas",
}
EDUCATION = {
    "sd": "SD ke bawah",
    "smp": "SMP",
    "sma": "SMA/SMK",
    "d": "Diploma (D1–D4)",
    "s1": "S1",
    "s2": "S2 ke atas",
}
# PNS, TNI and Polri are three answers, as the regulation's sample form lists them.
OCCUPATIONS = {
    "pegawai_negeri": "PNS",
    "tni": "TNI",
    "polri": "Polri",
    "swasta": "Pegawai swasta",
    "wirausaha": "Wirausaha",
    "pelajar": "Pelajar/Mahasiswa",
    "lainnya": "Lainnya",
}

# Answers booths stored before the split, still read (merge, IKM, demographics), never
# offered: "pns" was the one answer "PNS/TNI/Polri" until December 2026.
FORMER_OCCUPATIONS = {"pns": "PNS/TNI/Polri"}


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
    quality: str  # as the regulation names it


GRADES = (
    (Decimal("88.31"), Grade("A", "Sangat Baik")),
    (Decimal("76.61"), Grade("B", "Baik")),
    (Decimal("65.00"), Grade("C", "Kurang Baik")),
    (Decimal("25.00"), Grade("D", "Tidak Baik")),
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
