"""Read-aloud through Qt TextToSpeech, behind a small interface tests can fake."""

from __future__ import annotations

import logging
from typing import ClassVar, Protocol

log = logging.getLogger(__name__)
# Engines that never reach a loudspeaker: a visitor would press a button that does nothing.
SILENT_ENGINES = frozenset({"mock"})


class Speaker(Protocol):
    """What the accessibility controller needs from a speech engine."""

    @property
    def available(self) -> bool: ...

    def speak(self, text: str, lang: str) -> None: ...

    def stop(self) -> None: ...


class NoSpeech:
    """The stand-in when this machine has no speech engine: the button is hidden."""

    available = False

    def speak(self, text: str, lang: str) -> None:
        pass

    def stop(self) -> None:
        pass


class QtSpeaker:
    """A QTextToSpeech engine, speaking Indonesian where the system has a voice for it."""

    LOCALES: ClassVar[dict[str, str]] = {"id": "id_ID", "bms": "id_ID", "en": "en_US"}

    def __init__(self, engine_name: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts = QTextToSpeech(engine_name)
        self._ok = self._tts.state() != QTextToSpeech.State.Error

    @property
    def available(self) -> bool:
        return self._ok

    def speak(self, text: str, lang: str) -> None:
        from PySide6.QtCore import QLocale

        wanted = QLocale(self.LOCALES.get(lang, "id_ID"))
        locales = self._tts.availableLocales()
        match = next((loc for loc in locales if loc.language() == wanted.language()), None)
        if match is not None:
            self._tts.setLocale(match)  # else: the engine's default voice reads it
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop()


_system: list[Speaker] = []


def system_speaker() -> Speaker:
    """The first working speech engine on this machine, or `NoSpeech` (probed once)."""
    if not _system:
        from PySide6.QtCore import qInstallMessageHandler

        # A missing engine plugin is normal on a kiosk with no speech daemon: no log line.
        previous = qInstallMessageHandler(lambda *_: None)
        try:
            _system.append(_probe())
        finally:
            qInstallMessageHandler(previous)
    return _system[0]


def _probe() -> Speaker:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return NoSpeech()
    for name in QTextToSpeech.availableEngines():
        if name in SILENT_ENGINES:
            continue
        try:
            speaker = QtSpeaker(name)
        except Exception:  # a broken engine plugin must not stop the kiosk
            log.exception("speech engine %s failed", name)
            continue
        if speaker.available:
            return speaker
    return NoSpeech()
