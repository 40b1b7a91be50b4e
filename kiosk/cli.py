"""The `kiosk` command: thin click commands over the library.

Known problems (bad files, bad packs) become one-line messages and a non-zero
exit; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from kiosk import __version__
from kiosk.domain.text import escape_controls

PathArg = click.Path(path_type=Path)
ExistingPath = click.Path(exists=True, path_type=Path)


# Commands whose modules own their click front, imported only when used: `kiosk run`
# must not pay for openpyxl and the results code, nor `kiosk verify` for Qt.
LAZY_COMMANDS = {
    "run": "kiosk.ui.commands:run",
    "screenshot": "kiosk.ui.commands:screenshot",
    "merge": "kiosk.results.commands:merge",
    "results": "kiosk.results.commands:results",
    "report": "kiosk.results.commands:report",
    "desk": "kiosk.ui.desk.command:desk",
    "doctor": "kiosk.ops.commands:doctor",
    "install-autostart": "kiosk.ops.commands:install_autostart",
}


class KioskGroup(click.Group):
    """Loads some commands lazily and turns known exceptions into one-line messages."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS:
            module_name, attr = LAZY_COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), attr)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        from kiosk.pack.errors import PackError
        from kiosk.storage.errors import StorageError, disk_problem

        known = (StorageError, PackError, FileNotFoundError, KeyError)
        try:
            return super().invoke(ctx)
        except known as exc:
            message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
            raise click.ClickException(escape_controls(str(message))) from exc
        except (OSError, sqlite3.Error) as exc:
            # Every command writes in one transaction or beside its target, so a disk
            # that refuses leaves what was stored before as it was: say so, no traceback.
            problem = disk_problem(exc)
            if problem is None:
                raise
            raise click.ClickException(
                f"{problem} ({_detail(exc)}); nothing stored before was lost or changed."
                " Make room (or use a writable disk) and run the command again."
            ) from exc


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return str(exc)


@click.group(cls=KioskGroup)
@click.version_option(__version__, prog_name="kiosk")
def main() -> None:
    """Gerai: the booth kiosk of a regional innovation festival.

    \b
    Start the kiosk on the demo festival:   kiosk run --windowed
    Check a booth file handed over:         kiosk verify booth.sqlite
    """


@main.command("demo-pack")
@click.argument("outdir", type=PathArg)
def demo_pack(outdir: Path) -> None:
    """Write the bundled demo festival (sample data) as a pack folder.

    Example: kiosk demo-pack /tmp/demo
    """
    from kiosk.pack.demo import write_demo_pack

    path = write_demo_pack(outdir)
    click.echo(f"demo festival pack written to {path}")


@main.group()
def pack() -> None:
    """Check, build and import festival packs."""


@pack.command("validate")
@click.argument("path", type=ExistingPath)
def pack_validate(path: Path) -> None:
    """Check a festival pack (folder or .zip) and list every problem.

    Example: kiosk pack validate festival.zip
    """
    from kiosk.pack.format import PackError, load_pack

    try:
        loaded = load_pack(path)
    except PackError as exc:
        for problem in exc.problems:
            click.echo(escape_controls(problem), err=True)  # a key in pack.json may hold an ESC
        raise click.ClickException(f"{len(exc.problems)} problem(s) in {path}") from exc
    festival = loaded.festival
    clips = f", {len(loaded.clips)} video clips" if loaded.clips else ""
    click.echo(
        f"{path}: ok: {festival.name.id}, {len(festival.agencies)} agencies, "
        f"{len(festival.innovations)} innovations{clips}, fingerprint {loaded.sha256[:12]}"
    )
    from kiosk.pack.video import describe

    for name, clip in sorted(loaded.clips.items()):
        click.echo(f"  {escape_controls(name)}: {describe(clip.info, clip.size)}")


@pack.command("from-csv")
@click.argument("csv_file", type=ExistingPath)
@click.option("--media", "media_dir", type=ExistingPath, required=True, help="Folder of photos.")
@click.option("--name", "festival_name", help="Festival name (Indonesian).")
@click.option("--name-en", "festival_name_en", default="", help="Festival name (English).")
@click.option("--venue", default="", help="Where the festival is held.")
@click.option("--starts-on", help="First day, YYYY-MM-DD.")
@click.option("--ends-on", help="Last day, YYYY-MM-DD.")
@click.option("--logo", type=ExistingPath, help="Festival logo (PNG or JPEG).")
@click.option("--overwrite", is_flag=True, help="Replace an existing pack in OUTDIR.")
@click.argument("outdir", type=PathArg)
def pack_from_csv_command(
    csv_file: Path,
    media_dir: Path,
    outdir: Path,
    festival_name: str | None,
    festival_name_en: str,
    venue: str,
    starts_on: str | None,
    ends_on: str | None,
    logo: Path | None,
    overwrite: bool,
) -> None:
    """Build a pack folder from the organizers' spreadsheet of innovations (CSV).

    Festival details not given as options get placeholders to fix in pack.json.

    Example: kiosk pack from-csv inovasi.csv --media foto/ --name "Festival Inovasi" pack/
    """
    from kiosk.pack.csv_import import pack_from_csv

    path = pack_from_csv(
        csv_file,
        media_dir,
        outdir,
        festival_name=festival_name,
        festival_name_en=festival_name_en,
        venue=venue,
        starts_on=starts_on,
        ends_on=ends_on,
        logo=logo,
        overwrite=overwrite,
        note=lambda message: click.echo(message, err=True),
    )
    click.echo(f"pack written to {path}")


@pack.command("import")
@click.option("--db", "db_path", type=PathArg, required=True, help="Booth database file.")
@click.argument("path", type=ExistingPath)
def pack_import(db_path: Path, path: Path) -> None:
    """Install a festival pack into a booth database (content only; records are kept).

    Example: kiosk pack import --db db/booth.sqlite festival.zip
    """
    from kiosk.pack.importer import import_pack
    from kiosk.storage.database import open_booth_database

    db = open_booth_database(db_path)
    try:
        summary = import_pack(db, path)
    finally:
        db.close()
    click.echo(f"imported into {db_path}: {summary}")


@main.command()
@click.option("--db", "db_path", type=PathArg, required=True, help="Booth database to write.")
@click.option("--pack", "pack_path", type=ExistingPath, help="Festival pack (default: demo).")
@click.option("--agency", required=True, help="Agency code of the booth, e.g. DPUPR.")
@click.option("--sessions", type=click.IntRange(min=0), required=True, help="Visitors.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
def simulate(db_path: Path, pack_path: Path | None, agency: str, sessions: int, seed: int) -> None:
    """Simulate visitor traffic at a booth through the same rules as the touchscreen.

    Visitors come on the festival's days, within its opening hours, with the
    square's daily rhythm and school groups on weekday mornings.

    Example: kiosk simulate --db /tmp/a.sqlite --agency DPUPR --sessions 500 --seed 1
    """
    from kiosk.setup import prepare_booth
    from kiosk.simulate import simulate as run_simulation
    from kiosk.storage.errors import RecordNotStored

    db, code, path = prepare_booth(db_path, pack_path, agency)
    try:
        summary = run_simulation(db, code, sessions, seed)
    except RecordNotStored as exc:
        kept = db.execute("SELECT count(*) FROM visitor_records").fetchone()[0]
        raise click.ClickException(
            f"{escape_controls(str(exc))}; the simulation stopped there. The {kept:,} records"
            f" stored before it are kept in {path} and their chain is intact. Make room"
            " (or use a writable disk) and run the command again to add more."
        ) from exc
    finally:
        db.close()
    refused = ", ".join(f"{k} {v}" for k, v in sorted(summary.refused.items())) or "none"
    past = (
        f" ({summary.days_past_festival} after its last day)" if summary.days_past_festival else ""
    )
    click.echo(
        f"{path}: {summary.sessions} sessions on {summary.days} festival day(s){past}, "
        f"{summary.votes} votes, {summary.feedbacks} feedback, refused votes: {refused}"
    )


@main.command()
@click.argument("files", type=ExistingPath, nargs=-1, required=True)
def verify(files: tuple[Path, ...]) -> None:
    """Check booth files: SQLite integrity and the visitor-record hash chain.

    Exits 0 only when every file is intact and complete; otherwise names the
    first bad sequence number of each damaged file. Writes nothing beside the
    files (a raw copy with its -wal is read through a private temporary copy);
    a raw copy without its -wal fails, as records may be missing from it.

    Example: kiosk verify booth-dpupr.sqlite booth-dinkes.sqlite
    """
    from kiosk.storage.errors import StorageError
    from kiosk.storage.readonly import WAL_MISSING
    from kiosk.storage.records import check_file

    def say(line: str) -> None:
        # A file's name, its kiosk id and its damage come from outside: no raw ESC or BEL.
        click.echo(escape_controls(line))

    bad = 0
    for path in files:
        try:
            check = check_file(path)
        except (StorageError, OSError, ValueError) as exc:
            say(f"{path}: FAILED: unreadable ({exc})")
            bad += 1
            continue
        except sqlite3.DatabaseError as exc:  # not a database, or a damaged header
            say(f"{path}: FAILED: not a readable booth database ({exc})")
            bad += 1
            continue
        for note in check.notes:
            if note != WAL_MISSING:
                say(f"{path}: note: {note}")
        chain = check.chain
        if check.integrity != "ok":
            say(f"{path}: FAILED: integrity check: {check.integrity}")
        elif not chain.ok:
            say(f"{path}: FAILED: {chain.describe()}")
        elif check.wal_missing:
            say(
                f"{path}: FAILED: {WAL_MISSING}. What the file itself holds: "
                f"{chain.describe()}, kiosk {chain.kiosk_id}"
            )
        else:
            say(f"{path}: ok: {chain.describe()}, kiosk {chain.kiosk_id}")
            continue
        bad += 1
    if bad:
        raise click.ClickException(f"{bad} of {len(files)} file(s) failed verification")


@main.command()
@click.option("--db", "db_path", type=ExistingPath, required=True, help="Live booth database.")
@click.option("--out", "out", type=PathArg, required=True, help="Copy to write.")
def export(db_path: Path, out: Path) -> None:
    """Write a consistent, verified copy of a live booth database (never a raw copy).

    Beside the copy, the closing receipt the staff hand-over writes too:
    NAME.receipt.txt (the line, also printed) and NAME.receipt.png (its QR code).

    Example: kiosk export --db db/booth.sqlite --out /media/usb/booth-dpupr.sqlite
    """
    from kiosk.storage.errors import disk_problem
    from kiosk.storage.export import export_database
    from kiosk.storage.receipt import receipt_for_export, write_receipt_files

    result = export_database(db_path, out)
    receipt = receipt_for_export(result)  # the agency the copy names
    click.echo(f"{result.path}: {result.chain.describe()}, sha256 {result.sha256}")
    click.echo(receipt.line())  # before the files: a disk that refuses them still shows it
    try:
        files = write_receipt_files(receipt, result.path)
    except OSError as exc:
        problem = disk_problem(exc) or "the stick refused them"
        raise click.ClickException(
            f"the receipt files were not written beside {result.path.name}: {problem}"
            f" ({_detail(exc)}). The copy itself is complete and verified, and the booth"
            " file is unchanged. Keep the receipt line printed above (photograph or copy it),"
            " or make room and export again."
        ) from exc
    click.echo(f"closing receipt beside it: {files.text.name}, {files.qr.name}")


@main.group()
def ballots() -> None:
    """Ballot cards for card mode: the organizers' key and printable sheets."""


@ballots.command("keygen")
@click.option("--out", "out", type=PathArg, required=True, help="Private key file to write.")
def ballots_keygen(out: Path) -> None:
    """Make the organizers' card key: a private key file and the public key for the pack.

    Keep the private key file with the organizers (never in a pack folder, never on a
    booth). Put the printed public key in pack.json under "cards".

    Example: kiosk ballots keygen --out ~/gerai-kartu.key
    """
    import json
    import os

    from kiosk.pack.cards import (
        new_private_key,
        pack_folder_around,
        private_key_pem,
        public_key_text,
    )

    if pack_folder_around(out.parent) is not None:
        raise click.ClickException(
            f"{out} is inside the pack folder {pack_folder_around(out.parent)}: the pack goes"
            " to every booth, the private key must not. Choose a folder outside it."
        )
    if out.exists():
        raise click.ClickException(f"{out} exists; a new key would void every card made with it")
    key = new_private_key()
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(private_key_pem(key))
    public = public_key_text(key.public_key())
    click.echo(f"private key written to {out} (keep it safe; only the organizers need it)")
    click.echo("put this in pack.json:")
    click.echo(json.dumps({"cards": {"mode": True, "public_key": public, "quota": 3}}))


@ballots.command("make")
@click.option("--pack", "pack_path", type=ExistingPath, required=True, help="Festival pack.")
@click.option("--key", "key_path", type=ExistingPath, required=True, help="Private key file.")
@click.option("--count", type=click.IntRange(1, 100_000), required=True, help="Cards to make.")
@click.option("--out", "out", type=PathArg, required=True, help="Folder for the PDF sheets.")
@click.option("--batch", type=click.IntRange(0, 65535), default=1, show_default=True)
@click.option(
    "--first", type=click.IntRange(1, 999_999), default=1, show_default=True,
    help="Number of the batch's first card (to add cards to a batch).",
)  # fmt: skip
def ballots_make(
    pack_path: Path, key_path: Path, count: int, out: Path, batch: int, first: int
) -> None:
    """Write printable A4 sheets of signed ballot cards (15 a page) for a card-mode pack.

    Beside the PDF, a small .json file says which cards it holds (festival, batch,
    numbers); keep it with the sheets. Revoke a lost batch at the merge.

    Example: kiosk ballots make --pack festival/ --key ~/gerai-kartu.key --count 5000
    --batch 1 --out kartu/
    """
    from kiosk.ui.cards_pdf import CardSheetError, make_card_sheets

    try:
        sheets = make_card_sheets(pack_path, key_path, out, batch=batch, first=first, count=count)
    except CardSheetError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{sheets.count} cards of batch {batch} ({sheets.first_serial} to {sheets.last_serial}),"
        f" {sheets.pages} pages: {sheets.pdf} ({sheets.seconds:.1f} s)"
    )


@main.group()
def staff() -> None:
    """For a technician at the booth PC (never offered on the touch screen)."""


@staff.command("reset-pin")
@click.option("--db", "db_path", type=ExistingPath, required=True, help="Live booth database.")
def staff_reset_pin(db_path: Path) -> None:
    """Set a new staff PIN when the old one is forgotten, and lift the PIN pad's lock.

    Asks for the new PIN twice (nothing shows as you type). The same rules as at
    set-up: 4 to 8 digits, not easy to guess. Written to the staff journal.

    Example: kiosk staff reset-pin --db db/booth.sqlite
    """
    from kiosk.staff.errors import StaffError
    from kiosk.staff.pin import check_new_pin, reset_pin
    from kiosk.storage.database import open_booth_database

    db = open_booth_database(db_path)
    try:
        pin = click.prompt("PIN baru (4-8 angka)", hide_input=True)
        check_new_pin(db, pin)  # said before it is typed twice
        if click.prompt("Ketik PIN baru sekali lagi", hide_input=True) != pin:
            raise click.ClickException("Kedua PIN tidak sama. PIN lama tetap berlaku.")
        reset_pin(db, pin)
    except StaffError as exc:
        raise click.ClickException(f"{exc} PIN lama tetap berlaku.") from exc
    finally:
        db.close()
    click.echo("PIN petugas diganti dan papan PIN tidak lagi terkunci. Tercatat di jurnal petugas.")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
