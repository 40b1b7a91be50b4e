"""Canary: the PySide6 defect `kiosk/qtcompat.py` works around still happens.

The reproduction runs in a child process that never imports `kiosk` (so nothing
protects None, True and False there) and leaves with `os._exit` before the
interpreter's finalization would abort on the drained counts. When this test
fails, PySide6 no longer drops the references and the workaround can go.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = [
    pytest.mark.ui,
    pytest.mark.skipif(
        sys.version_info >= (3, 12),
        reason="None, True and False are immortal: their counts do not move, and "
        "kiosk.qtcompat does nothing on this Python",
    ),
]

CALLS = 1000  # processEvents() calls
FLIPS = 100  # changes of a bool property QML is bound to

CHILD = textwrap.dedent(
    f"""
    import json, os, sys
    from PySide6.QtCore import Property, QCoreApplication, QObject, Signal
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    app = QGuiApplication([])
    counts = lambda: [sys.getrefcount(c) for c in (None, True, False)]

    class Source(QObject):
        changed = Signal()

        def __init__(self):
            super().__init__()
            self._on = False

        on = Property(bool, lambda self: self._on, notify=changed)

    QCoreApplication.processEvents()  # the first call sets things up
    before = counts()
    for _ in range({CALLS}):
        QCoreApplication.processEvents()
    after_events = counts()

    engine = QQmlEngine()
    source = Source()
    engine.rootContext().setContextProperty("source", source)
    component = QQmlComponent(engine)
    component.setData(b"import QtQml\\nQtObject {{ property bool seen: source.on }}", "canary.qml")
    bound = component.create()
    before_flips = counts()
    for _ in range({FLIPS}):
        source._on = not source._on
        source.changed.emit()
    after_flips = counts()

    print(json.dumps({{
        "none": before[0] - after_events[0],
        "bools": sum(before_flips[1:]) - sum(after_flips[1:]),
        "pyside": __import__("PySide6").__version__,
    }}), flush=True)
    os._exit(0)  # finalization would abort on the drained counts
    """
)


def test_pyside6_still_drops_references_to_none_and_booleans() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    drops = json.loads(done.stdout.splitlines()[-1])
    fixed = f"PySide6 {drops['pyside']} no longer drops references to"
    assert drops["none"] >= CALLS // 2, (
        f"{fixed} None in processEvents(): the workaround can go (kiosk/qtcompat.py), "
        "if the booleans below are fixed too"
    )
    assert drops["bools"] >= FLIPS // 2, (
        f"{fixed} True/False when QML reads a bool property: the workaround can go "
        "(kiosk/qtcompat.py), if None above is fixed too"
    )
