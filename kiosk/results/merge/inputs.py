"""Finding booth files on the organizers' USB sticks and checking each one, read-only.

An input is never opened for writing. A proper export (rollback journal, no
side files) is opened in place with `immutable=1`, so SQLite takes no lock
and creates nothing beside it. A raw copy of the kiosk's db/ folder (WAL
mode) is first copied, with its -wal when there is one, into a temporary
folder and opened there: SQLite may replay and checkpoint that copy's WAL,
never the input's.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from kiosk.results.merge.chain_watch import ChainWatch, Finding
from kiosk.results.merge.schema import FESTIVAL_APPLICATION_ID
from kiosk.results.merge.statuses import CORRUPT, NEWER_SCHEMA, NOT_KIOSK
from kiosk.storage.chain import ChainReport, verify_chain
from kiosk.storage.errors import StorageError
from kiosk.storage.readonly import settled_copy
from kiosk.storage.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
DB_SUFFIXES = {".sqlite", ".sqlite3", ".db", ".gerai"}
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass
class InputCheck:
    """What reading one input file found, before anything is merged."""

    path: str
    size: int = 0
    sha256: str = ""
    journal: str | None = None  # "wal" for a raw copy, "rollback" for an export
    warnings: list[str] = field(default_factory=list)
    status: str | None = None  # set only for a file that cannot be merged
    detail: str = ""
    schema_version: int | None = None
    kiosk_id: str | None = None
    agency_code: str | None = None
    festival_slug: str | None = None
    pack_sha256: str | None = None  # the pack the booth imported
    content_edited_at: str | None = None
    records: int = 0  # visitor records in the file (intact or not)
    chain: ChainReport | None = None
    findings: list[Finding] = field(default_factory=list)
    open_path: str = ""  # the file SQLite reads: the input itself or its temporary copy

    @property
    def uri(self) -> str:
        """A read-only URI for ATTACH or connect: no lock taken, nothing created beside it."""
        return f"file:{quote(self.open_path)}?mode=ro&immutable=1"

    def fail(self, status: str, detail: str) -> InputCheck:
        self.status, self.detail = status, detail
        return self


def discover(inputs: Iterable[str | Path], exclude: Iterable[Path] = ()) -> list[Path]:
    """Files named, plus database files found (recursively) in folders named; sorted, unique."""
    skip = {p.resolve() for p in exclude}
    found: dict[Path, None] = {}
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            candidates: Iterable[Path] = sorted(p for p in path.rglob("*") if _looks_like_db(p))
        else:
            candidates = [path]
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved not in skip:
                found.setdefault(resolved, None)
    return list(found)


def _looks_like_db(path: Path) -> bool:
    if not path.is_file() or path.name.endswith(SIDE_SUFFIXES) or path.name.startswith("."):
        return False
    if path.suffix.lower() in DB_SUFFIXES:
        return True
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_MAGIC


def identify_input(path: str, scratch: str) -> InputCheck:
    """First, cheap look at one input: what it is, which kiosk, how many records."""
    check = InputCheck(path=path)
    try:
        return _identify_input(check, scratch)
    except Exception as exc:  # one odd booth file must never stop the festival's merge
        return check.fail(CORRUPT, _odd(exc))


def _identify_input(check: InputCheck, scratch: str) -> InputCheck:
    path = check.path
    source = Path(path)
    try:
        with open(source, "rb") as f:
            header = f.read(100)
        check.size = source.stat().st_size
    except OSError as exc:
        return check.fail(CORRUPT, f"cannot read the file: {exc.strerror or exc}")
    if not header.startswith(SQLITE_MAGIC):
        return check.fail(NOT_KIOSK, "not an SQLite database")
    check.journal = "wal" if len(header) > 19 and header[18] == 2 else "rollback"
    _note_side_files(source, check)
    try:
        if check.journal == "wal" or source.with_name(source.name + "-journal").exists():
            check.open_path = _copy_with_wal(source, Path(scratch))
        else:
            check.open_path = str(source)
        with closing(sqlite3.connect(check.uri, uri=True)) as conn:
            return _read_identity(conn, check)
    except sqlite3.DatabaseError as exc:
        return check.fail(CORRUPT, f"damaged or truncated: {exc}")
    except StorageError as exc:  # a live kiosk's file, still being written
        return check.fail(CORRUPT, str(exc))


Rules = tuple[float, int]  # idle_seconds, max_votes_per_session: what the chain watch needs


def verify_input(check: InputCheck, rules: Rules | None = None) -> InputCheck:
    """Second, thorough look: file SHA-256, integrity, and the whole hash chain.

    `rules` are the organizers' (from their pack); without them, the file's own.
    """
    try:
        return _verify_input(check, rules)
    except Exception as exc:  # one odd booth file must never stop the festival's merge
        return check.fail(CORRUPT, _odd(exc))


def _odd(exc: Exception) -> str:
    return (
        f"holds values no kiosk writes ({type(exc).__name__}: {str(exc)[:120]}): not merged;"
        " ask the booth for its export or backup"
    )


def _verify_input(check: InputCheck, rules: Rules | None) -> InputCheck:
    try:
        _hash_file(Path(check.path), check)
    except OSError as exc:
        return check.fail(CORRUPT, f"cannot read the file: {exc.strerror or exc}")
    if check.status is not None:
        return check
    try:
        with closing(sqlite3.connect(check.uri, uri=True)) as conn:
            return _verify_database(conn, check, rules)
    except sqlite3.DatabaseError as exc:
        return check.fail(CORRUPT, f"damaged or truncated: {exc}")


def merge_order(check: InputCheck) -> tuple[str, int, str]:
    """Kiosk by kiosk, shorter copies first: the same inputs merge the same way every time."""
    return (check.kiosk_id or "", check.records, check.path)


def _hash_file(path: Path, check: InputCheck) -> None:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    check.sha256 = digest.hexdigest()


def _note_side_files(path: Path, check: InputCheck) -> None:
    """Warn loudly about -wal/-shm/-journal files beside a raw copy (or their absence)."""
    present = {s: path.with_name(path.name + s).exists() for s in SIDE_SUFFIXES}
    if check.journal == "wal":
        if present["-wal"]:
            check.warnings.append(
                "RAW COPY with its -wal beside it: the -wal was read too (from a temporary "
                "copy); make a proper export next time"
            )
        else:
            check.warnings.append(
                "RAW COPY WITHOUT ITS -wal: records written since the kiosk's last checkpoint "
                "may be missing; fetch the -wal file or export from staff mode"
            )
        if present["-shm"]:
            check.warnings.append("-shm file beside the raw copy: ignored (it holds no records)")
    else:
        for suffix in ("-wal", "-shm"):
            if present[suffix]:
                check.warnings.append(f"{suffix} file beside an exported file: ignored")
    if present["-journal"]:
        check.warnings.append(
            "-journal beside the file: a write was interrupted; read from a temporary copy"
        )


def _copy_with_wal(path: Path, scratch: Path) -> str:
    """A settled private copy of a raw database and its -wal/-journal, in its own folder."""
    folder = scratch / hashlib.sha256(str(path).encode()).hexdigest()[:16]
    return str(settled_copy(path, folder))


def _read_identity(conn: sqlite3.Connection, check: InputCheck) -> InputCheck:
    """Application id, schema version, kiosk, agency, festival and record count."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    check.schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id == FESTIVAL_APPLICATION_ID:
        return check.fail(NOT_KIOSK, "a merged festival file, not a booth file")
    if app_id != APPLICATION_ID:
        return check.fail(NOT_KIOSK, "an SQLite file, but not a Gerai booth database")
    if check.schema_version > SCHEMA_VERSION:
        return check.fail(
            NEWER_SCHEMA,
            f"written by a newer Gerai (schema {check.schema_version}, "
            f"this tool knows {SCHEMA_VERSION}): update this tool",
        )
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"kiosk", "festival", "visitor_records"} <= tables:
        return check.fail(CORRUPT, "booth tables are missing")
    row = conn.execute("SELECT kiosk_id, agency_code FROM kiosk WHERE id = 1").fetchone()
    check.kiosk_id, check.agency_code = (row[0], row[1]) if row else (None, None)
    if check.agency_code is None:
        check.agency_code = _agency_from_records(conn)
    festival = conn.execute("SELECT slug, pack_sha256 FROM festival WHERE id = 1").fetchone()
    check.festival_slug, check.pack_sha256 = festival if festival else (None, None)
    if "content_edits" in tables:
        check.content_edited_at = conn.execute(
            "SELECT max(edited_at) FROM content_edits"
        ).fetchone()[0]
    check.records = conn.execute("SELECT count(*) FROM visitor_records").fetchone()[0]
    return check


def _verify_database(
    conn: sqlite3.Connection, check: InputCheck, rules: Rules | None
) -> InputCheck:
    problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    if problems != ["ok"]:
        return check.fail(CORRUPT, "damaged: " + "; ".join(problems))
    if rules is None:
        rules = conn.execute("SELECT idle_seconds, max_votes_per_session FROM festival").fetchone()
    watch = ChainWatch(*rules) if rules else ChainWatch()
    # The clock-jump watch rides on the verifier's one pass over the records.
    check.chain = verify_chain(conn, check.kiosk_id, watch.observe)
    watch.close()
    check.findings = watch.findings
    if not check.chain.ok:
        # A failing stick flips bits too: before calling a break an edit, the full check
        # (which also compares every index with its table, unlike quick_check).
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
        if problems != ["ok"]:
            return check.fail(
                CORRUPT,
                f"damaged ({'; '.join(problems)}); the chain breaks at sequence"
                f" {check.chain.bad_seq} because of it: a failing medium, not an edit",
            )
    return check


def _agency_from_records(conn: sqlite3.Connection) -> str | None:
    """The booth's agency as its sessions name it (older files leave kiosk.agency_code empty)."""
    row = conn.execute(
        "SELECT json_extract(data, '$.agency') AS a FROM visitor_records"
        " WHERE kind = 'session_start' GROUP BY a ORDER BY count(*) DESC, a LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def iter_checks(
    paths: list[Path], scratch: str, workers: int, rules: Rules | None = None
) -> Iterator[InputCheck]:
    """Identify every input, sort them into merge order, then verify them in that order.

    With several workers the verification runs in other processes, ahead of
    the caller, who merges each file while the next ones are being verified.
    """
    if workers <= 1 or len(paths) < 2:
        found = sorted((identify_input(str(p), scratch) for p in paths), key=merge_order)
        yield from (verify_input(check, rules) for check in found)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: workers never inherit the caller's threads (a Qt app, a test runner).
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        names = [str(p) for p in paths]
        found = sorted(pool.map(identify_input, names, [scratch] * len(names)), key=merge_order)
        yield from pool.map(verify_input, found, [rules] * len(found))
