"""The desk's controller QML sees as `Desk`: the board, hand-overs, live results, publishing.

Everything slow (copying a stick, reading a receipt photo, the merge, the
report) runs on one worker thread (`_Worker` on a `QThread`), one job after
another; the window only reads the festival file between jobs (the board and
the ranking, a few small queries). Each job goes through the same library
functions as the commands: `kiosk.results.desk.handover.merge_handover` is
`kiosk merge`, `load_figures` is what `kiosk results` prints,
`write_report` is `kiosk report`.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from kiosk.domain.text import escape_controls
from kiosk.results.analysis.anomalies import FLAG_NAMES
from kiosk.results.analysis.figures import FestivalFigures, load_figures
from kiosk.results.desk.board import read_board
from kiosk.results.desk.handover import (
    DeskFolder,
    HandoverError,
    files_of_kiosk,
    merge_handover,
)
from kiosk.results.errors import ResultsError
from kiosk.results.merge.festival_file import read_festival_file
from kiosk.results.merge.kiosk_files import MergeReport
from kiosk.results.merge.statuses import CLEAN, NO_RECEIPT
from kiosk.results.merge.truth import OrganizersPack
from kiosk.results.receipt_sources import PHOTO_SUFFIXES
from kiosk.staff.usb import removable_folders
from kiosk.storage.errors import disk_problem
from kiosk.storage.receipt import Receipt, ReceiptError
from kiosk.ui.desk.style import DeskStyle as DeskStyle  # registers it for QML
from kiosk.ui.i18n import Translations
from kiosk.ui.qmlmodule import qml_singleton

log = logging.getLogger(__name__)

POLL_MS = 2000  # how often the desk looks for a new stick and new receipt photos
REPORT_FOLDER = "laporan"
BIG_SCREEN_TOP = 10
WORKER_NICE = 10  # the worker thread's niceness: the window's thread goes first

Progress = Callable[[str, int, int], None]


@dataclass
class Outcome:
    """What one job did, for the window: `problem` is a kind the QML words, `detail` the
    library's own sentence (English), `files` one dict per booth file merged."""

    kind: str  # handover | receipt | photos | publish
    ok: bool = True
    problem: str = ""  # no_files | copy_stopped | not_a_folder | receipt | photo | merge | disk
    detail: str = ""
    # waiting (a receipt for a file not in yet) | checked (a receipt met its files) |
    # no_receipt (files merged, their closing receipt not given yet)
    note: str = ""
    source: str = ""  # the stick, photo or folder the job was about
    files: list[dict[str, Any]] = field(default_factory=list)
    written: Path | None = None
    snapshot: Snapshot | None = None  # the board and ranking after the job


@dataclass
class Snapshot:
    """What the window shows, read from the festival file: plain lists and dicts."""

    board: list[dict[str, Any]]
    ranking: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


class _Worker(QObject):
    """Runs the desk's jobs on its own thread; tells progress and the outcome back."""

    progressed = Signal(str, int, int)
    done = Signal(object)

    def __init__(self, snapshot: Callable[[], Snapshot | None]) -> None:
        super().__init__()
        self.snapshot = snapshot

    @Slot(object)
    def run(self, job: Callable[[Progress], Outcome]) -> None:
        _yield_to_window()
        try:
            outcome = job(self.progressed.emit)
        except Exception as exc:  # a job's bug must not end the desk: shown, logged
            log.error("desk job failed:\n%s", traceback.format_exc())
            outcome = Outcome("error", ok=False, problem="bug", detail=str(exc))
        try:  # the board and ranking after the job, read here: the window never waits
            outcome.snapshot = self.snapshot()
        except Exception:
            log.error("desk snapshot failed:\n%s", traceback.format_exc())
        self.done.emit(outcome)


@qml_singleton("Desk")
class DeskController(QObject):
    boardChanged = Signal()
    resultsChanged = Signal()
    busyChanged = Signal()
    progressChanged = Signal()
    outcomeChanged = Signal()
    sticksChanged = Signal()
    langChanged = Signal()
    stickArrived = Signal(str)  # a stick plugged in since the last look: the window shows it
    _submit = Signal(object)

    def __init__(
        self,
        festival_file: Path,
        pack: Path,
        truth: OrganizersPack,
        desk: DeskFolder,
        translations: Translations,
        *,
        media_roots: list[Path] | None = None,
        photo_folder: Path | None = None,
        open_reports: bool = True,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__()
        self.festival_file = festival_file
        self.pack = pack
        self.truth = truth
        self.desk = desk
        self.translations = translations
        self.media_roots = media_roots
        self.photo_folder = photo_folder
        self.open_reports = open_reports
        self._lang = "id"
        self._board: list[dict[str, Any]] = []
        self._ranking: list[dict[str, Any]] = []
        self._summary: dict[str, Any] = {}
        self._busy = False
        self._queue: list[Callable[[Progress], Outcome]] = []
        self._step = ""
        self._done = 0
        self._total = 0
        self._outcome: dict[str, Any] = {}
        self._sticks: list[str] = []
        self._looked = False  # sticks there at start did not "arrive"
        self._photos_seen: set[tuple[str, int, int]] = set()
        self._thread = QThread()
        self._thread.setObjectName("desk-worker")
        self._worker = _Worker(self._snapshot)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.done.connect(self._finished)
        self._thread.start()
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.lookAround)
        self._poll.start()
        self.refresh()
        self.lookAround()

    # --- what QML reads -----------------------------------------------------------------

    lang = Property(str, lambda self: self._lang, notify=langChanged)
    booths = Property(list, lambda self: self._board, notify=boardChanged)
    ranking = Property(list, lambda self: self._ranking, notify=resultsChanged)
    bigScreen = Property(list, lambda self: self._ranking[:BIG_SCREEN_TOP], notify=resultsChanged)
    summary = Property(dict, lambda self: self._summary, notify=resultsChanged)
    busy = Property(bool, lambda self: self._busy, notify=busyChanged)
    step = Property(str, lambda self: self._step, notify=progressChanged)
    progress = Property(
        float,
        lambda self: self._done / self._total if self._total else 0.0,
        notify=progressChanged,
    )
    queued = Property(int, lambda self: len(self._queue), notify=busyChanged)
    outcome = Property(dict, lambda self: self._outcome, notify=outcomeChanged)
    sticks = Property(list, lambda self: self._sticks, notify=sticksChanged)
    festivalName = Property(
        str, lambda self: str(self.truth.rows.festival.get("name_id", "")), constant=True
    )
    festivalNameEn = Property(
        str, lambda self: str(self.truth.rows.festival.get("name_en", "")), constant=True
    )
    deskFolder = Property(str, lambda self: str(self.desk.root), constant=True)
    photoFolder = Property(str, lambda self: str(self.photo_folder or ""), constant=True)

    @Property(int, notify=boardChanged)
    def boothCount(self) -> int:
        return sum(1 for b in self._board if b["code"] in self._codes())

    @Property(dict, notify=boardChanged)
    def counts(self) -> dict[str, int]:
        counted: dict[str, int] = {"waiting": 0, "file_in": 0, "receipted": 0, "problem": 0}
        for b in self._board:
            counted[b["state"]] += 1
        return counted

    # --- what QML does --------------------------------------------------------------------

    @Slot(str)
    def setLang(self, lang: str) -> None:
        if lang not in ("id", "en") or lang == self._lang:
            return
        self._lang = lang
        self.translations.use(lang)
        self.langChanged.emit()

    @Slot(str)
    def handOver(self, folder: str) -> None:
        """Take in the booth files in `folder` (a stick or any folder), then merge them."""
        path = _local_path(folder)
        if not path:
            self._tell(Outcome("handover", ok=False, problem="not_a_folder", source=folder))
            return
        self._enqueue(lambda told: self._handover(Path(path), told))

    @Slot(str, result=bool)
    def addReceiptText(self, text: str) -> bool:
        """A receipt typed or scanned (a QR scanner types it): kept, then checked."""
        try:
            receipt = self.desk.add_receipt_text(text)
        except ReceiptError as exc:
            self._tell(Outcome("receipt", ok=False, problem="receipt", detail=str(exc)))
            return False
        except OSError as exc:
            self._tell(Outcome("receipt", ok=False, problem="disk", detail=_disk(exc)))
            return False
        self._enqueue(lambda told: self._checked(self._recheck("receipt", [receipt], "", told)))
        return True

    @Slot(str)
    def addReceiptPhoto(self, photo: str) -> None:
        """A photo of a receipt (its QR code), chosen by the organizer."""
        path = _local_path(photo)
        if not path:
            self._tell(Outcome("photos", ok=False, problem="photo", source=photo))
            return
        self._enqueue(lambda told: self._photos([Path(path)], told))

    @Slot()
    def publish(self) -> None:
        """Write the report folder (`kiosk report`), then open it."""
        self._enqueue(self._publish)

    @Slot()
    def refresh(self) -> None:
        """Read the board and the ranking again from the festival file (on this thread:
        at start; after a job the worker reads them, so the window never waits)."""
        self._show(self._snapshot())

    def _snapshot(self) -> Snapshot | None:
        """The board, ranking and totals as the festival file has them now (any thread)."""
        held, _ = self.desk.held_receipts()
        try:
            rows = read_board(
                self.festival_file,
                self.truth.rows.agencies,
                [f.receipt for f in held],
                str(self.truth.rows.festival.get("timezone") or "Asia/Jakarta"),
            )
            figures = self._figures()
        except ResultsError as exc:
            log.error("cannot read the festival file: %s", exc)
            return None
        snapshot = Snapshot([row.as_dict() for row in rows])
        if figures is not None:
            names = {str(a["code"]): str(a["short_name"]) for a in self.truth.rows.agencies}
            snapshot.ranking = [_ranked(r, names) for r in figures.ranking]
            snapshot.summary = {
                "validVotes": figures.valid_votes,
                "excludedVotes": figures.excluded_votes,
                "anomalies": len(figures.anomalies),
                "sensitivityId": figures.sensitivity.text_id,
                "sensitivityEn": figures.sensitivity.text_en,
                "tieRuleId": figures.tie_rule_id,
                "tieRuleEn": figures.tie_rule,
            }
        return snapshot

    def _show(self, snapshot: Snapshot | None) -> None:
        if snapshot is None:
            return
        self._board = snapshot.board
        self.boardChanged.emit()
        if snapshot.summary:
            self._ranking, self._summary = snapshot.ranking, snapshot.summary
            self.resultsChanged.emit()

    @Slot()
    def lookAround(self) -> None:
        """Sticks plugged in since the last look, and receipt photos the phone synced."""
        mounts_only = self.media_roots is None
        found = [str(p) for p in removable_folders(self.media_roots, mounts_only=mounts_only)]
        if found != self._sticks:
            arrived = [p for p in found if p not in self._sticks]
            self._sticks = found
            self.sticksChanged.emit()
            if arrived and self._looked:
                self.stickArrived.emit(arrived[0])
        self._looked = True
        if self.photo_folder is not None and self.photo_folder.is_dir():
            fresh = [p for p in sorted(self.photo_folder.iterdir()) if self._new_photo(p)]
            if fresh:
                self._enqueue(lambda told: self._photos(fresh, told, synced=True))

    def shutdown(self) -> None:
        self._poll.stop()
        self._thread.quit()
        self._thread.wait()

    # --- jobs (on the worker thread) ----------------------------------------------------

    def _handover(self, stick: Path, told: Progress) -> Outcome:
        told("copy", 0, 1)
        try:
            taken = self.desk.take_in(stick)
        except HandoverError as exc:
            problem = "no_files" if "no booth file" in str(exc) else "copy_stopped"
            if not stick.is_dir():
                problem = "not_a_folder"
            return Outcome(
                "handover", ok=False, problem=problem, detail=str(exc), source=str(stick)
            )
        return self._merge("handover", taken.files, str(stick), told)

    def _merge(self, kind: str, files: Sequence[Path], source: str, told: Progress) -> Outcome:
        try:
            report = merge_handover(self.festival_file, self.pack, self.desk, files, told)
        except ResultsError as exc:
            return Outcome(kind, ok=False, problem="merge", detail=str(exc), source=source)
        except OSError as exc:
            return Outcome(kind, ok=False, problem="disk", detail=_disk(exc), source=source)
        files_out = _file_lines(report)
        ok = all(f["clean"] for f in files_out)
        waiting = any(f["status"] == NO_RECEIPT for f in files_out)
        return Outcome(
            kind, ok=ok, source=source, files=files_out, note=NO_RECEIPT if waiting else ""
        )

    def _recheck(self, kind: str, receipts: list[Receipt], source: str, told: Progress) -> Outcome:
        """Merge the desk's copies of the receipts' kiosks again, now with the receipts."""
        files: list[Path] = []
        for receipt in receipts:
            files.extend(files_of_kiosk(self.festival_file, self.desk, receipt.kiosk_id))
        if not files:  # no file of that kiosk yet: the receipt waits for it
            return Outcome(kind, note="waiting", source=source)
        return self._merge(kind, sorted(set(files)), source, told)

    @staticmethod
    def _checked(outcome: Outcome) -> Outcome:
        if outcome.ok and outcome.note != "waiting":
            outcome.note = "checked"  # the receipt met its kiosk's files: the board says how
        return outcome

    def _photos(self, photos: list[Path], told: Progress, synced: bool = False) -> Outcome:
        receipts: list[Receipt] = []
        problems = []
        for n, photo in enumerate(photos):
            told(photo.name, n, len(photos) + 1)
            try:
                receipts.extend(self.desk.add_receipt_photo(photo))
            except HandoverError as exc:
                problems.append(str(exc))
        source = ", ".join(p.name for p in photos)
        if not receipts:
            return Outcome(
                "photos", ok=False, problem="photo", detail="; ".join(problems), source=source
            )
        outcome = self._checked(self._recheck("photos", receipts, source, told))
        if problems:
            outcome.ok, outcome.problem, outcome.detail = False, "photo", "; ".join(problems)
        return outcome

    def _publish(self, told: Progress) -> Outcome:
        from kiosk.results.report.write import write_report

        out = self.desk.root / REPORT_FOLDER
        try:
            write_report(self.festival_file, out, told)
        except ResultsError as exc:
            return Outcome("publish", ok=False, problem="merge", detail=str(exc))
        except OSError as exc:
            return Outcome("publish", ok=False, problem="disk", detail=_disk(exc))
        return Outcome("publish", written=out, source=str(out))

    # --- back on the window's thread ------------------------------------------------------

    def _enqueue(self, job: Callable[[Progress], Outcome]) -> None:
        if self._busy:
            self._queue.append(job)
            self.busyChanged.emit()
            return
        self._start(job)

    def _start(self, job: Callable[[Progress], Outcome]) -> None:
        self._busy = True
        self._step, self._done, self._total = "", 0, 0
        self.busyChanged.emit()
        self.progressChanged.emit()
        self._submit.emit(job)

    def _progressed(self, step: str, done: int, total: int) -> None:
        self._step, self._done, self._total = step, done, total
        self.progressChanged.emit()

    def _finished(self, outcome: Outcome) -> None:
        self._tell(outcome)
        self._show(outcome.snapshot)
        if outcome.kind == "publish" and outcome.ok and outcome.written and self.open_reports:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(outcome.written)))
        if self._queue:
            self._start(self._queue.pop(0))
        else:
            self._busy = False
            self.busyChanged.emit()

    def _tell(self, outcome: Outcome) -> None:
        self._outcome = {
            "kind": outcome.kind,
            "ok": outcome.ok,
            "problem": outcome.problem,
            "detail": outcome.detail,
            "note": outcome.note,
            "source": outcome.source,
            "files": outcome.files,
            "written": str(outcome.written or ""),
        }
        self.outcomeChanged.emit()

    def _figures(self) -> FestivalFigures | None:
        if not self.festival_file.exists() or self.festival_file.stat().st_size == 0:
            return None
        try:
            with closing(read_festival_file(self.festival_file)) as conn:
                return load_figures(conn)
        except ResultsError as exc:
            log.error("cannot read the results: %s", exc)
            return None

    def _codes(self) -> set[str]:
        return {str(a["code"]) for a in self.truth.rows.agencies}

    def _new_photo(self, path: Path) -> bool:
        if path.name.startswith(".") or path.suffix.lower() not in PHOTO_SUFFIXES:
            return False
        try:
            stat = path.stat()
        except OSError:
            return False
        key = (path.name, stat.st_size, stat.st_mtime_ns)
        if key in self._photos_seen:
            return False
        self._photos_seen.add(key)
        return not self.desk.has_photo(path)  # read at an earlier start of the desk


def _yield_to_window() -> None:
    """Lower this thread's priority (Linux: per thread; threads and processes it starts
    inherit it, the merge's verifying processes included): on a 2-core laptop the window's
    thread then gets a core whenever it needs one, and the merge takes the rest."""
    if not hasattr(os, "setpriority"):
        return
    try:
        tid = threading.get_native_id()
        if os.getpriority(os.PRIO_PROCESS, tid) < WORKER_NICE:
            os.setpriority(os.PRIO_PROCESS, tid, WORKER_NICE)
    except OSError:  # not allowed here: the work still runs, only less politely
        pass


def _ranked(row: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """A ranking row for QML, its flags in words (Indonesian and English)."""
    flags = [f.split(":") for f in str(row["flags"] or "").split(", ") if f]
    words = [(FLAG_NAMES.get(name, (name, name)), n) for name, n in flags]
    return {
        "rank": row["rank"],
        "slug": row["innovation_slug"],
        "title": row["title"],
        "agency": row["agency_code"] or "?",
        "agencyName": names.get(row["agency_code"] or "", row["agency_code"] or "?"),
        "votes": row["valid_votes"],
        "per100": "–"
        if row["votes_per_100_sessions"] is None
        else f"{row['votes_per_100_sessions']:.1f}",
        "flagged": row["flagged_votes"],
        "flagsId": "; ".join(f"{w[0]} ({n})" for w, n in words),
        "flagsEn": "; ".join(f"{w[1]} ({n})" for w, n in words),
        "rankWithoutFlagged": row["rank_without_flagged"],
    }


def _file_lines(report: MergeReport) -> list[dict[str, Any]]:
    return [
        {
            "name": escape_controls(Path(s.path).name),
            "agency": escape_controls(s.agency_code or ""),
            "status": s.status,
            "detail": escape_controls(s.detail),
            "records": s.records_added,
            "clean": s.status in CLEAN or s.status == NO_RECEIPT,  # a receipt may follow
        }
        for s in report.sources
    ]


def _local_path(text: str) -> str:
    """A folder or file the window gave: a path, or a file:// URL from a dialog."""
    text = text.strip()
    if text.startswith("file:"):
        text = QUrl(text).toLocalFile()
    return text if text and Path(text).exists() else ""


def _disk(exc: OSError) -> str:
    return disk_problem(exc) or str(exc)
