"""Click commands `kiosk doctor` and `kiosk install-autostart` (registered in kiosk/cli.py)."""

from __future__ import annotations

import getpass
import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from kiosk import paths

if TYPE_CHECKING:
    from kiosk.ops.autostart import Kind

PathArg = click.Path(path_type=Path)


@click.command("doctor")
@click.option("--db", "db_path", type=PathArg, help="Booth database (default: db/booth.sqlite).")
@click.option("--pack", "pack_path", type=PathArg, help="Festival pack to check as well.")
def doctor(db_path: Path | None, pack_path: Path | None) -> None:
    """Check this PC for the kiosk and say what to fix, in plain words.

    Checks the Qt platform, system libraries, fonts, the on-screen keyboard,
    the screen size, whether read-aloud would be heard (speech-dispatcher,
    espeak-ng, an audio server), disk space, the booth database (integrity and
    hash chain), the festival pack and the clock. Exits 1 if anything fails.

    Example: kiosk doctor --pack /media/usb/festival.zip
    """
    from kiosk.ops.doctor import failed, report, run_checks

    checks = run_checks(db_path or paths.default_db_path(), pack_path)
    click.echo(report(checks))
    if failed(checks):
        sys.exit(1)


@click.command("install-autostart", context_settings={"ignore_unknown_options": True})
@click.option(
    "--kind",
    type=click.Choice(["cage", "systemd", "xdg"]),
    default="systemd",
    show_default=True,
    help="cage: a locked kiosk on tty1, no desktop (recommended; run with sudo); "
    "systemd: GNOME/KDE desktops; xdg: other desktops (XFCE, LXQt, MATE).",
)
@click.option(
    "--user",
    "user",
    help="--kind cage: the booth user the kiosk runs as (default: you, or the user who ran sudo).",
)
@click.option("--dry-run", is_flag=True, help="Print the files instead of writing them.")
@click.argument("run_args", nargs=-1, type=click.UNPROCESSED)
def install_autostart(
    kind: str, user: str | None, dry_run: bool, run_args: tuple[str, ...]
) -> None:
    """Start the kiosk when this Linux PC starts, and restart it after a crash.

    --kind cage writes a systemd system unit (run it with sudo) that logs the
    booth user in on tty1 and shows only the kiosk, inside cage. The desktop
    kinds write a systemd user service (Restart=always, at most 10 starts in
    5 minutes) and, with --kind xdg, an autostart entry that starts it.
    Options after -- are passed to `kiosk run`. Windows: see
    docs/install-booth-pc.md.

    Example: sudo .venv/bin/kiosk install-autostart --kind cage -- --agency DPUPR
    """
    from kiosk.ops.autostart import install_autostart as install
    from kiosk.ops.autostart import next_steps, planned_files

    if sys.platform != "linux":
        raise click.ClickException(
            "install-autostart is for Linux; on Windows follow docs/install-booth-pc.md"
        )
    chosen = cast("Kind", kind)
    command = [sys.executable, "-m", "kiosk", "run", *run_args]
    if chosen == "cage":
        user = user or booth_user()
        check_booth_user(user, command, dry_run)
    files = planned_files(chosen, command, Path.home(), user=user)
    if dry_run:
        for path, text in files.items():
            click.echo(f"# {path}\n{text}")
        return
    if chosen == "cage" and os.geteuid() != 0:
        raise click.ClickException(
            f"writing {next(iter(files)).parent} needs root: run it again with sudo, e.g.\n"
            f"  sudo {shlex.join([sys.executable, '-m', 'kiosk', *sys.argv[1:]])}\n"
            "(--dry-run shows the unit without writing it)"
        )
    for path in install(chosen, command, Path.home(), user=user):
        click.echo(f"wrote {path}")
    click.echo("Next steps:")
    for number, step in enumerate(next_steps(chosen), start=1):
        click.echo(f"  {number}. {step}")


def booth_user() -> str:
    """Who runs the kiosk by default: the one who typed the command, also through sudo."""
    if os.geteuid() == 0 and os.environ.get("SUDO_USER"):
        return os.environ["SUDO_USER"]
    return getpass.getuser()


def check_booth_user(user: str, command: list[str], dry_run: bool) -> None:
    """Stop with a plain message when `user` cannot run the kiosk in cage.

    Root is always refused; with --dry-run other problems are only noted, so the
    unit can be read before the user or the install exists.
    """
    from kiosk.ops.autostart import ROOT_REFUSED, booth_user_problem, closed_to

    problem = booth_user_problem(user)
    if not problem:
        for path in (Path(command[0]), paths.project_root()):
            closed = closed_to(user, path)
            if closed:
                problem = (
                    f"{user} may not enter {closed}, so cannot run {path}: install Gerai "
                    f"where {user} can read it, e.g. in /home/{user}/gerai as {user}"
                )
                break
    if problem and dry_run and not problem.startswith(ROOT_REFUSED):
        click.echo(f"# note: {problem}", err=True)
    elif problem:
        raise click.ClickException(problem)
