"""A QR code painted crisply from the qrcode matrix: whole-pixel modules, quiet zone kept."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Property, QRect, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtQuick import QQuickPaintedItem

QUIET_ZONE = 4  # modules of light margin on each side, as the QR standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules of `text` (True = dark), without quiet zone."""
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


class QrCodeItem(QQuickPaintedItem):
    """QML type `QrCode { text: "https://..." }`: light square with the code centred."""

    textChanged = Signal()

    def __init__(self, parent: QQuickPaintedItem | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: list[list[bool]] = []
        self.setAntialiasing(False)

    def _get_text(self) -> str:
        return self._text

    def _set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.textChanged.emit()
        self.update()

    text = Property(str, _get_text, _set_text, notify=textChanged)

    def paint(self, painter: QPainter) -> None:
        side = int(min(self.width(), self.height()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(QRect(0, 0, int(self.width()), int(self.height())), QColor("white"))
        if not self._matrix:
            return
        size, offset = module_layout(len(self._matrix), side)
        x0 = int(self.width() - side) // 2 + offset
        y0 = int(self.height() - side) // 2 + offset
        dark = QColor("black")
        for r, row in enumerate(self._matrix):
            for c, on in enumerate(row):
                if on:
                    painter.fillRect(QRect(x0 + c * size, y0 + r * size, size, size), dark)
