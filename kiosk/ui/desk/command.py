"""`kiosk desk`: the organizers' collection desk in a window (named in kiosk/cli.py's
LAZY_COMMANDS, so the booth's commands never import it)."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.results.errors import ResultsError


@click.command("desk")
@click.option(
    "--festival",
    "festival_file",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The merged festival file (created by the first hand-over; extended after).",
)
@click.option(
    "--pack",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="The organizers' festival pack (folder or zip) the booths imported.",
)
@click.option(
    "--folder",
    type=click.Path(file_okay=False, path_type=Path),
    help="The desk's own folder for copies of every stick and receipt"
    " (default: meja-<FESTIVAL name> beside the festival file).",
)
@click.option(
    "--photos",
    type=click.Path(file_okay=False, path_type=Path),
    help="A folder the organizers' phone syncs receipt photos to: new photos are read.",
)
@click.option("--windowed/--fullscreen", default=True, help="Window (default) or full screen.")
def desk(
    festival_file: Path, pack: Path, folder: Path | None, photos: Path | None, windowed: bool
) -> None:
    """Open the organizers' desk: the board of booths, hand-over of sticks and receipts,
    live results, a big-screen view, and the report in one button.

    Everything goes through the same library as `kiosk merge`, `kiosk results`
    and `kiosk report`; the festival file is the one those commands read.

    Example:

    \b
        kiosk desk --festival hasil/FESTIVAL.sqlite --pack paket-festival.zip \\
            --photos ~/Foto/struk
    """
    from kiosk.ui.desk.app import build_desk_ui
    from kiosk.ui.qtapp import application

    try:
        ui = build_desk_ui(festival_file, pack, folder=folder, photo_folder=photos)
    except ResultsError as exc:
        raise click.ClickException(str(exc)) from exc
    if not windowed:
        ui.window.showFullScreen()
    try:
        code = application().exec()
    finally:
        ui.close()
    raise SystemExit(code)
