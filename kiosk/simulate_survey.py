"""Simulated visitors filling in the satisfaction survey (SKM) at a booth that offers it.

Scores lean to 3 ("Sesuai", "Mudah"...) as real SKM results do; some elements
are a little weaker (time, cost, complaint handling), demographics are often
left out, and now and then an element is skipped.
"""

from __future__ import annotations

import random

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.skm import AGE_GROUPS, EDUCATION, ELEMENT_CODES, OCCUPATIONS, SurveyResponse

SURVEY_SHARE = 0.14  # visitors at a survey booth who fill it in
SKIP_ELEMENT = 0.01  # chance to leave an element unanswered
SKIP_DEMOGRAPHICS = 0.3  # chance to skip each optional demographic question

# Weights of scores 1..4 per element: most answers "3", a few elements weaker.
_WEIGHTS = dict.fromkeys(ELEMENT_CODES, (2, 8, 60, 30)) | {
    "U3": (4, 18, 58, 20),
    "U4": (1, 4, 35, 60),  # many services are free
    "U9": (6, 20, 54, 20),
}
SUGGESTIONS = (
    "Antrean pagi hari mohon dipercepat.",
    "Petugas ramah, pertahankan.",
    "Mohon tambah kursi di ruang tunggu.",
    "Informasi persyaratan sebaiknya diumumkan di media sosial.",
    "Layanan daring kadang sulit diakses.",
    "Sudah baik, terima kasih.",
)


def fill_in_survey(booth: Booth, clock: ManualClock, rng: random.Random) -> None:
    """One visitor's questionnaire, answered at a believable pace, submitted through the booth."""
    services = booth.agency.survey_services
    service = rng.choice(services).code
    scores: dict[str, int | None] = {}
    for code in ELEMENT_CODES:
        clock.advance(rng.uniform(3, 9))  # reading the question, tapping an answer
        booth.touch()
        skipped = rng.random() < SKIP_ELEMENT
        scores[code] = None if skipped else rng.choices((1, 2, 3, 4), _WEIGHTS[code])[0]
    clock.advance(rng.uniform(5, 20))
    response = SurveyResponse(
        service=service,
        scores=scores,
        sex=_maybe(rng, ("L", "P")),
        age_group=_maybe(rng, tuple(AGE_GROUPS)),
        education=_maybe(rng, tuple(EDUCATION)),
        occupation=_maybe(rng, tuple(OCCUPATIONS)),
        suggestion=rng.choice(SUGGESTIONS) if rng.random() < 0.25 else "",
    )
    booth.submit_survey(response)


def _maybe(rng: random.Random, choices: tuple[str, ...]) -> str | None:
    return None if rng.random() < SKIP_DEMOGRAPHICS else rng.choice(choices)
