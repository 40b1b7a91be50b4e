"""Playing an innovation's video clip: one player for the whole kiosk, one clip at a time.

`ClipPlayer` (QML: `ClipPlayer`) owns the only QMediaPlayer: the detail page's
gallery and the attract loop both play through it. A clip plays muted with
captions on; staff decide whether visitors may turn the sound on, and the
staff volume setting is the output volume. A clip the attract loop plays is no
visitor's: its play is not recorded. Stopping (the visitor leaves the
page or the gallery item, the visit ends, staff mode opens) clears the source,
which closes the file and frees the decoder.

Memory: the decoder's threads take their buffers (a 1080p frame is about 3 MB) from
glibc's per-thread heaps, which by default keep what is freed there; over a day of
clips the kiosk grew by 150 MB (benchmarks/README.md, soak). So at the first play
glibc's mmap threshold is fixed (big buffers are mapped on their own and unmapped
when freed) and a stopped clip's freed memory is handed back (`malloc_trim`).

The player, its audio output and its video sink are made by QML (`PLAYER_QML`), not
by Python: objects Python makes are PySide wrappers whose virtual functions first
take the GIL to look for a Python override. Qt calls one of them, the sender's
`disconnectNotify`, on FFmpeg's audio thread while it holds that sender's lock, as it
deletes a renderer; with the window's thread inside `stop()`, holding the GIL and
waiting for the same lock, the kiosk froze for good (seen in the attract-loop test, a
touch stopping a clip). Objects QML makes are plain Qt objects with nothing to ask
Python. And a muted clip (every clip, unless staff allow sound and the visitor turns
it on) plays with no audio output: FFmpeg's audio thread, which warns on a PC with no
audio server while `stop()` waits for it, is then not made at all.

Frames are painted by `ClipView`, an item the player puts inside the gallery's
clip area: Qt Quick's own VideoOutput draws nothing with the software scene
graph that booth PCs without a GPU use (measured with PySide6 6.12 offscreen),
while a painted item shows on every backend and in `grabWindow`.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import Property, QObject, QRectF, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

from kiosk.domain.captions import Cue, cue_at, parse_captions
from kiosk.storage.clips import Clip
from kiosk.ui.qmlmodule import qml_singleton

if TYPE_CHECKING:  # QtMultimedia is loaded at the first play, after the first frame
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
    from PySide6.QtQml import QQmlEngine

# The one player, made by QML so that no PySide wrapper sits between FFmpeg's threads
# and Qt (see the module's docstring).
PLAYER_QML = b"""
import QtQml
import QtMultimedia
QtObject {
    // QtObject, not MediaPlayer: Python reads QObject properties (and wraps them itself)
    property QtObject player: MediaPlayer {}
    property QtObject audio: AudioOutput {}
    property QtObject sink: VideoSink {}
}
"""

log = logging.getLogger(__name__)
T = TypeVar("T")

# (the clip, milliseconds watched) when a clip that started stops.
Watched = Callable[[Clip, int], None]

_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters, from malloc.h
TRIM_AFTER_MS = 1000  # after a stop: the player's last deferred deletes are done by then


@functools.cache
def _glibc() -> Any | None:
    """The process's C library if it is glibc (mallopt, malloc_trim), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
        return ctypes.CDLL(None)
    except (ValueError, OSError):  # another C library (musl): its allocator has its own habits
        return None


def keep_big_buffers_apart() -> None:
    """Fix glibc's mmap threshold at 1 MB and its trim threshold at its default (128 kB):
    decoded frames are then mapped on their own and unmapped when freed, whichever
    thread frees them, and a heap's free top goes back to the system.

    By default glibc raises the mmap threshold past the first big block freed, and the
    trim threshold to twice that, so later frames come from the decoder threads' heaps,
    which keep them: 16 heaps holding 140 MB free after a few clips (measured, 1080p).
    Fixing only the mmap threshold leaves a trim threshold raised before (by the
    photos): the heaps still kept 130 MB.
    """
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, 1024 * 1024)
        libc.mallopt(_M_TRIM_THRESHOLD, 128 * 1024)


def give_back_freed_memory() -> None:
    """Return the heaps' free pages to the system (`malloc_trim`), on a thread of its own:
    it takes 1-8 ms with the decoder's heaps, which the window's thread need not wait."""
    libc = _glibc()
    if libc is not None:
        threading.Thread(target=libc.malloc_trim, args=(0,), daemon=True).start()


def _typed(obj: QObject, cls: type[T]) -> T:
    """A wrapper of class `cls` for `obj`, a Qt object QML made (Python knew it as QObject)."""
    return shiboken6.wrapInstance(shiboken6.getCppPointer(obj)[0], cls)  # type: ignore[return-value]


class ClipView(QQuickPaintedItem):
    """The current frame, fitted inside its host item (black bars), repainted per frame."""

    def __init__(self, host: QQuickItem) -> None:
        from PySide6.QtCore import Qt  # building its enums takes ~40 ms: not before the first frame

        super().__init__(host)
        self.setParentItem(host)
        self._host = host
        self._frame: QVideoFrame | None = None
        self.setFillColor(Qt.GlobalColor.black)
        host.widthChanged.connect(self._fit)
        host.heightChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        self.setWidth(self._host.width())
        self.setHeight(self._host.height())

    def show_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._frame = frame
            self.update()

    def paint(self, painter: QPainter) -> None:
        if self._frame is None:
            return
        image = self._frame.toImage()
        if image.isNull():
            return
        scale = min(self.width() / image.width(), self.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)


@qml_singleton("ClipPlayer")
class ClipPlayer(QObject):
    """The kiosk's one video player; QML asks it to play a clip inside an item."""

    changed = Signal()
    captionChanged = Signal()
    positionChanged = Signal()

    def __init__(
        self,
        find: Callable[[int], Clip | None],
        lang: Callable[[], str],
        watched: Watched | None = None,
        engine: QQmlEngine | None = None,
    ) -> None:
        super().__init__()
        self._engine = engine  # the kiosk's, to make the player with (else one of its own)
        self._holder: QObject | None = None  # what QML made: the player, output and sink
        self._find = find
        self._lang = lang
        self._watched = watched
        # Made at the first play: the FFmpeg backend and the audio output take ~50 ms to
        # start, which the kiosk's first frame need not wait for.
        self._made: tuple[QMediaPlayer, QAudioOutput] | None = None
        self._view: ClipView | None = None
        self._clip: Clip | None = None
        self._cues: tuple[Cue, ...] = ()
        self._caption = ""
        self._sound_allowed = False
        self._volume = 70
        self._muted = True
        self._plays = 0  # clips started, so a gone item is matched to its own play
        self._played_ms = 0  # of the current clip, across pauses and seeks
        self._last_ms = 0
        self._recorded = True  # a visitor's play (not the attract loop's): recorded at its stop
        self._has_frame = False  # the current clip's first frame arrived

    @property
    def _player(self) -> QMediaPlayer:
        return self._make()[0]

    @property
    def _audio(self) -> QAudioOutput:
        return self._make()[1]

    def _make(self) -> tuple[QMediaPlayer, QAudioOutput]:
        if self._made is None:
            keep_big_buffers_apart()
            player, audio, sink = self._made_by_qml()
            audio.setMuted(self._muted)
            audio.setVolume(self._volume / 100)
            player.setAudioOutput(None if self._muted else audio)  # type: ignore[arg-type]  # None: no output (Qt takes nullptr)
            player.setVideoSink(sink)
            sink.videoFrameChanged.connect(self._frame)
            player.positionChanged.connect(self._position)
            player.mediaStatusChanged.connect(self._status)
            player.playbackStateChanged.connect(lambda _state: self.changed.emit())
            player.errorOccurred.connect(self._error)
            self._made = (player, audio)
        return self._made

    def _made_by_qml(self) -> tuple[QMediaPlayer, QAudioOutput, QVideoSink]:
        """The player, its audio output and a video sink, made by QML, owned by this
        object; Python holds plain (not overriding) wrappers of them."""
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink
        from PySide6.QtQml import QQmlComponent, QQmlEngine

        if self._engine is None:
            self._engine = QQmlEngine(self)
        component = QQmlComponent(self._engine)
        component.setData(PLAYER_QML, QUrl())  # compiled at once: no URL to fetch
        holder = component.create()
        if holder is None:  # the QtMultimedia QML module is part of the wheel Gerai installs
            raise RuntimeError(f"the clip player cannot be made: {component.errorString()}")
        holder.setParent(self)
        self._holder = holder
        player = _typed(holder.property("player"), QMediaPlayer)
        sink = _typed(holder.property("sink"), QVideoSink)
        audio = _typed(holder.property("audio"), QAudioOutput)
        return player, audio, sink

    def close(self) -> None:
        """Stop, and delete the player before the QML engine that made it goes."""
        self.stop()
        if self._holder is not None:
            self._made = None
            shiboken6.delete(self._holder)
            self._holder = None

    def _is_playing(self) -> bool:
        return (
            self._made is not None
            and self._made[0].playbackState() == self._made[0].PlaybackState.PlayingState
        )

    # --- what QML reads ----------------------------------------------------
    clipId = Property(int, lambda self: self._clip.id if self._clip else -1, notify=changed)
    playing = Property(bool, _is_playing, notify=changed)
    caption = Property(str, lambda self: self._caption, notify=captionChanged)
    muted = Property(bool, lambda self: self._muted, notify=changed)
    soundAllowed = Property(bool, lambda self: self._sound_allowed, notify=changed)
    volume = Property(int, lambda self: self._volume, notify=changed)
    positionMs = Property(
        int, lambda self: int(self._made[0].position()) if self._made else 0, notify=positionChanged
    )
    durationMs = Property(
        int, lambda self: int(self._made[0].duration()) if self._made else 0, notify=changed
    )
    # The current clip has a frame to show (until then its item would be black).
    hasFrame = Property(bool, lambda self: self._has_frame, notify=changed)

    @property
    def decoding(self) -> bool:
        """Whether a clip is open (a decoder holds memory) — for tests and benchmarks."""
        return self._made is not None and not self._made[0].source().isEmpty()

    # --- what QML calls ----------------------------------------------------
    @Slot(int, QQuickItem)
    def play(self, clip_id: int, host: QQuickItem) -> None:
        """Play clip `clip_id` inside `host` (from the start, muted, captions on)."""
        self._play(clip_id, host, recorded=True)

    @Slot(int, QQuickItem)
    def playAttract(self, clip_id: int, host: QQuickItem) -> None:
        """Play clip `clip_id` in the attract loop: as `play`, but no visitor watches it
        (no record, even if a visit starts before it stops)."""
        self._play(clip_id, host, recorded=False)

    def _play(self, clip_id: int, host: QQuickItem, recorded: bool) -> None:
        clip = self._find(clip_id)
        if clip is None or host is None:
            return
        self.stop()
        self._clip = clip
        self._recorded = recorded
        self._has_frame = False
        self._read_captions()
        self._view = ClipView(host)
        self._plays += 1
        play = self._plays
        host.destroyed.connect(lambda: self._host_gone(play))
        self._set_muted(True)
        self._played_ms = self._last_ms = 0
        self._player.setSource(QUrl.fromLocalFile(str(clip.path)))
        self._player.play()
        self.changed.emit()

    @Slot()
    def toggle(self) -> None:
        """Pause a playing clip, or play a paused one on."""
        if self._clip is None:
            return
        if self._is_playing():
            self._player.pause()
        else:
            self._player.play()

    @Slot()
    def stop(self) -> None:
        """Stop the clip and close it: the decoder and its buffers are freed."""
        clip, watched, recorded = self._clip, self._played_ms, self._recorded
        if clip is None and not self.decoding:
            return
        if self._made is not None:
            self._made[0].stop()
            self._made[0].setSource(QUrl())  # the decoder's threads are gone on return
            QTimer.singleShot(TRIM_AFTER_MS, give_back_freed_memory)
        self._clip = None
        self._has_frame = False
        self._cues = ()
        self._set_caption("")
        if self._view is not None:
            view, self._view = self._view, None
            view.setVisible(False)
            view.deleteLater()
        self.changed.emit()
        if clip is not None and recorded and self._watched is not None:
            self._watched(clip, watched)

    @Slot(bool)
    def setMuted(self, muted: bool) -> None:
        """Sound on or off; on only where staff allow sound."""
        self._set_muted(muted or not self._sound_allowed)

    def _set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._made is not None:
            # A muted clip has no audio output at all: its sound is not decoded, and no
            # audio thread of FFmpeg's is there to hold up a stop (see the docstring).
            player, audio = self._made
            audio.setMuted(muted)
            player.setAudioOutput(None if muted else audio)  # type: ignore[arg-type]
        self.changed.emit()

    @Slot(int)
    def setVolume(self, percent: int) -> None:
        """The visitor's volume, at most the staff's."""
        self._audio.setVolume(max(0, min(self._volume, percent)) / 100)
        self.changed.emit()

    # --- what the kiosk sets -----------------------------------------------
    def language_changed(self) -> None:
        """The visitor chose another language: the playing clip's captions follow."""
        if self._clip is not None:
            self._read_captions()
            self._set_caption(cue_at(self._cues, self._last_ms))

    def _read_captions(self) -> None:
        assert self._clip is not None
        text = self._clip.captions.get(self._lang())
        try:
            self._cues = parse_captions(text) if text else ()
        except ValueError:  # checked at import; a staff edit could still break it
            log.warning("captions of clip %s cannot be read", self._clip.id)
            self._cues = ()

    def apply_settings(self, volume: int, sound_allowed: bool) -> None:
        """The staff's volume (the output volume) and whether visitors may hear clips."""
        self._volume = max(0, min(100, volume))
        self._sound_allowed = sound_allowed
        if self._made is not None:
            self._made[1].setVolume(self._volume / 100)
        if not sound_allowed:
            self._set_muted(True)
        self.changed.emit()

    @property
    def output_volume(self) -> float:
        """The output's volume, 0..1 (the staff's setting until a visitor lowers it)."""
        return float(self._made[1].volume()) if self._made else self._volume / 100

    # --- the player's news ---------------------------------------------------
    def _frame(self, frame: QVideoFrame) -> None:
        if self._view is not None:
            self._view.show_frame(frame)
            if not self._has_frame and frame.isValid():
                self._has_frame = True
                self.changed.emit()

    def _position(self, position: int) -> None:
        step = position - self._last_ms
        if 0 < step < 1000:  # played on; a seek is not watching
            self._played_ms += step
        self._last_ms = position
        self._set_caption(cue_at(self._cues, position))
        self.positionChanged.emit()

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._made is not None and status == self._made[0].MediaStatus.EndOfMedia:
            self.stop()  # the poster again, and the decoder freed
        else:
            self.changed.emit()

    def _error(self, _error: QMediaPlayer.Error, text: str) -> None:
        log.warning("clip %s cannot play: %s", self._clip.id if self._clip else "?", text)
        self.stop()

    def _host_gone(self, play: int) -> None:
        if play != self._plays:
            return  # the item of a clip played before: its view is long gone
        self._view = None  # deleted with its host
        self.stop()

    def _set_caption(self, text: str) -> None:
        if text != self._caption:
            self._caption = text
            self.captionChanged.emit()
