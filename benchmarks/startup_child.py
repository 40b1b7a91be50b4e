"""A process whose start-up is timed: `python -m benchmarks.startup_child bare|kiosk [ARGS]`.

`bare`: a PySide6 QML window showing one Text item. `kiosk` (or `kiosk-killed`, which
ends by SIGKILL, as a power cut would): the real
`kiosk run --windowed ARGS` command path, with one addition: when the window
built by `kiosk.ui.wiring.build_ui` swaps its first frame, the screen it shows is
printed and the process exits. Both print "first-frame <screen>" at that moment.
`kiosk-verdict` runs on until the background file check lets records be written
(see `watch_the_verdict`).
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


def kiosk(args: list[str], kill: bool = False, verdict: bool = False) -> None:
    import kiosk.ui.lifecycle as lifecycle_module
    from kiosk.cli import main

    build_ui = lifecycle_module.build_ui

    def build_and_watch(*a: Any, **kw: Any) -> Any:
        ui = build_ui(*a, **kw)
        if verdict:
            ui.window.frameSwapped.connect(_print_first_frame_once(ui))
        else:
            first_frame(ui.window, lambda: ui.flow.screen, kill)
        return ui

    lifecycle_module.build_ui = build_and_watch
    if verdict:
        watch_the_verdict(lifecycle_module)
    main(["run", "--windowed", *args])


def _print_first_frame_once(ui: Any) -> Any:
    said: list[bool] = []

    def swapped() -> None:
        if not said:
            said.append(True)
            print(f"first-frame {ui.flow.screen}", flush=True)

    return swapped


def watch_the_verdict(lifecycle_module: Any) -> None:
    """`kiosk-verdict`: the kiosk runs on past its first frame; when the background file
    check (`quick_check`) has released the record log, "verdict ok|unsound" is printed and
    the process ends by SIGKILL (the next start recovers again, as every morning)."""
    check_class = lifecycle_module.BackgroundCheck

    class Watched(check_class):  # type: ignore[misc, valid-type]
        def run(self) -> None:
            super().run()
            ok = self.verdict is not None and self.verdict.ok
            print(f"verdict {'ok' if ok else 'unsound'}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    lifecycle_module.BackgroundCheck = Watched


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:  # kiosk, kiosk-killed (SIGKILL at the first frame), kiosk-verdict (see above)
        kiosk(
            sys.argv[2:], kill=sys.argv[1] == "kiosk-killed", verdict=sys.argv[1] == "kiosk-verdict"
        )
