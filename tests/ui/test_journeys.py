"""Whole visitor journeys through the real QML, touched by objectName, checked in the booth file.

Timings come from the festival rules (short ones here: 0.3 s dwell, 1.5 s
cooldown, 1 s idle + 1 s warning) and real waiting; nothing mocks the clock.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from kiosk.storage.database import BoothDatabase
from kiosk.ui.lifecycle import CrashRelay
from kiosk.ui.testing import process_events
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import is_shown, item, records, tap, type_on_keyboard

pytestmark = pytest.mark.ui

ROAD = "gerakan-rawat-jalan"
REPORT = "lapor-jalan-rusak"


def screen(ui: KioskUi) -> str:
    return str(ui.flow.property("screen"))


def start_and_open(qtbot, kiosk: KioskUi, slug: str) -> None:  # type: ignore[no-untyped-def]
    if screen(kiosk) == "attract":
        tap(qtbot, kiosk, "startArea")
        assert screen(kiosk) == "home"
    tap(qtbot, kiosk, f"card_{slug}")
    assert screen(kiosk) == "detail"


def wait_vote_button(qtbot, kiosk: KioskUi) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: is_shown(kiosk, "voteButton"), timeout=3000)


def test_browse_dwell_vote_feedback_and_finish(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    db = booth_db[0]
    assert is_shown(kiosk, "attractScreen")
    start_and_open(qtbot, kiosk, ROAD)
    # The vote button is not there before the minimum dwell...
    assert not is_shown(kiosk, "voteButton")
    assert is_shown(kiosk, "voteStatus")
    assert is_shown(kiosk, "qrCode")
    # ...and appears after it.
    wait_vote_button(qtbot, kiosk)
    tap(qtbot, kiosk, "voteButton")
    assert screen(kiosk) == "voteThanks"
    assert [v["innovation_slug"] for v in records(db, "votes")] == [ROAD]
    assert records(db, "votes")[0]["dwell_seconds"] >= 0.3

    # Feedback straight after the vote: a face, a tag, a comment typed on the screen keyboard.
    tap(qtbot, kiosk, "voteFeedbackButton")
    assert screen(kiosk) == "feedback"
    tap(qtbot, kiosk, "face_4")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "tag_useful")
    tap(qtbot, kiosk, "tag_creative")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "commentField")
    qtbot.waitUntil(lambda: bool(item(kiosk, "inputPanel").property("active")), timeout=3000)
    type_on_keyboard(kiosk, "jalan desa jadi bagus")
    qtbot.waitUntil(lambda: item(kiosk, "commentField").property("text") != "", timeout=2000)
    tap(qtbot, kiosk, "sendButton")
    assert screen(kiosk) == "feedbackThanks"
    [feedback] = records(db, "feedback")
    assert feedback["innovation_slug"] == ROAD
    assert feedback["rating"] == 4
    assert json.loads(str(feedback["tags"])) == ["useful", "creative"]
    assert feedback["comment"].lower() == "jalan desa jadi bagus"
    assert feedback["contact"] == ""

    tap(qtbot, kiosk, "feedbackThanksFinish")
    assert screen(kiosk) == "goodbye"
    qtbot.waitUntil(lambda: screen(kiosk) == "attract", timeout=3000)
    [session] = records(db, "sessions")
    assert session["end_reason"] == "finished"
    assert session["votes"] == 1


def test_second_vote_and_vote_in_cooldown_are_refused(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    db = booth_db[0]
    start_and_open(qtbot, kiosk, ROAD)
    wait_vote_button(qtbot, kiosk)
    tap(qtbot, kiosk, "voteButton")
    assert screen(kiosk) == "voteThanks"

    # Straight to another innovation: after its dwell the button shows, but the cooldown runs.
    tap(qtbot, kiosk, "moreInnovationsButton")
    start_and_open(qtbot, kiosk, REPORT)
    wait_vote_button(qtbot, kiosk)
    assert kiosk.flow.property("voteState") == "cooldown"
    tap(qtbot, kiosk, "voteButton")
    assert screen(kiosk) == "detail"
    assert kiosk.flow.property("refusal") == "cooldown"
    assert is_shown(kiosk, "refusalText")
    assert len(records(db, "votes")) == 1

    # Back to the innovation already voted for: no button, and Python refuses even a stale tap.
    tap(qtbot, kiosk, "backButton")
    start_and_open(qtbot, kiosk, ROAD)
    qtbot.wait(500)
    assert not is_shown(kiosk, "voteButton")
    assert kiosk.flow.property("voteState") == "voted"
    kiosk.flow.vote()
    assert kiosk.flow.property("refusal") == "already_voted"
    assert [v["innovation_slug"] for v in records(db, "votes")] == [ROAD]

    # Once the cooldown is over the other innovation can be voted for.
    tap(qtbot, kiosk, "backButton")
    start_and_open(qtbot, kiosk, REPORT)
    qtbot.waitUntil(lambda: kiosk.flow.property("voteState") == "ready", timeout=3000)
    tap(qtbot, kiosk, "voteButton")
    assert screen(kiosk) == "voteThanks"
    assert [v["innovation_slug"] for v in records(db, "votes")] == [ROAD, REPORT]
    session_ids = {v["session_id"] for v in records(db, "votes")}
    assert len(session_ids) == 1


def test_idle_warning_then_reset_discards_everything(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    db = booth_db[0]
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "face_2")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "commentField")
    qtbot.waitUntil(lambda: bool(item(kiosk, "inputPanel").property("active")), timeout=3000)
    type_on_keyboard(kiosk, "rahasia")

    # After the idle time: "Apakah Anda masih di sini?" and a big button to keep going.
    qtbot.waitUntil(lambda: is_shown(kiosk, "idleOverlay"), timeout=3000)
    assert is_shown(kiosk, "idleContinueButton")
    tap(qtbot, kiosk, "idleContinueButton")
    qtbot.waitUntil(lambda: not is_shown(kiosk, "idleOverlay"), timeout=1000)
    assert screen(kiosk) == "feedback"
    assert kiosk.form.property("comment") == "rahasia"

    # Left alone again: warning, then the visit ends and the attract loop returns.
    qtbot.waitUntil(lambda: is_shown(kiosk, "idleOverlay"), timeout=3000)
    qtbot.waitUntil(lambda: screen(kiosk) == "attract", timeout=3000)
    assert not is_shown(kiosk, "idleOverlay")
    assert not item(kiosk, "inputPanel").property("active")
    assert kiosk.form.property("comment") == ""
    [session] = records(db, "sessions")
    assert session["end_reason"] == "idle"
    assert records(db, "feedback") == []

    # The next visitor finds an empty form.
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "face_2")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "feedbackNext")
    assert item(kiosk, "commentField").property("text") == ""


def test_contact_is_kept_only_with_consent(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, "homeFeedbackButton")
    tap(qtbot, kiosk, "face_3")
    tap(qtbot, kiosk, "feedbackNext")
    tap(qtbot, kiosk, "feedbackNext")
    assert not is_shown(kiosk, "contactField")
    tap(qtbot, kiosk, "consentBox")
    assert is_shown(kiosk, "contactField")
    tap(qtbot, kiosk, "contactField")
    qtbot.waitUntil(lambda: bool(item(kiosk, "inputPanel").property("active")), timeout=3000)
    type_on_keyboard(kiosk, "budi")
    tap(qtbot, kiosk, "sendButton")
    [feedback] = records(booth_db[0], "feedback")
    assert feedback["rating"] == 3
    assert feedback["innovation_slug"] is None
    assert str(feedback["contact"]).lower() == "budi"


def test_vote_not_stored_shows_staff_call_never_thanks(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    db = booth_db[0]
    start_and_open(qtbot, kiosk, ROAD)
    # A real SQLite failure on this connection (as a full disk would give), only for votes.
    db.execute(
        "CREATE TEMP TRIGGER refuse_votes BEFORE INSERT ON visitor_records"
        " WHEN NEW.kind = 'vote' BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    wait_vote_button(qtbot, kiosk)
    tap(qtbot, kiosk, "voteButton")
    assert screen(kiosk) == "staffCall"
    assert is_shown(kiosk, "staffCallScreen")
    assert not is_shown(kiosk, "voteThanksScreen")
    assert records(db, "votes") == []


def test_language_chosen_on_attract_and_home_lasts_the_visit(qtbot, kiosk: KioskUi) -> None:
    tap(qtbot, kiosk, "lang_en")
    assert kiosk.flow.property("lang") == "en"
    tap(qtbot, kiosk, "startArea")
    assert kiosk.innovations.rows()[0]["title"] == "Road and River Care Movement"
    start_and_open(qtbot, kiosk, ROAD)
    assert item(kiosk, "detailTitle").property("text") == "Road and River Care Movement"
    assert not is_shown(kiosk, "lang_id")  # chosen at the start or at home, not mid-story
    tap(qtbot, kiosk, "homeButton")
    tap(qtbot, kiosk, "lang_id")
    start_and_open(qtbot, kiosk, ROAD)
    assert item(kiosk, "detailTitle").property("text") == "Gerakan Rawat Jalan dan Sungai"
    tap(qtbot, kiosk, "mapButton")
    assert screen(kiosk) == "map"
    assert is_shown(kiosk, "festivalMap")
    tap(qtbot, kiosk, "finishButton")
    qtbot.waitUntil(lambda: screen(kiosk) == "attract", timeout=3000)
    # The next visitor starts in Indonesian.
    assert kiosk.flow.property("lang") == "id"


def test_a_finger_works_like_a_mouse(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    """Real touch events (as the kiosk's touchscreen sends them) start a visit and open a page."""
    from PySide6.QtTest import QTest

    from kiosk.ui.testing import process_events, wait_for_taps
    from tests.ui.conftest import centre_of

    finger = QTest.createTouchDevice()

    def touch(name: str) -> None:
        wait_for_taps(kiosk)
        point = centre_of(item(kiosk, name))
        QTest.touchEvent(kiosk.window, finger).press(0, point, kiosk.window).commit()
        QTest.touchEvent(kiosk.window, finger).release(0, point, kiosk.window).commit()
        process_events(0.05)

    touch("startArea")
    assert screen(kiosk) == "home"
    touch(f"card_{ROAD}")
    assert screen(kiosk) == "detail"
    wait_vote_button(qtbot, kiosk)
    touch("voteButton")
    assert [v["innovation_slug"] for v in records(booth_db[0], "votes")] == [ROAD]


def test_after_goodbye_the_next_visitor_starts_in_indonesian(qtbot, kiosk: KioskUi) -> None:
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, "lang_en")
    tap(qtbot, kiosk, "finishButton")
    assert screen(kiosk) == "goodbye"
    assert not is_shown(kiosk, "lang_id")  # nothing to choose on the way out
    assert kiosk.flow.property("lang") == "en"
    qtbot.waitUntil(lambda: screen(kiosk) == "attract", timeout=3000)
    assert kiosk.flow.property("lang") == "id"


def test_start_not_stored_calls_staff_then_tries_again(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    db = booth_db[0]
    db.execute("PRAGMA query_only = ON")  # every write fails, as on a full disk
    tap(qtbot, kiosk, "startArea")
    assert screen(kiosk) == "staffCall"
    db.execute("PRAGMA query_only = OFF")  # staff free some space; nobody touches the kiosk
    qtbot.waitUntil(lambda: screen(kiosk) == "attract", timeout=4000)
    tap(qtbot, kiosk, "startArea")
    assert screen(kiosk) == "home"


def test_a_crash_sends_the_visitor_back_to_the_attract_loop_via_the_event_loop(
    kiosk: KioskUi,
) -> None:
    relay = CrashRelay(kiosk.flow)  # what `kiosk run` gives the crash hook
    kiosk.flow.start()
    relay("a bug on the GUI thread")  # as the excepthook calls it, inside the failing code
    assert screen(kiosk) == "home"  # not from in there: a failing handler would recurse
    process_events(0.05)
    assert screen(kiosk) == "attract"
    kiosk.flow.start()
    worker = threading.Thread(target=relay, args=("a bug on a worker thread",))
    worker.start()
    worker.join()
    process_events(0.05)
    assert screen(kiosk) == "attract"


def test_the_next_visitor_sees_the_cards_one_place_further(
    qtbot, kiosk: KioskUi, booth_db: tuple[BoothDatabase, Path]
) -> None:
    """The first card draws more votes: each visit starts one card further along."""

    def first_card() -> str:
        places = {}
        for slug in (ROAD, REPORT):
            card = item(kiosk, f"card_{slug}")
            corner = card.mapToScene(card.boundingRect().topLeft())
            places[slug] = (round(corner.y()), round(corner.x()))
        return min(places, key=lambda s: places[s])

    firsts = []
    for _ in range(3):
        tap(qtbot, kiosk, "startArea")
        assert screen(kiosk) == "home"
        process_events(0.05)
        firsts.append(first_card())
        tap(qtbot, kiosk, "finishButton")
        kiosk.flow.returnToAttract()
    assert firsts == [ROAD, REPORT, ROAD]
    orders = [
        json.loads(r[0])["order"]
        for r in booth_db[0].execute(
            "SELECT data FROM visitor_records WHERE kind = 'session_start' ORDER BY seq"
        )
    ]
    assert [o[0] for o in orders] == firsts
