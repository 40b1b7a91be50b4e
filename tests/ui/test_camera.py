"""The camera path without a camera: generated frames (a card held up in a 640x480 picture)
go through the same `CardCamera.frame` the camera's video sink calls, are read by zbar on
the worker thread, and the card votes. CI has no camera; the frames are what one would see."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame

from kiosk.booth import Booth
from kiosk.domain.festival import CardRules
from kiosk.pack.cards import Card, CardMaker, card_matrix, new_private_key, public_key_text
from kiosk.storage.database import BoothDatabase
from kiosk.ui import camera as camera_module
from kiosk.ui.camera import FRAME_INTERVAL_S, decode_cards
from kiosk.ui.testing import process_events, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import AGENCY, SHORT_RULES, QtMessages, tap

pytestmark = pytest.mark.ui

KEY = new_private_key()
MAKER = CardMaker("uji-2026", KEY)
ROAD = "gerakan-rawat-jalan"


def frame_image(text: str | None, module: int = 6, at: tuple[int, int] = (150, 90)) -> QImage:
    """A 640x480 camera picture: a grey room, and the card's QR code (quiet zone on a white
    card) where the visitor holds it; None: the room alone."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#7a8088"))
    if text is not None:
        side, modules = card_matrix(text)
        painter = QPainter(image)
        x, y = at
        painter.fillRect(
            QRectF(x, y, (side + 8) * module, (side + 8) * module), Qt.GlobalColor.white
        )
        for n, value in enumerate(modules):
            if value == 0:
                row, col = divmod(n, side)
                painter.fillRect(
                    QRectF(x + (col + 4) * module, y + (row + 4) * module, module, module),
                    Qt.GlobalColor.black,
                )
        painter.end()
    return image


def grey_bytes(image: QImage) -> tuple[bytes, int, int]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    line = gray.bytesPerLine()
    raw = bytes(gray.constBits())
    w, h = gray.width(), gray.height()
    return b"".join(raw[y * line : y * line + w] for y in range(h)), w, h


def test_the_decoder_reads_a_card_in_a_frame_and_nothing_in_an_empty_one(qapp: object) -> None:
    text = MAKER.text(Card(1, 12))
    assert decode_cards(*grey_bytes(frame_image(text))) == [text]
    assert decode_cards(*grey_bytes(frame_image(None))) == []
    # another QR code (an innovation's link) is not a card
    other = QImage(frame_image(None))
    assert decode_cards(*grey_bytes(other)) == []


@pytest.fixture(autouse=True)
def video_conversion_ready(qapp: object) -> None:
    """Headless, Qt says once per thread that it converts video frames on the CPU (no GPU:
    "No RHI backend"); said here, before the test's check for QML warnings begins."""
    QVideoFrame(QImage(8, 8, QImage.Format.Format_RGB32)).toImage()


@pytest.fixture
def card_kiosk(
    qt_messages: QtMessages, tmp_path: Path, qtbot: object
) -> Iterator[tuple[KioskUi, BoothDatabase]]:
    rules = dataclasses.replace(SHORT_RULES, idle_seconds=20)
    festival = dataclasses.replace(
        small_festival(rules), cards=CardRules(True, public_key_text(KEY.public_key()), 3)
    )
    db = make_booth_db(tmp_path / "booth.sqlite", festival)
    ui = build_ui(Booth(db, AGENCY), tmp_path / "booth.sqlite", size=(1280, 800), tick_ms=50)
    ui.window.requestActivate()
    wait_until_started(ui.window)
    yield ui, db
    ui.close()
    db.close()


def test_a_stream_of_frames_votes_with_the_card_read_off_the_gui_thread(qtbot, card_kiosk) -> None:  # type: ignore[no-untyped-def]
    ui, db = card_kiosk
    tap(qtbot, ui, "startArea")
    tap(qtbot, ui, f"card_{ROAD}")
    qtbot.waitUntil(lambda: ui.flow.property("voteState") == "ready", timeout=3000)
    tap(qtbot, ui, "voteButton")
    assert ui.flow.property("voteState") == "card"

    threads: list[str] = []
    real_decode = camera_module.decode_cards

    def noting_thread(gray: bytes, width: int, height: int) -> list[str]:
        threads.append(threading.current_thread().name)
        return real_decode(gray, width, height)

    camera_module.decode_cards = noting_thread  # notes where it ran; decodes for real
    try:
        text = MAKER.text(Card(1, 21))
        stream = [frame_image(None)] * 3 + [
            frame_image(text, at=(60 + 40 * n, 80)) for n in range(4)
        ]
        started = time.perf_counter()
        for image in stream:
            ui.camera.frame(QVideoFrame(image))
            # frame() hands the frame over and returns: the GUI thread never waits for zbar
            process_events(FRAME_INTERVAL_S + 0.02)
            if ui.flow.property("screen") == "voteThanks":
                break
        ui.camera.wait_idle()
        process_events(0.1)
    finally:
        camera_module.decode_cards = real_decode
    print(f"{ui.camera.frames_read} frames read, {time.perf_counter() - started:.2f} s")
    assert ui.flow.property("screen") == "voteThanks"
    assert threads and all(name.startswith("gerai-camera") for name in threads)
    votes = db.execute(
        "SELECT json_extract(data, '$.card') FROM visitor_records WHERE kind = 'vote'"
    ).fetchall()
    assert votes == [("1-000021",)]  # read in several frames, voted once
