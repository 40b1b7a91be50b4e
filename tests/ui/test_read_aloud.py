"""Read-aloud is offered only when it is heard: the real speech-dispatcher and espeak-ng,
with and without an audio server (a private PulseAudio whose null sink is recorded).

Each test gets its own runtime directory, so the speech-dispatcher the kiosk's speech
process starts there, and the PulseAudio started here, are this test's alone; both are
ended by their process id afterwards.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.ops.check import WARN
from kiosk.ops.speech import CHECKING, speech_checks
from kiosk.staff.pin import StaffPin
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import BoothDatabase
from kiosk.system import missing_speech_packages
from kiosk.ui.speech import BackgroundSpeaker
from kiosk.ui.testing import process_events
from kiosk.ui.wiring import KioskUi
from tests.helpers import own_runtime_dir
from tests.ui.conftest import AGENCY, QtMessages, is_shown, item, tap
from tests.ui.staff.conftest import PIN, type_pin
from tests.ui.staff.test_in_kiosk import as_staff, hold_logo, open_kiosk

pytestmark = [pytest.mark.ui, pytest.mark.slow]

SPEECH = ("speech-dispatcher", "espeak-ng")
AUDIO = ("pulseaudio", "parec")
SINK = "gerai_test"
RATE = 16_000
LOUD = 500  # a 16-bit sample above this is speech, not the null sink's silence


def missing(programs: tuple[str, ...]) -> list[str]:
    return [p for p in programs if shutil.which(p) is None]


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A runtime directory of this test's own, with no audio server in it (yet)."""
    with own_runtime_dir(tmp_path, monkeypatch) as run:
        yield run


@pytest.fixture
def null_sink(runtime: Path) -> Iterator[str]:
    """A PulseAudio of this test's own, whose only output is a null sink."""
    if absent := missing(SPEECH + AUDIO):
        pytest.skip(f"needs {', '.join(absent)} (.ci/run installs them)")
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            f"--load=module-null-sink sink_name={SINK}",
            "--load=module-native-protocol-unix",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = runtime / "pulse" / "native"
    deadline = time.monotonic() + 10
    while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not socket.exists():
        server.kill()
        pytest.skip(f"PulseAudio did not start here (exit code {server.poll()})")
    yield f"{SINK}.monitor"
    server.kill()
    server.wait()


def speaking_kiosk(booth: Booth, path: Path, audio_timeout: float) -> KioskUi:
    set_booth_agency(booth.db, AGENCY, editor="test")
    StaffPin(booth.db).set_first_pin(PIN)
    return open_kiosk(booth, path, speaker=BackgroundSpeaker(audio_timeout=audio_timeout))


def wait_for_answer(ui: KioskUi, timeout: float = 40) -> None:
    speaker = ui.theme.a11y.speaker
    deadline = time.monotonic() + timeout
    while speaker.status.reason == CHECKING and time.monotonic() < deadline:
        process_events(0.1)
    assert speaker.status.reason != CHECKING, "the speech check never answered"


def test_without_an_audio_server_read_aloud_is_not_offered_and_staff_see_why(
    qt_messages: QtMessages,
    runtime: Path,
    booth: Booth,
    booth_db: tuple[BoothDatabase, Path],
    qtbot: object,
) -> None:
    ui = speaking_kiosk(booth, booth_db[1], audio_timeout=3)
    try:
        wait_for_answer(ui)
        status = ui.theme.a11y.speaker.status
        assert not status.available
        if not missing(SPEECH):  # the engine loads and has a voice: only the sound is missing
            assert status.reason == "no_audio_server", status
        tap(qtbot, ui, "touchToStart")
        tap(qtbot, ui, "a11yButton")
        assert not is_shown(ui, "readAloudButton")
        assert is_shown(ui, "readAloudUnavailable")
        assert item(ui, "readAloudUnavailable").property("text") == "Bacakan layar tidak tersedia"
        tap(qtbot, ui, "a11yCloseButton")
        ui.flow.returnToAttract()
        process_events(0.3)
        hold_logo(ui, 3.3)
        staff = as_staff(ui)
        type_pin(staff, PIN)
        note = str(item(ui, "speechNote").property("text"))
        assert note.startswith("Bacakan layar tidak tersedia: ")
        if status.reason == "no_audio_server":
            assert "tidak ada server audio" in note
    finally:
        ui.close()


def test_doctor_says_why_read_aloud_is_not_heard(runtime: Path) -> None:
    check = speech_checks(os.environ)
    assert check.name == "read-aloud" and check.level == WARN  # never a failure
    assert check.message.startswith("not offered to visitors: ")
    absent = missing_speech_packages()
    if absent:
        assert f"sudo apt-get install -y {' '.join(absent)}" in check.message
    if not missing(SPEECH):
        assert "no audio server for this user (PipeWire or PulseAudio)" in check.message


def loud_seconds(recording: Path) -> float:
    samples = array.array("h", recording.read_bytes()[: recording.stat().st_size // 2 * 2])
    return sum(1 for s in samples if abs(s) > LOUD) / RATE


def test_read_aloud_is_heard_through_a_null_sink(
    qt_messages: QtMessages,
    null_sink: str,
    booth: Booth,
    booth_db: tuple[BoothDatabase, Path],
    qtbot: object,
    tmp_path: Path,
) -> None:
    ui = speaking_kiosk(booth, booth_db[1], audio_timeout=10)
    recording = tmp_path / "heard.raw"
    with recording.open("wb") as out:
        recorder = subprocess.Popen(
            ["parec", "-d", null_sink, "--format=s16le", f"--rate={RATE}", "--channels=1"],
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
    try:
        wait_for_answer(ui)
        status = ui.theme.a11y.speaker.status
        assert status.available, status.english()
        assert {"id", "en"} <= set(status.voices)
        process_events(0.5)
        assert loud_seconds(recording) == 0  # the check's test word is silent
        booth.idle_seconds = 60  # the test rules' 1 s would end the visit, and the speech
        tap(qtbot, ui, "touchToStart")
        tap(qtbot, ui, f"card_{booth.innovations[0].slug}")
        tap(qtbot, ui, "a11yButton")
        tap(qtbot, ui, "readAloudButton")
        deadline = time.monotonic() + 30
        heard = 0.0
        while time.monotonic() < deadline:  # until it has spoken a while and then stopped
            process_events(1.0)
            now = loud_seconds(recording)
            if now > 2 and now == heard:
                break
            heard = now
        size = recording.stat().st_size / 2 / RATE
        assert heard > 2, f"{heard:.1f} s of speech in {size:.1f} s recorded from the null sink"
    finally:
        recorder.kill()
        recorder.wait()
        ui.close()
