"""QR codes for QML: one image pixel per module, quiet zone included, scaled by whole pixels.

`QrCode.qml` shows the PNG this module makes and scales it by a whole number
without smoothing, so every module is a crisp square. The image comes from
one long-lived `QrImages` object rather than a Python item per page: PySide6
6.12 never frees the Python side of QML items whose type is a Python class,
which leaked about 24 kB per detail page (found by the memory soak benchmark).

The PNG reaches QML through the `image://gerai-qr/` provider, which a synchronous
Image asks on the GUI thread: the code is on the page's first frame. (A `data:`
URL, which this was, is decoded by Qt a frame or more later even when the Image
is not asynchronous: an empty white box flashed on every page.) The booth's codes
are drawn ahead, on a worker thread after the first frame.
"""

from __future__ import annotations

import base64
import io
import threading
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QObject, QSize, Slot
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickImageProvider

from kiosk.ui.qmlmodule import for_each_engine, qml_engine_singleton

QUIET_ZONE = 4  # modules of light margin on each side, as the QR standard asks
PROVIDER = "gerai-qr"  # image://gerai-qr/<the text, base64url>


def preload_in_background(texts: Sequence[str] = ()) -> threading.Thread:
    """Import qrcode and Pillow, then draw the codes of `texts` (the booth's innovation
    links), on a worker thread once the attract screen is up.

    Start-up does not wait for the imports (about 60 ms), and no innovation page waits
    for its code: imported or drawn there, on the GUI thread, they stalled the page for
    80 ms and 10-30 ms (the journey benchmark).
    """
    thread = threading.Thread(
        target=_prepare_codes, args=(list(texts),), name="gerai-qr-preload", daemon=True
    )
    thread.start()
    return thread


def _prepare_codes(texts: list[str]) -> None:
    import qrcode  # noqa: F401
    from PIL import Image  # noqa: F401

    for text in texts:
        if text:
            qr_png(text)  # cached: the page gets it at once


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules of `text` (True = dark), without quiet zone."""
    import qrcode  # here, not at the top: start-up does not wait for it (benchmarks/README.md)

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def module_layout(modules: int, side: int) -> tuple[int, int]:
    """(module size in whole pixels, offset) that fits `modules` plus quiet zone in `side` px."""
    total = modules + 2 * QUIET_ZONE
    size = max(1, side // total)
    offset = (side - size * total) // 2 + QUIET_ZONE * size
    return size, offset


@lru_cache(maxsize=256)
def qr_png(text: str) -> bytes:
    """A 1-bit PNG of `text`'s code, one pixel per module, quiet zone included."""
    from PIL import Image

    matrix = qr_matrix(text)
    side = len(matrix) + 2 * QUIET_ZONE
    image = Image.new("1", (side, side), 1)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                image.putpixel((c + QUIET_ZONE, r + QUIET_ZONE), 0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def qr_image_url(text: str) -> str:
    """The `image://gerai-qr/` URL of `text`'s code ("" for no text)."""
    if not text:
        return ""
    return f"image://{PROVIDER}/" + base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii")


class QrProvider(QQuickImageProvider):
    """`image://gerai-qr/<base64url of the text>`: the code's PNG (drawn ahead, cached)
    as an image, on the GUI thread (QrCode.qml's Image is synchronous)."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        try:
            text = base64.urlsafe_b64decode(image_id.encode("ascii")).decode("utf-8")
        except (ValueError, UnicodeError):
            return QImage()
        image = QImage.fromData(qr_png(text))
        return image.convertToFormat(QImage.Format.Format_RGB32)


@for_each_engine
def add_provider(engine: QQmlEngine) -> None:
    engine.addImageProvider(PROVIDER, QrProvider())


# One object per engine, not one per QR code (see above).
@qml_engine_singleton
class QrImages(QObject):
    """QML singleton `QrImages`: `QrImages.url(text)` is the code's image."""

    @Slot(str, result=str)
    def url(self, text: str) -> str:
        return qr_image_url(text)
