"""Qt checks that may abort the process, run as `python -m kiosk.ops.qtprobe WHAT`.

`doctor` starts this in a child process with a timeout: a Qt platform plugin
that fails to load calls abort(), which must not take `kiosk doctor` down.
Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import sys
from typing import Any

KEYBOARD_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard
Item { InputPanel { } }
"""


def platform() -> dict[str, Any]:
    """The platform plugin Qt loaded, and the primary screen's size (if any)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    size = [screen.size().width(), screen.size().height()] if screen else None
    return {"platform": app.platformName(), "screen": size}


def keyboard() -> dict[str, Any]:
    """Whether a QML item using QtQuick.VirtualKeyboard loads, with Qt's errors."""
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    app = QGuiApplication(sys.argv[:1])
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(QByteArray(KEYBOARD_QML), QUrl("doctor-keyboard.qml"))
    item = component.create() if component.isReady() else None
    errors = [e.toString() for e in component.errors()]
    result = {"loaded": item is not None and not errors, "errors": errors}
    del item, component, engine, app
    return result


def opengl() -> dict[str, Any]:
    """The OpenGL renderer Qt gets on this display (GL_RENDERER), "" if none starts."""
    from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

    app = QGuiApplication(sys.argv[:1])
    context = QOpenGLContext()
    surface = QOffscreenSurface()
    surface.create()
    renderer = ""
    if context.create() and context.makeCurrent(surface):
        renderer = str(context.functions().glGetString(0x1F01))  # GL_RENDERER
        context.doneCurrent()
    del context, surface, app
    return {"renderer": renderer}


def main(argv: list[str]) -> int:
    probes = {"platform": platform, "keyboard": keyboard, "opengl": opengl}
    if len(argv) != 1 or argv[0] not in probes:
        print(f"usage: python -m kiosk.ops.qtprobe {'|'.join(probes)}", file=sys.stderr)
        return 2
    print(json.dumps(probes[argv[0]]()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
