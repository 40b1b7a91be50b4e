"""Driving the real window from Python: let Qt run, wait for it, find items on it.

Used by the tests and by `kiosk screenshot` (which stages screens the way a test
does). No test framework is imported here, so the command can use it too.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.wiring import KioskUi


def process_events(seconds: float) -> None:
    """Let Qt run (animations, image loading, deferred deletes) for `seconds` of real time.

    A nested QEventLoop, not `processEvents()`/`QTest.qWait()`: in PySide6 6.12
    those drop a reference to Python's None on every call, and on Python 3.11
    (where None is not immortal) a few thousand calls crash the interpreter.
    """
    loop = QEventLoop()
    QTimer.singleShot(max(1, int(seconds * 1000)), loop.quit)
    loop.exec()


def wait_until_started(window: QQuickWindow, timeout: float = 10.0) -> None:
    """Run Qt until the window has shown its first frame and loaded the rest (Main.qml's
    `ready`): the keyboard, the accessibility panel and the idle warning.

    Tests call this before they touch anything: Qt's type loader thread logs while
    the keyboard loads, and with a Python message handler installed (the tests'
    QML-warning check) that must not happen inside a Python call into Qt such as
    `QTest.keyClick`, which holds the interpreter lock (a deadlock).
    """
    waited = 0.0
    while not window.property("ready"):
        if waited >= timeout:
            raise TimeoutError(f"the window did not show its first frame within {timeout:g} s")
        process_events(0.02)
        waited += 0.02


def wait_for_taps(ui: KioskUi, timeout: float = 2.0) -> None:
    """Run Qt until the window takes taps again: it ignores them for a moment after the
    visitor screen changes (`ActivityWatcher`), as a person's next tap comes later anyway."""
    waited = 0.0
    while ui.watcher.guarded() and waited < timeout:
        process_events(0.02)
        waited += 0.02


def images_loading(root: QQuickItem) -> int:
    """How many images under `root` are still being decoded."""
    loading = 0
    for item in visual_items(root):
        meta = item.metaObject()
        if meta.indexOfProperty("progress") < 0 or meta.indexOfProperty("sourceSize") < 0:
            continue  # not an Image
        if item.property("source").toString() and item.property("progress") < 1.0:
            loading += 1
    return loading


def settle(ui: KioskUi, seconds: float = 1.2, image_timeout: float = 8.0) -> None:
    """Wait for animations to finish and every image to be decoded."""
    process_events(seconds)
    deadline = time.monotonic() + image_timeout
    while images_loading(ui.window.contentItem()) and time.monotonic() < deadline:
        process_events(0.05)
    process_events(0.1)


def visual_items(root: QQuickItem) -> list[QQuickItem]:
    """`root` and every item below it in the visual tree (delegates of views included)."""
    found, stack = [], [root]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(reversed(item.childItems()))
    return found


def find_item(ui: KioskUi, name: str) -> QQuickItem:
    """The item called `name` on the window, preferring a visible one."""
    found = [i for i in visual_items(ui.window.contentItem()) if i.objectName() == name]
    if not found:
        raise LookupError(f"no item '{name}' on screen '{ui.flow.property('screen')}'")
    return next((i for i in found if i.isVisible()), found[0])
