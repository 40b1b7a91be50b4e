"""Festival photos and logo for QML, decoded off the GUI thread.

`PreparedPhotos` (the `image://gerai/` provider): the photos a screen shows on its
first frame (each innovation's first photo on its detail page, each home card's)
decoded at the size they are drawn, on a worker thread after the kiosk's first
frame, and handed to QML's synchronous Images from memory: the page is complete
on the frame it appears, with no empty box filling in. Qt asks the provider on the
GUI thread only (its Images are not asynchronous), never from a loader thread,
which is what made a Python provider hang (below).

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
import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QUrl, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQuick import QQuickImageProvider

from kiosk.storage.clips import poster_jpeg
from kiosk.storage.content import logo_png, photo_bytes
from kiosk.storage.database import BoothDatabase

log = logging.getLogger(__name__)

PROVIDER = "gerai"  # image://gerai/<width>/<file name in the PhotoFiles folder>


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

    def poster_url(self, clip_id: int) -> str:
        """A `file:` URL of a video clip's poster."""
        key = f"poster-{clip_id}"
        return self._urls.get(key) or self._file(key, poster_jpeg(self.db, clip_id), ".jpg")

    def logo_url(self) -> str:
        return self._urls.get("logo") or self._file("logo", logo_png(self.db), ".png")

    def forget(self) -> None:
        """Read the photos again next time (after staff changed content)."""
        self._urls.clear()

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def drawn_widths(size: tuple[int, int], innovations: int) -> dict[str, int]:
    """How wide a photo is drawn, in pixels, on a window of `size`: "gallery", the detail
    page's (about 45% of a landscape window, all of a portrait one), and "card", a home
    card's (the window over the fewest columns the home screen uses for this many
    innovations); never more than the files' sourceSize in QML (1280 and 800)."""
    width, height = size
    portrait = height > width
    gallery = width if portrait else (width * 45 + 99) // 100
    columns = max(1, min(innovations, 2 if portrait else 4 if width >= 1700 else 3) - 1)
    return {"gallery": min(1280, gallery), "card": min(800, -(-width // columns))}


class _Relay(QObject):
    """Carries "photos prepared" from the worker thread to the GUI thread (a queued signal
    to a method of this object, which lives there)."""

    prepared = Signal()

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self.then = then
        self.prepared.connect(self._then)

    def _then(self) -> None:
        self.then()


class PreparedPhotos(QQuickImageProvider):
    """QML's `image://gerai/WIDTH/NAME`: the photo file NAME of `files`, `WIDTH` pixels
    wide, decoded ahead of time by `prepare_in_background`.

    `url` gives that URL only once the photo is decoded ("" before: QML then loads the
    file in the background, as before), and `on_prepared` (on the GUI thread) says when
    to ask again; so no Image ever waits here for a decode (twenty photos decoded on the
    GUI thread while the home screen was built stalled it for half a second).

    Only synchronous Images may use these URLs: an asynchronous one would call
    Python from Qt's loader thread (see the module's note).
    """

    def __init__(self, files: PhotoFiles, on_prepared: Callable[[], None] | None = None) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.files = files
        self._wanted: dict[str, None] = {}  # ids asked for, in order (a set that keeps it)
        self._images: dict[str, QImage] = {}
        self._lock = threading.Lock()
        self._generation = 0  # bumped by `forget`: a preparation under way is discarded
        self._relay = _Relay(on_prepared) if on_prepared is not None else None

    def url(self, file_url: str, width: int) -> str:
        """The provider URL of the photo at `file_url` (a PhotoFiles URL) drawn `width`
        wide, once it is decoded; "" until then (it is then decoded next)."""
        if not file_url:
            return ""
        image_id = f"{width}/{QUrl(file_url).fileName()}"
        with self._lock:
            self._wanted[image_id] = None
            if image_id not in self._images:
                return ""
        return f"image://{PROVIDER}/{image_id}"

    def prepare_in_background(self) -> threading.Thread:
        """Decode every photo handed out so far on a worker thread."""
        thread = threading.Thread(target=self.prepare, name="gerai-photos", daemon=True)
        thread.start()
        return thread

    def prepare(self) -> None:
        """Decode what was asked for (the smaller, the home cards', first), then tell."""
        with self._lock:
            wanted = [i for i in self._wanted if i not in self._images]
            generation = self._generation
        wanted.sort(key=lambda i: int(i.partition("/")[0] or 0))
        for image_id in wanted:
            image = self._decode(image_id)
            with self._lock:
                if generation != self._generation:
                    return
                self._images[image_id] = image
        if wanted and self._relay is not None:
            self._relay.prepared.emit()

    def ready(self, url: str) -> bool:
        """Whether the photo at a provider URL is decoded (for tests and benchmarks)."""
        with self._lock:
            return bool(url) and url.removeprefix(f"image://{PROVIDER}/") in self._images

    def stop(self) -> None:
        """The window is closing: a preparation under way is dropped and tells nobody."""
        with self._lock:
            self._generation += 1
        if self._relay is not None:
            self._relay.then = lambda: None

    def forget(self) -> None:
        """Content changed: decode again what is asked for next."""
        with self._lock:
            self._generation += 1
            self._wanted.clear()
            self._images.clear()

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        with self._lock:
            image = self._images.get(image_id)
        if image is None:
            image = self._decode(image_id)
            with self._lock:
                self._images[image_id] = image
        return image

    def _decode(self, image_id: str) -> QImage:
        width_text, _, name = image_id.partition("/")
        path = self.files.directory / Path(name).name  # a name, never a path elsewhere
        reader = QImageReader(str(path))
        natural = reader.size()
        width = int(width_text) if width_text.isdigit() else 0
        if natural.isValid() and 0 < width < natural.width():
            reader.setScaledSize(QSize(width, max(1, natural.height() * width // natural.width())))
        image = reader.read()
        if image.isNull():
            log.warning("photo %s not decoded: %s", name, reader.errorString())
            return QImage()
        # The format the software scene graph draws without converting on every frame.
        return image.convertToFormat(QImage.Format.Format_RGB32)
