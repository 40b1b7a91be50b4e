"""`kiosk doctor` on a good booth set-up and on broken ones: each problem named with its fix."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.ops.check import FAIL, OK, WARN, Check
from kiosk.ops.commands import doctor as doctor_command
from kiosk.ops.doctor import Machine, report, run_checks
from kiosk.ops.filechecks import MB, DiskUsage
from kiosk.ops.qtchecks import ProbeResult, run_qt_probe
from kiosk.ops.speech import ProbeAnswer, SpeechStatus, check_speech
from kiosk.simulate import simulate
from tests.helpers import make_booth_db, own_runtime_dir

GOOD_PROBES = {
    "platform": ProbeResult({"platform": "xcb", "screen": [1920, 1080]}),
    "keyboard": ProbeResult({"loaded": True, "errors": []}),
    "opengl": ProbeResult({"renderer": "Mesa Intel(R) UHD Graphics 620 (KBL GT2)"}),
}


@pytest.fixture
def booth(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "booth.sqlite"
    db = make_booth_db(path)
    simulate(db, "DPUPR", sessions=5, seed=1)
    db.close()
    return path


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kiosk.pack.demo import write_demo_pack

    return write_demo_pack(tmp_path_factory.mktemp("pack") / "demo")


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {c.name: c for c in checks}


def fake_machine(**overrides: object) -> Machine:
    """Everything good (a real 1080p X display), except what the test overrides."""
    probes = dict(GOOD_PROBES)

    def qt_probe(what: str, env: Mapping[str, str]) -> ProbeResult:
        return probes[what]

    settings: dict[str, object] = {
        "env": {"DISPLAY": ":0"},
        "platform": "linux",
        "qt_probe": qt_probe,
        "missing_libraries": lambda env, platform: [],
        "system_fonts": lambda platform: True,
        "software_opengl": lambda env, platform: "",  # a GPU, as on a booth PC with a driver
        "speech": lambda env: check_speech([], ProbeAnswer(SpeechStatus("", "speechd", ("id",)))),
    }
    settings.update(overrides)
    return Machine(**settings)  # type: ignore[arg-type]


@pytest.fixture
def no_audio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No audio server, as in CI: read-aloud is a warning (and its speech-dispatcher ours)."""
    with own_runtime_dir(tmp_path, monkeypatch) as run:
        yield run


@pytest.mark.ui  # runs the real Qt probe in a child process
def test_good_setup_passes_every_check_for_real(
    booth: Path, good_pack: Path, no_audio: Path
) -> None:
    # The real machine: offscreen Qt (tests/conftest.py), real probes, real disk and clock.
    checks = run_checks(booth, good_pack)
    assert [c.name for c in checks] == [
        "Qt platform",
        "system libraries",
        "fonts",
        "virtual keyboard",
        "screen size",
        "renderer",
        "session",
        "read-aloud",
        "disk space",
        "database",
        "video clips",
        "leftover copies",
        "festival pack",
        "clock",
    ]
    found = by_name(checks)
    assert found["read-aloud"].level == WARN  # no audio server for this test
    assert [c for c in checks if c.level != OK and c.name != "read-aloud"] == []
    assert "'offscreen' loads" in found["Qt platform"].message
    assert found["screen size"].message == "no screen attached, skipped"
    assert "quick_check ok" in found["database"].message
    assert report(checks).endswith("Siap / Ready: nothing stops the kiosk.")


@pytest.mark.ui  # runs the real Qt probe in a child process
def test_good_setup_command_exits_zero(booth: Path, good_pack: Path, no_audio: Path) -> None:
    result = CliRunner().invoke(
        doctor_command, ["--db", str(booth), "--pack", str(good_pack)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("\nOK ") + result.output.startswith("OK ") == 13
    assert "\nPERINGATAN/WARNING read-aloud: not offered to visitors: " in result.output


def test_broken_setup_names_every_problem(tmp_path: Path) -> None:
    db_path = tmp_path / "db" / "booth.sqlite"
    db_path.parent.mkdir()
    db_path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.json").write_text('{"format": "gerai-pack", "format_version": 1}')
    machine = fake_machine(
        disk_usage=lambda path: DiskUsage(100_000 * MB, 99_900 * MB, 100 * MB),
        now=lambda: datetime(2020, 1, 1, tzinfo=UTC),
    )
    found = by_name(run_checks(db_path, pack, machine))
    assert found["disk space"].level == FAIL and "100 MB free" in found["disk space"].message
    assert found["database"].level == FAIL
    assert "damaged or not a database" in found["database"].message
    assert "replaced" in found["database"].message  # says what the kiosk will do about it
    assert found["festival pack"].level == FAIL
    assert "problem(s)" in found["festival pack"].message
    assert f"kiosk pack validate {pack}" in found["festival pack"].message
    assert found["clock"].level == FAIL and "2020-01-01" in found["clock"].message
    assert [c.name for c in found.values() if c.level == FAIL] == [
        "disk space",
        "database",
        "festival pack",
        "clock",
    ]


@pytest.mark.ui  # runs the real Qt probe in a child process
def test_broken_setup_command_exits_one(tmp_path: Path, no_audio: Path) -> None:
    db_path = tmp_path / "booth.sqlite"
    db_path.write_bytes(b"not a database at all" * 100)
    result = CliRunner().invoke(doctor_command, ["--db", str(db_path)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "GAGAL/FAIL         database:" in result.output
    assert "1 problem(s) to fix" in result.output


def test_clock_that_went_backwards(booth: Path) -> None:
    last = sqlite3.connect(booth).execute("SELECT max(recorded_at) FROM visitor_records")
    last_time = datetime.fromisoformat(last.fetchone()[0].replace("Z", "+00:00"))
    machine = fake_machine(now=lambda: last_time - timedelta(hours=3))
    clock = by_name(run_checks(booth, None, machine))["clock"]
    assert clock.level == FAIL and "went backwards" in clock.message
    slack = fake_machine(now=lambda: last_time - timedelta(minutes=4))
    assert by_name(run_checks(booth, None, slack))["clock"].level == OK


def test_low_disk_is_a_warning_first(booth: Path) -> None:
    machine = fake_machine(disk_usage=lambda path: DiskUsage(0, 0, 600 * MB))
    assert by_name(run_checks(booth, None, machine))["disk space"].level == WARN


def test_missing_database_will_be_created(tmp_path: Path) -> None:
    check = by_name(run_checks(tmp_path / "db" / "booth.sqlite", None, fake_machine()))
    assert check["database"].level == OK
    assert "will be created at first start" in check["database"].message


def test_foreign_and_newer_databases(tmp_path: Path, booth: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    check = by_name(run_checks(foreign, None, fake_machine()))["database"]
    assert check.level == FAIL and "not a Gerai booth database" in check.message
    conn = sqlite3.connect(booth)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    check = by_name(run_checks(booth, None, fake_machine()))["database"]
    assert check.level == FAIL and "newer Gerai" in check.message and "git pull" in check.message


def test_tampered_chain_is_a_failure(booth: Path) -> None:
    conn = sqlite3.connect(booth)
    conn.execute("DROP TRIGGER visitor_records_no_update")
    conn.execute("UPDATE visitor_records SET data = '{}' WHERE seq = 3")
    conn.commit()
    conn.close()
    check = by_name(run_checks(booth, None, fake_machine()))["database"]
    assert check.level == FAIL and "chain broken at sequence 3" in check.message


def test_demo_pack_beside_the_database_is_checked(booth: Path) -> None:
    demo = booth.parent / "demo-pack"
    demo.mkdir()
    (demo / "pack.json").write_text("{")
    check = by_name(run_checks(booth, None, fake_machine()))["festival pack"]
    assert check.level == FAIL and str(demo) in check.message


def test_qt_problems_are_named_with_their_fix(booth: Path) -> None:
    broken = {
        "platform": ProbeResult(
            error='Could not load the Qt platform plugin "xcb" in "" even though it was found.',
            stderr="qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed",
        ),
        "keyboard": ProbeResult(
            {"loaded": False, "errors": ['module "QtQuick.VirtualKeyboard" is not installed']}
        ),
        "opengl": ProbeResult(error="Could not initialize GLX"),
    }
    machine = fake_machine(
        qt_probe=lambda what, env: broken[what],
        missing_libraries=lambda env, platform: ["libpulse0"],
        system_fonts=lambda platform: False,
        fonts_dir=booth.parent / "no-fonts",
    )
    found = by_name(run_checks(booth, None, machine))
    assert "sudo apt-get install -y libxcb-cursor0" in found["Qt platform"].message
    assert "sudo apt-get install -y libpulse0" in found["system libraries"].message
    assert "libpulse0" in found["virtual keyboard"].message
    assert "fonts-dejavu-core" in found["fonts"].message
    assert found["screen size"].message == "no screen attached, skipped"
    assert all(found[n].level == FAIL for n in ("Qt platform", "virtual keyboard", "fonts"))


def test_no_display_and_small_screen(booth: Path) -> None:
    headless = by_name(run_checks(booth, None, fake_machine(env={})))
    assert headless["Qt platform"].level == FAIL
    assert "QT_QPA_PLATFORM=offscreen" in headless["Qt platform"].message
    assert headless["virtual keyboard"].level == OK  # still checked, offscreen
    small = dict(GOOD_PROBES, platform=ProbeResult({"platform": "xcb", "screen": [1024, 768]}))
    machine = fake_machine(qt_probe=lambda what, env: small[what])
    screen = by_name(run_checks(booth, None, machine))["screen size"]
    assert screen.level == WARN and "1024x768" in screen.message
    portrait = dict(GOOD_PROBES, platform=ProbeResult({"platform": "xcb", "screen": [1080, 1920]}))
    machine = fake_machine(qt_probe=lambda what, env: portrait[what])
    assert by_name(run_checks(booth, None, machine))["screen size"].level == OK


def test_a_qt_abort_does_not_take_doctor_down() -> None:
    result = run_qt_probe("platform", dict(os.environ, QT_QPA_PLATFORM="no-such-platform"))
    assert result.error and not result.data
    assert "no-such-platform" in result.error + result.stderr
