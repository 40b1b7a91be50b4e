"""Where the UI's QML files live (fonts and translations: `kiosk.paths`)."""

from __future__ import annotations

from pathlib import Path

# Defined with the screens (kiosk/ui/screens.py); also here, where its users import it.
from kiosk.ui.screens import SCREENSHOT_SCREENS as SCREENSHOT_SCREENS

UI_DIR = Path(__file__).resolve().parent
# The import path of the `Gerai` QML module (qml/Gerai/qmldir) and its folder.
QML_IMPORT_DIR = UI_DIR / "qml"
QML_DIR = QML_IMPORT_DIR / "Gerai"
MAIN_QML = QML_DIR / "Main.qml"


def qml_files() -> list[Path]:
    """Every QML file of the UI, in every folder under qml/ (staff mode's too), the main
    window first."""
    others = sorted(p for p in QML_IMPORT_DIR.rglob("*.qml") if p != MAIN_QML)
    return [MAIN_QML, *others]
