"""Where the UI's QML files live (fonts and translations: `kiosk.paths`)."""

from __future__ import annotations

from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
QML_DIR = UI_DIR / "qml"
MAIN_QML = QML_DIR / "Main.qml"

# Screens `kiosk screenshot` can render: the seven, then the rest of the journey.
SCREENSHOT_SCREENS = (
    "attract",
    "home",
    "detail",
    "vote-thanks",
    "feedback",
    "idle-warning",
    "map",
    "feedback-tags",
    "feedback-comment",
    "feedback-thanks",
    "goodbye",
    "staff-call",
    "survey-service",
    "survey-element",
    "survey-demographics",
    "survey-suggestion",
    "survey-thanks",
)


def qml_files() -> list[Path]:
    """Every QML file of the UI, the main window first."""
    others = sorted(p for p in QML_DIR.glob("*.qml") if p != MAIN_QML)
    return [MAIN_QML, *others]
