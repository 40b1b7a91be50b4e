"""`kiosk run` and `kiosk screenshot`: the visitor UI from the command line.

Qt is imported inside the commands only, so other `kiosk` commands start fast
and work on machines without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kiosk.ui.paths import SCREENSHOT_SCREENS

F = TypeVar("F", bound=Callable[..., Any])
PathArg = click.Path(path_type=Path)
# Qt platforms that draw without an X11 or Wayland server.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "eglfs", "linuxfb", "vnc", "vkkhrdisplay")


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str:
    """Why Qt could not open a window here, in one line; "" if it can."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return ""
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if qpa.startswith(HEADLESS_PLATFORMS):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no display available (DISPLAY and WAYLAND_DISPLAY are not set): start it on the "
        "kiosk screen, or render screens headless with `kiosk screenshot SCREEN --out FILE.png`"
    )


def parse_size(ctx: click.Context, param: click.Parameter, value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise click.BadParameter("use WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise click.BadParameter("width and height must be between 320 and 8192")
    return width, height


def booth_options(command: F) -> F:
    """--pack, --db and --agency, handed to `kiosk.setup.prepare_booth`."""
    for option in reversed(
        [
            click.option("--pack", "pack_path", type=PathArg, help="Festival pack folder."),
            click.option("--db", "db_path", type=PathArg, help="Booth database file."),
            click.option("--agency", help="Agency code of this booth, e.g. DPUPR."),
        ]
    ):
        command = option(command)
    return command


LANG = click.option(
    "--lang",
    type=click.Choice(["id", "en", "bms"]),
    default="id",
    show_default=True,
    help="Language the screens start in (bms: Basa Banyumasan).",
)


@click.command("run")
@booth_options
@click.option("--windowed", is_flag=True, help="A normal window with a cursor (development).")
@click.option(
    "--lang",
    type=click.Choice(["id", "en", "bms"]),
    default=None,
    help="Language the screens start in (default: the one staff chose, else id).",
)
def run(
    pack_path: Path | None,
    db_path: Path | None,
    agency: str | None,
    windowed: bool,
    lang: str | None,
) -> None:
    """Start the visitor kiosk: fullscreen, frameless, cursor hidden.

    Without --pack or --db it uses db/booth.sqlite with the demo festival.

    Example: kiosk run --windowed --lang en
    """
    problem = display_problem()
    if problem:
        raise click.ClickException(problem)
    from kiosk import paths
    from kiosk.ops.recovery import checked_first, must_check_first
    from kiosk.setup import prepare_booth
    from kiosk.ui.lifecycle import run_kiosk

    # SQLite's check of the whole file waits for the first frame (run_kiosk), unless
    # the last run found the file unsound: then it comes first, as a replacement may.
    first = must_check_first(db_path or paths.default_db_path())
    db, code, path = prepare_booth(db_path, pack_path, agency, quick_check=first)
    if first:
        checked_first(path)
    code_ = run_kiosk(db, code, path, lang=lang, fullscreen=not windowed, checked=first)
    sys.exit(code_)


@click.command("screenshot")
@click.argument("screen", type=click.Choice(SCREENSHOT_SCREENS))
@click.option("--out", "out", type=PathArg, required=True, help="PNG file to write.")
@click.option("--innovation", help="Slug of the innovation to show (default: the first).")
@LANG
@click.option(
    "--size",
    default="1920x1080",
    show_default=True,
    callback=parse_size,
    help="Window size WIDTHxHEIGHT, e.g. 1080x1920 for portrait.",
)
@click.option("--large-text", is_flag=True, help="Accessibility: large text.")
@click.option("--high-contrast", is_flag=True, help="Accessibility: high-contrast colours.")
@booth_options
def screenshot(
    screen: str,
    out: Path,
    innovation: str | None,
    lang: str,
    size: tuple[int, int],
    large_text: bool,
    high_contrast: bool,
    pack_path: Path | None,
    db_path: Path | None,
    agency: str | None,
) -> None:
    """Render one visitor screen headless to a PNG (works without a display).

    The screen is shown in a typical state (detail with the vote button, the
    idle warning counting down...) on a copy of the booth file, so no visitor
    record is added.

    Example: kiosk screenshot detail --out detail.png --lang en --size 1080x1920
    """
    from kiosk.ui.qtapp import prepare_environment

    prepare_environment(offscreen=True)
    from kiosk.setup import prepare_booth
    from kiosk.ui.qtapp import application
    from kiosk.ui.screenshot import render_screen

    db, code, path = prepare_booth(db_path, pack_path, agency)
    db.close()
    application()
    try:
        render_screen(
            path,
            code,
            screen,
            out,
            innovation=innovation,
            lang=lang,
            size=size,
            large_text=large_text,
            high_contrast=high_contrast,
        )
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(out))
