"""Every command documents itself: its docstring is its --help, with an example."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from kiosk.cli import main


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, prefix + name + " "))
    return found


COMMANDS = all_commands(main)


def test_the_expected_commands_exist() -> None:
    names = {name for name, _ in COMMANDS}
    assert {
        "run", "screenshot", "demo-pack", "pack validate", "pack from-csv", "simulate",
        "verify", "export", "merge", "results", "report", "doctor", "install-autostart",
    } <= names  # fmt: skip


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_is_documented_with_an_example(name: str, command: click.Command) -> None:
    result = CliRunner().invoke(main, [*name.split(), "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert command.help and len(command.help.strip()) > 20, f"{name} has no help"
    if not isinstance(command, click.Group):
        assert "Example" in result.output or "kiosk " in result.output, f"{name}: no example"


def test_verify_and_run_do_not_import_what_they_do_not_need() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from kiosk.cli import main; "
        "print(sorted(m for m in ('openpyxl', 'PySide6.QtQuick', 'kiosk.results.commands') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
