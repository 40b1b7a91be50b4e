"""The visitor screens: the one list the flow, Main.qml and `kiosk screenshot` share.

`VisitorFlow.screen` is one of the names; Main.qml loads the file of that name
(it reads `VisitorFlow.screenFiles`, this table); `kiosk screenshot` renders
each screen in the states listed here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Screen:
    """One visitor screen: its name in the flow, its QML file, its screenshot states."""

    name: str  # VisitorFlow.screen
    qml: str  # its file in kiosk/ui/qml/Gerai
    shots: tuple[str, ...]  # the states `kiosk screenshot` can show it in


SCREENS = (
    Screen("attract", "AttractScreen.qml", ("attract",)),
    Screen("home", "HomeScreen.qml", ("home", "home-voted", "idle-warning")),
    Screen("detail", "DetailScreen.qml", ("detail",)),
    Screen("voteThanks", "VoteThanksScreen.qml", ("vote-thanks",)),
    Screen("feedback", "FeedbackScreen.qml", ("feedback", "feedback-tags", "feedback-comment")),
    Screen("feedbackThanks", "FeedbackThanksScreen.qml", ("feedback-thanks",)),
    Screen("goodbye", "GoodbyeScreen.qml", ("goodbye",)),
    Screen("map", "MapScreen.qml", ("map", "map-booth")),
    Screen("staffCall", "StaffCallScreen.qml", ("staff-call",)),
    Screen(
        "survey",
        "SurveyScreen.qml",
        ("survey-service", "survey-element", "survey-demographics", "survey-suggestion"),
    ),
    Screen("surveyThanks", "SurveyThanksScreen.qml", ("survey-thanks",)),
)
SCREEN_FILES = {screen.name: screen.qml for screen in SCREENS}
SCREENSHOT_SCREENS = tuple(shot for screen in SCREENS for shot in screen.shots)
