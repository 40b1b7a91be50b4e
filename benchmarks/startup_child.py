"""A process whose start-up is timed: `python -m benchmarks.startup_child bare|kiosk [ARGS]`.

`bare`: a PySide6 QML window showing one Text item. `kiosk` (or `kiosk-killed`, which
ends by SIGKILL, as a power cut would): the real
`kiosk run --windowed ARGS` command path, with one addition: when the window
built by `kiosk.ui.wiring.build_ui` swaps its first frame, the screen it shows is
printed and the process exits. Both print "first-frame <screen>" at that moment.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

BARE_QML = b"""
import QtQuick
Window { width: 1920; height: 1080; visible: true
    Text { anchors.centerIn: parent; text: "Gerai"; font.pixelSize: 64 } }
"""


def first_frame(window: Any, screen: Any, kill: bool = False) -> None:
    """Print the marker at the first swapped frame and leave at once (with `kill`, by
    SIGKILL: nothing of the process's own clean-up runs, as at a power cut)."""

    def swapped() -> None:
        print(f"first-frame {screen()}", flush=True)
        if kill:
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(0)

    window.frameSwapped.connect(swapped)


def bare() -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(BARE_QML)
    first_frame(engine.rootObjects()[0], lambda: "bare")
    app.exec()


def kiosk(args: list[str], kill: bool = False) -> None:
    import kiosk.ui.lifecycle as lifecycle_module
    from kiosk.cli import main

    build_ui = lifecycle_module.build_ui

    def build_and_watch(*a: Any, **kw: Any) -> Any:
        ui = build_ui(*a, **kw)
        first_frame(ui.window, lambda: ui.flow.screen, kill)
        return ui

    lifecycle_module.build_ui = build_and_watch
    main(["run", "--windowed", *args])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:  # kiosk, or kiosk-killed (SIGKILL at the first frame)
        kiosk(sys.argv[2:], kill=sys.argv[1] == "kiosk-killed")
