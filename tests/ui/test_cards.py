"""Card mode through the real QML: the vote area asks for the card, a keyboard scanner's
burst of keys answers, the booth file keeps the card's serial. Real key events, real time."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.booth import Booth
from kiosk.domain.festival import CardRules
from kiosk.pack.cards import Card, CardMaker, new_private_key, public_key_text
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import process_events, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import AGENCY, SHORT_RULES, QtMessages, is_shown, item, tap

pytestmark = pytest.mark.ui

KEY = new_private_key()
MAKER = CardMaker("uji-2026", KEY)
ROAD, REPORT = "gerakan-rawat-jalan", "lapor-jalan-rusak"


@pytest.fixture
def card_kiosk(
    qt_messages: QtMessages, tmp_path: Path, qtbot: object
) -> Iterator[tuple[KioskUi, BoothDatabase]]:
    rules = dataclasses.replace(SHORT_RULES, max_votes_per_session=2, idle_seconds=20)
    festival = dataclasses.replace(
        small_festival(rules),
        cards=CardRules(True, public_key_text(KEY.public_key()), 1, revoked_batches=(9,)),
    )
    db = make_booth_db(tmp_path / "booth.sqlite", festival)
    ui = build_ui(Booth(db, AGENCY), tmp_path / "booth.sqlite", size=(1280, 800), tick_ms=50)
    ui.window.requestActivate()
    wait_until_started(ui.window)
    yield ui, db
    ui.close()
    db.close()


def scan(ui: KioskUi, text: str, gap_s: float = 0.0) -> None:
    """Type `text` and Enter into the window as a keyboard-wedge scanner does (as fast as
    key events go), or with `gap_s` between keys."""
    for char in text:
        QTest.keyClick(ui.window, ord(char))  # the char overload: the key and its text
        if gap_s:
            time.sleep(gap_s)
    QTest.keyClick(ui.window, Qt.Key.Key_Return)
    process_events(0.05)


def open_detail(qtbot, ui: KioskUi, slug: str) -> None:  # type: ignore[no-untyped-def]
    if ui.flow.property("screen") == "attract":
        tap(qtbot, ui, "startArea")
    tap(qtbot, ui, f"card_{slug}")
    qtbot.waitUntil(lambda: ui.flow.property("voteState") == "ready", timeout=3000)


def votes(db: BoothDatabase) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT innovation_slug, json_extract(data, '$.card') FROM visitor_records"
        " WHERE kind = 'vote' ORDER BY seq"
    ).fetchall()


def test_vote_asks_for_the_card_and_a_scanner_burst_casts_it(qtbot, card_kiosk) -> None:  # type: ignore[no-untyped-def]
    ui, db = card_kiosk
    open_detail(qtbot, ui, ROAD)
    assert item(ui, "voteButton").property("text") == "Beri suara dengan kartu Anda"
    tap(qtbot, ui, "voteButton")
    assert is_shown(ui, "cardPrompt") and not is_shown(ui, "voteButton")
    assert item(ui, "cardPromptTitle").property("text") == "Tunjukkan kartu suara Anda"
    assert votes(db) == []

    # A forged card: a calm message, no vote.
    scan(ui, CardMaker("uji-2026", new_private_key()).text(Card(1, 3)))
    assert ui.flow.property("screen") == "detail"
    assert "tidak dapat dipakai" in item(ui, "cardProblemText").property("text")
    # Another festival's card.
    scan(ui, CardMaker("festival-lain", KEY).text(Card(1, 3)))
    assert "festival lain" in item(ui, "cardProblemText").property("text")
    # A card of a batch the pack withdrew (lost before the festival).
    scan(ui, MAKER.text(Card(9, 3)))
    assert "ditarik oleh panitia" in item(ui, "cardProblemText").property("text")
    assert votes(db) == []

    # The real card: the vote is cast, its serial stored.
    started = time.perf_counter()
    scan(ui, MAKER.text(Card(1, 3)))
    assert ui.flow.property("screen") == "voteThanks", item(ui, "cardProblemText").property("text")
    print(f"scan to thanks: {(time.perf_counter() - started) * 1000:.0f} ms")
    assert votes(db) == [(ROAD, "1-000003")]
    assert item(ui, "cardAcceptedText").property("text") == "Kartu suara 1-000003 diterima."

    # Quota 1: the same card again, at the next innovation, is refused.
    tap(qtbot, ui, "moreInnovationsButton")
    open_detail(qtbot, ui, REPORT)
    tap(qtbot, ui, "voteButton")
    scan(ui, MAKER.text(Card(1, 3)))
    assert "sudah terpakai" in item(ui, "cardProblemText").property("text")
    tap(qtbot, ui, "cardCancelButton")
    assert is_shown(ui, "voteButton") and not is_shown(ui, "cardPrompt")
    assert votes(db) == [(ROAD, "1-000003")]


def test_a_scan_on_the_page_before_tapping_votes_too(qtbot, card_kiosk) -> None:  # type: ignore[no-untyped-def]
    ui, db = card_kiosk
    open_detail(qtbot, ui, ROAD)
    scan(ui, MAKER.text(Card(2, 40)))
    assert ui.flow.property("screen") == "voteThanks"
    assert votes(db) == [(ROAD, "2-000040")]


def test_a_person_typing_the_card_text_is_not_a_scanner(qtbot, card_kiosk) -> None:  # type: ignore[no-untyped-def]
    ui, db = card_kiosk
    open_detail(qtbot, ui, ROAD)
    tap(qtbot, ui, "voteButton")
    scan(ui, MAKER.text(Card(1, 5)), gap_s=0.045)  # faster than anyone types, slower than scanners
    assert ui.flow.property("screen") == "detail" and is_shown(ui, "cardPrompt")
    assert votes(db) == []
    assert item(ui, "cardProblemText").property("text") == ""


def test_keys_elsewhere_are_left_alone(qtbot, card_kiosk) -> None:  # type: ignore[no-untyped-def]
    ui, db = card_kiosk
    tap(qtbot, ui, "startArea")
    scan(ui, MAKER.text(Card(1, 6)))  # on the home screen: not for the vote area
    assert ui.flow.property("screen") == "home"
    assert votes(db) == []
