"""Merging booth files into one festival file, with the provenance of every record.

`merge_booth_files` checks every input (in parallel), then merges them one by
one in a fixed order (by kiosk, shorter chain first, then file SHA-256), so the
same inputs always give the same file whatever their names or the order they
were given in. Records are keyed by kiosk and sequence number (and UUID): a
file seen before adds nothing, a longer copy of a kiosk's chain extends it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.results.errors import MergeError
from kiosk.results.merge import content
from kiosk.results.merge.festival_file import writing_festival_file
from kiosk.results.merge.inputs import CORRUPT, InputCheck, discover, iter_checks
from kiosk.results.merge.receipts import check_source_receipts, store_receipts
from kiosk.storage.chain import RECORD_COLUMNS
from kiosk.storage.database import utc_iso
from kiosk.storage.receipt import Receipt

ACCEPTED = "accepted"
EXTENDED = "extended"
DUPLICATE = "duplicate"
CHAIN_BROKEN = "chain_broken"
FORKED = "forked"
RECEIPT_MISMATCH = "receipt_mismatch"
OTHER_FESTIVAL = "other_festival"

_COLS = ", ".join(RECORD_COLUMNS)


@dataclass(frozen=True)
class SourceOutcome:
    """What happened to one input file."""

    path: str
    status: str
    detail: str
    warnings: tuple[str, ...]
    kiosk_id: str | None
    agency_code: str | None
    sha256: str
    records_added: int
    source_id: int | None  # the row in `sources`, None if already there from an earlier merge

    def line(self) -> str:
        kiosk = f" [{self.agency_code or '?'} {self.kiosk_id[:8]}]" if self.kiosk_id else ""
        return f"{self.status:<16} {self.path}{kiosk}: {self.detail}"


@dataclass
class MergeReport:
    out: Path
    sources: list[SourceOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for s in self.sources if s.status == status)

    @property
    def records_added(self) -> int:
        return sum(s.records_added for s in self.sources)


def merge_booth_files(
    out: str | Path,
    inputs: Iterable[str | Path],
    receipts: Sequence[Receipt] = (),
    accept_valid_prefix: bool = False,
    workers: int | None = None,
    finish: Callable[[sqlite3.Connection], None] | None = None,
) -> MergeReport:
    """Merge booth files (or folders of them) into `out`, creating it or extending it.

    `finish` runs last, in the same transaction as the receipts and content
    versions (the results tables are written there: see kiosk.results.collect).
    """
    out = Path(out)
    paths = _input_paths(out, inputs)
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    report = MergeReport(out)
    with (
        writing_festival_file(out) as conn,
        tempfile.TemporaryDirectory(prefix="gerai-merge-") as scratch,
    ):
        for check in iter_checks(paths, scratch, workers):
            report.sources.append(_merge_one(conn, check, receipts, accept_valid_prefix))
        _finish(conn, receipts, finish)
    return report


def _input_paths(out: Path, inputs: Iterable[str | Path]) -> list[Path]:
    given = list(inputs)
    target = out.resolve()
    for item in given:
        if Path(item).resolve() == target or (
            out.exists() and Path(item).exists() and os.path.samefile(item, out)
        ):
            raise MergeError(f"{item} is the output file: choose another --out")
    if not given:
        raise MergeError("no input files given")
    return discover(given, exclude=[target])


def _merge_one(
    conn: sqlite3.Connection, check: InputCheck, receipts: Sequence[Receipt], accept_prefix: bool
) -> SourceOutcome:
    """Record one checked input in `sources` and merge what may be merged of it."""
    known = conn.execute(
        "SELECT id, status, records_added FROM sources WHERE path = ? AND file_sha256 = ?",
        [check.path, check.sha256],
    ).fetchone()
    if known and accept_prefix and known[1:] == (CHAIN_BROKEN, 0):
        _forget_source(conn, known[0])  # merged before without the flag: now count its prefix
    elif known:
        return _outcome(check, DUPLICATE, f"already merged as source {known[0]}", 0, None)
    status, detail = check.status, check.detail
    if status is None:
        status, detail = _festival_mismatch(conn, check)
    if status is not None:
        return _store_source(conn, check, status, detail, 0)
    conn.execute("ATTACH DATABASE ? AS src", [check.uri])
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            outcome = _merge_records(conn, check, receipts, accept_prefix)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (disk full)
                conn.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        if not _damaged_input(exc):
            raise
        damaged = exc  # nothing of it was merged: the transaction is rolled back
    else:
        return outcome
    finally:
        conn.execute("DETACH DATABASE src")
    return _store_source(conn, check, CORRUPT, f"damaged: {damaged}", 0)


def _damaged_input(exc: sqlite3.DatabaseError) -> bool:
    """Damage that passes `quick_check` shows only as the input's rows are read.

    A flipped byte in a text cell makes it invalid UTF-8 (Python's sqlite3
    cannot decode it); a damaged page of the input is "malformed". Anything
    else (the festival file's disk is full, say) is not the input's fault.
    """
    text = str(exc)
    return text.startswith("Could not decode to UTF-8") or "malformed" in text


def _forget_source(conn: sqlite3.Connection, source_id: int) -> None:
    """Drop a source that added no records, so that it can be merged again."""
    conn.execute("BEGIN IMMEDIATE")
    for table in (
        "excluded_records",
        "source_findings",
        "festival_versions",
        "agency_versions",
        "innovation_versions",
        "survey_service_versions",
    ):
        conn.execute(f"DELETE FROM {table} WHERE source_id = ?", [source_id])
    conn.execute("DELETE FROM sources WHERE id = ?", [source_id])
    conn.execute("COMMIT")


def _festival_mismatch(conn: sqlite3.Connection, check: InputCheck) -> tuple[str | None, str]:
    row = conn.execute("SELECT slug FROM festival_versions LIMIT 1").fetchone()
    if row and check.festival_slug != row[0]:
        return OTHER_FESTIVAL, f"festival '{check.festival_slug}', not '{row[0]}': not merged"
    return None, ""


def _merge_records(
    conn: sqlite3.Connection, check: InputCheck, receipts: Sequence[Receipt], accept_prefix: bool
) -> SourceOutcome:
    """Inside one transaction: decide how far this file counts, copy those records in."""
    assert check.chain is not None and check.kiosk_id is not None
    chain, kiosk = check.chain, check.kiosk_id
    same_file = conn.execute(
        "SELECT id FROM sources WHERE file_sha256 = ? AND kiosk_id IS ? ORDER BY id LIMIT 1",
        [check.sha256, kiosk],
    ).fetchone()
    source_id = _insert_source(conn, check)
    if same_file:
        return _finish_source(
            conn, check, source_id, DUPLICATE, f"same file as source {same_file[0]}", 0
        )
    counted = chain.count if chain.ok or accept_prefix else 0
    mismatch = check_source_receipts(conn, check, receipts, counted)
    if mismatch:
        _exclude(conn, source_id, 0, None, f"does not match the closing receipt: {mismatch}")
        return _finish_source(conn, check, source_id, RECEIPT_MISMATCH, mismatch, 0)
    have = _kiosk_last_seq(conn, kiosk)
    fork = _fork_point(conn, kiosk, min(have, counted))
    if fork is not None:
        _exclude(
            conn, source_id, fork - 1, None, f"conflicts with records already merged at {fork}"
        )
        return _finish_source(
            conn,
            check,
            source_id,
            FORKED,
            f"differs from the records already merged for this kiosk from sequence {fork} on:"
            " two files claim to be the same kiosk; only the first is counted",
            0,
        )
    added = _copy_records(conn, source_id, have, counted)
    if counted < chain.count:
        _exclude(
            conn,
            source_id,
            counted,
            chain.count,
            f"before the chain break at sequence {chain.bad_seq}: counted only with"
            " --accept-valid-prefix",
        )
    if not chain.ok:
        _exclude(
            conn,
            source_id,
            chain.count,
            None,
            f"chain broken at sequence {chain.bad_seq}: {chain.problem}",
        )
    content.store_versions(conn, check, source_id)
    if added:
        _store_findings(conn, check, source_id)
    _update_kiosk(conn, check)
    status, detail = _status(check, have, added, counted, accept_prefix)
    return _finish_source(conn, check, source_id, status, detail, added)


def _status(
    check: InputCheck, have: int, added: int, counted: int, accept_prefix: bool
) -> tuple[str, str]:
    chain = check.chain
    assert chain is not None
    if not chain.ok:
        prefix = (
            f"records 1..{counted} before it counted (--accept-valid-prefix), {added} new"
            if accept_prefix
            else f"nothing counted from this file; --accept-valid-prefix would count "
            f"records 1..{chain.count}"
        )
        return CHAIN_BROKEN, f"chain broken at sequence {chain.bad_seq}: {chain.problem}; {prefix}"
    if have == 0 and added:
        return ACCEPTED, f"{added} records, sequence 1..{counted}"
    if added:
        return EXTENDED, f"extended the kiosk from sequence {have} to {have + added}"
    if have == 0:
        return ACCEPTED, "no visitor records in this file"
    return DUPLICATE, f"all {counted} records already merged"


def _kiosk_last_seq(conn: sqlite3.Connection, kiosk_id: str) -> int:
    row = conn.execute(
        "SELECT max(seq) FROM main.visitor_records WHERE kiosk_id = ?", [kiosk_id]
    ).fetchone()
    return int(row[0] or 0)


def _fork_point(conn: sqlite3.Connection, kiosk_id: str, upto: int) -> int | None:
    """First sequence number where this file and the merged chain disagree, if any.

    Both chains are intact, so equal hashes at `upto` mean equal records before it.
    """
    if upto == 0:
        return None
    same = conn.execute(
        "SELECT m.hash = s.hash FROM main.visitor_records m, src.visitor_records s"
        " WHERE m.kiosk_id = ? AND m.seq = ? AND s.seq = ?",
        [kiosk_id, upto, upto],
    ).fetchone()
    if same and same[0]:
        return None
    row = conn.execute(
        "SELECT min(m.seq) FROM main.visitor_records m JOIN src.visitor_records s"
        " ON s.seq = m.seq WHERE m.kiosk_id = ? AND m.seq <= ? AND m.hash != s.hash",
        [kiosk_id, upto],
    ).fetchone()
    return int(row[0] or upto)


def _copy_records(conn: sqlite3.Connection, source_id: int, after: int, upto: int) -> int:
    if upto <= after:
        return 0
    cursor = conn.execute(
        f"INSERT INTO main.visitor_records ({_COLS}, source_id)"
        f" SELECT {_COLS}, ? FROM src.visitor_records WHERE seq > ? AND seq <= ? ORDER BY seq",
        [source_id, after, upto],
    )
    return cursor.rowcount


def _exclude(
    conn: sqlite3.Connection, source_id: int, after: int, upto: int | None, reason: str
) -> None:
    """Keep records `after`+1..`upto` in `excluded_records`, with why they do not count."""
    conn.execute(
        f"INSERT OR IGNORE INTO excluded_records ({_COLS}, source_id, reason)"
        f" SELECT {_COLS}, ?, ? FROM src.visitor_records WHERE seq > ? AND seq <= ?"
        " ORDER BY seq",
        [source_id, reason, after, upto if upto is not None else 1 << 62],
    )


def _store_findings(conn: sqlite3.Connection, check: InputCheck, source_id: int) -> None:
    conn.executemany(
        "INSERT INTO source_findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                source_id,
                check.kiosk_id,
                f.flag,
                f.innovation_slug,
                f.first_seq,
                f.last_seq,
                f.started_at,
                f.ended_at,
                json.dumps(f.votes),
                f.detail,
            )
            for f in check.findings
        ],
    )


def _insert_source(conn: sqlite3.Connection, check: InputCheck) -> int:
    chain = check.chain
    cursor = conn.execute(
        "INSERT INTO sources (path, file_sha256, size_bytes, kiosk_id, agency_code, status,"
        " detail, warnings, journal, schema_version, chain_records, chain_head, broken_at_seq,"
        " records_added, merged_at) VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, 0, ?)",
        [
            check.path,
            check.sha256,
            check.size,
            check.kiosk_id,
            check.agency_code,
            "\n".join(check.warnings),
            check.journal,
            check.schema_version,
            chain.count if chain else None,
            chain.head_hash if chain else None,
            chain.bad_seq if chain else None,
            utc_iso(),
        ],
    )
    return int(cursor.lastrowid or 0)


def _store_source(
    conn: sqlite3.Connection, check: InputCheck, status: str, detail: str, added: int
) -> SourceOutcome:
    conn.execute("BEGIN IMMEDIATE")
    source_id = _insert_source(conn, check)
    outcome = _finish_source(conn, check, source_id, status, detail, added)
    conn.execute("COMMIT")
    return outcome


def _finish_source(
    conn: sqlite3.Connection,
    check: InputCheck,
    source_id: int,
    status: str,
    detail: str,
    added: int,
) -> SourceOutcome:
    conn.execute(
        "UPDATE sources SET status = ?, detail = ?, records_added = ? WHERE id = ?",
        [status, detail, added, source_id],
    )
    return _outcome(check, status, detail, added, source_id)


def _outcome(
    check: InputCheck, status: str, detail: str, added: int, source_id: int | None
) -> SourceOutcome:
    return SourceOutcome(
        check.path,
        status,
        detail,
        tuple(check.warnings),
        check.kiosk_id,
        check.agency_code,
        check.sha256,
        added,
        source_id,
    )


def _update_kiosk(conn: sqlite3.Connection, check: InputCheck) -> None:
    kiosk = check.kiosk_id
    row = conn.execute(
        "SELECT count(*), max(seq) FROM main.visitor_records WHERE kiosk_id = ?", [kiosk]
    ).fetchone()
    head = conn.execute(
        "SELECT hash FROM main.visitor_records WHERE kiosk_id = ? AND seq = ?", [kiosk, row[1]]
    ).fetchone()
    created = conn.execute("SELECT created_at, app_version FROM src.kiosk").fetchone()
    conn.execute(
        "INSERT INTO kiosks (kiosk_id, agency_code, created_at, app_version, records, last_seq,"
        " head_hash) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk_id) DO UPDATE SET"
        " agency_code = coalesce(kiosks.agency_code, excluded.agency_code),"
        " records = excluded.records, last_seq = excluded.last_seq,"
        " head_hash = excluded.head_hash",
        [
            kiosk,
            check.agency_code,
            created[0] if created else None,
            created[1] if created else None,
            row[0],
            row[1] or 0,
            head[0] if head else "0" * 64,
        ],
    )


def _finish(
    conn: sqlite3.Connection,
    receipts: Sequence[Receipt],
    finish: Callable[[sqlite3.Connection], None] | None,
) -> None:
    """After all inputs: choose the content shown, check receipts, then `finish`."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        content.choose_versions(conn)
        store_receipts(conn, receipts)
        if finish is not None:
            finish(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (disk full)
            conn.execute("ROLLBACK")
        raise
