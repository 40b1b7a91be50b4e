"""Accessibility through the real QML: the panel's switches, no clipped large text, read-aloud."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.ops.speech import SpeechStatus
from kiosk.ui.testing import process_events, visual_items
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import is_shown, item, tap

pytestmark = pytest.mark.ui


class FakeSpeaker:
    """Records what would have been spoken (an engine with every voice, heard)."""

    def __init__(self, voices: tuple[str, ...] = ("id", "bms", "en")) -> None:
        self.status = SpeechStatus("", "fake", voices)
        self.spoken: list[tuple[str, str]] = []

    def speak(self, text: str, lang: str) -> None:
        self.spoken.append((text, lang))

    def stop(self) -> None:
        pass


def _open_detail(qtbot: object, kiosk: KioskUi) -> str:
    tap(qtbot, kiosk, "touchToStart")
    slug = kiosk.booth.innovations[0].slug
    tap(qtbot, kiosk, f"card_{slug}")
    return slug


def _in_flickable(target: QQuickItem) -> bool:
    parent = target.parentItem()
    while parent is not None:
        if parent.metaObject().indexOfProperty("contentY") >= 0:
            return True
        parent = parent.parentItem()
    return False


def clipped_texts(ui: KioskUi) -> list[str]:
    """Visible Text items whose content is elided or does not fit their box."""
    bad = []
    for t in visual_items(ui.window.contentItem()):
        meta = t.metaObject()
        if meta.indexOfProperty("truncated") < 0 or not t.isVisible() or not t.property("text"):
            continue
        if t.opacity() == 0:
            continue
        text = str(t.property("text"))[:40]
        if t.property("truncated"):
            bad.append(f"elided: {text}")
        elif not _in_flickable(t) and t.property("contentHeight") > t.height() + 2:
            bad.append(f"too tall ({t.property('contentHeight')} > {t.height()}): {text}")
    return bad


def test_panel_switches_change_the_theme_and_reset_for_the_next_visitor(
    qtbot: object, kiosk: KioskUi
) -> None:
    theme = kiosk.theme
    tap(qtbot, kiosk, "touchToStart")
    body, background = theme.property("body"), theme.property("background")
    tap(qtbot, kiosk, "a11yButton")
    assert is_shown(kiosk, "a11yPanel")
    assert not is_shown(kiosk, "readAloudButton")  # no speech engine given to this kiosk
    assert is_shown(kiosk, "readAloudUnavailable")
    tap(qtbot, kiosk, "largeTextToggle")
    tap(qtbot, kiosk, "highContrastToggle")
    tap(qtbot, kiosk, "reducedMotionToggle")
    assert theme.property("body") == round(body * 1.3)
    assert theme.property("background") == "#ffffff" and theme.property("text") == "#000000"
    assert theme.property("reducedMotion")
    tap(qtbot, kiosk, "a11yCloseButton")
    process_events(0.2)
    assert not is_shown(kiosk, "a11yPanel")
    kiosk.flow.returnToAttract()
    process_events(0.05)
    assert theme.property("body") == body and theme.property("background") == background
    assert not theme.property("reducedMotion")


@pytest.mark.parametrize("screen", ["home", "detail", "feedback"])
def test_large_text_is_never_clipped(qtbot: object, kiosk: KioskUi, screen: str) -> None:
    kiosk.window.resize(1920, 1080)
    kiosk.theme.a11y.setLargeText(True)
    kiosk.theme.a11y.setHighContrast(True)
    if screen == "home":
        tap(qtbot, kiosk, "touchToStart")
    elif screen == "detail":
        _open_detail(qtbot, kiosk)
    else:
        tap(qtbot, kiosk, "touchToStart")
        kiosk.flow.openFeedback(kiosk.booth.innovations[0].slug)
    process_events(0.3)
    assert clipped_texts(kiosk) == []


def test_read_aloud_speaks_the_innovation_in_the_visitors_language(
    qtbot: object, kiosk: KioskUi
) -> None:
    fake = FakeSpeaker()
    kiosk.theme.a11y.use_speaker(fake)
    booth = kiosk.booth  # time to listen before the vote button comes
    booth.festival = replace(booth.festival, voting=replace(booth.rules, min_dwell_seconds=2.5))
    booth.idle_seconds = 20
    slug = _open_detail(qtbot, kiosk)
    innovation = next(i for i in kiosk.booth.innovations if i.slug == slug)
    tap(qtbot, kiosk, "a11yButton")
    tap(qtbot, kiosk, "readAloudButton")
    text, lang = fake.spoken[-1]
    assert lang == "id"
    assert innovation.title.get("id") in text and innovation.summary.get("id") in text
    assert "Tombol: Semua inovasi, Beri masukan." in text  # no vote button yet: not named
    assert "Beri suara" not in text
    qtbot.waitUntil(lambda: is_shown(kiosk, "voteButton"))  # type: ignore[attr-defined]
    tap(qtbot, kiosk, "a11yButton")
    tap(qtbot, kiosk, "readAloudButton")
    text, lang = fake.spoken[-1]
    assert "tekan tombol Beri suara untuk inovasi ini." in text
    assert text.endswith("Tombol: Semua inovasi, Beri suara untuk inovasi ini, Beri masukan.")
    tap(qtbot, kiosk, "homeButton")  # the languages are on the home screen
    tap(qtbot, kiosk, "lang_en")
    tap(qtbot, kiosk, f"card_{slug}")
    qtbot.waitUntil(lambda: is_shown(kiosk, "voteButton"))  # type: ignore[attr-defined]
    tap(qtbot, kiosk, "a11yButton")
    tap(qtbot, kiosk, "readAloudButton")
    text, lang = fake.spoken[-1]
    assert lang == "en" and innovation.title.get("en") in text
    assert text.endswith("Buttons: All innovations, Vote for this innovation, Give feedback.")
    assert item(kiosk, "detailScreen").isVisible()


def test_read_aloud_is_offered_only_in_a_language_with_a_voice(
    qtbot: object, kiosk: KioskUi
) -> None:
    kiosk.theme.a11y.use_speaker(FakeSpeaker(voices=("id", "bms")))
    tap(qtbot, kiosk, "touchToStart")
    tap(qtbot, kiosk, "a11yButton")
    assert is_shown(kiosk, "readAloudButton")
    tap(qtbot, kiosk, "a11yCloseButton")
    tap(qtbot, kiosk, "lang_en")  # English: no English voice
    tap(qtbot, kiosk, "a11yButton")
    assert not is_shown(kiosk, "readAloudButton")
    assert item(kiosk, "readAloudUnavailable").property("text") == "Read-aloud is not available"


@pytest.mark.parametrize("where", ["attract", "goodbye"])
def test_panel_opens_from_screens_without_the_bar(
    qtbot: object, kiosk: KioskUi, where: str
) -> None:
    if where == "goodbye":
        tap(qtbot, kiosk, "startArea")
        tap(qtbot, kiosk, "finishButton")
    tap(qtbot, kiosk, "a11yButton")
    assert is_shown(kiosk, "a11yPanel")
    tap(qtbot, kiosk, "largeTextToggle")
    assert kiosk.theme.property("largeText")
