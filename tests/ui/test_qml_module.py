"""The Gerai QML module: its qmldir files, its Python types for qmllint, and qmllint itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.ui.paths import QML_DIR, QML_IMPORT_DIR
from tools.qmltypes import QMLTYPES, render

# Qt's tools and engines: not for the no-Qt lane.
pytestmark = pytest.mark.ui

QMLLINT = Path(sys.executable).parent / "pyside6-qmllint"
MODULES = {"Gerai": QML_DIR, "Gerai.Staff": QML_DIR / "Staff", "Gerai.Desk": QML_DIR / "Desk"}


def qmllint(*files: Path) -> subprocess.CompletedProcess[str]:
    """qmllint as `make check` runs it: any warning is a failure."""
    return subprocess.run(
        [str(QMLLINT), "--max-warnings", "0", "-I", str(QML_IMPORT_DIR), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("uri", MODULES)
def test_qmldir_lists_every_qml_file_of_its_folder(uri: str) -> None:
    folder = MODULES[uri]
    lines = (folder / "qmldir").read_text().splitlines()
    assert lines[0] == f"module {uri}"
    listed = {line.split()[-1] for line in lines if line.endswith(".qml")}
    assert listed == {path.name for path in folder.glob("*.qml")}


def test_qmltypes_describe_the_python_singletons_as_they_are() -> None:
    assert QMLTYPES.read_text() == render(), "stale: run python -m tools.qmltypes"


def test_qmllint_reports_a_binding_to_a_missing_member(tmp_path: Path) -> None:
    """The check `make check` runs fails on a typo in a binding to a Python singleton."""
    good = tmp_path / "Good.qml"
    good.write_text("import QtQuick\nimport Gerai\nText { text: VisitorFlow.screen }\n")
    bad = tmp_path / "Bad.qml"
    bad.write_text("import QtQuick\nimport Gerai\nText { text: VisitorFlow.screeen }\n")
    assert qmllint(good).returncode == 0
    found = qmllint(bad)
    assert found.returncode != 0
    assert 'Member "screeen" not found on type "VisitorFlow"' in found.stdout + found.stderr


def test_each_engine_sees_its_own_controllers(qt_messages: object) -> None:
    """Singletons are per engine: the tests (and the staff window) make many engines."""
    import shiboken6
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    from kiosk.ui.accessibility import AccessibilityController
    from kiosk.ui.qmlmodule import provide

    def large_text_seen(a11y: AccessibilityController) -> tuple[QQmlEngine, bool]:
        engine = QQmlEngine()
        provide(engine, a11y)
        component = QQmlComponent(engine)
        component.setData(
            b"import QtQml\nimport Gerai\nQtObject { property bool big: A11y.largeText }",
            QUrl.fromLocalFile(str(QML_DIR / "probe.qml")),
        )
        probe = component.create()
        assert probe is not None, component.errorString()
        return engine, probe.property("big")

    large, normal = AccessibilityController(), AccessibilityController()
    large.setLargeText(True)
    first, seen_first = large_text_seen(large)
    second, seen_second = large_text_seen(normal)
    assert (seen_first, seen_second) == (True, False)
    shiboken6.delete(first)
    shiboken6.delete(second)
    assert shiboken6.isValid(large) and large.property("largeText")  # Python keeps what it made
