"""The visitor's journey through the screens, driven by what the Booth allows.

QML shows `screen` and calls the slots; every rule (dwell, one vote per
innovation, the session limit, cooldown, idle) is decided by `Booth` and only
reflected here. A record that cannot be committed is never acknowledged: the
visitor sees the staff-call screen instead of thanks.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.booth import Booth
from kiosk.domain.feedback import FeedbackError
from kiosk.domain.session import EndReason, IdleState, Refusal
from kiosk.domain.skm import SurveyError
from kiosk.staff.settings import KEYS, StaffSettings
from kiosk.storage.errors import RecordNotStored
from kiosk.storage.journal import get_setting
from kiosk.ui.feedback import FeedbackForm
from kiosk.ui.models import AgencyModel, InnovationModel
from kiosk.ui.qmlmodule import qml_singleton
from kiosk.ui.screens import SCREEN_FILES
from kiosk.ui.survey import SurveyForm

log = logging.getLogger(__name__)

DEFAULT_LANG = "id"
# UI languages, in the order the language picker shows them; "bms" is Basa Banyumasan
# (UI texts only: the pack's contents fall back to Indonesian).
UI_LANGS = ("id", "en", "bms")
# What the vote area of the detail page shows, from the Booth's decision.
VOTE_READY, VOTE_HIDDEN, VOTE_COOLDOWN, VOTE_DONE, VOTE_LIMIT, VOTE_CARD = (
    "ready",
    "hidden",
    "cooldown",
    "voted",
    "limit",
    "card",  # card mode: the vote waits for the visitor's ballot card
)
_VOTE_STATE = {
    Refusal.COOLDOWN: VOTE_COOLDOWN,
    Refusal.ALREADY_VOTED: VOTE_DONE,
    Refusal.LIMIT: VOTE_LIMIT,
}


@qml_singleton("VisitorFlow")
class VisitorFlow(QObject):
    screenChanged = Signal()
    langChanged = Signal()
    detailChanged = Signal()
    voteChanged = Signal()
    idleChanged = Signal()
    refusalChanged = Signal()
    cardChanged = Signal()
    leaveChanged = Signal()
    mapBoothChanged = Signal()
    sessionEnding = Signal()  # before the session's end is recorded (a clip's play goes first)

    def __init__(
        self,
        booth: Booth,
        innovations: InnovationModel,
        agencies: AgencyModel,
        form: FeedbackForm,
        on_lang: Callable[[str], None] | None = None,
        tick_ms: int = 100,
        goodbye_seconds: float = 6.0,
    ) -> None:
        super().__init__()
        self.booth = booth
        self.innovations = innovations
        self.agencies = agencies
        self.form = form
        self.survey = SurveyForm(booth.agency)  # the SKM questionnaire, if the agency runs it
        self._on_lang = on_lang
        self._screen = "attract"
        self._lang = DEFAULT_LANG
        self._start_lang = DEFAULT_LANG  # each visitor starts in it (staff setting)
        self._staff_open = False
        self._feedback_on_innovation = False
        self._slug = ""  # the innovation on the detail page
        self._voted_slug = ""  # the innovation just voted for
        self._vote_state = VOTE_HIDDEN
        self._vote_wait = 0
        self._idle_warning = False
        self._idle_left = 0
        self._refusal = ""
        self._card_asking = False  # card mode: the vote button was tapped, no card yet
        self._card_problem = ""  # why the last card shown was refused (Booth.check_card)
        self._card_serial = ""  # the card of the latest accepted vote
        self._card_left = 0  # its votes left at this kiosk after that vote
        self._leave = ""  # where the visitor asked to go from an unsent survey or feedback
        self._map_booth = ""  # the agency whose booth the visitor tapped on the map
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self.tick)
        self._goodbye = QTimer(self)
        self._goodbye.setSingleShot(True)
        self._goodbye.setInterval(int(goodbye_seconds * 1000))
        self._goodbye.timeout.connect(self.returnToAttract)
        self._recover = QTimer(self)
        self._recover.setSingleShot(True)
        self._recover.timeout.connect(self.returnToAttract)

    # --- state QML reads -------------------------------------------------
    def _detail(self) -> dict[str, Any]:
        return self.innovations.find(self._slug) or {}

    def _voted(self) -> dict[str, Any]:
        return self.innovations.find(self._voted_slug) or {}

    def _votes_left(self) -> int:
        session = self.booth.session
        return session.votes_left if session else self.booth.festival.voting.max_votes_per_session

    def _voted_slugs(self) -> list[str]:
        session = self.booth.session
        return list(session.votes) if session else []

    screen = Property(str, lambda self: self._screen, notify=screenChanged)
    screenFiles = Property(dict, lambda self: SCREEN_FILES, constant=True)  # Main.qml loads them
    lang = Property(str, lambda self: self._lang, notify=langChanged)
    detail = Property(dict, _detail, notify=detailChanged)
    votedInnovation = Property(dict, _voted, notify=voteChanged)
    voteState = Property(str, lambda self: self._vote_state, notify=voteChanged)
    voteWaitSeconds = Property(int, lambda self: self._vote_wait, notify=voteChanged)
    votesLeft = Property(int, _votes_left, notify=voteChanged)
    # The innovations this visitor voted for (the home cards mark them).
    votedSlugs = Property(list, _voted_slugs, notify=voteChanged)
    maxVotes = Property(
        int, lambda self: self.booth.festival.voting.max_votes_per_session, constant=True
    )
    idleWarning = Property(bool, lambda self: self._idle_warning, notify=idleChanged)
    idleSecondsLeft = Property(int, lambda self: self._idle_left, notify=idleChanged)
    refusal = Property(str, lambda self: self._refusal, notify=refusalChanged)
    inSession = Property(bool, lambda self: self.booth.session is not None, notify=screenChanged)
    surveyAvailable = Property(bool, lambda self: self.survey.available, constant=True)
    cardMode = Property(bool, lambda self: self.booth.card_mode, constant=True)
    cardProblem = Property(str, lambda self: self._card_problem, notify=cardChanged)
    cardSerial = Property(str, lambda self: self._card_serial, notify=cardChanged)
    cardVotesLeft = Property(int, lambda self: self._card_left, notify=cardChanged)
    feedbackOnInnovation = Property(
        bool, lambda self: self._feedback_on_innovation, notify=screenChanged
    )
    # "Your answers have not been sent. Leave?" is on screen.
    leaveAsked = Property(bool, lambda self: self._leave != "", notify=leaveChanged)
    # The booth tapped on the map: {code, name, booth, innovations (titles), ...}, or {}.
    mapBooth = Property(
        dict, lambda self: self.agencies.find(self._map_booth) or {}, notify=mapBoothChanged
    )

    # --- navigation --------------------------------------------------------
    def _go(self, screen: str) -> None:
        if screen not in SCREEN_FILES:
            raise ValueError(f"no screen '{screen}'")
        if self._screen == "detail" and screen != "detail" and self.booth.session is not None:
            self.booth.close_innovation()
        self._goodbye.stop()
        if screen != "staffCall":
            self._recover.stop()
        self._screen = screen
        self._set_refusal("")
        self._set_card_asking(False)
        self._set_leave("")
        self._set_map_booth("")
        if screen == "attract" and self._lang != self._start_lang:
            self.setLang(self._start_lang)  # the next visitor starts in the booth's language
        self.screenChanged.emit()
        self._refresh_vote()

    def _failed(self, exc: Exception) -> None:
        """A record was not stored: say nothing is wrong with the visitor, call staff.

        With a visit open, the idle rules end it and bring back the attract loop; with
        none (the session start itself failed) a timer of the same length does, so the
        kiosk tries again once staff have freed the disk.
        """
        log.error("visitor record not stored: %s", exc)
        self._go("staffCall")
        if self.booth.session is None:
            rules = self.booth.rules
            self._recover.start(int((rules.idle_seconds + rules.idle_warning_seconds) * 1000))

    def file_unsound(self, problem: str) -> None:
        """The check after the first frame found the booth file unsound: the log refuses
        every record from now on, so visitors are sent to staff at once (staff mode
        names the cause), and back to the attract loop after the idle time, as when a
        record was refused."""
        log.error("%s: calling staff", problem)
        if self._staff_open:
            return
        self._go("staffCall")
        if self.booth.session is None:
            rules = self.booth.rules
            self._recover.start(int((rules.idle_seconds + rules.idle_warning_seconds) * 1000))

    def show_staff_call(self) -> None:
        """The staff-call screen, for screenshots and staff drills."""
        self._go("staffCall")

    @Slot()
    def start(self) -> None:
        """The visitor touched the attract loop: a session begins."""
        if self._screen != "attract" or self._staff_open:
            return
        try:
            self.booth.start_session(self._lang)
        except RecordNotStored as exc:
            self._failed(exc)
            return
        self.innovations.refresh()  # this visit's order (see Booth.start_session)
        self._tick.start()
        self._go("home")
        self.voteChanged.emit()

    @Slot()
    def showHome(self) -> None:
        if self.booth.session is not None:
            self._go("home")

    @Slot()
    def showMap(self) -> None:
        if self.booth.session is not None:
            self._go("map")

    @Slot(str)
    def openBooth(self, code: str) -> None:
        """A booth tapped on the festival map: this booth's goes home; another's shows what
        it is (its agency, its number, the innovations the pack lists there, if any)."""
        if self._screen != "map":
            return
        row = self.agencies.find(code)
        if row is None:
            return
        if row["isHere"]:
            self.showHome()
        else:
            self._set_map_booth(code)

    @Slot()
    def closeBooth(self) -> None:
        self._set_map_booth("")

    def _set_map_booth(self, code: str) -> None:
        if code != self._map_booth:
            self._map_booth = code
            self.mapBoothChanged.emit()

    @Slot(str)
    def openInnovation(self, slug: str) -> None:
        if self.booth.session is None or self.innovations.find(slug) is None:
            return
        if self._screen == "detail":
            self.booth.close_innovation()
        self.booth.open_innovation(slug)
        self._slug = slug
        self.detailChanged.emit()
        self._screen = "detail"  # set directly: _go would close the page just opened
        self._goodbye.stop()
        self._set_refusal("")
        self._set_card_asking(False)
        self.screenChanged.emit()
        self._refresh_vote()

    @Slot()
    def vote(self) -> None:
        """Vote for the innovation on the detail page, if the Booth allows it now."""
        if self.booth.session is None or self._screen != "detail" or not self._slug:
            self._set_refusal(Refusal.NOT_VIEWING.value)
            return
        try:
            outcome = self.booth.cast_vote(self._slug)
        except RecordNotStored as exc:
            self._failed(exc)
            return
        if not outcome.accepted:
            refusal = outcome.decision.refusal
            if refusal is Refusal.NEEDS_CARD:
                self._set_card_asking(True)  # the vote area asks for the card
                return
            self._set_refusal(refusal.value if refusal else "")
            self._refresh_vote()
            return
        self._voted_slug = self._slug
        if outcome.record is not None and self.booth.card_mode:
            serial = str(json.loads(outcome.record.data).get("card", ""))
            self._card_serial, self._card_left = serial, self.booth.card_votes_left(serial)
            self.cardChanged.emit()
        self._go("voteThanks")

    # --- card mode -------------------------------------------------------------
    def wants_card_keys(self) -> bool:
        """Whether a scanner's keystrokes are for the vote area now (card mode, detail page)."""
        return (
            self.booth.card_mode and self.booth.session is not None and self._screen == ("detail")
        )

    @Slot(str)
    def cardScanned(self, text: str) -> None:
        """A card was read (keyboard scanner or camera) on the detail page: check it, and
        if it is good, cast the vote the visitor asked for (or is about to)."""
        if not self.wants_card_keys():
            return
        check = self.booth.present_card(text)
        if not check.accepted:
            self._card_problem = check.problem
            self.cardChanged.emit()
            self._set_card_asking(True)
            log.info("card refused: %s", check.problem)
            return
        self._card_problem = ""
        self.cardChanged.emit()
        if self._vote_state == VOTE_READY or self._card_asking:
            self.vote()

    @Slot()
    def cancelCard(self) -> None:
        """ "Batal" under the card prompt: back to the page, no vote."""
        self._set_card_asking(False)

    def _set_card_asking(self, asking: bool) -> None:
        changed = asking != self._card_asking or (not asking and self._card_problem)
        self._card_asking = asking
        if not asking:
            self._card_problem = ""
        if changed:
            self.cardChanged.emit()
            self._refresh_vote()

    @Slot(str)
    def openFeedback(self, slug: str) -> None:
        if self.booth.session is None:
            return
        row = self.innovations.find(slug) if slug else None
        self.form.begin(slug if row else "", row["title"] if row else "")
        self._go("feedback")

    @Slot()
    def sendFeedback(self) -> None:
        if self.booth.session is None or self.form.is_empty:
            return
        try:
            self.booth.submit_feedback(self.form.feedback())
        except FeedbackError as exc:
            log.warning("feedback refused: %s", exc)
            return
        except RecordNotStored as exc:
            self._failed(exc)
            return
        # The thanks offers the way back to the innovations only after feedback on one.
        self._feedback_on_innovation = bool(self.form.feedback().innovation_slug)
        self.form.clear()
        self._go("feedbackThanks")

    @Slot()
    def cancelFeedback(self) -> None:
        self.form.clear()
        self.showHome()

    @Slot()
    def openSurvey(self) -> None:
        """The SKM questionnaire, from its first step (only where the agency runs it)."""
        if self.booth.session is None or not self.survey.available:
            return
        self.survey.clear()
        self._go("survey")

    @Slot()
    def sendSurvey(self) -> None:
        """Store the questionnaire; thanks only once it is committed."""
        if self.booth.session is None or self._screen != "survey":
            return
        try:
            self.booth.submit_survey(self.survey.response())
        except SurveyError as exc:
            log.warning("survey refused: %s", exc)
            return
        except RecordNotStored as exc:
            self.survey.clear()
            self._failed(exc)
            return
        self.survey.clear()
        self._go("surveyThanks")

    @Slot()
    def cancelSurvey(self) -> None:
        self.survey.clear()
        self.showHome()

    # --- leaving a half-filled survey or feedback ------------------------------
    LEAVE_TARGETS = ("home", "map", "cancel", "finish")

    def _unsent(self) -> bool:
        """The visitor is on the survey or feedback and has entered something not yet sent."""
        if self._screen == "survey":
            return self.survey.started
        return self._screen == "feedback" and not self.form.is_empty

    @Slot(str)
    def leave(self, target: str) -> None:
        """Beranda ("home"), Peta festival ("map"), Batal ("cancel") or Selesai ("finish"):
        asks once when answers would be thrown away, else goes at once."""
        if target not in self.LEAVE_TARGETS:
            raise ValueError(f"no way to leave to '{target}'")
        if self._unsent():
            self.activity()
            self._set_leave(target)
        else:
            self._leave_to(target)

    @Slot()
    def confirmLeave(self) -> None:
        """ "Ya, tinggalkan": what was entered is forgotten, the visitor goes where asked."""
        target = self._leave
        self._set_leave("")
        if target:
            self._leave_to(target)

    @Slot()
    def stayHere(self) -> None:
        """ "Lanjutkan mengisi": back to the answers, as they were."""
        self._set_leave("")

    @Slot()
    def back(self) -> None:
        """Escape: one step back (a survey or feedback step, or a screen to home)."""
        if self._leave:
            self.stayHere()
        elif self._map_booth:
            self.closeBooth()
        elif self._screen == "survey" and self.survey.property("canBack"):
            self.survey.back()
        elif self._screen == "feedback" and self.form.property("step") > 1:
            self.form.previousStep()
        elif self._screen in ("survey", "feedback"):
            self.leave("home")
        elif self._screen != "home":
            self.showHome()

    def _leave_to(self, target: str) -> None:
        if target == "cancel" and self._screen == "survey":
            self.cancelSurvey()
        elif target == "cancel":
            self.cancelFeedback()
        elif target == "home":
            self.survey.clear()
            self.form.clear()
            self.showHome()
        elif target == "map":
            self.survey.clear()
            self.form.clear()
            self.showMap()
        else:
            self.finish()

    def _set_leave(self, target: str) -> None:
        if target != self._leave:
            self._leave = target
            self.leaveChanged.emit()

    @Slot()
    def finish(self) -> None:
        """The visitor tapped "Selesai"."""
        if self.booth.session is None:
            return
        self._end(EndReason.FINISHED)
        self._go("goodbye")
        self._goodbye.start()

    @Slot()
    def returnToAttract(self) -> None:
        if self.booth.session is not None:
            self._end(EndReason.FINISHED)
        self._go("attract")

    @Slot()
    def keepGoing(self) -> None:
        """ "Lanjutkan" on the idle warning."""
        self.activity()
        self.tick()

    @Slot()
    def activity(self) -> None:
        """Any touch on the screen: the idle countdown starts again."""
        self.booth.touch()

    @Slot(str)
    def setLang(self, lang: str) -> None:
        if lang not in UI_LANGS or lang == self._lang:
            return
        self._lang = lang
        # The translator first: the models below translate their fixed texts through it.
        if self._on_lang is not None:
            self._on_lang(lang)
        self.innovations.set_lang(lang)
        self.agencies.set_lang(lang)
        self.mapBoothChanged.emit()  # its titles in the new language
        row = self.innovations.find(self.form.feedback().innovation_slug or "")
        self.form.set_lang(lang, row["title"] if row else None)
        self.survey.set_lang(lang)
        self.langChanged.emit()
        self.detailChanged.emit()
        self.voteChanged.emit()

    # --- staff mode and settings ----------------------------------------------
    def apply_settings(self, settings: StaffSettings, lang: str | None = None) -> None:
        """Use the staff's settings: the visitors' starting language and the idle time.

        The idle time applies only if staff stored one (otherwise the pack's rule
        stands) and from the next visitor on. `lang`, if given, is the language
        to show now (`kiosk run --lang`); else the starting language is shown
        when no visit is open.
        """
        self._start_lang = settings.language
        if get_setting(self.booth.db, KEYS["idle_seconds"]) is not None:
            self.booth.idle_seconds = float(settings.idle_seconds)
        if lang is not None:
            self.setLang(lang)
        elif self.booth.session is None:
            self.setLang(settings.language)

    def reload_content(self) -> None:
        """Staff changed content: re-read it, so the visitor screens show the change."""
        self.booth.reload_content()
        self.innovations.refresh()
        self.detailChanged.emit()
        self.voteChanged.emit()

    @property
    def staff_open(self) -> bool:
        return self._staff_open

    @Slot()
    def enterStaffMode(self) -> None:
        """Staff mode opens over the visitor screens: the open visit ends, idle stops."""
        self._staff_open = True
        if self.booth.session is not None:
            self._end(EndReason.STAFF)
        self._tick.stop()
        self._goodbye.stop()
        self._go("attract")

    @Slot()
    def leaveStaffMode(self) -> None:
        """Back to the visitors, on the attract loop."""
        self._staff_open = False
        self._go("attract")

    def shutdown(self) -> None:
        """The kiosk is closing: end an open visit, recording why."""
        if self.booth.session is not None:
            self._end(EndReason.SHUTDOWN)
        self.stop()

    def stop(self) -> None:
        """Stop the timers (the window is closing)."""
        self._tick.stop()
        self._goodbye.stop()
        self._recover.stop()

    # --- time ----------------------------------------------------------------
    @Slot()
    def tick(self) -> None:
        """Every tick: the idle warning and end, and whether the vote button may show."""
        session = self.booth.session
        if session is None:
            self._tick.stop()
            self._set_idle(False, 0)
            return
        state = self.booth.idle_state()
        if state is IdleState.EXPIRED:
            self._end(EndReason.IDLE)
            self._go("attract")
            return
        rules = session.rules
        left = rules.idle_seconds + rules.idle_warning_seconds
        left -= self.booth.now() - session.last_activity
        self._set_idle(state is IdleState.WARNING, math.ceil(max(0.0, left)))
        self._refresh_vote()

    def _end(self, reason: EndReason) -> None:
        """End the session, recording why, and forget everything half-entered."""
        self._tick.stop()
        self.sessionEnding.emit()
        try:
            self.booth.end_session(reason)
        except RecordNotStored as exc:
            log.error("session end not stored: %s", exc)
        self.form.clear()
        self.survey.clear()
        self._slug = self._voted_slug = ""
        self._card_asking, self._card_problem, self._card_serial = False, "", ""
        self.cardChanged.emit()
        self._set_idle(False, 0)
        self.detailChanged.emit()
        self.voteChanged.emit()

    def _set_idle(self, warning: bool, left: int) -> None:
        if (warning, left) != (self._idle_warning, self._idle_left):
            self._idle_warning, self._idle_left = warning, left
            self.idleChanged.emit()

    def _set_refusal(self, refusal: str) -> None:
        if refusal != self._refusal:
            self._refusal = refusal
            self.refusalChanged.emit()

    def _refresh_vote(self) -> None:
        state, wait = VOTE_HIDDEN, 0
        if self.booth.session is not None and self._screen == "detail" and self._slug:
            decision = self.booth.vote_decision(self._slug)
            session = self.booth.session
            dwelt = session.current_dwell(self.booth.now()) >= session.rules.min_dwell_seconds
            if decision.allowed:
                state = VOTE_READY
            elif decision.refusal is Refusal.COOLDOWN and not dwelt:
                state = VOTE_HIDDEN  # the button appears only after the dwell, cooldown or not
            elif decision.refusal is not None:
                state = _VOTE_STATE.get(decision.refusal, VOTE_HIDDEN)
                wait = math.ceil(decision.wait_seconds)
            if self._card_asking and state in (VOTE_READY, VOTE_COOLDOWN):
                state, wait = VOTE_CARD, 0  # the card may be shown while the cooldown runs
        if (state, wait) != (self._vote_state, self._vote_wait):
            self._vote_state, self._vote_wait = state, wait
            self.voteChanged.emit()
