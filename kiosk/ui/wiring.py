"""Wiring: the Qt application, the QML engine, and the Python objects QML sees.

`build_ui` is used by `kiosk run` (through `kiosk.ui.lifecycle`), by `kiosk
screenshot` and by the tests, so all three show exactly the same window.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.booth import Booth
from kiosk.domain.festival import Text
from kiosk.staff.settings import load_settings
from kiosk.storage.clips import Clip, clip_by_id, clips_of
from kiosk.storage.content import photo_ids
from kiosk.storage.errors import RecordNotStored
from kiosk.ui.accessibility import AccessibilityController
from kiosk.ui.attract import AttractLoop
from kiosk.ui.camera import CardCamera
from kiosk.ui.clips import ClipPlayer
from kiosk.ui.feedback import FeedbackForm
from kiosk.ui.flow import DEFAULT_LANG, VisitorFlow
from kiosk.ui.i18n import Translations
from kiosk.ui.images import PROVIDER, PhotoFiles, PreparedPhotos, drawn_widths
from kiosk.ui.models import AgencyModel, InnovationModel
from kiosk.ui.paths import MAIN_QML
from kiosk.ui.qmlmodule import provide
from kiosk.ui.qr import preload_in_background  # also registers QrImages with the Gerai module
from kiosk.ui.qtapp import application, load_fonts
from kiosk.ui.scanner import KeyboardScanner
from kiosk.ui.speech import BackgroundSpeaker
from kiosk.ui.staff.controller import StaffController
from kiosk.ui.theme import Theme

log = logging.getLogger(__name__)

TAP_GUARD_SECONDS = 0.3


class ActivityWatcher(QObject):
    """Every press or key anywhere in the window restarts the idle countdown.

    It also ignores taps for a moment after the visitor screen changes
    (`TAP_GUARD_SECONDS`): the second half of a double tap, or a fast burst, would
    otherwise land on whatever the new screen has under the finger. A tap it
    ignores is ignored whole, its release and moves too. Keys and staff mode
    are never held back.
    """

    EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress})
    PRESSES = frozenset(
        {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
    )
    REST_OF_A_TAP = frozenset(
        {
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseMove,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        }
    )
    TAP_ENDS = frozenset(
        {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
    )

    def __init__(self, flow: VisitorFlow, on_input: Callable[[bool], None] | None = None) -> None:
        super().__init__()
        self.flow = flow
        # Told whether the visitor now uses keys (True) or touch (False): the focus
        # ring shows only for keys, so a finger never leaves a ring behind.
        self._on_input = on_input
        self._changed_at = -TAP_GUARD_SECONDS
        self._ignoring = False  # inside a tap that began too early
        flow.screenChanged.connect(self._screen_changed)

    def _screen_changed(self) -> None:
        self._changed_at = time.monotonic()

    def guarded(self) -> bool:
        """Whether a tap now would be ignored (the screen changed a moment ago)."""
        recent = time.monotonic() - self._changed_at < TAP_GUARD_SECONDS
        return recent and not self.flow.staff_open

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in self.EVENTS:
            self.flow.activity()
            if self._on_input is not None:
                self._on_input(kind == QEvent.Type.KeyPress)
        if kind in self.PRESSES and self.guarded():
            self._ignoring = True
            return True
        if self._ignoring and kind in self.REST_OF_A_TAP:
            self._ignoring = kind not in self.TAP_ENDS
            return True
        return False


@dataclass
class KioskUi:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    flow: VisitorFlow
    booth: Booth
    form: FeedbackForm
    innovations: InnovationModel
    agencies: AgencyModel
    theme: Theme
    watcher: ActivityWatcher
    photos: PhotoFiles
    staff: StaffController
    scanner: KeyboardScanner
    camera: CardCamera
    prepared: PreparedPhotos
    clips: ClipPlayer
    attract: AttractLoop

    def close(self) -> None:
        """Close the window and destroy the QML before the Python objects it binds to."""
        self.staff.shutdown()  # first: its backup timer must not fire on a closed database
        self.prepared.stop()  # nor the photos' "prepared" (it reads the database)
        self.theme.a11y.close_speech()
        self.clips.close()
        self.flow.stop()
        self.camera.shutdown()
        self.window.removeEventFilter(self.watcher)
        self.window.removeEventFilter(self.scanner)
        self.window.setProperty("kioskMode", False)  # the program closes it, not a visitor
        self.window.close()
        # Deleting the engine now (not later) deletes its window too, so no binding
        # is re-evaluated against a context object Python has already freed.
        shiboken6.delete(self.engine)
        self.photos.remove()
        self.staff.photos.remove()


class ScreenCover(QObject):
    """The fullscreen kiosk window covers its screen, with or without a window manager.

    `showFullScreen()` asks the window manager; with none (a booth PC running X and no
    desktop, or a kiosk session that does not resize windows) the window would keep the
    size it was created with. So the window also takes its screen's geometry itself, and
    again whenever that screen changes size (rotation, resolution) or the window moves
    to another screen.
    """

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self._window = window
        self._screen: QScreen | None = None
        window.screenChanged.connect(self._follow)
        self._follow(window.screen())

    def _follow(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self.fit)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        if self._screen is not None and self._window.geometry() != self._screen.geometry():
            self._window.setGeometry(self._screen.geometry())


def photo_urls_for(booth: Booth, files: PhotoFiles) -> Callable[[str], tuple[list[str], str]]:
    """For an innovation: the URLs of its photos, and of the first one's thumbnail."""

    def urls(slug: str) -> tuple[list[str], str]:
        ids = photo_ids(booth.db, slug)
        return [files.url(i) for i in ids], files.url(ids[0], thumb=True) if ids else ""

    return urls


def clip_rows_for(booth: Booth, files: PhotoFiles) -> Callable[[str], list[dict[str, Any]]]:
    """For an innovation: its clips as the gallery shows them (poster URL, title)."""

    def rows(slug: str) -> list[dict[str, Any]]:
        return [
            {"id": clip.id, "poster": files.poster_url(clip.id), "title": clip.title}
            for clip in clips_of(booth.db, slug)
        ]

    return rows


def clip_watched(booth: Booth) -> Callable[[Clip, int], None]:
    """A clip played during a visit is a visitor record (on the chain, like a vote)."""

    def record(clip: Clip, watched_ms: int) -> None:
        if booth.session is None:
            return  # the visit ended first; its end already counted the page
        try:
            booth.record_clip_play(clip.innovation_slug, clip.sha256, watched_ms, clip.duration_ms)
        except RecordNotStored as exc:  # the flow calls staff at the next record it writes
            log.error("clip play not stored: %s", exc)

    return record


def connect_clips(
    clips: ClipPlayer, flow: VisitorFlow, staff: StaffController, attract: AttractLoop
) -> None:
    """A clip stops when its page closes, another innovation opens, the visit starts or
    ends, or staff mode opens; captions follow the language; the attract loop re-reads
    the clips staff chose; staff's sound settings apply."""
    flow.screenChanged.connect(
        lambda: clips.stop() if flow.property("screen") != "detail" else None
    )
    # Another innovation's page (or the visit's end): its clip stops. The language chosen
    # on the attract screen changes the page too: the attract loop's clip plays on.
    flow.detailChanged.connect(
        lambda: clips.stop() if flow.property("screen") != "attract" else None
    )
    flow.sessionEnding.connect(clips.stop)
    flow.langChanged.connect(clips.language_changed)
    flow.langChanged.connect(attract.changed)
    staff.contentChanged.connect(attract.reload)
    # A visitor watching a clip is there: a playing clip keeps the visit open as a touch
    # does (a clip lasts minutes at most; a paused or ended one lets the idle time run).
    clips.positionChanged.connect(lambda: flow.activity() if clips.property("playing") else None)

    def settings() -> None:
        current = load_settings(staff.db)
        clips.apply_settings(current.volume, current.clip_sound)

    staff.settingsChanged.connect(settings)
    settings()


def connect_staff(
    staff: StaffController,
    flow: VisitorFlow,
    photos: PhotoFiles,
    restart: Callable[[], None],
    prepared: PreparedPhotos | None = None,
) -> None:
    """What staff mode changes reaches the visitor side."""

    def content_changed() -> None:
        photos.forget()  # a replaced photo gets a new file name, hence a new URL
        if prepared is not None:
            prepared.forget()
        flow.reload_content()
        preload_in_background(qr_texts(flow.booth))  # an edited link has a new code
        if prepared is not None:
            prepared.prepare_in_background()

    staff.contentChanged.connect(content_changed)
    staff.settingsChanged.connect(lambda: flow.apply_settings(load_settings(staff.db)))
    staff.exitRequested.connect(QGuiApplication.quit)
    staff.restartRequested.connect(restart)
    staff.agencyChosen.connect(lambda _code: restart())


def build_ui(
    booth: Booth,
    db_path: Path,
    *,
    lang: str | None = None,
    size: tuple[int, int] = (1920, 1080),
    fullscreen: bool = False,
    tick_ms: int = 100,
    goodbye_seconds: float = 6.0,
    show: bool = True,
    on_restart: Callable[[], None] | None = None,
    usb_roots: list[Path] | None = None,
    staff_setup: bool = False,
    speaker: BackgroundSpeaker | None = None,
    on_first_frame: Callable[[], object] | None = None,
) -> KioskUi:
    """Load the visitor UI for `booth` and show it (windowed unless `fullscreen`).

    Staff mode is part of it (`Staff` in QML): `on_restart` is called when staff
    restart the kiosk or choose a different agency (the default only quits).
    With `staff_setup` (`kiosk run`), a booth without a PIN opens staff set-up.
    `speaker` (`kiosk run`): the machine's speech engine, checked after the first
    frame; without it read-aloud is not offered (screenshots; tests give their own).
    `on_first_frame` is called once the first frame is out (`kiosk run`'s file check).
    """
    application()
    family = load_fonts()
    engine = QQmlApplicationEngine()
    photos = PhotoFiles(booth.db)
    shown: list[InnovationModel] = []  # the model, once made: told when photos are prepared

    def photos_prepared() -> None:
        for model in shown:
            model.recompute()

    prepared = PreparedPhotos(photos, on_prepared=photos_prepared)
    engine.addImageProvider(PROVIDER, prepared)
    widths = drawn_widths(size, len(booth.innovations))
    translations = Translations(engine)
    translations.use(DEFAULT_LANG)  # before the models, which translate their fixed texts
    innovations = InnovationModel(
        lambda: booth.innovations_shown,
        photo_urls_for(booth, photos),
        prepared=lambda url, kind: prepared.url(url, widths[kind]),
        clips=clip_rows_for(booth, photos),
    )
    shown.append(innovations)
    counts: dict[str, int] = {}
    titles: dict[str, list[Text]] = {}
    for innovation in booth.festival.innovations:
        counts[innovation.agency] = counts.get(innovation.agency, 0) + 1
        titles.setdefault(innovation.agency, []).append(innovation.title)
    agencies = AgencyModel(
        booth.festival.agencies,
        booth.agency.code,
        counts,
        titles=titles,
        layout=booth.festival.map,
    )
    form = FeedbackForm()
    flow = VisitorFlow(
        booth, innovations, agencies, form, translations.use, tick_ms, goodbye_seconds
    )
    logo = photos.logo_url()
    a11y = AccessibilityController()  # the speech engine is checked after the first frame
    # Like the language, the accessibility switches last one visit.
    flow.screenChanged.connect(
        lambda: a11y.reset() if flow.property("screen") == "attract" else None
    )
    theme = Theme(booth, family, has_logo=bool(logo), logo_url=logo, a11y=a11y)
    staff = StaffController(
        booth.db, db_path, booth.clock, usb_roots, write_failure=lambda: booth.log.last_failure
    )
    camera = CardCamera(flow)
    clips = ClipPlayer(
        lambda clip_id: clip_by_id(booth.db, clip_id),
        lambda: str(flow.property("lang")),
        watched=clip_watched(booth),
        engine=engine,
    )
    attract = AttractLoop(
        booth, lambda: str(flow.property("lang")), staff_open=lambda: flow.staff_open
    )
    controllers = (flow, innovations, agencies, form, flow.survey, theme, a11y, staff, camera)
    provide(engine, *controllers, clips, attract)
    connect_staff(staff, flow, photos, on_restart or QGuiApplication.quit, prepared)
    connect_clips(clips, flow, staff, attract)
    staff.speech_note = lambda: str(a11y.property("speechNote"))
    a11y.speechChanged.connect(staff.speechNoteChanged)
    flow.apply_settings(load_settings(booth.db), lang)
    engine.setInitialProperties({"setupOnStart": staff_setup})
    engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError(f"{MAIN_QML.name} did not load: see the QML errors above")
    window = roots[0]
    a11y.attach(flow, window)
    window.resize(*size)
    watcher = ActivityWatcher(flow, theme.setKeysUsed)
    window.installEventFilter(watcher)
    scanner = KeyboardScanner(flow)  # installed last: it sees the keys first
    window.installEventFilter(scanner)
    staff.watch(window)
    ui = KioskUi(
        engine,
        window,
        flow,
        booth,
        form,
        innovations,
        agencies,
        theme,
        watcher,
        photos,
        staff,
        scanner,
        camera,
        prepared,
        clips,
        attract,
    )
    window.setProperty("kioskMode", fullscreen)

    def after_first_frame() -> None:
        first_frame_shown(window, a11y, qr_texts(booth), hide_cursor=fullscreen, speaker=speaker)
        prepared.prepare_in_background()  # the detail pages' and home cards' photos
        if on_first_frame is not None:
            on_first_frame()

    if show:
        FirstFrame(window, after_first_frame)
        if fullscreen:
            window.setProperty("frameless", True)
            ScreenCover(window)
            window.showFullScreen()
        else:
            window.show()
    else:
        after_first_frame()
    return ui


def qr_texts(booth: Booth) -> list[str]:
    """What the QR codes of this booth's innovation pages encode."""
    return [innovation.url for innovation in booth.innovations]


def first_frame_shown(
    window: QQuickWindow,
    a11y: AccessibilityController,
    qr_texts: list[str],
    hide_cursor: bool = False,
    speaker: BackgroundSpeaker | None = None,
) -> None:
    """What the first frame does not wait for, done once it is out.

    The `speaker`'s engine starts loading on its own thread (seconds: read-aloud is
    offered once a silent test word was played); with `hide_cursor` (the fullscreen
    kiosk) the mouse cursor is hidden; Main.qml is told to load the keyboard, the
    accessibility panel and the idle warning; and on a worker thread qrcode/Pillow are
    imported and the codes of `qr_texts` drawn.

    Main.qml loads them from a timer, not inside this call: loading the keyboard while
    Python holds the interpreter lock deadlocks when Qt's type loader thread logs a
    message through a Python message handler (as the tests install).
    """
    if speaker is not None:
        a11y.start_speech(speaker)
    if hide_cursor:
        # PySide6 builds all of the `Qt` namespace's enums on its first use (about
        # 40 ms), so the kiosk does not touch it before its first frame.
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    window.setProperty("firstFrameShown", True)
    preload_in_background(qr_texts)


class FirstFrame(QObject):
    """Calls `then()` once the window has swapped its first frame, from the event loop
    (so the frame's own frameSwapped handlers are not kept waiting).

    With a threaded render loop, frameSwapped comes from the render thread; connected
    to a method of this object, which lives on the GUI thread, it arrives queued.
    """

    def __init__(self, window: QQuickWindow, then: Callable[[], None]) -> None:
        super().__init__(window)  # lives as long as the window
        self.window, self.then = window, then
        self.done = False
        window.frameSwapped.connect(self.swapped)

    def swapped(self) -> None:
        if self.done:  # a second frame queued before the first arrived
            return
        self.done = True
        self.window.frameSwapped.disconnect(self.swapped)
        QTimer.singleShot(0, self.then)
