"""The card reader that looks: the PC's camera, through QtMultimedia, decoded off the GUI thread.

While the vote area asks for a card (card mode), `CardCamera` runs the first camera
the PC has, shows its picture in the vote area (`CameraPreview.qml`, a VideoOutput
that hands its frames here) and passes a frame at most every `FRAME_INTERVAL_S` to
one worker thread, which turns it grey and reads QR codes with zbar (pyzbar, the
decoder the merge uses for receipt photos; ctypes lets go of Python's lock while
zbar works). A frame that arrives while the worker is busy is dropped, never queued.
A card it reads goes to `VisitorFlow.cardScanned`, the same door as the keyboard
scanner's. No camera, no preview: the keyboard scanner still works.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.pack.cards import CARD_PREFIX
from kiosk.ui.flow import VisitorFlow
from kiosk.ui.qmlmodule import qml_singleton

log = logging.getLogger(__name__)

FRAME_INTERVAL_S = 0.15  # about 7 frames a second are read; the rest are only shown
REPEAT_S = 3.0  # the same card held up longer is read once


def decode_cards(gray: bytes, width: int, height: int) -> list[str]:
    """The card texts (`GK1:...`) zbar reads in one 8-bit grey frame, top to bottom."""
    from pyzbar.pyzbar import ZBarSymbol, decode  # here: only card mode with a camera needs it

    found = decode((gray, width, height), symbols=[ZBarSymbol.QRCODE])
    texts = [s.data.decode("ascii", "replace") for s in found]
    return [t for t in texts if t.upper().startswith(CARD_PREFIX)]


@qml_singleton("CardCamera")
class CardCamera(QObject):
    availableChanged = Signal()
    decoded = Signal(str)  # emitted from the worker thread; delivered on the GUI thread

    def __init__(self, flow: VisitorFlow) -> None:
        super().__init__()
        self.flow = flow
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gerai-camera")
        self._busy: Future[None] | None = None
        self._last_frame = 0.0
        self._last_text, self._last_at = "", 0.0
        self._available: bool | None = None  # probed on first use
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self.frames_read = 0  # for tests and the log: frames handed to the decoder
        self.decoded.connect(self._card_read)

    def _is_available(self) -> bool:
        if self._available is None:
            from PySide6.QtMultimedia import QMediaDevices

            self._available = bool(QMediaDevices.videoInputs())
        return self._available

    available = Property(bool, _is_available, notify=availableChanged)

    @Slot(QObject)
    def attach(self, video_output: QObject) -> None:
        """The preview in the vote area appeared: start the camera and show it there."""
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession

        if not self._is_available():
            return
        if self._camera is None:
            self._camera = QCamera(self)
            self._session = QMediaCaptureSession(self)
            self._session.setCamera(self._camera)
            self._camera.errorOccurred.connect(lambda _error, text: log.warning("camera: %s", text))
        self._session.setVideoOutput(video_output)
        self._sink = self._session.videoSink()
        if self._sink is not None:
            self._sink.videoFrameChanged.connect(self.frame)
        self._camera.start()

    @Slot()
    def detach(self) -> None:
        """The preview went away (card read, cancelled, another page): stop the camera."""
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self.frame)
            self._sink = None
        if self._camera is not None:
            self._camera.stop()

    def frame(self, frame: Any) -> None:
        """A camera frame (a QVideoFrame): read it on the worker if it is time and it is free."""
        now = time.monotonic()
        if now - self._last_frame < FRAME_INTERVAL_S:
            return
        if self._busy is not None and not self._busy.done():
            return  # the worker is still reading the last one: drop this frame
        from PySide6.QtGui import QImage

        image = frame.toImage()
        if image.isNull():
            return
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        width, height = gray.width(), gray.height()
        # One row after another without the padding Qt may add at the end of each row.
        line, row = gray.bytesPerLine(), bytes(gray.constBits())
        pixels = (
            row
            if line == width
            else b"".join(row[y * line : y * line + width] for y in range(height))
        )
        self._last_frame = now
        self.frames_read += 1
        self._busy = self._pool.submit(self._read, pixels, width, height)

    def _read(self, pixels: bytes, width: int, height: int) -> None:
        for text in decode_cards(pixels, width, height):
            self.decoded.emit(text)  # queued to the GUI thread

    def _card_read(self, text: str) -> None:
        now = time.monotonic()
        if text == self._last_text and now - self._last_at < REPEAT_S:
            return
        self._last_text, self._last_at = text, now
        self.flow.cardScanned(text)

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait for the frame being read (tests, shutdown)."""
        if self._busy is not None:
            self._busy.result(timeout)

    def shutdown(self) -> None:
        self.detach()
        self._pool.shutdown(wait=True, cancel_futures=True)
