"""Visitor feedback: a four-face rating, quick-tap tags, an optional comment and contact."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.domain.text import without_controls

# The faces and tags in Indonesian. These words are also their message ids in the
# translation catalogue (assets/translations, context "Feedback"), which holds the
# English and Banyumasan: the screens translate them, the organizers' report prints them.
# 1-4 as the national public-satisfaction survey (SKM) scores its answers.
RATINGS: dict[int, str] = {
    1: "Tidak baik",
    2: "Kurang baik",
    3: "Baik",
    4: "Sangat baik",
}

TAGS: dict[str, str] = {
    "useful": "Bermanfaat",
    "clear": "Mudah dipahami",
    "creative": "Kreatif",
    "want_to_use": "Ingin mencobanya",
    "needs_work": "Perlu ditingkatkan",
}

MAX_COMMENT = 500
MAX_CONTACT = 120


class FeedbackError(ValueError):
    pass


@dataclass(frozen=True)
class Feedback:
    rating: int | None = None
    tags: tuple[str, ...] = ()
    comment: str = ""
    consent: bool = False
    contact: str = ""
    innovation_slug: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def validated(self) -> Feedback:
        """This feedback cleaned up, or FeedbackError naming what is wrong."""
        if self.rating is not None and self.rating not in RATINGS:
            raise FeedbackError(f"rating must be 1 to 4, not {self.rating}")
        unknown = [t for t in self.tags if t not in TAGS]
        if unknown:
            raise FeedbackError(f"unknown tag: {', '.join(unknown)}")
        # Controls removed before storing: SQLite's views would cut a comment at a NUL
        # while the hash chain kept all of it, and a terminal would obey an ESC.
        comment = " ".join(without_controls(self.comment).split())
        if len(comment) > MAX_COMMENT:
            raise FeedbackError(f"comment longer than {MAX_COMMENT} characters")
        contact = " ".join(without_controls(self.contact).split()) if self.consent else ""
        if len(contact) > MAX_CONTACT:
            raise FeedbackError(f"contact longer than {MAX_CONTACT} characters")
        if self.rating is None and not self.tags and not comment:
            raise FeedbackError("feedback is empty: choose a face, a tag or write a comment")
        return Feedback(
            self.rating,
            tuple(dict.fromkeys(self.tags)),
            comment,
            self.consent,
            contact,
            self.innovation_slug,
        )

    def record_data(self) -> dict[str, Any]:
        return {
            "rating": self.rating,
            "tags": list(self.tags),
            "comment": self.comment,
            "consent": self.consent,
            "contact": self.contact,
        }
