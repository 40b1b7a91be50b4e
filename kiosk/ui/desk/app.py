"""The desk's window: the `Gerai.Desk` QML module over a `DeskController`.

Same application set-up, fonts, theme (the festival's colours from the pack)
and translations as the kiosk; Indonesian first, English one tap away.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.domain.festival import Agency, Festival
from kiosk.pack.format import load_pack
from kiosk.results.desk.handover import DeskFolder
from kiosk.results.merge.truth import load_organizers_pack
from kiosk.ui.desk.controller import POLL_MS, DeskController
from kiosk.ui.i18n import Translations
from kiosk.ui.paths import QML_DIR
from kiosk.ui.qmlmodule import provide
from kiosk.ui.qtapp import application, load_fonts
from kiosk.ui.theme import Theme

DESK_QML_DIR = QML_DIR / "Desk"
DESK_WINDOW_QML = DESK_QML_DIR / "DeskWindow.qml"
DESK_NAME = "Meja Panitia"


@dataclass(frozen=True)
class _DeskLook:
    """What the theme reads, for a window that belongs to no booth."""

    festival: Festival
    agency: Agency


@dataclass
class DeskUi:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    desk: DeskController
    theme: Theme
    translations: Translations  # held: a dropped QTranslator is uninstalled

    def close(self) -> None:
        """Stop the worker, close the windows, delete the QML before the Python objects."""
        self.desk.shutdown()
        for root in self.engine.rootObjects():
            if isinstance(root, QQuickWindow):
                root.close()
        shiboken6.delete(self.engine)


def default_desk_folder(festival_file: Path) -> Path:
    """The desk's own folder, beside the festival file: `meja-<name>/`."""
    return festival_file.with_name(f"meja-{festival_file.stem}")


def build_desk_ui(
    festival_file: Path,
    pack: Path,
    *,
    folder: Path | None = None,
    media_roots: list[Path] | None = None,
    photo_folder: Path | None = None,
    open_reports: bool = True,
    poll_ms: int = POLL_MS,
    size: tuple[int, int] = (1366, 768),
    show: bool = True,
) -> DeskUi:
    """Load `DeskWindow.qml` for `festival_file` (created by the first hand-over) and `pack`.

    Raises kiosk.results.errors.MergeError when `pack` is not a usable festival pack.
    """
    truth = load_organizers_pack(pack)  # the pack the merge checks against, checked once
    loaded = load_pack(pack)
    loaded.close()
    application(keyboard=False)  # a laptop's keyboard: no on-screen keyboard input method
    family = load_fonts()
    engine = QQmlApplicationEngine()
    translations = Translations(engine)
    translations.use("id")
    look = _DeskLook(loaded.festival, Agency("", DESK_NAME, DESK_NAME, ""))
    theme = Theme(look, family, has_logo=False)
    desk = DeskController(
        festival_file,
        pack,
        truth,
        DeskFolder(folder or default_desk_folder(festival_file)),
        translations,
        media_roots=media_roots,
        photo_folder=photo_folder,
        open_reports=open_reports,
        poll_ms=poll_ms,
    )
    provide(engine, desk, theme)
    engine.load(QUrl.fromLocalFile(str(DESK_WINDOW_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        desk.shutdown()
        raise RuntimeError("DeskWindow.qml did not load: see the QML errors above")
    window = roots[0]
    window.resize(*size)
    if show:
        window.show()
    return DeskUi(engine, window, desk, theme, translations)
