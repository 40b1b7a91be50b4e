"""The bare side of the attract benchmark: `python -m benchmarks.attract_child PHOTO PHOTO`.

A full-screen QML window that cross-fades two full-screen photos with the attract
loop's cadence (a new slide every 6 s, a 0.9 s fade) and draws nothing else.
"""

from __future__ import annotations

import sys
from pathlib import Path

BARE_QML = """
import QtQuick
Window {
    width: 1920; height: 1080; visible: true; color: "black"
    visibility: Window.FullScreen; flags: Qt.Window | Qt.FramelessWindowHint
    property int current: 0
    Repeater {
        model: ["%s", "%s"]
        Image {
            required property string modelData
            required property int index
            anchors.fill: parent
            source: modelData
            fillMode: Image.PreserveAspectCrop
            sourceSize.width: 1920
            opacity: index === current ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: 900 } }
        }
    }
    Timer { interval: 6000; running: true; repeat: true; onTriggered: current = 1 - current }
}
"""


def main(photos: list[str]) -> int:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    urls = [Path(photo).resolve().as_uri() for photo in photos]
    engine.loadData((BARE_QML % (urls[0], urls[1])).encode())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
