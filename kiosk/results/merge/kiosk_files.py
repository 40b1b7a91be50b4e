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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from kiosk.results.errors import MergeError
from kiosk.results.merge import content
from kiosk.results.merge.festival_file import writing_festival_file
from kiosk.results.merge.inputs import InputCheck, discover, iter_checks
from kiosk.results.merge.judge import (
    FileChain,
    KioskReceipts,
    MergedChain,
    Verdict,
    confirmed_upto,
    judge_kiosk,
    receipts_by_kiosk,
)
from kiosk.results.merge.receipts import add_receipts, check_receipts, stored_receipts
from kiosk.results.merge.schema import UUID_INDEX
from kiosk.results.merge.statuses import (
    ACCEPTED,
    BEYOND_RECEIPT,
    CHAIN_BROKEN,
    CONTENT_CHANGED,
    CORRUPT,
    DUPLICATE,
    EXTENDED,
    FORK,
    IMPOSTOR,
    INCOMPLETE,
    NO_RECEIPT,
    OTHER_FESTIVAL,
    RECEIPT_CONFLICT,
    RECEIPT_MISMATCH,
    UNROSTERED,
)
from kiosk.results.merge.truth import (
    OrganizersPack,
    apply_pack,
    differences,
    load_organizers_pack,
    settle_pack,
)
from kiosk.storage.chain import RECORD_COLUMNS
from kiosk.storage.database import utc_iso
from kiosk.storage.receipt import Receipt

_COLS = ", ".join(RECORD_COLUMNS)
# Nothing of such a file counts.
_EXCLUDING = (IMPOSTOR, FORK, RECEIPT_MISMATCH, RECEIPT_CONFLICT, UNROSTERED)


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
    pack_sha256: str | None = None  # the organizers' pack the files were judged against

    def count(self, status: str) -> int:
        return sum(1 for s in self.sources if s.status == status)

    @property
    def records_added(self) -> int:
        return sum(s.records_added for s in self.sources)


@dataclass(frozen=True)
class _Options:
    accept_prefix: bool
    require_receipts: bool
    truth: OrganizersPack | None
    receipts: dict[str, KioskReceipts]
    roster: bool  # opening receipts were given: a kiosk without one is not counted


def merge_booth_files(
    out: str | Path,
    inputs: Iterable[str | Path],
    receipts: Sequence[Receipt] = (),
    accept_valid_prefix: bool = False,
    workers: int | None = None,
    finish: Callable[[sqlite3.Connection], None] | None = None,
    *,
    pack: str | Path | None = None,
    require_receipts: bool = False,
    origins: Mapping[Receipt, str] | None = None,
    need_pack: bool = False,
    unread_receipts: Sequence[str] = (),
    admit_unrostered: bool = False,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge booth files (or folders of them) into `out`, creating it or extending it.

    `pack` is the organizers' festival pack: rules and owners come from it
    (and from the pack a earlier merge kept in `out`), never from booth files.
    `finish` runs last, in a transaction of its own after the receipts and content
    are committed (the results tables are written there: see kiosk.results.collect).
    `progress` is told each file's name as its merge starts, then "results".
    """
    out = Path(out)
    paths = _input_paths(out, inputs)
    told = progress or (lambda step, done, total: None)
    given = load_organizers_pack(pack) if pack is not None else None
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    report = MergeReport(out)
    with (
        writing_festival_file(out) as conn,
        tempfile.TemporaryDirectory(prefix="gerai-merge-") as scratch,
    ):
        truth = settle_pack(conn, given, pack)
        if truth is None and need_pack:
            raise MergeError(
                "give the organizers' festival pack with --pack (the folder or zip the booths"
                " imported): the festival's rules and who owns each innovation come from it"
            )
        report.pack_sha256 = truth.sha256 if truth else None
        given_receipts, misplaced = read_at_their_booth(receipts, origins or {}, truth)
        unread = [*unread_receipts, *misplaced]
        _in_transaction(conn, lambda: add_receipts(conn, given_receipts, origins or {}, unread))
        everything = stored_receipts(conn)
        roster = not admit_unrostered and any(r.kind == "open" for r in everything)
        options = _Options(
            accept_valid_prefix, require_receipts, truth, receipts_by_kiosk(everything), roster
        )
        judged: set[str] = set()
        rules = (
            (truth.rows.festival["idle_seconds"], truth.rows.festival["max_votes_per_session"])
            if truth
            else None
        )
        checks = _telling(iter_checks(paths, scratch, workers, rules), told, len(paths) + 1)
        conn.execute("DROP INDEX IF EXISTS visitor_records_uuid")  # built again in _finish
        for _, group in groupby(checks, key=_kiosk_key):
            report.sources.extend(_merge_kiosk(conn, list(group), options, judged))
        _rejudge_merged(conn, judged, options)
        told("results", len(paths), len(paths) + 1)
        _finish(conn, truth, finish)
    told("done", len(paths) + 1, len(paths) + 1)
    return report


Progress = Callable[[str, int, int], None]  # (step starting, steps done, steps in all)


def _telling(checks: Iterator[InputCheck], told: Progress, total: int) -> Iterator[InputCheck]:
    for done, check in enumerate(checks):
        told(Path(check.path).name, done, total)
        yield check


def _kiosk_key(check: InputCheck) -> object:
    """Files of one kiosk come together (inputs are in merge order); others one by one."""
    return check.kiosk_id or object()


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
    found = discover(given, exclude=[target])
    if not found:
        names = ", ".join(str(p) for p in given)
        raise MergeError(f"no booth files (.sqlite, .db, .gerai) found in {names}: nothing merged")
    return found


def read_at_their_booth(
    receipts: Sequence[Receipt], origins: Mapping[Receipt, str], truth: OrganizersPack | None
) -> tuple[list[Receipt], list[str]]:
    """Receipts whose photos (or text files) lie in a folder named after another agency's
    booth are set aside: any booth's screen can show a receipt naming any kiosk.

    Organizers who keep one folder per booth (named by its agency code, e.g.
    `foto-struk/DPUPR/`) get this check; a receipt read in no such folder passes.
    """
    if truth is None:
        return list(receipts), []
    codes = {a["code"].upper() for a in truth.rows.agencies}
    kept, misplaced = [], []
    for receipt in receipts:
        places = [p.strip() for p in origins.get(receipt, "").split(", ") if p.strip()]
        booths = [(p, _booth_folder(p, codes)) for p in places]
        wrong = [(p, b) for p, b in booths if b and b != receipt.agency_code.upper()]
        right = [p for p, b in booths if b == receipt.agency_code.upper()]
        if wrong and not right:
            for place, booth in wrong:
                misplaced.append(
                    f"{place}: a receipt of {receipt.agency_code} (kiosk {receipt.kiosk_id[:8]})"
                    f" read in {booth}'s folder, i.e. shown on {booth}'s screen: not used"
                )
        else:
            kept.append(receipt)
    return kept, misplaced


def _booth_folder(place: str, codes: set[str]) -> str | None:
    """The agency whose folder holds this file (the nearest folder named like one), if any."""
    folders = Path(place.rsplit(":", 1)[0] if place[-1:].isdigit() else place).parts[:-1]
    for folder in reversed(folders):
        if folder.upper() in codes:
            return folder.upper()
    return None


def _in_transaction(conn: sqlite3.Connection, work: Callable[[], None]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (disk full)
            conn.execute("ROLLBACK")
        raise


def _rejudge_merged(conn: sqlite3.Connection, judged: set[str], options: _Options) -> None:
    """Kiosks merged before and given no file now: their receipts may have come since."""
    kiosks = conn.execute("SELECT kiosk_id, last_seq FROM kiosks WHERE last_seq > 0").fetchall()
    for kiosk, last_seq in kiosks:
        if kiosk in judged:
            continue
        judgement = judge_kiosk(
            kiosk,
            [],
            MergedChain(conn, kiosk, last_seq),
            options.receipts.get(kiosk, KioskReceipts()),
            options.require_receipts,
            options.roster,
        )
        if judgement.merged_upto is not None:
            _trim_merged(
                conn,
                kiosk,
                judgement.merged_upto,
                judgement.merged_status,
                judgement.merged_reason,
            )


def _merge_kiosk(
    conn: sqlite3.Connection, group: list[InputCheck], options: _Options, judged: set[str]
) -> list[SourceOutcome]:
    """Judge every file of one kiosk together, then merge each as judged."""
    outcomes: dict[str, SourceOutcome] = {}
    candidates = []
    for check in group:
        early = _early_outcome(conn, check, options)
        if early is not None:
            outcomes[check.path] = early
        else:
            candidates.append(check)
    if candidates:
        kiosk = str(candidates[0].kiosk_id)
        judged.add(kiosk)
        files = [FileChain(c, _intact(c, options.accept_prefix)) for c in candidates]
        have = _kiosk_last_seq(conn, kiosk)
        merged = MergedChain(conn, kiosk, have) if have else None
        judgement = judge_kiosk(
            kiosk,
            files,
            merged,
            options.receipts.get(kiosk, KioskReceipts()),
            options.require_receipts,
            options.roster,
        )
        if judgement.merged_upto is not None:
            _trim_merged(
                conn, kiosk, judgement.merged_upto, judgement.merged_status, judgement.merged_reason
            )
        for check, chain in zip(candidates, files, strict=True):
            _vouched_prefix(chain, judgement.verdicts[check.path], options)
        for check in candidates:
            _note_unreceipted_copy(check, options.receipts.get(kiosk, KioskReceipts()))
            outcomes[check.path] = _merge_one(conn, check, judgement.verdicts[check.path], options)
    return [outcomes[c.path] for c in group]


def _vouched_prefix(chain: FileChain, verdict: Verdict, options: _Options) -> None:
    """--accept-valid-prefix counts a broken file's intact part only as far as the kiosk's
    receipts vouch for it (when it has any): the part before a break may be rewritten too."""
    check = chain.check
    receipts = options.receipts.get(str(check.kiosk_id), KioskReceipts())
    if not options.accept_prefix or check.chain is None or check.chain.ok or not receipts.checks:
        return
    upto = confirmed_upto(chain, receipts)
    if verdict.upto is None or upto < verdict.upto:
        verdict.upto = upto


# The start of the warning `_note_unreceipted_copy` gives (the merge summary looks for it).
NOT_THE_EXPORTED_FILE = "not the file the closing receipt names"


def _note_unreceipted_copy(check: InputCheck, receipts: KioskReceipts) -> None:
    """A file as long as the closing receipt that is not the file it names: say so."""
    closing = receipts.closing
    if closing is None or not closing.file_sha256 or check.chain is None:
        return
    if check.chain.count < closing.last_seq:
        return
    if check.sha256 not in {r.file_sha256 for r in receipts.closings}:
        check.warnings.append(
            f"{NOT_THE_EXPORTED_FILE} (SHA-256 {check.sha256[:12]}..., the"
            f" receipt's {closing.file_sha256[:12]}...): its records are checked against the"
            " receipt; anything else in it may have changed after the export"
        )


def _intact(check: InputCheck, accept_prefix: bool) -> int:
    chain = check.chain
    assert chain is not None
    return chain.count if chain.ok or accept_prefix else 0


def _early_outcome(
    conn: sqlite3.Connection, check: InputCheck, options: _Options
) -> SourceOutcome | None:
    """The outcome of a file decided on its own: seen before, unreadable, another festival."""
    known = conn.execute(
        "SELECT id, status, records_added FROM sources WHERE path = ? AND file_sha256 = ?",
        [check.path, check.sha256],
    ).fetchone()
    if known and options.accept_prefix and known[1:] == (CHAIN_BROKEN, 0):
        _forget_source(conn, known[0])  # merged before without the flag: now count its prefix
    elif known:
        return _outcome(check, DUPLICATE, f"already merged as source {known[0]}", 0, None)
    status, detail = check.status, check.detail
    if status is None:
        status, detail = _festival_mismatch(conn, check, options.truth)
    if status is not None:
        return _store_source(conn, check, status, detail, 0)
    return None


def _merge_one(
    conn: sqlite3.Connection, check: InputCheck, verdict: Verdict, options: _Options
) -> SourceOutcome:
    """Record one judged input in `sources` and merge what may be merged of it."""
    conn.execute("ATTACH DATABASE ? AS src", [check.uri])
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            outcome = _merge_records(conn, check, verdict, options)
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
    return (
        text.startswith("Could not decode to UTF-8")
        or "malformed" in text
        or "no such table: src." in text  # a booth table renamed or dropped
        or ("no such column" in text and "src." in text)
    )


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


def _festival_mismatch(
    conn: sqlite3.Connection, check: InputCheck, truth: OrganizersPack | None
) -> tuple[str | None, str]:
    if truth is None:  # no organizers' pack (a library caller): the first festival merged
        row = conn.execute("SELECT slug FROM festival_versions LIMIT 1").fetchone()
        if row and check.festival_slug != row[0]:
            return OTHER_FESTIVAL, f"festival '{check.festival_slug}', not '{row[0]}': not merged"
        return None, ""
    if check.pack_sha256 != truth.sha256:
        made = (
            f"festival '{check.festival_slug}', not '{truth.slug}'"
            if check.festival_slug != truth.slug
            else f"made from pack {str(check.pack_sha256)[:12]}, not the organizers' pack"
            f" {truth.sha256[:12]}"
        )
        return OTHER_FESTIVAL, f"{made}: not merged"
    if check.agency_code not in {a["code"] for a in truth.rows.agencies}:
        return IMPOSTOR, f"claims agency {check.agency_code}, which is not in the organizers' pack"
    return None, ""


def _merge_records(
    conn: sqlite3.Connection, check: InputCheck, verdict: Verdict, options: _Options
) -> SourceOutcome:
    """Inside one transaction: copy in what the verdict allows, keep the rest listed."""
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
    if verdict.status in _EXCLUDING:
        _exclude(conn, source_id, 0, None, f"{verdict.status}: {verdict.detail}")
        return _finish_source(conn, check, source_id, str(verdict.status), verdict.detail, 0)
    counted = _intact(check, options.accept_prefix)
    if verdict.upto is not None and verdict.upto < counted:
        counted = verdict.upto
        reason = (
            f"{verdict.status}: {verdict.detail}"
            if verdict.status
            else "after the last record a receipt vouches for: --accept-valid-prefix counts"
            " no further"
        )
        _exclude(conn, source_id, counted, chain.count, reason)
    have = _kiosk_last_seq(conn, kiosk)
    fork = _fork_point(conn, kiosk, min(have, counted))
    if fork is not None:  # the judge compared the chains already: a race with another writer
        raise MergeError(f"{check.path}: records at {fork} changed while merging")
    added = _copy_records(conn, source_id, have, counted)
    if counted < _intact(check, True) and verdict.upto is None:
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
    changed = differences(conn, options.truth) if options.truth else []
    if added:
        _store_findings(conn, check, source_id)
    _update_kiosk(conn, check)
    status, detail = _status(check, have, added, counted, options.accept_prefix)
    status, detail = _worst(status, detail, verdict, changed)
    return _finish_source(conn, check, source_id, status, detail, added)


def _worst(status: str, detail: str, verdict: Verdict, changed: list[str]) -> tuple[str, str]:
    """One status naming the gravest cause; the others follow in the detail."""
    causes = []
    if verdict.status in (INCOMPLETE, BEYOND_RECEIPT):
        causes.append((str(verdict.status), verdict.detail))
    if changed:
        causes.append(
            (
                CONTENT_CHANGED,
                "differs from the organizers' pack (never applied): " + "; ".join(changed),
            )
        )
    if verdict.status == NO_RECEIPT:
        causes.append((NO_RECEIPT, verdict.detail))
    if status == CHAIN_BROKEN or not causes:
        return status, "; ".join([detail, *(d for _, d in causes)])
    return causes[0][0], "; ".join([*(d for _, d in causes), detail])


def _status(
    check: InputCheck, have: int, added: int, counted: int, accept_prefix: bool
) -> tuple[str, str]:
    chain = check.chain
    assert chain is not None
    if not chain.ok:
        prefix = (
            (f"records 1..{counted} before it counted" if counted else "no record before it")
            + f" (--accept-valid-prefix), {added} new"
            if accept_prefix
            else "nothing counted from this file; --accept-valid-prefix would count "
            + (f"records 1..{chain.count}" if chain.count else "nothing either")
        )
        return CHAIN_BROKEN, f"chain broken at sequence {chain.bad_seq}: {chain.problem}; {prefix}"
    if have == 0 and added:
        return ACCEPTED, f"{added} records, sequence 1..{counted}"
    if added:
        return EXTENDED, f"extended the kiosk from sequence {have} to {have + added}"
    if have == 0:
        return ACCEPTED, "no visitor records in this file"
    return DUPLICATE, f"all {counted} records already merged"


def _trim_merged(
    conn: sqlite3.Connection, kiosk_id: str, upto: int, status: str, reason: str
) -> None:
    """Records an earlier merge counted past `upto` stop counting: listed, with why."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "UPDATE sources SET status = ?, detail = ? WHERE kiosk_id = ? AND id IN"
            " (SELECT DISTINCT source_id FROM main.visitor_records WHERE kiosk_id = ? AND seq > ?)",
            [status, reason, kiosk_id, kiosk_id, upto],
        )
        conn.execute(
            f"INSERT OR IGNORE INTO excluded_records ({_COLS}, source_id, reason)"
            f" SELECT {_COLS}, source_id, ? FROM main.visitor_records"
            " WHERE kiosk_id = ? AND seq > ? ORDER BY seq",
            [f"{status}: {reason}", kiosk_id, upto],
        )
        conn.execute(
            "DELETE FROM main.visitor_records WHERE kiosk_id = ? AND seq > ?", [kiosk_id, upto]
        )
        conn.execute(
            "UPDATE kiosks SET records = (SELECT count(*) FROM visitor_records v WHERE"
            " v.kiosk_id = kiosks.kiosk_id), last_seq = coalesce((SELECT max(seq) FROM"
            " visitor_records v WHERE v.kiosk_id = kiosks.kiosk_id), 0), head_hash ="
            " coalesce((SELECT hash FROM visitor_records v WHERE v.kiosk_id = kiosks.kiosk_id"
            " ORDER BY seq DESC LIMIT 1), ?) WHERE kiosk_id = ?",
            ["0" * 64, kiosk_id],
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


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
    truth: OrganizersPack | None,
    finish: Callable[[sqlite3.Connection], None] | None,
) -> None:
    """After all inputs: the content shown (the pack's), check receipts, then `finish`.

    Each step commits before the next, so `finish` may read what they wrote from a
    second connection; the merge is still all or nothing, on its private copy.
    """

    def settle() -> None:
        if truth is not None:
            apply_pack(conn, truth)
        else:
            content.choose_versions(conn)
        check_receipts(conn)

    _in_transaction(conn, settle)
    if finish is None:
        conn.execute(UUID_INDEX)  # built once, after the copying (see schema.UUID_INDEX)
    else:  # builds it too, while a second connection reads (see ranking.write_results)
        _in_transaction(conn, lambda: finish(conn))
