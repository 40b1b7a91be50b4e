"""Emoji are left out of visitor text: the bundled font has none, they would show as boxes."""

from __future__ import annotations

from kiosk.domain.text import without_emoji


def test_emoji_and_their_joiners_go_letters_stay() -> None:
    assert without_emoji("halo 😀 ❤️ 👍🏽 1️⃣ 👨‍👩‍👧") == "halo    1 "
    assert without_emoji("Pelayanan cepat, ramah — 100% puas! é ñ “ok”") == (
        "Pelayanan cepat, ramah — 100% puas! é ñ “ok”"
    )
