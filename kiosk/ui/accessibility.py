"""Accessibility switches a visitor can flip on any screen, and what read-aloud says.

The state lasts one visit: `reset()` runs when the attract loop returns, so
the next visitor starts with the defaults (like the language).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.catalogue import tr
from kiosk.ui.qmlmodule import qml_singleton
from kiosk.ui.speech import BackgroundSpeaker, NoSpeech, Speaker

READ_ALOUD = "ReadAloud"
MAP = "MapScreen"  # the booth panel's words, read as it shows them


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
        self._background: BackgroundSpeaker | None = None
        self._flow: Any = None
        self._window: QQuickWindow | None = None
        self._lang: Callable[[], str] = lambda: "id"

    def attach(self, flow: Any, window: QQuickWindow | None = None) -> None:
        """The visitor flow whose screen read-aloud describes, in `window`."""
        self._flow = flow
        self._window = window
        self._lang = lambda: str(flow.property("lang"))
        flow.langChanged.connect(self.speechChanged)  # a voice for this language?

    largeText = Property(bool, lambda self: self._large, notify=changed)
    highContrast = Property(bool, lambda self: self._contrast, notify=changed)
    reducedMotion = Property(bool, lambda self: self._motion, notify=changed)
    speechChanged = Signal()
    # Offered only when it is heard: an engine with a voice for the visitor's language.
    speechAvailable = Property(
        bool, lambda self: self.speaker.status.has_voice(self._lang()), notify=speechChanged
    )
    # For the staff dashboard (Indonesian): whether read-aloud is offered, else why not.
    speechNote = Property(str, lambda self: self.speaker.status.indonesian(), notify=speechChanged)
    panelOpen = Property(bool, lambda self: self._panel, notify=panelChanged)

    def use_speaker(self, speaker: Speaker) -> None:
        """Swap the speech engine (tests inject a fake one)."""
        self.speaker.stop()
        self.speaker = speaker
        self.speechChanged.emit()

    def start_speech(self, speaker: BackgroundSpeaker) -> None:
        """Check this machine's speech engine in the background; offered once it is heard."""
        self.close_speech()
        self._background = speaker
        speaker.changed.connect(self.speechChanged)
        self.use_speaker(speaker)
        speaker.start()

    def close_speech(self) -> None:
        """Stop the speech thread, if one runs (the window is closing)."""
        if self._background is not None:
            self._background.close()
            self._background = None

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
        if self.speaker.status.has_voice(self._lang()):
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
            buttons = self.buttons_shown(DETAIL_BUTTONS)
            if state == "ready" and "voteButton" in buttons:
                parts.append(tr(READ_ALOUD, "You can vote for this innovation: press Vote."))
            elif state == "voted":
                parts.append(tr(READ_ALOUD, "You have voted for this innovation."))
            if buttons:
                names = ", ".join(buttons.values())
                parts.append(tr(READ_ALOUD, "Buttons: %1.").replace("%1", names))
        elif screen == "map" and (booth := flow.property("mapBooth") or {}):
            parts = booth_sentences(booth, self.buttons_shown(("boothPanelClose",)))
        elif screen == "voteThanks":
            parts = [tr(READ_ALOUD, "Thank you for your vote."), str(voted.get("title", ""))]
        else:
            parts = [tr(READ_ALOUD, SCREEN_SENTENCES.get(screen, SCREEN_SENTENCES["home"]))]
        return " ".join(p.strip() for p in parts if p and p.strip())

    def buttons_shown(self, names: tuple[str, ...]) -> dict[str, str]:
        """objectName -> label of the buttons among `names` a visitor can press now
        (visible and enabled on the window), in the order of `names`."""
        if self._window is None:
            return {}
        found: dict[str, str] = {}
        pending: list[QQuickItem] = [self._window.contentItem()]
        while pending:
            item = pending.pop()
            if not item.isVisible() or not item.isEnabled() or item.opacity() == 0:
                continue
            if item.objectName() in names:
                found[item.objectName()] = str(item.property("text") or "").lstrip("‹ ").strip()
            pending.extend(item.childItems())
        return {name: found[name] for name in names if found.get(name)}


def booth_sentences(booth: dict[str, Any], buttons: dict[str, str]) -> list[str]:
    """A booth touched on the map, as its panel shows it (the panel's own words)."""
    title = tr(MAP, "Booth %1 · %2").replace("%1", booth["booth"]).replace("%2", booth["name"])
    parts = [title + "."]
    if booth["innovations"]:
        listed = "; ".join(booth["innovations"])
        parts += [f"{tr(MAP, 'Innovations at this booth')}: {listed}."]
        parts.append(tr(MAP, "Visit booth %1 to read their stories and vote."))
    else:
        parts.append(tr(MAP, "No innovations of this booth are listed here."))
        parts.append(tr(MAP, "Visit booth %1 to see what they show."))
    parts[-1] = parts[-1].replace("%1", booth["booth"])
    if buttons:
        parts.append(tr(READ_ALOUD, "Buttons: %1.").replace("%1", ", ".join(buttons.values())))
    return parts


# The detail screen's buttons read-aloud names, when they are there to press.
DETAIL_BUTTONS = ("backButton", "voteButton", "feedbackButton")


# Source sentences (English); their translations are in assets/translations (context ReadAloud).
SCREEN_SENTENCES = {
    "attract": "Touch the screen to start.",
    "home": "Choose an innovation to read about it and vote. Buttons: Festival map, Done.",
    "feedback": "Tell us what you think: choose a face, then press Next.",
    "feedbackThanks": "Thank you for your feedback.",
    "goodbye": "Thank you for visiting.",
    "map": "The festival map: every booth and where you are.",
    "staffCall": "Please call a member of staff.",
    "survey": "The public satisfaction survey: choose an answer, then press Next.",
    "surveyThanks": "Thank you for filling in the survey.",
}
