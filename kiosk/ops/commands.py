"""Click commands `kiosk doctor` and `kiosk install-autostart` (registered in kiosk/cli.py)."""

from __future__ import annotations

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
    the screen size, disk space, the booth database (integrity and hash
    chain), the festival pack and the clock. Exits 1 if anything fails.

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
    type=click.Choice(["systemd", "xdg"]),
    default="systemd",
    show_default=True,
    help="systemd: GNOME/KDE desktops; xdg: other desktops (XFCE, LXQt, MATE).",
)
@click.option("--dry-run", is_flag=True, help="Print the files instead of writing them.")
@click.argument("run_args", nargs=-1, type=click.UNPROCESSED)
def install_autostart(kind: str, dry_run: bool, run_args: tuple[str, ...]) -> None:
    """Start the kiosk with the desktop session on this Linux PC, and restart it after a crash.

    Writes a systemd user service (Restart=always, at most 10 starts in 5
    minutes) and, with --kind xdg, an autostart entry that starts it. Options
    after -- are passed to `kiosk run`. Windows: see docs/install-booth-pc.md.

    Example: kiosk install-autostart --kind systemd -- --agency DPUPR
    """
    from kiosk.ops.autostart import install_autostart as install
    from kiosk.ops.autostart import next_steps, planned_files

    if sys.platform != "linux":
        raise click.ClickException(
            "install-autostart is for Linux; on Windows follow docs/install-booth-pc.md"
        )
    chosen = cast("Kind", kind)
    command = [sys.executable, "-m", "kiosk", "run", *run_args]
    if dry_run:
        for path, text in planned_files(chosen, command, Path.home()).items():
            click.echo(f"# {path}\n{text}")
        return
    for path in install(chosen, command, Path.home()):
        click.echo(f"wrote {path}")
    click.echo("Next steps:")
    for number, step in enumerate(next_steps(chosen), start=1):
        click.echo(f"  {number}. {step}")
