"""Small UI parts: the QR painter, photo files, translations, commands."""

from __future__ import annotations

import io
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtGui import QImage
from pyzbar.pyzbar import decode

from kiosk.paths import translations_dir
from kiosk.ui.commands import display_problem, screenshot
from kiosk.ui.i18n import build_qm
from kiosk.ui.paths import QML_DIR
from kiosk.ui.qr import (
    QUIET_ZONE,
    module_layout,
    preload_in_background,
    qr_matrix,
    qr_png,
)
from tests.helpers import make_booth_db

pytestmark = pytest.mark.ui

URL = "https://inovasi.banyumaskab.go.id/contoh/gerakan-rawat-kali-dan-jalan"


def to_pil(image: QImage) -> Image.Image:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def test_qr_modules_are_whole_pixels_with_quiet_zone() -> None:
    modules = len(qr_matrix(URL))
    size, offset = module_layout(modules, 260)
    assert size == 260 // (modules + 2 * QUIET_ZONE)
    assert offset >= QUIET_ZONE * size
    assert size * modules >= 37 * 5  # big enough to read from arm's length


def test_qr_png_is_one_pixel_per_module_and_reads_back() -> None:
    image = Image.open(io.BytesIO(qr_png(URL)))
    assert image.size == (len(qr_matrix(URL)) + 2 * QUIET_ZONE,) * 2
    big = image.convert("L").resize((image.width * 6, image.height * 6), Image.Resampling.NEAREST)
    [found] = decode(big)
    assert found.data.decode() == URL


def test_qr_code_item_is_crisp_and_readable(qapp: object) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtQuick import QQuickView

    from kiosk.ui.qmlmodule import provide

    view = QQuickView()
    provide(view.engine())  # `import Gerai`: QrCode.qml uses the engine's QrImages
    view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
    view.setSource(QUrl.fromLocalFile(str(QML_DIR / "QrCode.qml")))
    view.resize(300, 300)
    view.rootObject().setProperty("text", URL)
    view.show()
    image_item = view.rootObject().findChild(QObject, "qrImage")
    assert image_item.property("progress") == 1.0  # ready at once: no empty box on a page
    deadline = time.monotonic() + 0.3  # the view lays its root out when shown
    while time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    modules = len(qr_matrix(URL)) + 2 * QUIET_ZONE
    width = int(image_item.property("width"))
    assert width % modules == 0 and width >= 240  # whole-pixel modules, >= 6 cm at 1080p
    assert image_item.property("smooth") is False
    [found] = decode(to_pil(view.grabWindow()))
    assert found.data.decode() == URL
    view.close()
    view.deleteLater()


def test_every_ui_string_is_translated_to_indonesian() -> None:
    tree = ET.parse(translations_dir() / "gerai_id.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []
    sources = {m.findtext("source") for m in tree.iter("message")}
    for qml in QML_DIR.glob("*.qml"):
        for line in qml.read_text().splitlines():
            if 'qsTr("' in line:
                text = line.split('qsTr("', 1)[1].split('"', 1)[0]
                assert text in sources, f"{qml.name}: '{text}' is missing from gerai_id.ts"


def test_translations_build_to_qm(tmp_path: Path) -> None:
    qm = build_qm(translations_dir() / "gerai_id.ts", tmp_path)
    assert qm.stat().st_size > 100


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "eglfs"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_display_problem(env: dict[str, str], problem: bool) -> None:
    message = display_problem(env, "linux")
    assert bool(message) is problem
    if problem:
        assert "kiosk screenshot" in message and "\n" not in message


def test_no_display_problem_off_linux() -> None:
    assert display_problem({}, "win32") == ""


def test_screenshot_rejects_a_bad_size() -> None:
    result = CliRunner().invoke(screenshot, ["home", "--out", "x.png", "--size", "big"])
    assert result.exit_code == 2
    assert "WIDTHxHEIGHT" in result.output


def test_run_without_display_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.ui.commands import run

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    result = CliRunner().invoke(run, [])
    assert result.exit_code == 1
    assert "kiosk screenshot" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_photo_files_are_written_once_and_named_by_content(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import QUrl

    from kiosk.ui.images import PhotoFiles

    db = make_booth_db(tmp_path / "booth.sqlite")
    photo_id = db.execute("SELECT id FROM photos").fetchone()[0]
    files = PhotoFiles(db, tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    url = files.url(photo_id)
    path = Path(QUrl(url).toLocalFile())
    assert path.read_bytes() == db.execute("SELECT image_jpeg FROM photos").fetchone()[0]
    assert files.url(photo_id) == url
    assert files.url(photo_id, thumb=True) != url
    assert files.url(99999) == ""
    assert files.logo_url() == ""  # the small festival has no logo
    files.remove()
    assert not (tmp_path / "cache").exists()
    db.close()


def test_the_booth_codes_are_drawn_ahead_on_a_worker_thread() -> None:
    qr_png.cache_clear()
    preload_in_background([URL, ""]).join(30)
    before = qr_png.cache_info()
    assert before.currsize == 1  # the empty link has no code
    assert qr_png(URL).startswith(b"\x89PNG")
    assert qr_png.cache_info().hits == before.hits + 1  # the page did not draw it
