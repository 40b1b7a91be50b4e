"""Staff mode in a window of its own (`StaffWindow.qml`): for tests, screenshots and tools.

In the kiosk the same `StaffMode.qml` is loaded inside the visitor window;
here it gets the same `Gerai` QML module (the `Staff` and `Theme` singletons, fonts,
the staff's photo files, Indonesian translations) without the visitor flow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.booth import Booth
from kiosk.domain.clock import Clock
from kiosk.storage.content import logo_png
from kiosk.storage.database import BoothDatabase
from kiosk.ui.clips import ClipPlayer
from kiosk.ui.i18n import Translations
from kiosk.ui.paths import QML_DIR
from kiosk.ui.qmlmodule import provide
from kiosk.ui.qtapp import application, load_fonts
from kiosk.ui.staff.controller import StaffController
from kiosk.ui.theme import Theme

STAFF_QML_DIR = QML_DIR / "Staff"
STAFF_WINDOW_QML = STAFF_QML_DIR / "StaffWindow.qml"


@dataclass
class StaffUi:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    staff: StaffController
    theme: Theme
    translations: Translations  # held: a dropped QTranslator is uninstalled

    def close(self) -> None:
        """Close the window and delete the QML before the Python objects it binds to."""
        self.staff.shutdown()
        self.window.close()
        shiboken6.delete(self.engine)
        self.staff.photos.remove()


def build_staff_ui(
    db: BoothDatabase,
    db_path: Path,
    agency_code: str,
    *,
    clock: Clock | None = None,
    usb_roots: list[Path] | None = None,
    size: tuple[int, int] = (1920, 1080),
    show: bool = True,
) -> StaffUi:
    """Load `StaffWindow.qml` over the booth file `db_path` and show it."""
    application()
    family = load_fonts()
    engine = QQmlApplicationEngine()
    translations = Translations(engine)
    translations.use("id")
    booth = Booth(db, agency_code, clock)
    theme = Theme(booth, family, has_logo=logo_png(db) is not None)
    staff = StaffController(db, db_path, clock, usb_roots)
    # The preview's gallery shows no clips here, but its QML refers to the player.
    clips = ClipPlayer(lambda _clip_id: None, lambda: "id")
    provide(engine, staff, theme, clips)
    engine.load(QUrl.fromLocalFile(str(STAFF_WINDOW_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError("StaffWindow.qml did not load: see the QML errors above")
    window = roots[0]
    window.resize(*size)
    staff.watch(window)
    if show:
        window.show()
    return StaffUi(engine, window, staff, theme, translations)
