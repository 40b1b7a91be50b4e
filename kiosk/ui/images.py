"""Festival photos and logo for QML, decoded off the GUI thread.

`PhotoFiles`: each photo BLOB of the booth database is written once to a private
cache folder and shown by `file:` URL with `Image.asynchronous`, so Qt decodes it
in its own loader threads and no Python runs there. (An image provider written in
Python runs in the loader thread and needs the GIL; when the GUI thread holds the
GIL while QML cancels or starts an image load, which happens whenever a Python
slot changes the screen, the two threads can wait for each other forever. The UI
tests hit exactly that hang.)
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl

from kiosk.storage.content import logo_png, photo_bytes
from kiosk.storage.database import BoothDatabase


class PhotoFiles:
    """The booth's photos as files in a private cache folder, for `file:` URLs in QML."""

    def __init__(self, db: BoothDatabase, directory: Path | None = None) -> None:
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
