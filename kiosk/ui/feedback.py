"""The feedback form's state: a face, tags, a comment, and contact only with consent.

It lives only as long as one visit: `clear()` runs whenever a session ends, so
nothing typed by one visitor is ever seen by the next.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.feedback import MAX_COMMENT, MAX_CONTACT, RATINGS, Feedback
from kiosk.domain.text import without_emoji
from kiosk.ui.catalogue import FEEDBACK, tr
from kiosk.ui.models import TagModel
from kiosk.ui.qmlmodule import qml_singleton

STEPS = 3  # 1: face, 2: tags, 3: comment and contact


@qml_singleton("FeedbackForm")
class FeedbackForm(QObject):
    changed = Signal()

    def __init__(self, lang: str = "id") -> None:
        super().__init__()
        self._lang = lang
        self._tags = TagModel(lang)
        self.clear()

    def clear(self) -> None:
        """Forget everything the visitor chose or typed."""
        self._step = 1
        self._rating = 0
        self._comment = ""
        self._consent = False
        self._contact = ""
        self._slug = ""
        self._title = ""
        self._tags.clear()
        self.changed.emit()

    def begin(self, slug: str, title: str) -> None:
        self.clear()
        self._slug, self._title = slug, title
        self.changed.emit()

    def set_lang(self, lang: str, title: str | None = None) -> None:
        self._lang = lang
        self._tags.set_lang(lang)
        if title is not None:
            self._title = title
        self.changed.emit()

    def feedback(self) -> Feedback:
        """What the visitor entered, ready for `Booth.submit_feedback`."""
        return Feedback(
            rating=self._rating or None,
            tags=self._tags.selected,
            comment=self._comment,
            consent=self._consent,
            contact=self._contact if self._consent else "",
            innovation_slug=self._slug or None,
        )

    @property
    def is_empty(self) -> bool:
        return not (self._rating or self._tags.selected or self._comment.strip())

    # --- what QML reads -------------------------------------------------
    def _ratings(self) -> list[dict[str, Any]]:
        return [{"value": v, "label": tr(FEEDBACK, t)} for v, t in RATINGS.items()]

    step = Property(int, lambda self: self._step, notify=changed)
    stepCount = Property(int, lambda self: STEPS, constant=True)
    rating = Property(int, lambda self: self._rating, notify=changed)
    ratings = Property(list, _ratings, notify=changed)
    tags = Property(QObject, lambda self: self._tags, constant=True)
    comment = Property(str, lambda self: self._comment, notify=changed)
    consent = Property(bool, lambda self: self._consent, notify=changed)
    contact = Property(str, lambda self: self._contact, notify=changed)
    innovationSlug = Property(str, lambda self: self._slug, notify=changed)
    innovationTitle = Property(str, lambda self: self._title, notify=changed)
    canSend = Property(bool, lambda self: not self.is_empty, notify=changed)
    # "Lanjut" leaves the faces only once one is chosen.
    canNext = Property(bool, lambda self: self._step != 1 or self._rating != 0, notify=changed)
    maxComment = Property(int, lambda self: MAX_COMMENT, constant=True)
    maxContact = Property(int, lambda self: MAX_CONTACT, constant=True)

    # --- what QML does --------------------------------------------------
    @Slot(int)
    def setRating(self, value: int) -> None:
        self._rating = value if value in RATINGS else 0
        self.changed.emit()

    @Slot(str)
    def toggleTag(self, key: str) -> None:
        self._tags.toggle(key)
        self.changed.emit()

    @Slot(str, result=str)
    def typeable(self, text: str) -> str:
        """`text` without what the kiosk's font cannot show (emoji): the text boxes drop
        them as they are typed, and say so."""
        return without_emoji(text)

    @Slot(str)
    def setComment(self, text: str) -> None:
        text = without_emoji(text)[:MAX_COMMENT]
        if text != self._comment:
            self._comment = text
            self.changed.emit()

    @Slot(bool)
    def setConsent(self, consent: bool) -> None:
        self._consent = consent
        if not consent:
            self._contact = ""  # withdrawn consent takes the contact with it
        self.changed.emit()

    @Slot(str)
    def setContact(self, text: str) -> None:
        text = text[:MAX_CONTACT]
        if text != self._contact:
            self._contact = text
            self.changed.emit()

    @Slot()
    def nextStep(self) -> None:
        if self._step == 1 and not self._rating:
            return
        self._step = min(STEPS, self._step + 1)
        self.changed.emit()

    @Slot()
    def previousStep(self) -> None:
        self._step = max(1, self._step - 1)
        self.changed.emit()
