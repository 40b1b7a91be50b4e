"""`staff.editor`: the content editor's state and actions, over `kiosk.staff.content`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from kiosk.staff import content
from kiosk.staff.content import EditableInnovation
from kiosk.staff.errors import StaffError
from kiosk.staff.usb import removable_folders
from kiosk.ui.staff.context import StaffContext


class ContentEditor(QObject):
    """The booth's innovations (hidden ones too), the one being edited, and USB photos."""

    listChanged = Signal()
    currentChanged = Signal()
    usbChanged = Signal()

    def __init__(
        self, context: StaffContext, usb_roots: list[Path] | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.usb_roots = usb_roots
        self._items: list[EditableInnovation] = []
        self._slug = ""
        self._folders: list[str] = []
        self._folder = ""
        self._images: list[dict[str, str]] = []

    # --- what QML reads ---------------------------------------------------
    def _list(self) -> list[dict[str, Any]]:
        return [
            {
                "slug": i.slug,
                "title": i.texts["title_id"],
                "hidden": i.hidden,
                "photoCount": len(i.photos),
                "first": n == 0,
                "last": n == len(self._items) - 1,
            }
            for n, i in enumerate(self._items)
        ]

    def _current(self) -> dict[str, Any]:
        item = self._find(self._slug)
        if item is None:
            return {}
        return {
            "slug": item.slug,
            "texts": dict(item.texts),
            "url": item.url,
            "hidden": item.hidden,
            "photos": [
                {
                    "id": p.id,
                    "name": p.source_file,
                    "url": self.context.photos.url(p.id),
                    "thumb": self.context.photos.url(p.id, thumb=True),
                }
                for p in item.photos
            ],
            **self._static(item.slug),
        }

    def _static(self, slug: str) -> dict[str, Any]:
        """Fields the editor does not change but the preview shows."""
        row = self.context.db.execute(
            "SELECT category, year_started, contact FROM innovations WHERE slug = ?", [slug]
        ).fetchone()
        return {"category": row[0], "yearStarted": row[1], "contact": row[2]}

    innovations = Property(list, _list, notify=listChanged)
    current = Property(dict, _current, notify=currentChanged)
    slug = Property(str, lambda self: self._slug, notify=currentChanged)
    usbFolders = Property(list, lambda self: self._folders, notify=usbChanged)
    usbFolder = Property(str, lambda self: self._folder, notify=usbChanged)
    usbImages = Property(list, lambda self: self._images, notify=usbChanged)

    # --- choosing -----------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Re-read the booth's innovations (after an edit, or on opening staff mode)."""
        self.context.photos.forget()  # a replaced photo is read again, under its new name
        self._items = content.booth_innovations(self.context.db, self.context.agency_code)
        if self._find(self._slug) is None:
            self._slug = self._items[0].slug if self._items else ""
        self.listChanged.emit()
        self.currentChanged.emit()

    @Slot(str)
    def select(self, slug: str) -> None:
        if self._find(slug) is not None and slug != self._slug:
            self._slug = slug
            self.currentChanged.emit()

    # --- editing -------------------------------------------------------------
    @Slot(str, str, str, str, str, result=bool)
    def saveTexts(self, lang: str, title: str, summary: str, story: str, url: str) -> bool:
        """Save one language's title, summary and story, and the link; only changes are audited."""
        slug, db = self._slug, self.context.db

        def save() -> None:
            content.set_text(db, slug, "title", lang, title)
            content.set_text(db, slug, "summary", lang, summary)
            content.set_text(db, slug, "story", lang, story)
            content.set_url(db, slug, url)

        return self._apply(save, "Perubahan tersimpan dan sudah tampil di layar pengunjung.")

    @Slot(str, bool, result=bool)
    def setHidden(self, slug: str, hidden: bool) -> bool:
        note = "Inovasi disembunyikan dari pengunjung." if hidden else "Inovasi tampil lagi."
        return self._apply(lambda: content.set_hidden(self.context.db, slug, hidden), note)

    @Slot(str, int, result=bool)
    def move(self, slug: str, step: int) -> bool:
        return self._apply(
            lambda: content.move_innovation(self.context.db, slug, step), "Urutan diubah."
        )

    @Slot(str, result=bool)
    def addPhoto(self, path: str) -> bool:
        slug = self._slug
        return self._apply(
            lambda: content.add_photo(self.context.db, slug, Path(path)), "Foto ditambahkan."
        )

    @Slot(int, str, result=bool)
    def replacePhoto(self, photo_id: int, path: str) -> bool:
        return self._apply(
            lambda: content.replace_photo(self.context.db, photo_id, Path(path)), "Foto diganti."
        )

    @Slot(int, result=bool)
    def removePhoto(self, photo_id: int) -> bool:
        return self._apply(lambda: content.remove_photo(self.context.db, photo_id), "Foto dihapus.")

    def _apply(self, action: Any, done: str) -> bool:
        """Run one staff action in one transaction (all of it or nothing), then tell staff."""
        try:
            with self.context.db.atomic():
                action()
        except StaffError as exc:
            self.context.tell(str(exc), error=True)
            return False
        self.reload()
        self.context.content_changed()
        self.context.tell(done)
        return True

    # --- USB photos ------------------------------------------------------------
    @Slot()
    def refreshUsb(self) -> None:
        """Look for USB drives; with exactly one, open it."""
        found = removable_folders(self.usb_roots, mounts_only=self.usb_roots is None)
        self._folders = [str(p) for p in found]
        if len(found) == 1 and not self._folder:
            self.openFolder(self._folders[0])
            return
        if not found:
            self.context.tell(
                "Flashdisk tidak terbaca. Colokkan flashdisk lalu tekan Cari lagi.", True
            )
        self.usbChanged.emit()

    @Slot(str)
    def openFolder(self, folder: str) -> None:
        """Show the photos directly in `folder`."""
        try:
            files = content.list_usb_images(Path(folder))
        except StaffError as exc:
            self.context.tell(str(exc), error=True)
            files = []
        self._folder = folder
        self._images = [
            {"path": str(p), "name": p.name, "url": QUrl.fromLocalFile(str(p)).toString()}
            for p in files
        ]
        if not files:
            self.context.tell("Tidak ada foto (JPG, PNG, WebP) di folder ini.", error=True)
        self.usbChanged.emit()

    def _find(self, slug: str) -> EditableInnovation | None:
        return next((i for i in self._items if i.slug == slug), None)
