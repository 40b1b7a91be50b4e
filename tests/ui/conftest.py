"""UI fixtures: one shared Qt application, a booth with short timings, the real QML window.

pytest-qt's own Qt-message capture is off (it deadlocks with the virtual
keyboard when a QML file that loads it follows another test), so `qt_messages`
installs a handler of our own and every UI test fails if QML printed an error
or warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QPoint, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.booth import Booth
from kiosk.domain.festival import VotingRules
from kiosk.storage.database import BoothDatabase
from kiosk.ui.i18n import install
from kiosk.ui.testing import (
    find_item,
    process_events,
    visual_items,
    wait_for_taps,
    wait_until_started,
)
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db, small_festival

# Messages Qt's own modules print on these machines that say nothing about our QML.
QT_NOISE = (
    "qt.multimedia",  # no PipeWire/PulseAudio server for the keyboard's click sound
    "qt.qml.propertyCache.append",  # inside Qt Virtual Keyboard's own PopupList
)
# What Qt Multimedia says, in the default category, when a clip plays on a machine with
# no audio server (the clip plays muted anyway) and no GPU (frames are converted on the
# CPU, as on a booth PC without one).
QT_NOISE_MESSAGES = (
    "PulseAudioService: pa_context_connect() failed",
    "No audio device detected",
    "QRhi* {anonymous}::ThreadLocalRhiHolder::ensureRhi",
)
SHORT_RULES = VotingRules(
    min_dwell_seconds=0.3,
    max_votes_per_session=2,
    cooldown_seconds=1.5,  # longer than a few taps, each after the 0.3 s tap guard
    idle_seconds=1.0,
    idle_warning_seconds=1.0,
)
AGENCY = "DPUPR"
# PySide6 6.12 drops a reference to None per QTest.mouseClick/qWait/processEvents:
# tests/conftest.py protects the whole test process (kiosk.qtcompat.make_constants_immortal).


class QtMessages:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtDebugMsg or kind == QtMsgType.QtInfoMsg:
            return
        category = context.category or ""
        if category.startswith(QT_NOISE) or message.startswith(QT_NOISE_MESSAGES):
            return
        self.problems.append(f"{kind.name} [{category}] {message}")


@pytest.fixture
def qt_messages(qapp: object) -> Iterator[QtMessages]:
    """Collects every Qt warning or error; the test fails if there is any."""
    messages = QtMessages()
    previous = qInstallMessageHandler(messages)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)
    assert not messages.problems, "Qt printed:\n" + "\n".join(messages.problems)


@pytest.fixture
def ui_language(qapp: object) -> Iterator[Callable[[str], object]]:
    """Installs a UI language for Python's texts (forms and models without a window),
    Indonesian first, as the kiosk starts; Indonesian again afterwards."""
    install("id")
    yield install
    install("id")


@pytest.fixture
def booth_db(tmp_path: Path) -> Iterator[tuple[BoothDatabase, Path]]:
    path = tmp_path / "booth.sqlite"
    db = make_booth_db(path, small_festival(rules=SHORT_RULES))
    yield db, path
    db.close()


@pytest.fixture
def booth(booth_db: tuple[BoothDatabase, Path]) -> Booth:
    return Booth(booth_db[0], AGENCY)


@pytest.fixture
def kiosk(
    qt_messages: QtMessages, booth: Booth, booth_db: tuple[BoothDatabase, Path], qtbot: object
) -> Iterator[KioskUi]:
    """The real kiosk window at 1280x800 (the smallest supported screen), on the attract loop."""
    ui = build_ui(booth, booth_db[1], size=(1280, 800), tick_ms=50, goodbye_seconds=0.5)
    ui.window.requestActivate()
    wait_until_started(ui.window)
    yield ui
    ui.close()


def item(ui: KioskUi, name: str) -> QQuickItem:
    return find_item(ui, name)


def is_shown(ui: KioskUi, name: str) -> bool:
    """The item exists and it and all its ancestors are visible."""
    items = visual_items(ui.window.contentItem())
    return any(i.isVisible() for i in items if i.objectName() == name)


def tap(qtbot: object, ui: KioskUi, name: str) -> None:
    """Touch the centre of the visible item `name`, the way a visitor's finger would."""
    wait_for_taps(ui)
    target = item(ui, name)
    assert target.isVisible(), f"'{name}' is not visible"
    assert target.width() >= 60 and target.height() >= 60, f"'{name}' is too small to touch"
    centre = target.mapToScene(target.boundingRect().center()).toPoint()
    QTest.mouseClick(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    process_events(0.03)


def centre_of(target: QQuickItem) -> QPoint:
    return target.mapToScene(target.boundingRect().center()).toPoint()


def keyboard_keys(ui: KioskUi) -> dict[str, QQuickItem]:
    """The on-screen keyboard's character keys, by the character they type."""
    panel = item(ui, "inputPanel")
    keys: dict[str, QQuickItem] = {}
    for key in visual_items(panel):
        text = key.property("text")
        if key.property("key") is not None and isinstance(text, str) and text and key.isVisible():
            keys.setdefault(text, key)
    return keys


def type_on_keyboard(ui: KioskUi, text: str) -> None:
    """Type lower-case `text` by touching the keys of the Qt Virtual Keyboard."""
    wait_for_taps(ui)
    keys = keyboard_keys(ui)
    for char in text:
        key = keys[char]
        QTest.mouseClick(
            ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_of(key)
        )
        process_events(0.015)


def records(db: BoothDatabase, view: str) -> list[dict[str, object]]:
    return list(db.utils.query(f"SELECT * FROM {view} ORDER BY seq"))
