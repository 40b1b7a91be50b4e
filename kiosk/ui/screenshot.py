"""Render any visitor screen headless, in a given state, to a PNG.

Works on a throwaway copy of the booth database with a manual clock, so a
screenshot never adds visitor records to the real file and never waits for a
real dwell or idle time.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.storage.database import open_booth_database
from kiosk.ui.paths import SCREENSHOT_SCREENS
from kiosk.ui.testing import find_item, process_events, settle, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui

SCREENS = SCREENSHOT_SCREENS


def stage_screen(ui: KioskUi, clock: ManualClock, screen: str, slug: str, lang: str) -> None:
    """Bring the window to `screen`, filled in the way a visitor would have (any screen first)."""
    flow, rules = ui.flow, ui.booth.festival.voting

    def detail() -> None:
        flow.start()
        flow.openInnovation(slug)
        clock.advance(rules.min_dwell_seconds + 0.1)
        flow.tick()

    def feedback(step: int) -> Callable[[], None]:
        def go() -> None:
            flow.start()
            flow.openFeedback(slug)
            if step >= 2:
                ui.form.setRating(4)
                ui.form.nextStep()
                ui.form.toggleTag("useful")
                ui.form.toggleTag("want_to_use")
            if step >= 3:
                ui.form.nextStep()
                ui.form.setComment(
                    "Sangat membantu warga. Semoga bisa dipakai di desa kami juga."
                    if lang == "id"
                    else "Very helpful for residents. I hope our village can use it too."
                )
                settle(ui, 0.2, 2)
                find_item(ui, "commentField").forceActiveFocus()

        return go

    def vote_thanks() -> None:
        detail()
        flow.vote()

    def home_voted() -> None:
        vote_thanks()
        flow.showHome()

    def feedback_thanks() -> None:
        flow.start()
        flow.openFeedback(slug)
        ui.form.setRating(4)
        flow.sendFeedback()

    def idle() -> None:
        flow.start()
        clock.advance(rules.idle_seconds + 1)
        flow.tick()

    def show_map() -> None:
        flow.start()
        flow.showMap()

    def map_booth() -> None:
        """The map with another booth tapped: the first with innovations, else the first."""
        show_map()
        others = [r for r in ui.agencies.rows() if not r["isHere"]]
        if not others:
            raise ValueError("the festival has no other booth")
        flow.openBooth(next((r for r in others if r["innovations"]), others[0])["code"])

    def goodbye() -> None:
        flow.start()
        flow.finish()

    def staff_call() -> None:
        flow.start()
        flow.show_staff_call()

    def survey(kind: str) -> Callable[[], None]:
        """The SKM survey at the step `kind`, filled in as a visitor would have."""

        def go() -> None:
            flow.start()
            flow.openSurvey()
            form = flow.survey
            services = ui.booth.agency.survey_services
            if not services:
                raise ValueError(f"agency {ui.booth.agency.code} does not run the survey")
            form.choose(services[0].code)
            if kind == "service":
                return
            form.next()
            # U5, the regulation's longest question, shows that it wraps.
            for score in (4, 3, 3, 4):
                form.choose(str(score))
                form.next()
            form.choose("3")
            if kind == "element":
                return
            for _ in range(5):
                form.skip()
            form.setDemographic("sex", "P")
            form.setDemographic("age_group", "30-39")
            if kind == "demographics":
                return
            form.next()
            form.setSuggestion(
                "Antrean sudah cepat, tambah kursi di ruang tunggu."
                if lang == "id"
                else "The queue is quick; please add seats in the waiting room."
            )
            if kind == "thanks":
                flow.sendSurvey()
            else:
                settle(ui, 0.2, 2)
                find_item(ui, "surveySuggestionField").forceActiveFocus()  # with the keyboard

        return go

    stages: dict[str, Callable[[], None]] = {
        "attract": lambda: None,
        "home": flow.start,
        "home-voted": home_voted,
        "detail": detail,
        "vote-thanks": vote_thanks,
        "feedback": feedback(1),
        "feedback-tags": feedback(2),
        "feedback-comment": feedback(3),
        "feedback-thanks": feedback_thanks,
        "idle-warning": idle,
        "map": show_map,
        "map-booth": map_booth,
        "goodbye": goodbye,
        "staff-call": staff_call,
        "survey-service": survey("service"),
        "survey-element": survey("element"),
        "survey-demographics": survey("demographics"),
        "survey-suggestion": survey("suggestion"),
        "survey-thanks": survey("thanks"),
    }
    stages[screen]()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live booth file (WAL included) via SQLite's backup API."""
    src = sqlite3.connect(f"file:{source.resolve()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def render_screen(
    db_path: Path,
    agency_code: str,
    screen: str,
    out: Path,
    *,
    innovation: str | None = None,
    lang: str = "id",
    size: tuple[int, int] = (1920, 1080),
    large_text: bool = False,
    high_contrast: bool = False,
) -> Path:
    """Render `screen` of the booth in `db_path` to the PNG `out`; returns `out`."""
    if screen not in SCREENS:
        raise ValueError(f"unknown screen '{screen}': choose from {', '.join(SCREENS)}")
    workdir = Path(tempfile.mkdtemp(prefix="gerai-screenshot-"))
    copy = workdir / "booth.sqlite"
    copy_database(db_path, copy)
    db = open_booth_database(copy)
    ui: KioskUi | None = None
    try:
        clock = ManualClock(datetime.now(UTC))
        booth = Booth(db, agency_code, clock)
        slugs = [i.slug for i in booth.innovations]
        if not slugs:
            raise ValueError(f"agency {agency_code} has no innovations to show")
        slug = innovation or slugs[0]
        if slug not in slugs:
            raise ValueError(f"no innovation '{slug}' at booth {agency_code}")
        ui = build_ui(booth, copy, lang=lang, size=size)
        wait_until_started(ui.window)
        ui.theme.a11y.setLargeText(large_text)
        ui.theme.a11y.setHighContrast(high_contrast)
        settle(ui, 0.3)
        stage_screen(ui, clock, screen, slug, lang)
        settle(ui)
        image = ui.window.grabWindow()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise OSError(f"could not write {out}")
        return out
    finally:
        if ui is not None:
            ui.close()
            process_events(0.05)
        db.close()
        shutil.rmtree(workdir, ignore_errors=True)
