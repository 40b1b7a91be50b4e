"""The SKM questionnaire's state: service, nine elements, demographics, a suggestion.

Every text the screen shows comes from here, in the visitor's language, with the
regulation's wording from `kiosk.domain.skm`; QML only lays it out. An element
is left unanswered only through an explicit skip ("Lewati"), so the index
(`compute_ikm`) leaves it out instead of counting a guess. Like the feedback
form, it lives for one visit: `clear()` runs whenever a session ends.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.festival import Agency
from kiosk.domain.skm import (
    AGE_GROUPS,
    EDUCATION,
    ELEMENTS,
    OCCUPATIONS,
    SEXES,
    SurveyResponse,
)
from kiosk.domain.text import without_emoji
from kiosk.ui.catalogue import SURVEY, tr
from kiosk.ui.qmlmodule import qml_singleton

MAX_SUGGESTION = 500
SERVICE, ELEMENT, DEMOGRAPHICS, SUGGESTION = "service", "element", "demographics", "suggestion"
# Step index: 0 the service, 1..9 the elements U1..U9, then demographics, then the suggestion.
STEPS = (SERVICE,) + (ELEMENT,) * len(ELEMENTS) + (DEMOGRAPHICS, SUGGESTION)
# Texts written here have English sources (context "SurveyForm"); the regulation's words
# come from kiosk.domain.skm in Indonesian (context "Survey"). Both through kiosk.ui.catalogue.
FORM = "SurveyForm"
DEMOGRAPHIC_GROUPS: tuple[tuple[str, dict[str, str]], ...] = (
    ("sex", SEXES),
    ("age_group", AGE_GROUPS),
    ("education", EDUCATION),
    ("occupation", OCCUPATIONS),
)


def _title_text(kind: str) -> str:
    if kind == SERVICE:
        return tr(FORM, "Which service did you use?")
    if kind == DEMOGRAPHICS:
        return tr(FORM, "About you (optional)")
    return tr(FORM, "Your suggestion (optional)")


def _progress(kind: str, n: int, total: int) -> str:
    if kind == SERVICE:
        return tr(FORM, "Choose the service")
    if kind == ELEMENT:
        return tr(FORM, "Element %1 of %2").replace("%1", str(n)).replace("%2", str(total))
    if kind == DEMOGRAPHICS:
        return tr(FORM, "About you")
    return tr(FORM, "Suggestion")


def _group_label(key: str) -> str:
    labels = {
        "sex": tr(FORM, "Sex"),
        "age_group": tr(FORM, "Age"),
        "education": tr(FORM, "Education"),
        "occupation": tr(FORM, "Occupation"),
    }
    return labels[key]


@qml_singleton("SurveyForm")
class SurveyForm(QObject):
    """One visitor's questionnaire, a step at a time."""

    changed = Signal()

    def __init__(self, agency: Agency, lang: str = "id") -> None:
        super().__init__()
        self._agency = agency
        self._lang = lang  # the pack's service names; the rest follows the translator
        self.clear()

    def clear(self) -> None:
        """Forget every answer and go back to the first step."""
        self._step = 0
        self._service = ""
        self._scores: dict[str, int | None] = {}
        self._demographics: dict[str, str] = {}
        self._suggestion = ""
        self.changed.emit()

    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self.changed.emit()

    @property
    def available(self) -> bool:
        """The booth's agency runs the survey and has services to ask about."""
        return self._agency.has_survey

    @property
    def started(self) -> bool:
        """The visitor entered something (a service, a score or a skip, a detail, a word)."""
        return bool(self._service or self._scores or self._demographics or self._suggestion.strip())

    @property
    def answered(self) -> int:
        return sum(score is not None for score in self._scores.values())

    def response(self) -> SurveyResponse:
        """What the visitor entered, ready for `Booth.submit_survey`."""
        demo = self._demographics
        return SurveyResponse(
            service=self._service,
            scores={element.code: self._scores.get(element.code) for element in ELEMENTS},
            sex=demo.get("sex"),
            age_group=demo.get("age_group"),
            education=demo.get("education"),
            occupation=demo.get("occupation"),
            suggestion=self._suggestion,
        )

    # --- the current step -------------------------------------------------
    def _kind(self) -> str:
        return STEPS[self._step]

    def _element_index(self) -> int:
        return self._step - 1 if self._kind() == ELEMENT else -1

    def _title(self) -> str:
        kind = self._kind()
        if kind == ELEMENT:
            return tr(SURVEY, ELEMENTS[self._element_index()].name)
        return _title_text(kind)

    def _question(self) -> str:
        index = self._element_index()
        return tr(SURVEY, ELEMENTS[index].question) if index >= 0 else ""

    def _progress_text(self) -> str:
        return _progress(self._kind(), self._element_index() + 1, len(ELEMENTS))

    def _selected(self) -> str:
        kind = self._kind()
        if kind == SERVICE:
            return self._service
        if kind == ELEMENT:
            score = self._scores.get(ELEMENTS[self._element_index()].code)
            return str(score) if score is not None else ""
        return ""

    def _options(self) -> list[dict[str, Any]]:
        """The big answer buttons of this step: services, or the element's four answers."""
        kind, chosen = self._kind(), self._selected()
        if kind == SERVICE:
            pairs = [(s.code, s.name.get(self._lang)) for s in self._agency.survey_services]
        elif kind == ELEMENT:
            answers = ELEMENTS[self._element_index()].answers
            pairs = [(str(score), tr(SURVEY, label)) for score, label in enumerate(answers, 1)]
        else:
            pairs = []
        return [{"value": v, "label": label, "selected": v == chosen} for v, label in pairs]

    def _groups(self) -> list[dict[str, Any]]:
        """The demographic questions, each with "prefer not to say" first and chosen."""
        groups = []
        for key, choices in DEMOGRAPHIC_GROUPS:
            chosen = self._demographics.get(key, "")
            pairs = [("", tr(FORM, "Prefer not to say"))]
            pairs += [(code, tr(SURVEY, text)) for code, text in choices.items()]
            options = [{"value": v, "label": lbl, "selected": v == chosen} for v, lbl in pairs]
            groups.append({"key": key, "label": _group_label(key), "options": options})
        return groups

    def _can_next(self) -> bool:
        kind = self._kind()
        if kind in (SERVICE, ELEMENT):
            return self._selected() != ""
        if kind == SUGGESTION:
            return self.answered > 0
        return True

    def _hint(self) -> str:
        if self._kind() == SUGGESTION and not self.answered:
            return tr(FORM, "Answer at least one element before sending.")
        return ""

    step = Property(int, lambda self: self._step, notify=changed)
    stepCount = Property(int, lambda self: len(STEPS), constant=True)
    stepKind = Property(str, _kind, notify=changed)
    title = Property(str, _title, notify=changed)
    question = Property(str, _question, notify=changed)
    progressText = Property(str, _progress_text, notify=changed)
    progress = Property(float, lambda self: (self._step + 1) / len(STEPS), notify=changed)
    options = Property(list, _options, notify=changed)
    selected = Property(str, _selected, notify=changed)
    demographics = Property(list, _groups, notify=changed)
    suggestion = Property(str, lambda self: self._suggestion, notify=changed)
    maxSuggestion = Property(int, lambda self: MAX_SUGGESTION, constant=True)
    canNext = Property(bool, _can_next, notify=changed)
    canBack = Property(bool, lambda self: self._step > 0, notify=changed)
    canSkip = Property(bool, lambda self: self._kind() == ELEMENT, notify=changed)
    isLast = Property(bool, lambda self: self._step == len(STEPS) - 1, notify=changed)
    hint = Property(str, _hint, notify=changed)

    # --- what QML does --------------------------------------------------
    @Slot(str)
    def choose(self, value: str) -> None:
        """A tap on an answer button: the service, or the element's score 1..4."""
        kind = self._kind()
        if kind == SERVICE and any(s.code == value for s in self._agency.survey_services):
            self._service = value
        elif kind == ELEMENT and value in ("1", "2", "3", "4"):
            self._scores[ELEMENTS[self._element_index()].code] = int(value)
        else:
            return
        self.changed.emit()

    @Slot(str, str)
    def setDemographic(self, key: str, value: str) -> None:
        """ "" means "prefer not to say"."""
        choices = next((c for k, c in DEMOGRAPHIC_GROUPS if k == key), None)
        if choices is None or (value and value not in choices):
            return
        if value:
            self._demographics[key] = value
        else:
            self._demographics.pop(key, None)
        self.changed.emit()

    @Slot(str)
    def setSuggestion(self, text: str) -> None:
        text = without_emoji(text)[:MAX_SUGGESTION]
        if text != self._suggestion:
            self._suggestion = text
            self.changed.emit()

    @Slot()
    def next(self) -> None:
        if self._can_next() and self._step < len(STEPS) - 1:
            self._step += 1
            self.changed.emit()

    @Slot()
    def back(self) -> None:
        if self._step > 0:
            self._step -= 1
            self.changed.emit()

    @Slot()
    def skip(self) -> None:
        """ "Lewati": leave this element unanswered (out of its NRR) and go on."""
        if self._kind() != ELEMENT:
            return
        self._scores[ELEMENTS[self._element_index()].code] = None
        self._step += 1
        self.changed.emit()
