"""`staff.clips`: the clip screen's state and actions, over `kiosk.staff.clips` (audited)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.staff import clips
from kiosk.staff.content import booth_innovations
from kiosk.staff.errors import StaffError
from kiosk.staff.usb import removable_folders
from kiosk.ui.staff.context import StaffContext


def duration_text(ms: int) -> str:
    """A clip's length as staff read it: 0:45, 2:05."""
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


class ClipsPanel(QObject):
    """The booth's innovations with their clips (hidden ones too), and the USB stick's videos."""

    listChanged = Signal()
    usbChanged = Signal()
    busyChanged = Signal()

    def __init__(
        self, context: StaffContext, usb_roots: list[Path] | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.usb_roots = usb_roots
        self._groups: list[dict[str, Any]] = []
        self._folders: list[str] = []
        self._folder = ""
        self._files: list[dict[str, str]] = []
        self._busy = False

    # --- what QML reads ---------------------------------------------------
    innovations = Property(list, lambda self: self._groups, notify=listChanged)
    clipCount = Property(
        int, lambda self: sum(len(g["clips"]) for g in self._groups), notify=listChanged
    )
    usbFolders = Property(list, lambda self: self._folders, notify=usbChanged)
    usbFolder = Property(str, lambda self: self._folder, notify=usbChanged)
    usbFiles = Property(list, lambda self: self._files, notify=usbChanged)
    busy = Property(bool, lambda self: self._busy, notify=busyChanged)

    @Slot()
    def reload(self) -> None:
        """Re-read the clips (on opening the page, after every change)."""
        db, agency = self.context.db, self.context.agency_code
        self.context.photos.forget()  # a replaced clip has a new poster
        by_slug: dict[str, list[dict[str, Any]]] = {}
        for clip in clips.booth_clips(db, agency):
            by_slug.setdefault(clip.innovation_slug, []).append(
                {
                    "id": clip.id,
                    "title": clip.title.id,
                    "file": clip.source_file,
                    "duration": duration_text(clip.duration_ms),
                    "size": f"{clip.width}×{clip.height}",
                    "poster": self.context.photos.poster_url(clip.id),
                    "hidden": clip.hidden,
                    "inAttract": clip.in_attract,
                }
            )
        self._groups = [
            {
                "slug": innovation.slug,
                "title": innovation.texts["title_id"],
                "hidden": innovation.hidden,
                "clips": by_slug.get(innovation.slug, []),
            }
            for innovation in booth_innovations(db, agency)
        ]
        self.listChanged.emit()

    # --- editing -------------------------------------------------------------
    @Slot(int, bool, result=bool)
    def setHidden(self, clip_id: int, hidden: bool) -> bool:
        note = (
            "Video disembunyikan dari pengunjung."
            if hidden
            else "Video tampil lagi di halaman inovasinya."
        )
        return self._apply(lambda: clips.hide_clip(self.context.db, clip_id, hidden), note)

    @Slot(int, bool, result=bool)
    def setInAttract(self, clip_id: int, chosen: bool) -> bool:
        note = (
            "Video diputar di layar awal." if chosen else "Video tidak lagi diputar di layar awal."
        )
        return self._apply(lambda: clips.choose_for_attract(self.context.db, clip_id, chosen), note)

    @Slot(int, str)
    def replace(self, clip_id: int, path: str) -> None:
        """Replace clip `clip_id` with the video at `path`: the busy note is drawn first,
        then the kiosk's player checks the video (a few seconds) and it is copied."""
        if self._busy:
            return
        self._set_busy(True)
        self.context.tell("Sedang memeriksa dan menyalin video…")

        def run() -> None:
            try:
                self._apply(
                    lambda: clips.replace_clip(self.context.db, clip_id, Path(path)),
                    "Video diganti.",
                )
            finally:
                self._set_busy(False)

        QTimer.singleShot(50, run)

    def _apply(self, action: Callable[[], None], done: str) -> bool:
        """Run one staff action, then tell staff and the visitor side."""
        try:
            action()
        except StaffError as exc:
            self.context.tell(str(exc), error=True)
            return False
        except KeyError:  # the clip is gone (a new pack was imported meanwhile)
            self.context.tell("Video ini sudah tidak ada. Buka halaman Video lagi.", error=True)
            self.reload()
            return False
        self.reload()
        self.context.content_changed()
        self.context.tell(done)
        return True

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()

    # --- USB videos -------------------------------------------------------------
    @Slot()
    def refreshUsb(self) -> None:
        """Look for USB drives; with exactly one, open it."""
        found = removable_folders(self.usb_roots, mounts_only=self.usb_roots is None)
        self._folders = [str(p) for p in found]
        if self._folder in self._folders:  # the stick already open: its videos again
            self.openFolder(self._folder)
            return
        if len(found) == 1:
            self.openFolder(self._folders[0])
            return
        if not found:
            self.context.tell(
                "Flashdisk tidak terbaca. Colokkan flashdisk lalu tekan Cari lagi.", True
            )
        self.usbChanged.emit()

    @Slot(str)
    def openFolder(self, folder: str) -> None:
        """Show the videos directly in `folder`."""
        try:
            files = clips.list_usb_clips(Path(folder))
        except StaffError as exc:
            self.context.tell(str(exc), error=True)
            files = []
        self._folder = folder
        self._files = [{"path": str(p), "name": p.name, "url": ""} for p in files]
        if not files:
            self.context.tell(
                "Tidak ada video (MP4, M4V, MOV, WebM, MKV) di folder ini.", error=True
            )
        self.usbChanged.emit()
