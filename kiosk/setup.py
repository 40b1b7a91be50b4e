"""Getting a booth database ready to serve visitors: open it, load the pack, pick the agency."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from kiosk import paths
from kiosk.storage.content import (
    booth_agency,
    has_content,
    load_festival,
    pack_sha256,
    set_booth_agency,
)
from kiosk.storage.database import BoothDatabase, open_booth_database
from kiosk.storage.errors import StorageError
from kiosk.storage.journal import log_event

log = logging.getLogger(__name__)


def prepare_booth(
    db_path: Path | None,
    pack_path: Path | None,
    agency_code: str | None,
    *,
    quick_check: bool = True,
) -> tuple[BoothDatabase, str, Path]:
    """Open (or create) the booth file, import the pack if it changed, choose the agency.

    With no pack the bundled demo festival is generated (once) and used. A
    file that cannot be trusted is never written to: a fresh file is started
    beside it and staff are told (see `open_or_replace`). Without `quick_check`,
    damage inside the file is left for the caller's own check (`kiosk run`'s,
    after its first frame).
    """
    db, db_path = open_or_replace(db_path or paths.default_db_path(), quick_check=quick_check)
    if pack_path is None and not has_content(db):
        pack_path = ensure_demo_pack()
    if pack_path is not None:
        import_if_changed(db, pack_path)
    code = choose_agency(db, agency_code)
    return db, code, db_path


def ensure_demo_pack() -> Path:
    """The demo pack under db/, (re)written when missing or made by an older Gerai."""
    from kiosk.pack.demo import demo_document, write_demo_pack

    target = paths.demo_pack_dir()
    current = json.loads(json.dumps(demo_document()))
    try:
        cached = json.loads((target / "pack.json").read_text("utf-8"))
    except (OSError, ValueError):
        cached = None
    if cached != current:
        write_demo_pack(target)
    return target


def import_if_changed(db: BoothDatabase, pack_path: Path) -> None:
    from kiosk.pack.format import load_pack
    from kiosk.pack.importer import install_pack

    pack = load_pack(pack_path)
    if pack_sha256(db) != pack.sha256:
        install_pack(db, pack)


def choose_agency(db: BoothDatabase, requested: str | None) -> str:
    """The --agency given, else the one staff chose before, else the first in the pack."""
    if requested:
        set_booth_agency(db, requested, editor="kiosk run --agency")
        return requested
    stored = booth_agency(db)
    if stored:
        return stored
    festival = load_festival(db)
    for agency in festival.agencies:
        if festival.innovations_of(agency.code):
            return agency.code
    raise StorageError("the festival pack has no agency with innovations")


def open_or_replace(path: Path, *, quick_check: bool = True) -> tuple[BoothDatabase, Path]:
    """Open `path`; if it is damaged or foreign, leave it untouched and use a new file beside it.

    The replacement is named `<stem>.replaced-<UTC time>.sqlite`; on later
    starts the newest healthy replacement is reused, so restarts do not
    scatter new files. The problem is noted for staff in `staff_events`.
    """
    try:
        return open_booth_database(path, quick_check=quick_check), path
    except StorageError as exc:
        problem = str(exc)
    log.error("not using %s: %s", path, problem)
    for candidate in sorted(path.parent.glob(f"{path.stem}.replaced-*.sqlite"), reverse=True):
        try:
            return open_booth_database(candidate), candidate
        except StorageError:
            continue
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    new_path = path.with_name(f"{path.stem}.replaced-{stamp}.sqlite")
    db = open_booth_database(new_path)
    log_event(
        db,
        "database_replaced",
        f"{path.name} was left untouched ({problem}); now writing to {new_path.name}",
    )
    return db, new_path
