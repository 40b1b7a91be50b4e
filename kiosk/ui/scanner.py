"""The card reader that types: a USB QR scanner in keyboard mode (the common cheap kind).

Such a scanner "types" the code it read, a character every few milliseconds, and
presses Enter. A person types a character every 100 ms or more. So on the detail
page in card mode this filter gathers a burst that starts with the card's first
letter ("G" of `GK1:`), each key within `BURST_GAP_S` of the one before, and hands
it to `VisitorFlow.cardScanned` when Enter ends it. Keys typed at a person's pace
never become a card: they go where they would have gone (Tab, Enter and Space keep
moving and pressing the focused button for keyboard users).
"""

from __future__ import annotations

import time
from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

from kiosk.pack.cards import MAX_CARD_TEXT
from kiosk.ui.flow import VisitorFlow

BURST_GAP_S = 0.035  # scanners: 1-20 ms a key; people: 100 ms and more
MIN_LENGTH = 20  # a card's text is 117 characters; shorter bursts are not cards


@cache
def enter_keys() -> frozenset[object]:
    """Return and the keypad's Enter (looked up on the first key: PySide6's `Qt` namespace
    costs about 40 ms to build, which the kiosk's first frame does not wait for)."""
    from PySide6.QtCore import Qt

    return frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class KeyboardScanner(QObject):
    """An event filter on the kiosk window: keystroke bursts ending in Enter become cards."""

    def __init__(self, flow: VisitorFlow) -> None:
        super().__init__()
        self.flow = flow
        self._burst: list[str] = []
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self.flow.wants_card_keys():
            self._burst.clear()
            return False
        now = time.monotonic()
        if self._burst and now - self._last > BURST_GAP_S:
            self._burst.clear()  # too slow for a scanner: a person, or a new burst
        if event.key() in enter_keys():
            if len(self._burst) < MIN_LENGTH:
                self._burst.clear()
                return False  # a person's Enter: it presses the focused button
            text = "".join(self._burst)
            self._burst.clear()
            self.flow.activity()  # the watcher below never sees the keys taken here
            self.flow.cardScanned(text)
            return True
        char = event.text()
        if len(char) != 1 or not char.isprintable():
            return False  # Shift and other keys without text, as scanners send them too
        if not self._burst and char not in "Gg":
            return False  # not the start of a card
        if len(self._burst) >= MAX_CARD_TEXT:
            self._burst.clear()
            return False
        self._burst.append(char)
        self._last = now
        return True
