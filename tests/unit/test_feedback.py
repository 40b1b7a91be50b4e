from __future__ import annotations

import pytest

from kiosk.domain.feedback import Feedback, FeedbackError


def test_contact_is_dropped_without_consent() -> None:
    clean = Feedback(rating=4, contact="0812 3456", consent=False).validated()
    assert clean.contact == ""
    assert Feedback(rating=4, contact=" 0812  3456 ", consent=True).validated().contact == (
        "0812 3456"
    )


@pytest.mark.parametrize(
    ("feedback", "message"),
    [
        (Feedback(rating=5), "rating must be 1 to 4"),
        (Feedback(tags=("bagus",)), "unknown tag: bagus"),
        (Feedback(comment="x" * 501), "comment longer than 500"),
        (Feedback(), "feedback is empty"),
    ],
)
def test_bad_feedback_names_the_problem(feedback: Feedback, message: str) -> None:
    with pytest.raises(FeedbackError, match=message):
        feedback.validated()
