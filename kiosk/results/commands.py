"""The organizers' commands: `kiosk merge`, `kiosk results`, `kiosk report`.

Thin: each calls the library and turns its known errors into one line.
`kiosk/cli.py` names them in `LAZY_COMMANDS`, so they are imported only when run.
"""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import click

from kiosk.domain.text import escape_controls
from kiosk.results.analysis.cards import read_card_sheets
from kiosk.results.analysis.figures import load_figures
from kiosk.results.collect import merge_kiosk_files
from kiosk.results.errors import ResultsError
from kiosk.results.merge.festival_file import read_festival_file
from kiosk.results.receipt_sources import FoundReceipt, gather_receipts
from kiosk.results.report.datasette import write_metadata
from kiosk.results.report.progress import ProgressDisplay
from kiosk.results.report.terminal import attention_lines, merge_lines, render_results
from kiosk.storage.errors import disk_problem
from kiosk.storage.receipt import Receipt, ReceiptError

# `kiosk merge` exit statuses (docs/organizers.md): 0 every input accepted and receipted;
# 1 nothing merged (an error, said in one line); 2 the command line was wrong;
# 3 merged, but some inputs or receipts need attention (listed at the end).
EXIT_ATTENTION = 3


@click.command("merge")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The merged festival file to create or extend.",
)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--pack",
    type=click.Path(exists=True, path_type=Path),
    help="The organizers' festival pack (folder or zip) the booths imported: rules and owners"
    " come from it. Needed on the first merge into --out; kept there for later ones.",
)
@click.option(
    "--receipts",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Receipts (GERAI-RECEIPT lines): text files, phone photos of the receipt QR codes,"
    " or folders of them. May be given several times.",
)
@click.option(
    "--require-receipts",
    is_flag=True,
    help="Do not count a kiosk that has no closing receipt.",
)
@click.option(
    "--admit-unrostered",
    is_flag=True,
    help="Count kiosks that have no opening receipt although others have (shown in red).",
)
@click.option(
    "--accept-valid-prefix",
    is_flag=True,
    help="Count the intact records before a chain break (flagged in the report).",
)
@click.option(
    "--workers", type=int, default=None, help="Processes verifying files (default: CPUs)."
)
@click.option(
    "--revoke-batch",
    "revoked",
    type=click.IntRange(0, 65535),
    multiple=True,
    help="Card mode: a batch of ballot cards that was lost; its votes are listed, not counted"
    " (kept in the festival file for later merges). Repeat for more batches.",
)
@click.option(
    "--cards",
    "card_sheets",
    type=click.Path(exists=True, path_type=Path),
    multiple=True,
    help="Card mode: the folder of the printed sheets (the .json beside each PDF), so the"
    " report says how many cards were printed.",
)
def merge(
    out: Path,
    inputs: tuple[Path, ...],
    pack: Path | None,
    receipts: tuple[Path, ...],
    require_receipts: bool,
    admit_unrostered: bool,
    accept_valid_prefix: bool,
    workers: int | None,
    revoked: tuple[int, ...],
    card_sheets: tuple[Path, ...],
) -> None:
    """Merge booth files (or folders of them, searched recursively) into one festival file.

    Inputs are only read, never changed. The festival's rules and who owns
    each innovation come from the organizers' pack (--pack), never from a
    booth file. Each file's hash chain is verified, its kiosk checked against
    the opening receipts (the roster), and its records against the spot-check
    and closing receipts. Running it again with more files adds only what is
    new. Exit status 0: every input accepted and receipted; 3: merged, but
    something needs attention (listed at the end); 1: nothing merged.

    Example:

    \b
        kiosk merge --out hasil/FESTIVAL.sqlite --pack paket-festival.zip \\
            --receipts foto-struk/ /media/usb1 /media/usb2
    """
    _refuse_booth_receipts(receipts, inputs)
    try:
        found, problems = _read_receipts(receipts)
        sheets = read_card_sheets(list(card_sheets))
        with ProgressDisplay("merge") as progress:
            report = merge_kiosk_files(
                out,
                inputs,
                [f.receipt for f in found],
                accept_valid_prefix,
                workers,
                pack=pack,
                require_receipts=require_receipts,
                origins=_origins(found),
                need_pack=True,
                unread_receipts=problems,
                admit_unrostered=admit_unrostered,
                progress=progress,
                revoked_batches=revoked,
                card_sheets=sheets,
            )
    except OSError as exc:
        if disk_problem(exc) is not None:
            raise  # kiosk's group says what the disk refused and that nothing was lost
        raise click.ClickException(escape_controls(str(exc))) from exc
    except (ResultsError, ReceiptError) as exc:
        raise click.ClickException(escape_controls(str(exc))) from exc
    for line in merge_lines(report):
        click.echo(escape_controls(line))
    meta = write_metadata(out, _festival_name(out))
    click.echo(f"Merged into {out} (Datasette: datasette {out} --metadata {meta})")
    with closing(read_festival_file(out)) as conn:
        attention = attention_lines(report, conn, problems)
    if attention:
        for line in attention:
            click.secho(escape_controls(line), fg="red", err=True)
        raise SystemExit(EXIT_ATTENTION)


def _refuse_booth_receipts(receipts: tuple[Path, ...], inputs: tuple[Path, ...]) -> None:
    """A receipt file on a booth's own stick is that booth's word: not evidence about it."""
    for receipt in receipts:
        for given in inputs:
            if receipt.resolve().is_relative_to(given.resolve()):
                raise click.ClickException(
                    f"--receipts {receipt} lies in the input {given}: receipts on a booth's"
                    " stick are written by the booth itself. Give the organizers' own photos"
                    " (or typed lines) of the receipts the kiosks showed."
                )


def _read_receipts(paths: tuple[Path, ...]) -> tuple[list[FoundReceipt], list[str]]:
    gathered = gather_receipts(list(paths))
    return gathered.found, gathered.problems


def _origins(found: list[FoundReceipt]) -> dict[Receipt, str]:
    return {f.receipt: f.origin for f in found}


def _festival_name(path: Path) -> str:
    with closing(read_festival_file(path)) as conn:
        row = conn.execute("SELECT name_id FROM festival LIMIT 1").fetchone()
    return str(row[0]) if row else ""


@click.command("results")
@click.argument("festival_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--top", type=click.IntRange(min=1), default=None, help="Show only the first N.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option(
    "--skm",
    is_flag=True,
    help="Show the satisfaction survey (SKM): IKM per agency and service instead of votes.",
)
def results(festival_file: Path, top: int | None, as_json: bool, skm: bool) -> None:
    """Show the people's-choice ranking of a merged festival file.

    Ranked by valid votes (tie rule printed with it), then by votes per 100
    visitor sessions at the booth; votes not counted and anomaly flags follow.
    With --skm: the Indeks Kepuasan Masyarakat per agency and service
    (Permenpan RB 14/2017), respondents against the sample size needed.

    Example:

    \b
        kiosk results hasil/FESTIVAL.sqlite --top 10
        kiosk results hasil/FESTIVAL.sqlite --skm
    """
    if skm:
        _skm_results(festival_file, as_json)
        return
    try:
        with closing(read_festival_file(festival_file)) as conn:
            figures = load_figures(conn)
    except ResultsError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(figures.as_json(top), ensure_ascii=False, indent=2))
    else:
        # Titles come from packs and booth files: a terminal must not obey what they hold.
        click.echo(escape_controls(render_results(figures, top)), nl=False)


def _skm_results(festival_file: Path, as_json: bool) -> None:
    from kiosk.results.analysis.skm import load_skm
    from kiosk.results.report.skm_tables import skm_json
    from kiosk.results.report.skm_terminal import render_skm

    try:
        with closing(read_festival_file(festival_file)) as conn:
            agencies = load_skm(conn)
    except ResultsError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(skm_json(agencies), ensure_ascii=False, indent=2))
    else:
        click.echo(escape_controls(render_skm(agencies)), nl=False)


@click.command("report")
@click.argument("festival_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for report.html, the jury workbook and the CSV files.",
)
def report(festival_file: Path, out_dir: Path) -> None:
    """Write the offline report: report.html (printable, A4), jury .xlsx, CSV files.

    Example:

    \b
        kiosk report hasil/FESTIVAL.sqlite --out hasil/laporan
    """
    from kiosk.results.report.write import write_report

    try:
        with ProgressDisplay("report") as progress:
            written = write_report(festival_file, out_dir, progress)
    except ResultsError as exc:
        raise click.ClickException(str(exc)) from exc
    for path in written:
        click.echo(str(path))


COMMANDS = (merge, results, report)
