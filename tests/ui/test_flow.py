"""The visitor flow and its models without any window: rules come from the Booth."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.festival import VotingRules
from kiosk.storage.database import BoothDatabase
from kiosk.ui.feedback import FeedbackForm
from kiosk.ui.flow import VisitorFlow
from kiosk.ui.images import PhotoFiles
from kiosk.ui.models import AgencyModel, InnovationModel, TagModel
from kiosk.ui.wiring import photo_urls_for
from tests.helpers import make_booth_db, small_festival

pytestmark = pytest.mark.ui

RULES = VotingRules(
    min_dwell_seconds=5, max_votes_per_session=1, cooldown_seconds=8, idle_seconds=45,
    idle_warning_seconds=15,
)  # fmt: skip
ROAD, REPORT = "gerakan-rawat-jalan", "lapor-jalan-rusak"


class Parts:
    def __init__(self, db: BoothDatabase, tmp: Path) -> None:
        self.db = db
        self.clock = ManualClock(datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
        self.booth = Booth(db, "DPUPR", self.clock)
        self.innovations = InnovationModel(
            lambda: self.booth.innovations,
            photo_urls_for(self.booth, PhotoFiles(db, tmp)),
        )
        self.agencies = AgencyModel(self.booth.festival.agencies, "DPUPR", {"DPUPR": 2})
        self.form = FeedbackForm()
        self.langs: list[str] = []
        self.flow = VisitorFlow(
            self.booth, self.innovations, self.agencies, self.form, self.langs.append
        )

    def prop(self, name: str) -> object:
        return self.flow.property(name)

    def count(self, view: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {view}").fetchone()[0])


@pytest.fixture
def parts(tmp_path: Path, qapp: object) -> Iterator[Parts]:
    db = make_booth_db(tmp_path / "booth.sqlite", small_festival(rules=RULES))
    yield Parts(db, tmp_path)
    db.close()


def test_models_show_this_booths_innovations_in_the_current_language(parts: Parts) -> None:
    rows = parts.innovations.rows()
    assert [r["slug"] for r in rows] == [ROAD, REPORT]
    assert rows[0]["title"] == "Gerakan Rawat Jalan dan Sungai"
    assert rows[0]["photos"][0].startswith("file://")
    assert rows[1]["photos"] == [] and rows[1]["cover"] == ""
    parts.flow.setLang("en")
    assert parts.innovations.rows()[0]["title"] == "Road and River Care Movement"
    assert parts.langs == ["en"]
    assert parts.innovations.rowCount() == 2


def test_agency_model_marks_this_booth(parts: Parts) -> None:
    here = [r for r in parts.agencies.rows() if r["isHere"]]
    assert [r["code"] for r in here] == ["DPUPR"]
    assert {r["booth"] for r in parts.agencies.rows()} == {"A1", "A2"}


def test_vote_button_only_after_dwell_then_one_vote_per_innovation(parts: Parts) -> None:
    flow = parts.flow
    flow.start()
    assert parts.prop("screen") == "home"
    flow.openInnovation(ROAD)
    assert parts.prop("voteState") == "hidden"
    flow.vote()  # a tap before the dwell (e.g. from stale QML) is refused by the Booth
    assert parts.prop("refusal") == "dwell"
    parts.clock.advance(5)
    flow.tick()
    assert parts.prop("voteState") == "ready"
    flow.vote()
    assert parts.prop("screen") == "voteThanks"
    assert parts.count("votes") == 1
    assert parts.prop("votesLeft") == 0
    flow.openInnovation(ROAD)
    parts.clock.advance(10)
    flow.tick()
    assert parts.prop("voteState") == "voted"
    flow.vote()
    assert parts.count("votes") == 1
    flow.openInnovation(REPORT)
    parts.clock.advance(10)
    flow.tick()
    assert parts.prop("voteState") == "limit"


def test_cooldown_shows_after_the_dwell_only(parts: Parts, tmp_path: Path) -> None:
    rules = VotingRules(min_dwell_seconds=5, cooldown_seconds=20)
    db = make_booth_db(tmp_path / "other.sqlite", small_festival(rules=rules))
    p = Parts(db, tmp_path)
    p.flow.start()
    p.flow.openInnovation(ROAD)
    p.clock.advance(5)
    p.flow.tick()
    p.flow.vote()
    p.flow.openInnovation(REPORT)
    p.flow.tick()
    assert p.prop("voteState") == "hidden"
    p.clock.advance(5)
    p.flow.tick()
    assert p.prop("voteState") == "cooldown"
    assert p.prop("voteWaitSeconds") == 15
    p.flow.vote()
    assert p.prop("refusal") == "cooldown"
    assert p.count("votes") == 1
    db.close()


def test_idle_warning_then_end_clears_the_form_and_language(parts: Parts) -> None:
    flow = parts.flow
    flow.start()
    flow.setLang("en")
    flow.openFeedback(ROAD)
    parts.form.setComment("private words")
    parts.clock.advance(44)
    flow.tick()
    assert parts.prop("idleWarning") is False
    parts.clock.advance(2)
    flow.tick()
    assert parts.prop("idleWarning") is True
    assert parts.prop("idleSecondsLeft") == 14
    flow.keepGoing()
    assert parts.prop("idleWarning") is False
    parts.clock.advance(60)
    flow.tick()
    assert parts.prop("screen") == "attract"
    assert parts.prop("lang") == "id"
    assert parts.form.property("comment") == ""
    reasons = [r[0] for r in parts.db.execute("SELECT end_reason FROM sessions")]
    assert reasons == ["idle"]


def test_finish_records_the_reason_and_returns_to_attract(parts: Parts) -> None:
    parts.flow.start()
    parts.flow.finish()
    assert parts.prop("screen") == "goodbye"
    parts.flow.returnToAttract()
    assert parts.prop("screen") == "attract"
    assert [r[0] for r in parts.db.execute("SELECT end_reason FROM sessions")] == ["finished"]


def test_shutdown_ends_an_open_visit(parts: Parts) -> None:
    parts.flow.start()
    parts.flow.shutdown()
    assert [r[0] for r in parts.db.execute("SELECT end_reason FROM sessions")] == ["shutdown"]


def test_feedback_is_sent_with_consented_contact_only(parts: Parts) -> None:
    flow, form = parts.flow, parts.form
    flow.start()
    flow.openFeedback(REPORT)
    assert form.property("innovationTitle") == "Lapor Jalan Rusak"
    assert form.property("canSend") is False
    flow.sendFeedback()  # empty: nothing recorded
    assert parts.count("feedback") == 0
    form.setRating(2)
    form.toggleTag("needs_work")
    form.setConsent(True)
    form.setContact("0812 000")
    form.setConsent(False)  # withdrawn: the contact goes with it
    assert form.property("contact") == ""
    flow.sendFeedback()
    assert parts.prop("screen") == "feedbackThanks"
    row = parts.db.execute("SELECT rating, tags, contact, innovation_slug FROM feedback").fetchone()
    assert row == (2, '["needs_work"]', "", REPORT)


def test_record_not_stored_shows_staff_call(parts: Parts) -> None:
    parts.flow.start()
    parts.flow.openInnovation(ROAD)
    parts.clock.advance(6)
    parts.db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON visitor_records"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    parts.flow.vote()
    assert parts.prop("screen") == "staffCall"
    assert parts.count("votes") == 0


def test_start_not_stored_shows_staff_call(parts: Parts) -> None:
    parts.db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON visitor_records"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    parts.flow.start()
    assert parts.prop("screen") == "staffCall"


def test_tag_model_toggles_and_clears(ui_language: Callable[[str], object]) -> None:
    ui_language("en")
    tags = TagModel("en")
    tags.toggle("clear")
    tags.toggle("useful")
    tags.toggle("nonsense")
    assert tags.selected == ("useful", "clear")
    assert [r["label"] for r in tags.rows() if r["selected"]] == ["Useful", "Easy to understand"]
    tags.toggle("clear")
    assert tags.selected == ("useful",)
    tags.clear()
    assert tags.selected == ()


def test_feedback_form_limits_and_steps(qapp: object) -> None:
    form = FeedbackForm()
    form.previousStep()
    assert form.property("step") == 1
    form.nextStep()  # no face chosen: the faces stay
    assert form.property("step") == 1 and not form.property("canNext")
    form.setRating(3)
    assert form.property("canNext")
    for _ in range(5):
        form.nextStep()
    assert form.property("step") == 3
    form.setComment("x" * 900)
    assert len(form.property("comment")) == 500
    form.setRating(9)
    assert form.property("rating") == 0
    form.setRating(3)
    assert [r["value"] for r in form.property("ratings")] == [1, 2, 3, 4]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920), (3840, 2160)])
def test_theme_keeps_text_and_targets_large_enough(parts: Parts, size: tuple[int, int]) -> None:
    from kiosk.ui.theme import Theme

    theme = Theme(parts.booth, "Inter", has_logo=False)
    theme.setSize(*size)
    assert theme.property("body") >= 28 and theme.property("small") >= 28
    assert theme.property("touch") >= 64  # about 15 mm at 1080p on 21.5"
    assert theme.property("qrSize") >= 300  # the code itself stays above 240 px
    assert theme.property("portrait") is (size[1] > size[0])
