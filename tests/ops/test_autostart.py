"""The autostart files: content, quoting, systemd's own verdict, and the command."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk import paths
from kiosk.ops.autostart import desktop_path, install_autostart, service_path
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
