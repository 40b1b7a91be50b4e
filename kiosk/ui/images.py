"""Festival photos and logo for QML, decoded off the GUI thread.

The visitor UI uses `PhotoFiles`: each photo BLOB of the booth database is
written once to a private cache folder and shown by `file:` URL with
`Image.asynchronous`, so Qt decodes it in its own loader threads and no Python
runs there. (An image provider written in Python runs in the loader thread and
needs the GIL; when the GUI thread holds the GIL while QML cancels or starts an
image load, which happens whenever a Python slot changes the screen, the two
threads can wait for each other forever. The UI tests hit exactly that hang.)

`ContentImageProvider` below is kept for callers that want `image://` URLs.

QML asks for `image://content/<photo id>`, `image://content/thumb/<photo id>`
or `image://content/logo` with `asynchronous: true`, so Qt calls
`requestImage` from its image-loader thread. Each thread reads the JPEG bytes
through the provider's own read-only SQLite connection, one reader at a time
(a lock), so the GUI thread's connection and its writes are never involved.
(A per-thread connection in `threading.local` is not used on purpose: Qt's
loader threads are not Python threads, and their thread state comes and goes.)
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider
from sqlite_utils import Database

from kiosk.storage.content import logo_png, photo_bytes

PROVIDER_ID = "content"


class PhotoFiles:
    """The booth's photos as files in a private cache folder, for `file:` URLs in QML."""

    def __init__(self, db: Database, directory: Path | None = None) -> None:
        self.db = db
        self.directory = directory or Path(tempfile.mkdtemp(prefix="gerai-photos-"))
        self._urls: dict[str, str] = {}

    def _file(self, key: str, data: bytes | None, suffix: str) -> str:
        if key not in self._urls:
            if not data:
                return ""
            # Named by content: a photo replaced by staff never shows a stale file.
            path = self.directory / f"{key}-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
            if not path.exists():
                part = path.with_suffix(".part")
                part.write_bytes(data)
                part.replace(path)
            self._urls[key] = QUrl.fromLocalFile(str(path)).toString()
        return self._urls[key]

    def url(self, photo_id: int, thumb: bool = False) -> str:
        """A `file:` URL of the photo (or its thumbnail), "" if it has no bytes."""
        key = f"{'thumb-' if thumb else ''}{photo_id}"
        if key in self._urls:
            return self._urls[key]
        return self._file(key, photo_bytes(self.db, photo_id, thumb), ".jpg")

    def logo_url(self) -> str:
        return self._urls.get("logo") or self._file("logo", logo_png(self.db), ".png")

    def forget(self) -> None:
        """Read the photos again next time (after staff changed content)."""
        self._urls.clear()

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


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
