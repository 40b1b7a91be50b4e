"""Read-aloud through Qt TextToSpeech, checked end to end on a thread of its own.

Read-aloud is offered only when it would be heard: the engine loads, it has a voice
for the language, and a silent test word reaches the audio output (without an audio
server speech-dispatcher accepts the text and stays "speaking" forever, silently).
Loading the engine takes seconds (speech-dispatcher starts and lists its voices), so
it lives in a child process (`BackgroundSpeaker`), started after the first frame.
`python -m kiosk.ui.speech` runs the same check and prints its answer as JSON
(`kiosk doctor` does).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import threading
from typing import Any, Protocol

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QLocale,
    QMetaObject,
    QObject,
    QProcess,
    QSocketNotifier,
    QTimer,
    Signal,
    Slot,
)

from kiosk.ops.speech import (
    ANSWER_TIMEOUT_S,
    AUDIO_TIMEOUT_S,
    CHECKING,
    PRIMARY_LANGUAGE,
    VOICE_LANGUAGES,
    SpeechStatus,
    audio_server_socket,
)

log = logging.getLogger(__name__)
# Engines that never reach a loudspeaker: a visitor would press a button that does nothing.
SILENT_ENGINES = frozenset({"mock"})
TEST_WORD = "ya"  # spoken at volume 0: it only has to reach the audio output


class Speaker(Protocol):
    """What the accessibility controller needs from a speech engine."""

    @property
    def status(self) -> SpeechStatus: ...

    def speak(self, text: str, lang: str) -> None: ...

    def stop(self) -> None: ...


class NoSpeech:
    """The stand-in before (or without) a speech engine: the button is not offered."""

    def __init__(self, status: SpeechStatus | None = None) -> None:
        self.status = status or SpeechStatus()

    def speak(self, text: str, lang: str) -> None:
        pass

    def stop(self) -> None:
        pass


class SpeechWorker(QObject):
    """In the speech process: loads the engine, checks it, then speaks.

    Every step is a slot run by the event loop, so the process still reads its
    commands while the engine loads (`setEngine`, seconds: invoked from the loop).
    """

    probed = Signal(dict)  # SpeechStatus.to_json()

    def __init__(self, audio_timeout: float = AUDIO_TIMEOUT_S) -> None:
        super().__init__()
        self._audio_timeout = audio_timeout
        self._tts: Any = None
        self._engines: list[str] = []
        self._locales: dict[str, QLocale] = {}
        self._speaking_seen = False
        self._timer: QTimer | None = None
        self._done = False

    @Slot()
    def begin(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self._finish("no_qt_module")
            return
        self._engines = [e for e in QTextToSpeech.availableEngines() if e not in SILENT_ENGINES]
        self._tts = QTextToSpeech("mock", self)  # instant; the real engine is loaded next
        self._next_engine()

    def _next_engine(self) -> None:
        if not self._engines:
            self._finish("no_engine")
            return
        from PySide6.QtCore import Qt  # not at import: the kiosk's first frame avoids `Qt`

        queued = Qt.ConnectionType.QueuedConnection
        QMetaObject.invokeMethod(self._tts, "setEngine", queued, Q_ARG(str, self._engines[0]))
        QMetaObject.invokeMethod(self, "engineLoaded", queued)

    @Slot()
    def engineLoaded(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts, name = self._tts, self._engines.pop(0)
        if tts.engine() != name:  # the plugin did not load (a library it links is missing)
            if self._engines:
                self._next_engine()
            else:
                self._finish("no_engine", detail=f"'{name}' did not load")
            return
        if tts.state() == QTextToSpeech.State.Error:
            if self._engines:
                self._next_engine()
            else:
                self._finish("engine_error", name, tts.errorString())
            return
        available = tts.availableLocales()
        for lang, code in VOICE_LANGUAGES.items():
            wanted = QLocale(code).language()
            match = next((loc for loc in available if loc.language() == wanted), None)
            if match is not None:
                self._locales[lang] = match
        if PRIMARY_LANGUAGE not in self._locales:
            self._finish("no_voice", name)
            return
        # The whole path: a silent word must finish playing.
        tts.setLocale(self._locales[PRIMARY_LANGUAGE])
        tts.setVolume(0.0)
        tts.stateChanged.connect(self._state_changed)
        self._timer = QTimer(self, singleShot=True, interval=round(self._audio_timeout * 1000))
        self._timer.timeout.connect(self._never_heard)
        self._timer.start()
        tts.say(TEST_WORD)

    def _state_changed(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._done:
            return
        if state == QTextToSpeech.State.Speaking:
            self._speaking_seen = True
        elif state == QTextToSpeech.State.Ready and self._speaking_seen:
            self._tts.setVolume(1.0)  # the speakers' own volume sets how loud
            self._finish("", self._tts.engine())
        elif state == QTextToSpeech.State.Error:
            self._tts.stop()
            self._finish("no_audio", self._tts.engine(), self._tts.errorString())

    def _never_heard(self) -> None:
        if self._done:
            return
        self._tts.stop()
        no_server = sys.platform == "linux" and audio_server_socket(os.environ) is None
        self._finish("no_audio_server" if no_server else "no_audio", self._tts.engine())

    def _finish(self, reason: str, engine: str = "", detail: str = "") -> None:
        self._done = True
        if self._timer is not None:
            self._timer.stop()
        voices = tuple(self._locales) if not reason else ()
        self.probed.emit(SpeechStatus(reason, engine, voices, detail).to_json())

    @Slot(str, str)
    def speak(self, text: str, lang: str) -> None:
        locale = self._locales.get(lang)
        if self._tts is None or locale is None:
            return
        self._tts.stop()
        self._tts.setLocale(locale)
        self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def close(self) -> None:
        if self._tts is not None:
            self._tts.stop()
            self._tts = None


class BackgroundSpeaker(QObject):
    """A `Speaker` whose engine runs in a child process (`python -m kiosk.ui.speech
    --serve`); `status` says whether it is heard, `changed` when the check answers.

    A child, not a thread: loading the engine takes seconds, and a speech-dispatcher
    stuck on a dead audio output makes it hang for good; a child is killed on close.
    """

    changed = Signal()

    def __init__(
        self, audio_timeout: float = AUDIO_TIMEOUT_S, answer_timeout: float = ANSWER_TIMEOUT_S
    ) -> None:
        super().__init__()
        self.status = SpeechStatus()
        self._audio_timeout = audio_timeout
        self._process = QProcess(self)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.readyReadStandardError.connect(self._log_stderr)
        self._process.finished.connect(self._ended)
        self._deadline = QTimer(self, singleShot=True, interval=round(answer_timeout * 1000))
        self._deadline.timeout.connect(self._no_answer)

    def start(self) -> None:
        """Start the child; it loads and checks the engine in the background."""
        args = ["-m", "kiosk.ui.speech", "--serve", "--timeout", str(self._audio_timeout)]
        self._process.start(sys.executable, args)
        self._deadline.start()

    def _read(self) -> None:
        while self._process.canReadLine():
            line = bytes(self._process.readLine().data()).decode("utf-8", "replace").strip()
            if line.startswith("{"):
                self._answer(SpeechStatus.from_json(json.loads(line)))

    def _log_stderr(self) -> None:
        text = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            log.debug("speech: %s", line)

    def _answer(self, status: SpeechStatus) -> None:
        if self.status.reason != CHECKING:
            return
        self._deadline.stop()
        self.status = status
        if not status.available:
            log.info("read-aloud not offered: %s", status.english())
        self.changed.emit()

    def _ended(self, code: int, _status: object) -> None:
        self._answer(SpeechStatus("engine_error", detail=f"the speech process ended ({code})"))
        if self.status.available:
            self.status = SpeechStatus("engine_error", self.status.engine, (), "it stopped")
            self.changed.emit()

    def _no_answer(self) -> None:
        self._answer(SpeechStatus("no_answer"))
        self._process.kill()

    def _send(self, message: dict[str, str]) -> None:
        if self._process.state() == QProcess.ProcessState.Running:
            self._process.write((json.dumps(message) + "\n").encode())

    def speak(self, text: str, lang: str) -> None:
        if self.status.has_voice(lang):
            self._send({"say": text, "lang": lang})

    def stop(self) -> None:
        if self.status.available:
            self._send({"stop": ""})

    def close(self) -> None:
        """End the child (at once: it may be stuck inside speech-dispatcher)."""
        self._deadline.stop()
        self._process.finished.disconnect(self._ended)
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
            self._process.waitForFinished(2000)


class _Commands(QObject):
    """The child's stdin: one JSON line per command (`say` with `lang`, or `stop`)."""

    def __init__(self, worker: SpeechWorker, app: QCoreApplication) -> None:
        super().__init__()
        self.worker, self.app = worker, app
        self._pending = b""
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        # os.read, not sys.stdin: lines already in Python's buffer would wake no notifier.
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:  # the kiosk has gone
            self._notifier.setEnabled(False)
            self.app.quit()
            return
        *lines, self._pending = (self._pending + data).split(b"\n")
        for line in lines:
            try:
                command = json.loads(line)
            except ValueError:
                continue
            if "say" in command:
                self.worker.speak(str(command["say"]), str(command.get("lang", "id")))
            elif "stop" in command:
                self.worker.stop()


def main(argv: list[str]) -> int:
    """Check read-aloud here and print the answer as one JSON line (`kiosk doctor`);
    with `--serve`, then speak what each line on stdin says until stdin closes."""
    serve = "--serve" in argv
    timeout = float(argv[argv.index("--timeout") + 1]) if "--timeout" in argv else AUDIO_TIMEOUT_S
    if serve:
        _end_with_parent()
    # A speech-dispatcher stuck on a dead audio output can hang the engine for good
    # (no event loop left to run): this process must not outlive its question.
    hung = threading.Timer(ANSWER_TIMEOUT_S + 5, os._exit, args=(3,))
    hung.daemon = True
    hung.start()
    app = QCoreApplication(sys.argv[:1])
    worker = SpeechWorker(timeout)
    commands: list[_Commands] = []

    def answered(data: dict[str, Any]) -> None:
        hung.cancel()
        print(json.dumps(data), flush=True)
        if serve and not data["reason"]:
            commands.append(_Commands(worker, app))
        else:
            app.quit()

    worker.probed.connect(answered)
    QTimer.singleShot(0, worker.begin)
    app.exec()
    worker.close()
    return 0


def _end_with_parent() -> None:
    """Linux: the kernel kills this process when the kiosk that started it dies (even
    by SIGKILL, when no stdin EOF would be read by a hung engine)."""
    if sys.platform != "linux":
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() == 1:  # the kiosk died before the line above
        os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
