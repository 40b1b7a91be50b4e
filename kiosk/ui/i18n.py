"""UI strings through Qt's translation system.

QML source strings are English; `assets/translations/gerai_<lang>.ts` holds
their translations. The `.qm` files Qt loads are built from the `.ts` sources
with `lrelease` (from the PySide6 wheel) whenever they are missing or older,
so a checkout never carries stale binaries (they are git-ignored).
Run `python -m kiosk.ui.i18n` to build them ahead of time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.paths import translations_dir


def lrelease_tool() -> str:
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("lrelease not found: install PySide6-Essentials")
    return found


def build_qm(ts: Path, out_dir: Path | None = None) -> Path:
    """Compile one .ts into a .qm (next to it, or in `out_dir` if the assets are read-only)."""
    qm = (out_dir or ts.parent) / f"{ts.stem}.qm"
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    # Written under a name of its own and renamed: another process starting at the
    # same moment (the desk beside a kiosk, a second test worker) never loads half a file.
    part = qm.with_name(f".{qm.name}.{os.getpid()}.part")
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [lrelease_tool(), "-silent", str(ts), "-qm", str(part)],
            check=True,
            capture_output=True,
        )
        os.replace(part, qm)
    except (OSError, subprocess.CalledProcessError):
        part.unlink(missing_ok=True)
        if out_dir is not None:
            raise
        return build_qm(ts, Path(tempfile.gettempdir()) / "gerai-translations")
    return qm


def build_all() -> list[Path]:
    return [build_qm(ts) for ts in sorted(translations_dir().glob("gerai_*.ts"))]


# Qt's translators are per application and a text missing from the newest one falls
# through to older ones: with two installed, English (whose .ts leaves texts to the
# English source) would show another engine's Indonesian. One Gerai translator at a time.
_installed: list[QTranslator] = []


def install(lang: str) -> QTranslator | None:
    """Make `lang` the application's one Gerai translation (QML's and Python's texts)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application")
    while _installed:
        app.removeTranslator(_installed.pop())
    ts = translations_dir() / f"gerai_{lang}.ts"
    if not ts.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(build_qm(ts))):
        raise FileNotFoundError(f"translation for '{lang}' could not be loaded")
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


class Translations:
    """Switches the installed UI translation and makes QML re-read every qsTr."""

    def __init__(self, engine: QQmlEngine) -> None:
        self.engine = engine
        self.translator: QTranslator | None = None

    def use(self, lang: str) -> None:
        self.translator = install(lang)
        self.engine.retranslate()


if __name__ == "__main__":
    for path in build_all():
        print(path)
