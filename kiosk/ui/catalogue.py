"""Every fixed visitor text Python hands the screens, through Qt's translator like QML's.

There is one translation system: `assets/translations/gerai_<lang>.ts`. QML's texts
reach it through `qsTr`, Python's through `tr(context, source)` here. Two kinds of
Python source texts, each in contexts of its own:

- the fixed vocabulary of `kiosk.domain` (rating faces and feedback tags, the SKM's
  questions, answers and respondent categories, common innovation categories) is
  written there in Indonesian, the regulation's own words, which the organizers'
  report prints as they are. That Indonesian is the message's source (its id) in the
  `.ts` files, contexts `Feedback`, `Survey` and `Category`; domain code stays Qt-free.
- texts written in `kiosk.ui` (the survey's step titles, read-aloud) have English
  sources, as QML's do (contexts `SurveyForm`, `ReadAloud`).

`python_messages()` lists the domain's messages; tests/ui/test_translations.py checks
that each of them, and every `tr(...)` with literal texts in `kiosk/ui`, is translated
in every language. Contents the festival pack brings (titles, stories, captions,
service names) are not here: they are shown as the pack gives them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.feedback import RATINGS, TAGS
from kiosk.domain.festival import COMMON_CATEGORIES
from kiosk.domain.skm import AGE_GROUPS, EDUCATION, ELEMENTS, OCCUPATIONS, SEXES

FEEDBACK, SURVEY, CATEGORY = "Feedback", "Survey", "Category"


def tr(context: str, source: str) -> str:
    """`source` in the current UI language (the installed translator), or as written."""
    return QCoreApplication.translate(context, source)


def category(name: str) -> str:
    """An innovation's category in the UI language when it is a common one, else as the
    pack writes it."""
    return tr(CATEGORY, name) if name in COMMON_CATEGORIES else name


def python_messages() -> list[tuple[str, str]]:
    """(context, Indonesian source) of every fixed visitor text from `kiosk.domain`."""
    survey: list[str] = []
    for element in ELEMENTS:
        survey += [element.name, element.question, *element.answers]
    for choices in (SEXES, AGE_GROUPS, EDUCATION, OCCUPATIONS):
        survey += choices.values()
    messages = [(FEEDBACK, t) for t in (*RATINGS.values(), *TAGS.values())]
    messages += [(SURVEY, t) for t in survey]
    messages += [(CATEGORY, c) for c in COMMON_CATEGORIES]
    return list(dict.fromkeys(messages))
