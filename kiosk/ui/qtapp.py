"""The one Qt application of a process: its environment, its fonts.

Shared by the kiosk window (kiosk.ui.wiring), the staff window
(kiosk.ui.staff.standalone) and the screenshot command, below all of them.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtGui import QFontDatabase, QGuiApplication

from kiosk.ops.renderer import quick_backend, software_opengl
from kiosk.paths import fonts_dir

log = logging.getLogger(__name__)


def prepare_environment(offscreen: bool = False, keyboard: bool = True) -> None:
    """Settings Qt reads once, before the application object exists.

    `keyboard=False`: no on-screen keyboard input method (the organizers' desk, typed on
    a laptop's keyboard); the desktop's own input method, if any, stays.
    """
    if keyboard:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QT_QUICK_BACKEND"] = "software"
    backend, why = quick_backend(os.environ, software_opengl(os.environ))
    if backend == "software" and "QT_QUICK_BACKEND" not in os.environ:
        os.environ["QT_QUICK_BACKEND"] = "software"
        log.info("Qt Quick draws with its software scene graph: %s", why)


def application(keyboard: bool = True) -> QGuiApplication:
    """The one Qt application of this process (created on first use; `keyboard`: with the
    on-screen keyboard's input method, see `prepare_environment`)."""
    app = QGuiApplication.instance()
    if app is None:
        prepare_environment(keyboard=keyboard)
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def load_fonts() -> str:
    """Register the bundled fonts; returns the family the UI uses."""
    family = "Inter"
    folder = fonts_dir()
    for path in sorted(folder.glob("*.otf")) + sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family
