"""Staff mode inside the real kiosk window (`build_ui`, as `kiosk run` shows it), and
`kiosk run`'s crash recovery in real processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from kiosk.booth import Booth
from kiosk.ops.recovery import CRASH_EVENT, MARKER_NAME
from kiosk.setup import open_or_replace
from kiosk.staff.dashboard import attention_text, compute_dashboard
from kiosk.storage.content import photo_ids, replace_content, set_booth_agency
from kiosk.storage.database import BoothDatabase, connect
from kiosk.storage.journal import replacement_notice
from kiosk.ui import lifecycle, wiring
from kiosk.ui.staff.standalone import StaffUi
from kiosk.ui.testing import (
    find_item,
    process_events,
    visual_items,
    wait_for_taps,
    wait_until_started,
)
from kiosk.ui.wiring import KioskUi, build_ui
from tests.helpers import jpeg, small_festival
from tests.ui.conftest import AGENCY, QtMessages, records
from tests.ui.conftest import tap as visitor_tap
from tests.ui.staff.conftest import PIN, shown, sign_in, tap, type_pin

pytestmark = pytest.mark.ui

SLUG = "lapor-jalan-rusak"


def open_kiosk(booth: Booth, path: Path, **kw: object) -> KioskUi:
    ui = build_ui(booth, path, size=(1280, 800), tick_ms=50, goodbye_seconds=0.5, **kw)  # type: ignore[arg-type]
    ui.window.requestActivate()
    wait_until_started(ui.window)
    process_events(0.2)
    return ui


@pytest.fixture
def first_start(
    qt_messages: QtMessages, booth: Booth, booth_db: tuple[BoothDatabase, Path]
) -> Iterator[KioskUi]:
    """The kiosk window as `kiosk run` opens it on a booth with no PIN yet."""
    ui = open_kiosk(booth, booth_db[1], staff_setup=True)
    yield ui
    ui.close()


@pytest.fixture
def kiosk_ui(
    qt_messages: QtMessages, booth: Booth, booth_db: tuple[BoothDatabase, Path]
) -> Iterator[KioskUi]:
    """The kiosk window as `kiosk run` opens it on a booth already set up (DPUPR, PIN)."""
    db = booth_db[0]
    set_booth_agency(db, AGENCY, editor="test")
    from kiosk.staff.pin import StaffPin

    StaffPin(db).set_first_pin(PIN)
    ui = open_kiosk(booth, booth_db[1], staff_setup=True)
    yield ui
    ui.close()


def as_staff(ui: KioskUi) -> StaffUi:
    """The staff helpers (tap, type_pin...) work on the kiosk window too."""
    return StaffUi(ui.engine, ui.window, ui.staff, ui.theme, None)  # type: ignore[arg-type]


def hold_logo(ui: KioskUi, seconds: float) -> None:
    wait_for_taps(ui)
    gesture = find_item(ui, "staffGesture")
    corner = gesture.mapToScene(gesture.boundingRect().center()).toPoint()
    QTest.mousePress(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    process_events(seconds)
    QTest.mouseRelease(ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    process_events(0.1)


def staff_open(ui: KioskUi) -> bool:
    return bool(find_item(ui, "staffLoader").property("active"))


def test_first_start_without_a_pin_opens_staff_set_up(first_start: KioskUi) -> None:
    assert staff_open(first_start)
    assert shown(as_staff(first_start), "setupPage")
    assert first_start.flow.property("screen") == "attract"


def test_holding_the_logo_opens_the_pin_pad_and_ends_the_visit(
    kiosk_ui: KioskUi, booth_db: tuple[BoothDatabase, Path], qtbot: object
) -> None:
    ui, db = kiosk_ui, booth_db[0]
    assert not staff_open(ui)
    ui.booth.idle_seconds = 20  # the test rules' 1 s would end the visit during the hold
    visitor_tap(qtbot, ui, "startArea")
    assert ui.flow.property("inSession")
    hold_logo(ui, 0.5)  # a short press does nothing
    assert not staff_open(ui)
    hold_logo(ui, 3.3)
    staff = as_staff(ui)
    assert staff_open(ui) and shown(staff, "pinPage")
    assert [r["end_reason"] for r in records(db, "sessions")] == ["staff"]
    assert not ui.flow.property("inSession") and not ui.flow.property("idleWarning")
    type_pin(staff, "1111")
    assert ui.staff.property("stage") == "pin"
    sign_in(staff)
    assert shown(staff, "dashboardPage")
    ui.booth.idle_seconds = None
    process_events(2.5)  # past the test rules' idle time: no warning over staff mode
    assert not ui.flow.property("idleWarning")
    tap(staff, "closeStaff")
    assert not staff_open(ui) and ui.flow.property("screen") == "attract"
    visitor_tap(qtbot, ui, "startArea")
    assert ui.flow.property("inSession")


def test_a_title_edited_in_staff_mode_shows_on_the_visitor_detail_screen(
    kiosk_ui: KioskUi, qtbot: object
) -> None:
    ui = kiosk_ui
    ui.flow.enterStaffMode()
    find_item(ui, "staffLoader").setProperty("active", True)
    process_events(0.2)
    staff = as_staff(ui)
    sign_in(staff)
    editor = ui.staff.property("editor")
    editor.select(SLUG)
    current = editor.property("current")
    texts = current["texts"]
    assert editor.saveTexts(
        "id", "Lapor Jalan Berlubang", texts["summary_id"], texts["story_id"], current["url"]
    )
    tap(staff, "closeStaff")
    visitor_tap(qtbot, ui, "startArea")
    visitor_tap(qtbot, ui, f"card_{SLUG}")
    titles = [
        i.property("text")
        for i in visual_items(ui.window.contentItem())
        if i.objectName() == "detailTitle" and i.isVisible()
    ]
    assert titles == ["Lapor Jalan Berlubang"]


def test_a_replaced_photo_gets_a_new_url_on_the_visitor_side(
    kiosk_ui: KioskUi, booth_db: tuple[BoothDatabase, Path], tmp_path: Path
) -> None:
    ui, db = kiosk_ui, booth_db[0]
    ui.flow.enterStaffMode()
    find_item(ui, "staffLoader").setProperty("active", True)
    process_events(0.2)
    sign_in(as_staff(ui))
    editor = ui.staff.property("editor")
    editor.select(SLUG)
    first, second = tmp_path / "depan.jpg", tmp_path / "samping.jpg"
    first.write_bytes(jpeg(1200, 900, "#aa3344"))
    second.write_bytes(jpeg(1200, 900, "#228844"))
    assert editor.addPhoto(str(first))
    before = (ui.innovations.find(SLUG) or {})["photos"]
    assert len(before) == 1
    assert editor.replacePhoto(photo_ids(db, SLUG)[0], str(second))
    after = (ui.innovations.find(SLUG) or {})["photos"]
    assert len(after) == 1 and after != before
    assert Path(QUrl(after[0]).toLocalFile()).exists()


def test_closing_the_window_is_refused_in_kiosk_mode_until_staff_chose_exit(
    kiosk_ui: KioskUi, monkeypatch: pytest.MonkeyPatch
) -> None:
    ui = kiosk_ui
    quits: list[bool] = []
    monkeypatch.setattr(wiring.QGuiApplication, "quit", lambda: quits.append(True))
    ui.window.setProperty("kioskMode", True)
    ui.window.close()
    process_events(0.1)
    assert ui.window.isVisible()
    ui.flow.enterStaffMode()
    find_item(ui, "staffLoader").setProperty("active", True)
    process_events(0.2)
    sign_in(as_staff(ui))
    assert ui.staff.exitToDesktop(PIN)
    assert ui.staff.property("exitAllowed")
    ui.window.close()
    process_events(0.1)
    assert not ui.window.isVisible()


def test_restart_and_a_new_agency_restart_the_kiosk(
    qt_messages: QtMessages, booth: Booth, booth_db: tuple[BoothDatabase, Path]
) -> None:
    db = booth_db[0]
    set_booth_agency(db, AGENCY, editor="test")
    restarts: list[bool] = []
    ui = open_kiosk(booth, booth_db[1], on_restart=lambda: restarts.append(True))
    try:
        ui.staff.pin.set_first_pin(PIN)
        assert ui.staff.enterPin(PIN)
        ui.staff.restart()
        assert restarts == [True]
        ui.staff.agencyChosen.emit("DINKES")
        assert restarts == [True, True]
    finally:
        ui.close()
    command = lifecycle.restart_command()
    assert command[:3] == [sys.executable, "-m", "kiosk"]


def test_staff_settings_reach_the_visitor_flow(kiosk_ui: KioskUi) -> None:
    ui = kiosk_ui
    ui.flow.enterStaffMode()
    find_item(ui, "staffLoader").setProperty("active", True)
    process_events(0.2)
    staff_ui = as_staff(ui)
    sign_in(staff_ui)
    settings = ui.staff.property("settings")
    from kiosk.staff.settings import idle_bounds, set_idle_seconds, set_language

    tap(staff_ui, "nav_settings")
    tap(staff_ui, "defaultLangBms")  # the staff's setting offers all three visitor languages
    assert ui.flow.property("lang") == "bms"
    set_language(ui.booth.db, "en")
    low, _high = idle_bounds(ui.booth.db)
    set_idle_seconds(ui.booth.db, low)
    ui.staff.settingsChanged.emit()
    assert settings is not None
    assert ui.flow.property("lang") == "en"
    assert ui.booth.rules.idle_seconds == low


# --- `kiosk run` in real processes ------------------------------------------------------
def kiosk_run(db_path: Path, output: Path, windowed: bool = True) -> subprocess.Popen[bytes]:
    """`kiosk run` in a process of its own, headless, its output in the file `output`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    mode = ["--windowed"] if windowed else []  # without: fullscreen kiosk mode
    with output.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--db", str(db_path), *mode],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def stop_with_sigterm(process: subprocess.Popen[bytes]) -> int:
    """SIGTERM (as systemd's stop sends), 10 s to exit, then killed; its exit code."""
    time.sleep(0.5)
    try:
        process.send_signal(signal.SIGTERM)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
    return int(process.returncode)


def wait_for(check: object, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_kiosk_run_records_a_killed_run_and_a_sigterm_exits_cleanly(
    booth_db: tuple[BoothDatabase, Path],
) -> None:
    db, path = booth_db
    set_booth_agency(db, AGENCY, editor="test")
    db.close()
    marker = path.parent / MARKER_NAME
    first = kiosk_run(path, path.parent / "first.log")
    try:
        started = wait_for(marker.exists, 20)
        assert started, (path.parent / "first.log").read_text(errors="replace")
        time.sleep(0.5)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(5)
    assert marker.exists()
    second = kiosk_run(path, path.parent / "second.log")
    try:
        check = connect(path)
        try:
            assert wait_for(
                lambda: (
                    check.execute(
                        "SELECT count(*) FROM staff_events WHERE event = ?", [CRASH_EVENT]
                    ).fetchone()[0]
                    == 1
                ),
                12,
            ), "the second run did not record the crash"
        finally:
            check.close()
    finally:
        returncode = stop_with_sigterm(second)
    out = (path.parent / "second.log").read_text(errors="replace")
    assert returncode == 0, out
    assert not marker.exists(), out
    check = connect(path)
    try:  # staff see it on the dashboard
        stats = compute_dashboard(check, path, AGENCY)
        assert attention_text(stats).startswith("Perhatian: aplikasi sempat berhenti")
    finally:
        check.close()


def test_sigterm_stops_the_fullscreen_kiosk_whose_window_refuses_to_close(
    booth_db: tuple[BoothDatabase, Path],
) -> None:
    """What systemd's stop and a shutdown send. In kiosk mode the window refuses a close
    (visitors cannot quit it), which used to make the kiosk ignore SIGTERM too."""
    db, path = booth_db
    set_booth_agency(db, AGENCY, editor="test")
    db.close()
    marker = path.parent / MARKER_NAME
    log = path.parent / "fullscreen.log"
    kiosk = kiosk_run(path, log, windowed=False)
    try:
        assert wait_for(marker.exists, 20), log.read_text(errors="replace")
    finally:
        returncode = stop_with_sigterm(kiosk)
    assert returncode == 0, log.read_text(errors="replace")
    assert not marker.exists()


def test_staff_mode_shows_why_the_kiosk_called_staff(kiosk_ui: KioskUi, qtbot: object) -> None:
    """A vote the file refused: the visitor is sent to call staff, and staff (who can still
    sign in) read the cause on the banner and the health tile, then see it has passed."""
    ui = kiosk_ui
    ui.booth.idle_seconds = 20  # the test rules' 1 s would end the visit meanwhile
    visitor_tap(qtbot, ui, "startArea")
    ui.booth.db.execute("PRAGMA query_only = ON")  # from here the file takes no writes
    ui.flow.openInnovation(SLUG)
    process_events(0.45)  # past the test rules' dwell
    ui.flow.vote()
    assert ui.flow.property("screen") == "staffCall"
    hold_logo(ui, 3.3)
    staff = as_staff(ui)
    type_pin(staff, "1111")  # a wrong PIN still counts, in memory
    assert ui.staff.property("attemptsLeft") == 4
    sign_in(staff)  # the right one opens, though the sign-in cannot be journaled
    cause = "GAGAL disimpan sejak"
    assert cause in ui.staff.property("message") and ui.staff.property("messageIsError")
    assert "hanya-baca" in ui.staff.property("message")
    health = find_item(ui, "tileHealth")
    assert "gagal simpan sejak" in health.property("note")
    assert health.property("warn") and health.property("value") == "Bermasalah"
    ui.booth.db.execute("PRAGMA query_only = OFF")  # staff freed the disk
    tap(staff, "closeStaff")  # the journal line is not needed to leave either
    assert not staff_open(ui)
    process_events(0.1)
    visitor_tap(qtbot, ui, "startArea")  # the next visitor is recorded again
    ui.flow.enterStaffMode()
    find_item(ui, "staffLoader").setProperty("active", True)
    process_events(0.2)
    sign_in(staff)
    assert find_item(ui, "tileHealth").property("note").endswith("sudah pulih")
    assert not ui.staff.property("messageIsError")


def test_a_kiosk_started_beside_an_unusable_file_tells_staff_at_set_up(
    qt_messages: QtMessages, tmp_path: Path
) -> None:
    path = tmp_path / "booth.sqlite"
    other = sqlite3.connect(path)  # another program's database where the booth file was
    other.execute("CREATE TABLE notes (t TEXT)")
    other.commit()
    other.close()
    db, used = open_or_replace(path)
    replace_content(db, small_festival(), [], None, "f" * 64)
    ui = open_kiosk(Booth(db, AGENCY), used, staff_setup=True)
    try:
        staff = as_staff(ui)
        assert staff_open(ui) and shown(staff, "setupPage")  # the new file has no PIN yet
        assert shown(staff, "staffBanner") and ui.staff.property("messageIsError")
        message = ui.staff.property("message")
        assert "tidak dapat dipakai" in message and "serahkan ke panitia" in message
        assert path.name in message and used.name in message  # which file, and the new one
        tap(staff, f"agency_{AGENCY}")
        tap(staff, "setupNext")
        type_pin(staff, PIN)
        type_pin(staff, PIN)
        assert ui.staff.property("stage") == "open"
        assert replacement_notice(db) == ""  # told once: signed in on the new file
        assert "berkas database diganti" in find_item(ui, "tileHealth").property("note")
    finally:
        ui.close()
        db.close()
