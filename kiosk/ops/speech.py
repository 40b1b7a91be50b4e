"""Whether read-aloud can be heard on this PC, in words for staff and for `kiosk doctor`.

The probe itself needs Qt (`kiosk.ui.speech`: engine, a voice for the language, a
silent utterance that must reach the audio output); this module holds what does
not: the reasons it gives, where an audio server would listen, and the doctor's
check, which runs the probe in a child process so a stuck engine cannot hang it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.ops.check import OK, WARN, Check
from kiosk.system import apt_line, missing_speech_packages

# Read-aloud is offered only in a language the engine has a voice for.
VOICE_LANGUAGES = {"id": "id", "bms": "id", "en": "en"}
PRIMARY_LANGUAGE = "id"  # without an Indonesian voice read-aloud is not offered at all
AUDIO_TIMEOUT_S = 6.0  # a silent word that has not finished by then was never heard (0.5 s here)
# The whole check, engine loading included (4 s here): a speech-dispatcher stuck on a
# dead audio output never answers, and then neither does the engine.
ANSWER_TIMEOUT_S = 30.0
PROBE_TIMEOUT_S = ANSWER_TIMEOUT_S

CHECKING = "checking"
# reason -> (English for `kiosk doctor`, Indonesian for the staff dashboard)
REASONS: dict[str, tuple[str, str]] = {
    CHECKING: ("still being checked", "sedang diperiksa"),
    "no_qt_module": (
        "Qt's TextToSpeech module is missing: reinstall PySide6-Addons",
        "modul Qt TextToSpeech tidak ada (PySide6-Addons)",
    ),
    "no_engine": (
        "no speech engine loads (Qt's speech-dispatcher plugin needs libspeechd2)",
        "mesin suara tidak termuat (perlu libspeechd2)",
    ),
    "engine_error": (
        "the speech engine does not start (is speech-dispatcher installed?)",
        "mesin suara tidak berjalan (speech-dispatcher terpasang?)",
    ),
    "no_voice": (
        "the speech engine has no Indonesian voice (install espeak-ng)",
        "tidak ada suara berbahasa Indonesia (pasang espeak-ng)",
    ),
    "no_audio_server": (
        "no audio server for this user (PipeWire or PulseAudio): speech is never heard",
        "tidak ada server audio (PipeWire/PulseAudio), jadi suara tidak terdengar",
    ),
    "no_audio": (
        "speech-dispatcher could not play through the audio server "
        f"(a silent test word did not finish in {AUDIO_TIMEOUT_S:.0f} s)",
        "speech-dispatcher tidak bisa memutar suara ke server audio",
    ),
    "no_answer": (
        f"the speech engine did not answer within {ANSWER_TIMEOUT_S:.0f} s "
        "(speech-dispatcher may be stuck: restart the PC, or `pkill -u $USER speech-dispatch`)",
        "mesin suara tidak menjawab (speech-dispatcher macet: nyalakan ulang PC)",
    ),
}


@dataclass(frozen=True)
class SpeechStatus:
    """The probe's answer: `reason` is "" when read-aloud works, else a key of `REASONS`."""

    reason: str = CHECKING
    engine: str = ""
    voices: tuple[str, ...] = ()  # the Gerai languages with a voice ("id", "en", "bms")
    detail: str = ""  # the engine's own words, if any

    @property
    def available(self) -> bool:
        return self.reason == ""

    def has_voice(self, lang: str) -> bool:
        return self.available and lang in self.voices

    def english(self) -> str:
        if self.available:
            return f"heard through the '{self.engine}' engine ({', '.join(self.voices)})"
        words = REASONS.get(self.reason, (self.reason, self.reason))[0]
        return f"{words}: {self.detail}" if self.detail else words

    def indonesian(self) -> str:
        """The staff dashboard's line."""
        if self.reason == CHECKING:
            return "Bacakan layar: sedang diperiksa"
        if self.available:
            return "Bacakan layar: tersedia"
        return f"Bacakan layar tidak tersedia: {REASONS.get(self.reason, ('', self.reason))[1]}"

    def to_json(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "engine": self.engine,
            "voices": list(self.voices),
            "detail": self.detail,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SpeechStatus:
        return cls(
            reason=str(data.get("reason", CHECKING)),
            engine=str(data.get("engine", "")),
            voices=tuple(str(v) for v in data.get("voices", ())),
            detail=str(data.get("detail", "")),
        )


def audio_server_socket(env: Mapping[str, str]) -> Path | None:
    """The PulseAudio-protocol socket speech-dispatcher would play to (PipeWire's
    pipewire-pulse serves the same one), or None when no server listens for this user."""
    server = env.get("PULSE_SERVER", "")
    if server:
        path = Path(server.removeprefix("unix:"))
        return path if not server.startswith(("unix:", "/")) or path.exists() else None
    runtime = env.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    socket = Path(runtime) / "pulse" / "native"
    return socket if socket.exists() else None


@dataclass(frozen=True)
class ProbeAnswer:
    status: SpeechStatus | None = None
    error: str = ""
    stderr: str = field(default="", repr=False)


def run_speech_probe(env: Mapping[str, str]) -> ProbeAnswer:
    """`python -m kiosk.ui.speech` in a child with `env`; never raises, never hangs."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk.ui.speech"],
            env=dict(env),
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return ProbeAnswer(SpeechStatus("no_answer"))
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return ProbeAnswer(error=f"the speech probe exited with code {done.returncode}")
    return ProbeAnswer(SpeechStatus.from_json(json.loads(lines[-1])), stderr=done.stderr)


def check_speech(missing: list[str], answer: ProbeAnswer, platform: str = sys.platform) -> Check:
    """Read-aloud: a warning, never a failure (the panel then says it is not available)."""
    name = "read-aloud"
    fix = f" Fix: {apt_line(missing)}." if missing and platform == "linux" else ""
    if answer.status is None:
        return Check(name, WARN, f"not offered to visitors: {answer.error}.{fix}")
    if answer.status.available:
        return Check(name, OK, answer.status.english())
    audio = ""
    if answer.status.reason in ("no_audio_server", "no_audio"):
        audio = (
            " The audio server runs in the booth user's session: check as that user, "
            "with the speakers on."
        )
    return Check(name, WARN, f"not offered to visitors: {answer.status.english()}.{fix}{audio}")


def speech_checks(env: Mapping[str, str]) -> Check:
    return check_speech(missing_speech_packages(), run_speech_probe(env))
