"""IKM arithmetic (Permen PAN-RB 14/2017) on examples worked by hand here."""

from __future__ import annotations

import pytest

from kiosk.domain.skm import (
    ELEMENT_CODES,
    ELEMENTS,
    SurveyError,
    SurveyResponse,
    compute_ikm,
    grade,
    krejcie_morgan,
)


def scores(*values: int | None) -> dict[str, int | None]:
    return dict(zip(ELEMENT_CODES, values, strict=True))


def test_worked_example() -> None:
    # Four respondents. Column totals by hand:
    #   U1 3+4+3+2=12  U2 3+3+3+3=12  U3 2+3+4+3=12  U4 4+4+4+4=16  U5 3+3+2+3=11
    #   U6 3+4+3+3=13  U7 4+4+4+3=15  U8 3+3+3+3=12  U9 2+3+3+3=11
    # NRR = total/4: 3, 3, 3, 4, 2.75, 3.25, 3.75, 3, 2.75 -> sum 28.5
    # IKM = 28.5 / 9 * 25 = 79.1666... -> B (Baik)
    responses = [
        scores(3, 3, 2, 4, 3, 3, 4, 3, 2),
        scores(4, 3, 3, 4, 3, 4, 4, 3, 3),
        scores(3, 3, 4, 4, 2, 3, 4, 3, 3),
        scores(2, 3, 3, 4, 3, 3, 3, 3, 3),
    ]
    result = compute_ikm(responses)
    assert result.respondents == 4
    assert result.nrr == {
        "U1": 3.0, "U2": 3.0, "U3": 3.0, "U4": 4.0, "U5": 2.75,
        "U6": 3.25, "U7": 3.75, "U8": 3.0, "U9": 2.75,
    }  # fmt: skip
    assert result.ikm == pytest.approx(79.16666666666667, abs=1e-12)
    assert result.grade is not None and (result.grade.letter, result.grade.quality) == (
        "B",
        "Baik",
    )
    assert result.weighted_nrr["U4"] == pytest.approx(4 / 9)


def test_equal_weights_are_not_rounded_to_0_111() -> None:
    # All 4s: with the rounded weight 0.111 the index would be 99.9, not 100.
    result = compute_ikm([scores(*[4] * 9)])
    assert result.ikm == 100.0


def test_skipped_element_does_not_distort_the_index() -> None:
    # Respondent 2 skipped U3: U3's NRR is over the one respondent who answered.
    result = compute_ikm([scores(4, 4, 2, 4, 4, 4, 4, 4, 4), scores(2, 2, None, 2, 2, 2, 2, 2, 2)])
    assert result.answered["U3"] == 1
    assert result.nrr["U3"] == 2.0 and result.nrr["U1"] == 3.0
    # (3*8 + 2) / 9 * 25 = 72.222...
    assert result.ikm == pytest.approx(26 / 9 * 25)


def test_demographics_and_suggestion_do_not_enter_the_index() -> None:
    plain = SurveyResponse("KTP", scores(*[3] * 9)).validated()
    full = SurveyResponse(
        "KTP", scores(*[3] * 9), "P", "30-39", "s1", "swasta", "Antrean lebih tertib"
    ).validated()
    assert compute_ikm([plain.scores]).ikm == compute_ikm([full.scores]).ikm == 75.0


def test_no_index_when_an_element_has_no_answer() -> None:
    result = compute_ikm([scores(3, 3, 3, 3, 3, 3, 3, 3, None)])
    assert result.ikm is None and result.grade is None
    assert compute_ikm([]).respondents == 0


@pytest.mark.parametrize(
    ("ikm", "letter"),
    [
        (100.0, "A"),
        (88.31, "A"),
        (88.305, "A"),  # rounds half up to 88.31
        (88.30, "B"),
        (88.3049, "B"),
        (76.61, "B"),
        (76.60, "C"),
        (65.00, "C"),
        (64.99, "D"),
        (64.995, "C"),
        (25.0, "D"),
    ],
)
def test_grade_band_edges(ikm: float, letter: str) -> None:
    assert grade(ikm).letter == letter


def test_grade_outside_the_scale_is_an_error() -> None:
    with pytest.raises(ValueError, match="outside 25-100"):
        grade(24.99)


@pytest.mark.parametrize(
    ("population", "needed"),
    [(10, 10), (50, 44), (100, 80), (1000, 278), (10000, 370), (None, 384)],
)
def test_krejcie_morgan_matches_the_published_table(population: int | None, needed: int) -> None:
    assert krejcie_morgan(population) == needed


def test_survey_response_validation_names_the_problem() -> None:
    with pytest.raises(SurveyError, match="U2: score must be 1 to 4"):
        SurveyResponse("KTP", {"U2": 5}).validated()
    with pytest.raises(SurveyError, match="no answers"):
        SurveyResponse("KTP", scores(*[None] * 9)).validated()
    with pytest.raises(SurveyError, match="unknown age group"):
        SurveyResponse("KTP", scores(*[3] * 9), age_group="99").validated()
    assert len(ELEMENTS) == 9
