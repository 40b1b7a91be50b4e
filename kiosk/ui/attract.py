"""The attract loop's order: photo slides, and between them the clips staff chose.

`AttractLoop` (QML: `AttractLoop`) answers the attract screen's slide timer: the
next photo slide, or after every `photos_between` photo slides the next chosen
clip (in turn, of this booth's shown innovations). The screen plays it through
the kiosk's one `ClipPlayer` (muted, captions on, no visitor record) and goes
back to the photos when the clip ends or cannot play. With no clip chosen the
loop is the photo slides alone, as before clips. No clip starts while staff mode
is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.booth import Booth
from kiosk.storage.clips import Clip, attract_clips
from kiosk.ui.qmlmodule import qml_singleton

SLIDE_MS = 6000  # how long a photo slide stays
PHOTOS_BETWEEN_CLIPS = 3  # photo slides before each clip
FIRST_FRAME_MS = 5000  # a clip with no frame by then is skipped


@qml_singleton("AttractLoop")
class AttractLoop(QObject):
    """Which slide the attract screen shows next, and the clip slide's words."""

    changed = Signal()

    def __init__(
        self,
        booth: Booth,
        lang: Callable[[], str],
        staff_open: Callable[[], bool] = lambda: False,
        slide_ms: int = SLIDE_MS,
        photos_between: int = PHOTOS_BETWEEN_CLIPS,
    ) -> None:
        super().__init__()
        self._booth = booth
        self._lang = lang
        self._staff_open = staff_open
        self._slide_ms = slide_ms
        self._photos_between = photos_between
        self._clips: list[Clip] = []
        self._turn = 0  # the clip whose turn is next
        self._photos = 0  # photo slides since the last clip
        self._current: Clip | None = None  # the clip on (or going onto) the screen
        self.reload()

    # --- what QML reads ----------------------------------------------------
    def _clip_slide(self) -> dict[str, Any]:
        clip = self._current
        if clip is None:
            return {"id": -1, "title": ""}
        try:
            title = self._booth.innovation(clip.innovation_slug).title.get(self._lang())
        except KeyError:  # hidden since it started
            title = ""
        return {"id": clip.id, "title": title}

    clipCount = Property(int, lambda self: len(self._clips), notify=changed)
    slideMs = Property(int, lambda self: self._slide_ms, notify=changed)
    firstFrameMs = Property(int, lambda self: FIRST_FRAME_MS, constant=True)
    # The clip slide: {"id", "title" (its innovation's, in the visitor's language)}.
    clip = Property(dict, _clip_slide, notify=changed)

    # --- what QML calls ----------------------------------------------------
    @Slot(result=int)
    def next(self) -> int:
        """The slide timer ran out: the clip to play now, or -1 for the next photo slide."""
        self._photos += 1
        if not self._clips or self._staff_open() or self._photos < self._photos_between:
            return -1
        self._photos = 0
        self._current = self._clips[self._turn % len(self._clips)]
        self._turn = (self._turn + 1) % len(self._clips)
        self.changed.emit()
        return self._current.id

    @Slot()
    def clipDone(self) -> None:
        """The clip slide is over (its end, a failure, a touch): photos again."""
        if self._current is not None:
            self._current = None
            self.changed.emit()

    # --- what the kiosk calls ------------------------------------------------
    def reload(self) -> None:
        """Re-read the chosen clips (staff changed content)."""
        shown = {innovation.slug for innovation in self._booth.innovations}
        self._clips = [c for c in attract_clips(self._booth.db) if c.innovation_slug in shown]
        self.changed.emit()

    def set_timing(self, slide_ms: int, photos_between: int) -> None:
        """Another slide length and clip spacing (tests, screenshots)."""
        self._slide_ms, self._photos_between = slide_ms, photos_between
        self.changed.emit()
