"""Accessibility switches a visitor can flip on any screen, and what read-aloud says.

The state lasts one visit: `reset()` runs when the attract loop returns, so
the next visitor starts with the defaults (like the language).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.ui.qmlmodule import qml_singleton
from kiosk.ui.speech import NoSpeech, Speaker


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadAloud", text)


@qml_singleton("A11y")
class AccessibilityController(QObject):
    """Large text, high contrast, reduced motion and read-aloud, for QML and the Theme."""

    changed = Signal()
    panelChanged = Signal()

    def __init__(self, speaker: Speaker | None = None) -> None:
        super().__init__()
        self._large = False
        self._contrast = False
        self._motion = False
        self._panel = False
        self.speaker: Speaker = speaker or NoSpeech()
        self._flow: Any = None
        self._lang: Callable[[], str] = lambda: "id"

    def attach(self, flow: Any) -> None:
        """The visitor flow whose screen read-aloud describes."""
        self._flow = flow
        self._lang = lambda: str(flow.property("lang"))

    largeText = Property(bool, lambda self: self._large, notify=changed)
    highContrast = Property(bool, lambda self: self._contrast, notify=changed)
    reducedMotion = Property(bool, lambda self: self._motion, notify=changed)
    speechChanged = Signal()
    speechAvailable = Property(bool, lambda self: self.speaker.available, notify=speechChanged)
    panelOpen = Property(bool, lambda self: self._panel, notify=panelChanged)

    def use_speaker(self, speaker: Speaker) -> None:
        """Swap the speech engine (tests inject a fake one)."""
        self.speaker.stop()
        self.speaker = speaker
        self.speechChanged.emit()

    def _set(self, name: str, value: bool) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.changed.emit()

    @Slot(bool)
    def setLargeText(self, on: bool) -> None:
        self._set("_large", on)

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        self._set("_contrast", on)

    @Slot(bool)
    def setReducedMotion(self, on: bool) -> None:
        self._set("_motion", on)

    @Slot(bool)
    def setPanelOpen(self, on: bool) -> None:
        if on != self._panel:
            self._panel = on
            self.panelChanged.emit()

    @Slot()
    def reset(self) -> None:
        """Back to the defaults for the next visitor."""
        self.speaker.stop()
        self.setPanelOpen(False)
        if self._large or self._contrast or self._motion:
            self._large = self._contrast = self._motion = False
            self.changed.emit()

    @Slot()
    def readAloud(self) -> None:
        """Speak what the current screen shows, in the visitor's language."""
        self.setPanelOpen(False)
        if self.speaker.available:
            self.speaker.stop()
            self.speaker.speak(self.readAloudText(), self._lang())

    def readAloudText(self) -> str:
        """The current screen in sentences: where you are, what it says, what you can do."""
        flow = self._flow
        if flow is None:
            return ""
        screen = str(flow.property("screen"))
        detail: dict[str, Any] = flow.property("detail") or {}
        voted: dict[str, Any] = flow.property("votedInnovation") or {}
        parts: list[str]
        if screen == "detail" and detail:
            parts = [str(detail.get("title", "")), str(detail.get("summary", ""))]
            state = str(flow.property("voteState"))
            if state == "ready":
                parts.append(_tr("You can vote for this innovation: press Vote."))
            elif state == "voted":
                parts.append(_tr("You have voted for this innovation."))
            parts.append(_tr("Buttons: Back, Vote, Give feedback."))
        elif screen == "voteThanks":
            parts = [_tr("Thank you for your vote."), str(voted.get("title", ""))]
        else:
            parts = [_tr(SCREEN_SENTENCES.get(screen, SCREEN_SENTENCES["home"]))]
        return " ".join(p.strip() for p in parts if p and p.strip())


# Source sentences (English); their translations are in assets/translations (context ReadAloud).
SCREEN_SENTENCES = {
    "attract": "Touch the screen to start.",
    "home": "Choose an innovation to read about it and vote. Buttons: Festival map, Done.",
    "feedback": "Tell us what you think: choose a face, then press Next.",
    "feedbackThanks": "Thank you for your feedback.",
    "goodbye": "Thank you for visiting.",
    "map": "The festival map: every booth and where you are.",
    "staffCall": "Please call a member of staff.",
}
