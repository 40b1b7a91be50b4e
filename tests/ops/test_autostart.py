"""The autostart files: content, quoting, systemd's own verdict, and the command."""

from __future__ import annotations

import configparser
import getpass
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk import paths
from kiosk.ops.autostart import (
    CAGE_SERVICE,
    cage_unit,
    desktop_path,
    install_autostart,
    next_steps,
    service_path,
)
from kiosk.ops.commands import install_autostart as install_command

COMMAND = [sys.executable, "-m", "kiosk", "run", "--pack", "/media/usb stick/50% pack$1.zip"]


def read_ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def test_systemd_unit_restarts_with_a_rate_limit(tmp_path: Path) -> None:
    [written] = install_autostart("systemd", COMMAND, tmp_path)
    assert written == service_path(tmp_path)
    assert written == tmp_path / ".config/systemd/user/gerai-kiosk.service"
    unit = read_ini(written)
    assert unit["Unit"]["StartLimitIntervalSec"] == "300"
    assert unit["Unit"]["StartLimitBurst"] == "10"
    service = unit["Service"]
    assert (service["Restart"], service["RestartSec"]) == ("always", "3")
    assert service["WorkingDirectory"] == str(paths.project_root())
    assert "\nEnvironment=QT_IM_MODULE=qtvirtualkeyboard\n" in written.read_text()
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_exec_start_quotes_spaces_percent_and_dollar(tmp_path: Path) -> None:
    [written] = install_autostart("systemd", COMMAND, tmp_path)
    exec_start = read_ini(written)["Service"]["ExecStart"]
    # systemd's quoting is shell-like once %% and $$ are undone.
    unescaped = exec_start.replace("%%", "%").replace("$$", "$")
    assert shlex.split(unescaped) == COMMAND


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_itself_accepts_the_unit(tmp_path: Path) -> None:
    workdir = tmp_path / "booth pc 100%"
    workdir.mkdir()
    [written] = install_autostart("systemd", COMMAND, tmp_path, workdir)
    assert read_ini(written)["Service"]["WorkingDirectory"] == str(workdir).replace("%", "%%")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(written)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "gerai-kiosk" not in done.stderr  # no warning about our file at all


def test_xdg_entry_hands_the_display_to_systemd(tmp_path: Path) -> None:
    written = install_autostart("xdg", COMMAND, tmp_path)
    assert written == [service_path(tmp_path), desktop_path(tmp_path)]
    assert "[Install]" not in written[0].read_text()  # started by the entry, not enabled
    entry = read_ini(written[1])["Desktop Entry"]
    assert entry["Type"] == "Application"
    argv = shlex.split(entry["Exec"].replace("\\\\", "\\"))
    assert argv[:2] == ["sh", "-c"]
    assert "systemctl --user import-environment DISPLAY WAYLAND_DISPLAY" in argv[2]
    assert argv[2].endswith("exec systemctl --user start gerai-kiosk.service")


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown autostart kind"):
        install_autostart("cron", COMMAND, tmp_path)  # type: ignore[arg-type]


def test_command_dry_run_prints_and_writes_nothing(tmp_path: Path) -> None:
    runner = CliRunner(env={"HOME": str(tmp_path)})
    result = runner.invoke(
        install_command, ["--dry-run", "--kind", "xdg", "--", "--agency", "DPUPR"]
    )
    assert result.exit_code == 0, result.output
    assert f"# {service_path(tmp_path)}" in result.output
    assert f"# {desktop_path(tmp_path)}" in result.output
    assert f"ExecStart={sys.executable} -m kiosk run --agency DPUPR" in result.output
    assert not (tmp_path / ".config").exists()


def test_command_writes_files_and_prints_next_steps(tmp_path: Path) -> None:
    runner = CliRunner(env={"HOME": str(tmp_path)})
    result = runner.invoke(install_command, [])
    assert result.exit_code == 0, result.output
    assert service_path(tmp_path).exists()
    assert "systemctl --user enable --now gerai-kiosk" in result.output
    assert "loginctl enable-linger" in result.output


def cage_files(tmp_path: Path, user: str = "gerai") -> list[Path]:
    return install_autostart("cage", COMMAND, tmp_path, user=user, unit_dir=tmp_path / "system")


def test_cage_unit_logs_the_booth_user_in_on_tty1(tmp_path: Path) -> None:
    [written] = cage_files(tmp_path)
    assert written == tmp_path / "system" / CAGE_SERVICE
    unit = read_ini(written)
    assert unit["Unit"]["Conflicts"] == "getty@tty1.service"
    assert unit["Unit"]["StartLimitBurst"] == "10"
    service = unit["Service"]
    assert (service["User"], service["PAMName"]) == ("gerai", "login")
    assert (service["TTYPath"], service["UtmpIdentifier"]) == ("/dev/tty1", "tty1")
    assert (service["StandardInput"], service["Restart"]) == ("tty-fail", "always")
    assert unit["Install"]["WantedBy"] == "graphical.target"
    argv = shlex.split(service["ExecStart"].replace("%%", "%").replace("$$", "$"))
    assert argv[1:3] == ["-d", "--"] and Path(argv[0]).name == "cage"
    assert argv[3:] == COMMAND
    # Stopping signals cage's children (the kiosk) and waits for cage to follow.
    assert "pkill -TERM -P $$MAINPID" in service["ExecStop"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_itself_accepts_the_cage_unit(tmp_path: Path) -> None:
    # verify wants ExecStart's program to exist: cage where installed, else any real file.
    unit = cage_unit(COMMAND, tmp_path, "gerai", shutil.which("cage") or sys.executable)
    written = tmp_path / CAGE_SERVICE
    written.write_text(unit, encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(written)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "gerai-kiosk" not in done.stderr, done.stderr


def test_cage_kind_needs_a_user(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="booth user"):
        install_autostart("cage", COMMAND, tmp_path, unit_dir=tmp_path)


def test_cage_next_steps_switch_the_pc_over() -> None:
    steps = "\n".join(next_steps("cage"))
    for step in (
        "sudo systemctl daemon-reload",
        "sudo systemctl set-default graphical.target",
        "sudo systemctl enable --now gerai-kiosk-cage",
        "gdm3",
    ):
        assert step in steps


def test_command_refuses_root_as_the_booth_user(tmp_path: Path) -> None:
    runner = CliRunner(env={"HOME": str(tmp_path)})
    result = runner.invoke(install_command, ["--kind", "cage", "--user", "root", "--dry-run"])
    assert result.exit_code == 1
    assert "cage refuses to run as root" in result.output
    assert "--user gerai" in result.output


def test_command_takes_the_sudo_user_by_default(tmp_path: Path) -> None:
    # Only root sees SUDO_USER as the one who typed the command.
    user = "gerai-nobody-has-this" if os.geteuid() == 0 else getpass.getuser()
    runner = CliRunner(env={"HOME": str(tmp_path), "SUDO_USER": user})
    result = runner.invoke(install_command, ["--kind", "cage", "--dry-run", "--", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"\nUser={user}\n" in result.output
    assert "-m kiosk run --lang en\n" in result.output
    assert not (tmp_path / ".config").exists()
