"""The festival's look, from its pack: colours, logo, and the bundled font."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QColor

from kiosk.domain.festival import Agency, Festival
from kiosk.ui.accessibility import AccessibilityController
from kiosk.ui.qmlmodule import qml_singleton

LARGE_TEXT = 1.3
# The semantic colour tokens every visitor screen draws with, besides the pack's four
# brand colours (primary, accent, background, text) and the text on them. Normal mode:
# warm neutrals; text tokens at least 4.5:1 on the surfaces they sit on (WCAG AA).
NEUTRALS = {
    "surface": "#ffffff",  # cards, fields, secondary buttons
    "surfaceAlt": "#ece8df",  # quiet buttons, status boxes
    "muted": "#5c574e",  # secondary text: 6.9:1 on surface, 5.6:1 on surfaceAlt
    "pressed": "#e8e4da",  # a card under the finger
    "selected": "#fff4e0",  # a chosen card
    "border": "#d4cfc4",  # a card's edge
    "borderStrong": "#8f887b",  # a field's or quiet button's edge: 3.4:1 on surface
    "track": "#e0dbd0",  # the empty part of a progress bar
    "success": "#2e7d32",  # the vote tick
    "onSuccess": "#ffffff",
    "successSurface": "#e3f1e3",  # "you voted for this"
    "warning": "#8a4b00",  # a refusal, in words
    # Something went wrong (staff screens: a failed export, a wrong PIN): words and
    # edges 6.5:1 on white, on their pale box 5.6:1.
    "danger": "#b3261e",
    "dangerSurface": "#fde7e4",
    "overlay": "#cc000000",  # dims the screen behind a dialog or the idle warning
    # A button that cannot be pressed yet: no fill, a faint edge, words still 4.5:1.
    "disabled": "#00000000",
    "onDisabled": "#5c574e",
    "disabledBorder": "#d4cfc4",
    "mapLand": "#dfe9d8",
    "mapEdge": "#b7c7ab",
    "photoBackdrop": "#2b2b2b",  # behind photos; text on it is onPhoto
    "onPhoto": "#ffffff",
    "scrim": "#b8000000",  # under words on a photo: white reads 8:1 even on a white photo
    # The focus ring: a blue band (6.5:1 on white, 5.9:1 on the page) inside a white one
    # (light on any dark bar or photo), so one of the two reads 3:1 on any background.
    "focus": "#0050ff",
    "focusHalo": "#ffffff",
}
# Faces from "very bad" to "very good".
FACE_COLORS = ["#c62828", "#ef6c00", "#7cb342", "#2e7d32"]
# Black, white and yellow, switched as a whole: every text/background pair at least 7:1
# (WCAG AAA), every control's edge or fill at least 3:1 against what surrounds it.
HIGH_CONTRAST = {
    "primary": "#000000",
    "accent": "#ffd500",
    "background": "#ffffff",
    "text": "#000000",
    "onPrimary": "#ffd500",
    "onAccent": "#000000",
    "primaryEdge": "#ffd500",  # a black button on the black top bar still shows its edge
    "accentEdge": "#000000",  # yellow on white is 1.4:1: the edge carries the 3:1
    "selectedEdge": "#000000",
    "surface": "#ffffff",
    "surfaceAlt": "#ffffff",
    "muted": "#000000",
    "pressed": "#ffd500",
    "selected": "#ffd500",
    "border": "#000000",
    "borderStrong": "#000000",
    "track": "#ffffff",
    "success": "#000000",
    "onSuccess": "#ffd500",
    "successSurface": "#ffd500",
    "warning": "#000000",
    "danger": "#000000",
    "dangerSurface": "#ffd500",
    "overlay": "#e6000000",
    # Not yet pressable: grey words and edge, still 7.5:1 on white, unlike black ones.
    "disabled": "#ffffff",
    "onDisabled": "#555555",
    "disabledBorder": "#555555",
    "mapLand": "#ffffff",
    "mapEdge": "#000000",
    "photoBackdrop": "#000000",
    "onPhoto": "#ffffff",
    "scrim": "#000000",
    "focus": "#000000",  # 21:1 on white
    "focusHalo": "#ffd500",  # 14:1 on the black bar and black buttons
}
HIGH_CONTRAST_FACES = ["#000000", "#000000", "#000000", "#000000"]


class Branded(Protocol):
    """What the theme reads: a `Booth`, or the organizers' desk (festival, no booth)."""

    @property
    def festival(self) -> Festival: ...

    @property
    def agency(self) -> Agency: ...


def _readable_on(color: str) -> str:
    """Black or white, whichever reads better on `color` (WCAG relative luminance)."""
    c = QColor(color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    return "#111111" if lum > 0.35 else "#ffffff"


@qml_singleton("Theme")
class Theme(QObject):
    """Colours from the pack, and sizes that follow the window (designed at 1920x1080)."""

    sizeChanged = Signal()
    paletteChanged = Signal()
    keysChanged = Signal()

    def __init__(
        self,
        booth: Branded,
        font_family: str,
        has_logo: bool,
        logo_url: str = "",
        a11y: AccessibilityController | None = None,
    ) -> None:
        super().__init__()
        self.a11y = a11y or AccessibilityController()
        self.a11y.changed.connect(self.sizeChanged)
        self.a11y.changed.connect(self.paletteChanged)
        brand = booth.festival.branding
        self._colors = {
            "primary": brand.primary,
            "accent": brand.accent,
            "background": brand.background,
            "text": brand.text,
            "onPrimary": _readable_on(brand.primary),
            "onAccent": _readable_on(brand.accent),
            # A filled button's edge: its own fill, so none shows.
            "primaryEdge": brand.primary,
            "accentEdge": brand.accent,
            # A chosen answer or face: a thick edge in the festival's dark colour (the
            # accent is about 2:1 on the page), besides its fill and its tick.
            "selectedEdge": brand.primary,
            **NEUTRALS,
        }
        self._font = font_family
        self._logo = has_logo
        self._logo_url = logo_url
        self._festival = booth.festival.name
        self._agency = booth.agency
        self._s = 1.0
        self._portrait = False
        self._keys = False

    @Slot(float, float)
    def setSize(self, width: float, height: float) -> None:
        """The window's size: everything scales with its short side, within limits."""
        s = min(1.25, max(0.74, min(width, height) / 1080))
        portrait = height > width
        if (s, portrait) != (self._s, self._portrait):
            self._s, self._portrait = s, portrait
            self.sizeChanged.emit()

    @Slot(bool)
    def setKeysUsed(self, keys: bool) -> None:
        """The visitor's last input was a key (True) or a touch (False)."""
        if keys != self._keys:
            self._keys = keys
            self.keysChanged.emit()

    def _px(self, base: float, floor: float = 0) -> int:
        return max(int(floor), round(base * self._s))

    def _font_px(self, base: float, floor: float) -> int:
        """A font size: grows by LARGE_TEXT in large-text mode."""
        grow = LARGE_TEXT if self.a11y.largeText else 1.0
        return round(self._px(base, floor) * grow)

    def _color(self, name: str) -> str:
        return (HIGH_CONTRAST if self.a11y.highContrast else self._colors)[name]

    # Body text never below 28 px, touch targets never below 64 px (about 15 mm at 1080p).
    s = Property(float, lambda self: self._s, notify=sizeChanged)
    portrait = Property(bool, lambda self: self._portrait, notify=sizeChanged)
    body = Property(int, lambda self: self._font_px(30, 28), notify=sizeChanged)
    small = Property(int, lambda self: self._font_px(28, 28), notify=sizeChanged)
    heading = Property(int, lambda self: self._font_px(40, 32), notify=sizeChanged)
    title = Property(int, lambda self: self._font_px(56, 40), notify=sizeChanged)
    huge = Property(int, lambda self: self._font_px(84, 56), notify=sizeChanged)
    touch = Property(int, lambda self: self._px(88, 64), notify=sizeChanged)
    margin = Property(int, lambda self: self._px(48, 24), notify=sizeChanged)
    gap = Property(int, lambda self: self._px(24, 14), notify=sizeChanged)
    radius = Property(int, lambda self: self._px(20, 12), notify=sizeChanged)
    qrSize = Property(int, lambda self: self._px(340, 300), notify=sizeChanged)

    primary = Property(str, lambda self: self._color("primary"), notify=paletteChanged)
    accent = Property(str, lambda self: self._color("accent"), notify=paletteChanged)
    background = Property(str, lambda self: self._color("background"), notify=paletteChanged)
    text = Property(str, lambda self: self._color("text"), notify=paletteChanged)
    onPrimary = Property(str, lambda self: self._color("onPrimary"), notify=paletteChanged)
    onAccent = Property(str, lambda self: self._color("onAccent"), notify=paletteChanged)
    primaryEdge = Property(str, lambda self: self._color("primaryEdge"), notify=paletteChanged)
    accentEdge = Property(str, lambda self: self._color("accentEdge"), notify=paletteChanged)
    selectedEdge = Property(str, lambda self: self._color("selectedEdge"), notify=paletteChanged)
    surface = Property(str, lambda self: self._color("surface"), notify=paletteChanged)
    surfaceAlt = Property(str, lambda self: self._color("surfaceAlt"), notify=paletteChanged)
    muted = Property(str, lambda self: self._color("muted"), notify=paletteChanged)
    pressed = Property(str, lambda self: self._color("pressed"), notify=paletteChanged)
    selected = Property(str, lambda self: self._color("selected"), notify=paletteChanged)
    border = Property(str, lambda self: self._color("border"), notify=paletteChanged)
    borderStrong = Property(str, lambda self: self._color("borderStrong"), notify=paletteChanged)
    track = Property(str, lambda self: self._color("track"), notify=paletteChanged)
    success = Property(str, lambda self: self._color("success"), notify=paletteChanged)
    onSuccess = Property(str, lambda self: self._color("onSuccess"), notify=paletteChanged)
    successSurface = Property(
        str, lambda self: self._color("successSurface"), notify=paletteChanged
    )
    warning = Property(str, lambda self: self._color("warning"), notify=paletteChanged)
    danger = Property(str, lambda self: self._color("danger"), notify=paletteChanged)
    dangerSurface = Property(str, lambda self: self._color("dangerSurface"), notify=paletteChanged)
    overlay = Property(str, lambda self: self._color("overlay"), notify=paletteChanged)
    disabled = Property(str, lambda self: self._color("disabled"), notify=paletteChanged)
    onDisabled = Property(str, lambda self: self._color("onDisabled"), notify=paletteChanged)
    disabledBorder = Property(
        str, lambda self: self._color("disabledBorder"), notify=paletteChanged
    )
    mapLand = Property(str, lambda self: self._color("mapLand"), notify=paletteChanged)
    mapEdge = Property(str, lambda self: self._color("mapEdge"), notify=paletteChanged)
    photoBackdrop = Property(str, lambda self: self._color("photoBackdrop"), notify=paletteChanged)
    onPhoto = Property(str, lambda self: self._color("onPhoto"), notify=paletteChanged)
    scrim = Property(str, lambda self: self._color("scrim"), notify=paletteChanged)
    faceColors = Property(
        list,
        lambda self: HIGH_CONTRAST_FACES if self.a11y.highContrast else FACE_COLORS,
        notify=paletteChanged,
    )
    highContrast = Property(bool, lambda self: self.a11y.highContrast, notify=paletteChanged)
    largeText = Property(bool, lambda self: self.a11y.largeText, notify=sizeChanged)
    reducedMotion = Property(bool, lambda self: self.a11y.reducedMotion, notify=paletteChanged)
    # Focus ring for keyboard and switch users: thick, and thicker in high contrast.
    focusColor = Property(str, lambda self: self._color("focus"), notify=paletteChanged)
    focusHalo = Property(str, lambda self: self._color("focusHalo"), notify=paletteChanged)
    # Keys (a keyboard or a switch) were used last: focus rings show; a touch hides them.
    keysUsed = Property(bool, lambda self: self._keys, notify=keysChanged)
    focusWidth = Property(
        int, lambda self: self._px(8 if self.a11y.highContrast else 6, 4), notify=sizeChanged
    )
    fontFamily = Property(str, lambda self: self._font, constant=True)
    hasLogo = Property(bool, lambda self: self._logo, constant=True)
    logoUrl = Property(str, lambda self: self._logo_url, constant=True)
    festivalNameId = Property(str, lambda self: self._festival.id, constant=True)
    festivalNameEn = Property(str, lambda self: self._festival.get("en"), constant=True)
    agencyName = Property(str, lambda self: self._agency.name, constant=True)
    agencyShortName = Property(str, lambda self: self._agency.short_name, constant=True)
    agencyBooth = Property(str, lambda self: self._agency.booth, constant=True)
