"""Festival photos and logo for QML, decoded off the GUI thread.

QML asks for `image://content/<photo id>`, `image://content/thumb/<photo id>`
or `image://content/logo` with `asynchronous: true`, so Qt calls
`requestImage` from its image-loader thread. Each thread reads the JPEG bytes
through the provider's own read-only SQLite connection, one reader at a time
(a lock), so the GUI thread's connection and its writes are never involved.
(A per-thread connection in `threading.local` is not used on purpose: Qt's
loader threads are not Python threads, and their thread state comes and goes.)
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

PROVIDER_ID = "content"


def photo_url(photo_id: int, thumb: bool = False) -> str:
    return f"image://{PROVIDER_ID}/{'thumb/' if thumb else ''}{photo_id}"


class ContentImageProvider(QQuickImageProvider):
    """Serves photo and logo BLOBs of the booth database as decoded images."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._uri = f"file:{db_path.resolve()}?mode=ro"
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def blob(self, image_id: str) -> bytes | None:
        """The stored bytes behind an image id, or None if there are none."""
        if image_id == "logo":
            sql, key = "SELECT logo_png FROM festival WHERE id = 1", []
        else:
            thumb = image_id.startswith("thumb/")
            number = image_id.removeprefix("thumb/")
            if not number.isdigit():
                return None
            column = "thumb_jpeg" if thumb else "image_jpeg"
            sql, key = f"SELECT {column} FROM photos WHERE id = ?", [int(number)]
        try:
            with self._lock:
                if self._connection is None:
                    self._connection = sqlite3.connect(
                        self._uri, uri=True, timeout=5.0, check_same_thread=False
                    )
                row = self._connection.execute(sql, key).fetchone()
        except sqlite3.Error:
            return None
        return bytes(row[0]) if row and row[0] else None

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        image = QImage.fromData(self.blob(image_id) or b"")
        if image.isNull():
            # A missing photo shows as a calm empty tile, never a broken-image icon.
            image = QImage(16, 9, QImage.Format.Format_RGB32)
            image.fill(QColor("#d9d6cf"))
        if requested.isValid() and requested.width() > 0 and requested.height() > 0:
            image = image.scaled(
                requested,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
        return image

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
