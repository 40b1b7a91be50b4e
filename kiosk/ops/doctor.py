"""`kiosk doctor`: every check a booth PC needs, in one list, each with the fix in plain words.

`run_checks` takes a `Machine` so tests can inject what they cannot arrange
for real (a full disk, a wrong clock); the defaults read the real machine.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kiosk import paths
from kiosk.ops import filechecks, qtchecks, renderer, speech
from kiosk.ops.check import FAIL, Check
from kiosk.ops.filechecks import DiskUsage
from kiosk.ops.qtchecks import ProbeResult
from kiosk.ops.session import check_session


def _disk_usage(path: Path) -> DiskUsage:
    return DiskUsage(*shutil.disk_usage(path))


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Machine:
    """Where doctor looks: the real machine unless a test says otherwise."""

    env: Mapping[str, str] = field(default_factory=qtchecks.current_env)
    platform: str = sys.platform
    now: Callable[[], datetime] = _now
    disk_usage: Callable[[Path], DiskUsage] = _disk_usage
    qt_probe: Callable[[str, Mapping[str, str]], ProbeResult] = qtchecks.run_qt_probe
    missing_libraries: Callable[[Mapping[str, str], str], list[str]] = qtchecks.missing_libraries
    system_fonts: Callable[[str], bool] = qtchecks.system_fonts_present
    software_opengl: Callable[[Mapping[str, str], str], str] = renderer.software_opengl
    fonts_dir: Path = field(default_factory=paths.fonts_dir)
    speech: Callable[[Mapping[str, str]], Check] = speech.speech_checks


def run_checks(
    db_path: Path, pack_path: Path | None = None, machine: Machine | None = None
) -> list[Check]:
    """Check Qt, libraries, fonts, keyboard, screen, read-aloud, disk, database, pack, clock."""
    machine = machine or Machine()
    return [*qt_checks(machine), *file_checks(db_path, pack_path, machine)]


def qt_checks(machine: Machine) -> list[Check]:
    """Platform plugin, system libraries, fonts, virtual keyboard, screen size, renderer,
    session, and whether read-aloud would be heard (a warning at most)."""
    env = machine.env
    display = qtchecks.has_display(env, machine.platform)
    platform = machine.qt_probe("platform", env) if display else None
    keyboard = machine.qt_probe("keyboard", qtchecks.keyboard_env(env))
    missing = machine.missing_libraries(env, machine.platform)
    headless = env.get("QT_QPA_PLATFORM") in renderer.HEADLESS_PLATFORMS
    opengl = machine.qt_probe("opengl", env) if display and not headless else None
    return [
        qtchecks.check_platform(env, platform),
        qtchecks.check_libraries(missing, machine.platform),
        qtchecks.check_fonts(machine.fonts_dir, machine.system_fonts(machine.platform)),
        qtchecks.check_keyboard(keyboard),
        qtchecks.check_screen(platform),
        qtchecks.check_renderer(env, machine.software_opengl(env, machine.platform), opengl),
        check_session(env, machine.platform),
        machine.speech(env),
    ]


def file_checks(db_path: Path, pack_path: Path | None, machine: Machine) -> list[Check]:
    """Disk space, database health, leftover partial copies, pack validity, clock sanity."""
    state = filechecks.read_database(db_path)
    return [
        filechecks.check_disk(db_path.parent, machine.disk_usage),
        filechecks.check_database(db_path, state),
        filechecks.check_clips(state),
        filechecks.check_leftovers(db_path.parent, state.copy_folders),
        filechecks.check_pack(pack_path or default_pack(db_path)),
        filechecks.check_clock(machine.now(), state.last_written),
    ]


def default_pack(db_path: Path) -> Path | None:
    """The demo pack the kiosk generated beside the database, if there is one."""
    candidate = db_path.parent / paths.demo_pack_dir().name
    return candidate if (candidate / "pack.json").exists() else None


def failed(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.level == FAIL]


def report(checks: list[Check]) -> str:
    """The printed report: one line per check, then a verdict."""
    bad = failed(checks)
    verdict = (
        f"{len(bad)} problem(s) to fix before visitors come; see GAGAL/FAIL above."
        if bad
        else "Siap / Ready: nothing stops the kiosk."
    )
    return "\n".join([*(c.line() for c in checks), "", verdict])
