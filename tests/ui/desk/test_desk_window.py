"""The desk's QML files each load cleanly with the desk's engine; a file that is no booth's
is kept, named on the board and never merged."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem

from kiosk.ui.desk.app import DESK_QML_DIR, DeskUi
from kiosk.ui.testing import process_events
from tests.ui.desk.conftest import Festival, board_row, click, find, show_page, wait_idle

pytestmark = pytest.mark.ui


@pytest.mark.parametrize("path", sorted(DESK_QML_DIR.glob("*.qml")), ids=lambda p: p.name)
def test_desk_component_loads_cleanly(desk: DeskUi, path: Path) -> None:
    component = QQmlComponent(desk.engine, QUrl.fromLocalFile(str(path)))
    assert component.isReady(), component.errorString()
    created = component.create(desk.engine.rootContext())
    assert created is not None, component.errorString()
    if isinstance(created, QQuickItem):
        created.setParentItem(desk.window.contentItem())
        created.setSize(desk.window.contentItem().size())
    process_events(0.05)
    created.deleteLater()
    process_events(0.01)


def test_a_file_of_no_booth_is_kept_named_and_never_merged(
    desk: DeskUi, festival: Festival, tmp_path: Path
) -> None:
    stick = tmp_path / "media" / "CAMPUR"
    stick.mkdir()
    (stick / "gerai-dinsos.sqlite").write_bytes(
        (festival.sticks["DINSOS"] / "gerai-dinsos.sqlite").read_bytes()
    )
    with sqlite3.connect(stick / "anggaran.sqlite") as conn:
        conn.execute("CREATE TABLE anggaran (pos TEXT, nilai INTEGER)")
    conn.close()
    process_events(0.3)
    show_page(desk, "tabHandover")
    click(desk, "stick_CAMPUR")
    wait_idle(desk)
    assert (
        find(desk, "outcomeText")
        .property("text")
        .startswith("Sudah digabungkan, tetapi ada berkas yang perlu diperiksa")
    )
    assert board_row(desk, "DINSOS")["state"] == "file_in"
    stray = [r for r in desk.desk.property("booths") if r["name"] == "anggaran.sqlite"]
    assert [(r["state"], r["status"]) for r in stray] == [("problem", "not_kiosk")]
    show_page(desk, "tabBoard")
    said = find(desk, "problem_anggaran.sqlite").property("text")
    assert said == "<b>Bukan berkas stan</b> — Abaikan, atau serahkan berkas yang benar."
    # The merge's own sentence stays as written (English) and says so in the desk's language.
    detail = find(desk, "detail_anggaran.sqlite")
    label = "Catatan teknis dari penggabungan (dalam bahasa Inggris): "
    assert detail.property("visible")
    assert detail.property("text").startswith(label)
    assert len(detail.property("text")) > len(label)  # and the merge's sentence after it
    kept = list((Path(desk.desk.property("deskFolder")) / "berkas").rglob("anggaran.sqlite"))
    assert len(kept) == 1  # kept in the desk's folder, as it came


def test_the_desk_process_has_no_on_screen_keyboard_input_method(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the laptop a focused field must not pop up the kiosk's on-screen keyboard as a
    window of its own: `kiosk desk` prepares Qt without that input method."""
    from kiosk.ui.qtapp import prepare_environment

    for name in ("QT_IM_MODULE", "QT_QUICK_CONTROLS_STYLE", "QT_QUICK_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    prepare_environment(keyboard=False)
    assert "QT_IM_MODULE" not in os.environ
    prepare_environment()
    assert os.environ["QT_IM_MODULE"] == "qtvirtualkeyboard"  # the kiosk keeps it
