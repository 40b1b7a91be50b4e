"""The feedback comment box: a live count, input that stops at the store's limit, nothing
cut after "thank you", and emoji (which the font cannot show) dropped where anyone can see."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.domain.feedback import MAX_COMMENT
from kiosk.storage.database import BoothDatabase
from kiosk.ui.feedback import FeedbackForm
from kiosk.ui.testing import process_events, visual_items
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import is_shown, item, records, tap, type_on_keyboard

pytestmark = pytest.mark.ui


def open_comment(qtbot: object, kiosk: KioskUi) -> None:
    kiosk.booth.idle_seconds = 120  # typing 600 keys takes longer than the test rules' 1 s
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "face_3")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "commentField")
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: bool(item(kiosk, "inputPanel").property("active")), timeout=3000
    )


def test_600_characters_stop_at_the_limit_and_what_shows_is_stored(
    qtbot: object, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    open_comment(qtbot, kiosk)
    assert item(kiosk, "commentCount").property("text") == f"0/{MAX_COMMENT}"
    type_on_keyboard(kiosk, "abcdefghij")
    assert item(kiosk, "commentCount").property("text") == f"10/{MAX_COMMENT}"
    type_on_keyboard(kiosk, "klmnopqrst" * 59)  # 600 in all
    shown = item(kiosk, "commentField").property("text")
    assert shown == ("abcdefghij" + "klmnopqrst" * 59)[:MAX_COMMENT]
    assert item(kiosk, "commentCount").property("text") == f"{MAX_COMMENT}/{MAX_COMMENT}"
    # The line being typed is in view: the box scrolled to its end.
    field = item(kiosk, "commentField")
    cursor = field.property("cursorRectangle")
    box = field.parentItem().parentItem()  # the ScrollView's viewport
    bottom = field.mapToItem(box, cursor.bottomLeft()).y()
    assert 0 <= bottom <= box.height()
    tap(qtbot, kiosk, "sendButton")
    assert kiosk.flow.property("screen") == "feedbackThanks"
    [feedback] = records(booth_db[0], "feedback")
    assert feedback["comment"] == shown


def test_emoji_from_a_hardware_keyboard_are_dropped_visibly(
    qtbot: object, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    open_comment(qtbot, kiosk)
    type_on_keyboard(kiosk, "bagus ")
    assert not is_shown(kiosk, "commentEmojiNote")
    target = kiosk.window.focusObject()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, "😀👍🏽")
        )
    process_events(0.05)
    type_on_keyboard(kiosk, "sekali")
    assert item(kiosk, "commentField").property("text") == "bagus sekali"
    assert is_shown(kiosk, "commentEmojiNote")
    assert item(kiosk, "commentCount").property("text") == f"12/{MAX_COMMENT}"
    tap(qtbot, kiosk, "sendButton")
    [feedback] = records(booth_db[0], "feedback")
    assert feedback["comment"] == "bagus sekali"


def test_the_form_never_keeps_an_emoji_or_more_than_the_limit() -> None:
    form = FeedbackForm()
    form.setComment("bagus 😀" + "x" * 600)
    assert form.property("comment") == ("bagus " + "x" * 600)[:500]


def test_the_keyboards_globe_key_offers_only_indonesian_and_english(
    qtbot: object, kiosk: KioskUi
) -> None:
    open_comment(qtbot, kiosk)
    [keyboard] = [
        i
        for i in visual_items(item(kiosk, "inputPanel"))
        if i.metaObject().indexOfProperty("availableLocaleIndices") >= 0
    ]
    assert keyboard.property("availableLocaleIndices").property("length").toInt() == 2
    assert keyboard.property("locale") == "id_ID"
