"""Which files of one kiosk count: the roster, the receipts, and the branches of its chain.

All files that name one kiosk id are judged together, before any of them is
merged, so the order of inputs never matters and a file one booth makes
with a rival's kiosk id can never change how the rival's honest file is
treated:

1. **Roster.** An opening receipt binds a kiosk id to one agency and one
   chain start (the hash of record 1). A file that names the kiosk with
   another start or agency is an `impostor`.
2. **Receipts.** A file that holds a receipt's sequence number must hold it
   with the receipt's head hash; otherwise it was changed after that
   receipt (`receipt_mismatch`, naming the receipt and its time).
3. **Branches.** The remaining chains (and what earlier merges counted) are
   prefixes of one another, or they fork. Of several branches, the one
   confirmed by a receipt counts and the others are `fork`; when receipts
   cannot decide, no branch is preferred: all are held.
4. **The closing receipt** bounds the branch that counts: records after it
   are listed, not counted (`beyond_receipt`); a branch shorter than it is
   `incomplete`; a kiosk without one is `no_receipt`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field

from kiosk.results.merge.inputs import InputCheck
from kiosk.results.merge.statuses import (
    BEYOND_RECEIPT,
    FORK,
    IMPOSTOR,
    INCOMPLETE,
    NO_RECEIPT,
    RECEIPT_CONFLICT,
    RECEIPT_MISMATCH,
    UNROSTERED,
)
from kiosk.storage.receipt import Receipt


@dataclass
class Verdict:
    """What may be counted of one file, and why not more."""

    status: str | None = None  # None: merge it; accepted/extended/duplicate follow
    detail: str = ""
    upto: int | None = None  # count records 1..upto at most (None: every intact record)


@dataclass
class KioskReceipts:
    opening: list[Receipt] = field(default_factory=list)
    spots: list[Receipt] = field(default_factory=list)
    closings: list[Receipt] = field(default_factory=list)

    @property
    def checks(self) -> list[Receipt]:
        """Receipts that photographed a head: every branch that reaches one must hold it."""
        return [*self.spots, *self.closings]

    @property
    def closing(self) -> Receipt | None:
        """The latest closing receipt (a kiosk handed over twice is bound by the later)."""
        return max(self.closings, key=lambda r: (r.last_seq, r.at), default=None)


def receipts_by_kiosk(receipts: Iterable[Receipt]) -> dict[str, KioskReceipts]:
    found: dict[str, KioskReceipts] = {}
    for r in receipts:
        mine = found.setdefault(r.kiosk_id, KioskReceipts())
        {"open": mine.opening, "spot": mine.spots, "close": mine.closings}[r.kind].append(r)
    return found


class Chain:
    """One copy of a kiosk's chain: records 1..count, and the hash of any of them."""

    name: str
    count: int

    def hash_at(self, seq: int) -> str | None:
        raise NotImplementedError


class FileChain(Chain):
    """An input file's chain, read through a read-only connection of its own."""

    def __init__(self, check: InputCheck, counted: int) -> None:
        self.check = check
        self.name = check.path
        self.count = counted

    def hash_at(self, seq: int) -> str | None:
        # A connection per question: a kiosk claimed by hundreds of files must not hold
        # hundreds of files open (the judge asks each file only a few questions).
        with closing(sqlite3.connect(self.check.uri, uri=True)) as conn:
            row = conn.execute("SELECT hash FROM visitor_records WHERE seq = ?", [seq]).fetchone()
        return str(row[0]) if row else None


class MergedChain(Chain):
    """What earlier merges counted for this kiosk, in the festival file."""

    def __init__(self, conn: sqlite3.Connection, kiosk_id: str, count: int) -> None:
        self.conn, self.kiosk_id = conn, kiosk_id
        self.name = "the records merged before"
        self.count = count

    def hash_at(self, seq: int) -> str | None:
        row = self.conn.execute(
            "SELECT hash FROM main.visitor_records WHERE kiosk_id = ? AND seq = ?",
            [self.kiosk_id, seq],
        ).fetchone()
        return str(row[0]) if row else None


@dataclass
class Judgement:
    verdicts: dict[str, Verdict]  # by input path
    merged_upto: int | None = None  # earlier merged records after this no longer count
    merged_status: str = ""
    merged_reason: str = ""

    def trim_merged(self, upto: int, status: str, reason: str) -> None:
        self.merged_upto, self.merged_status, self.merged_reason = upto, status, reason


def judge_kiosk(
    kiosk_id: str,
    files: Sequence[FileChain],
    merged: MergedChain | None,
    receipts: KioskReceipts,
    require_receipts: bool,
    roster: bool = False,
) -> Judgement:
    """Decide, for every file naming `kiosk_id`, what of it may count.

    `roster`: the organizers keep a roster (opening receipts were given for some
    kiosk), so a kiosk without an opening receipt is not counted.
    """
    judgement = Judgement({f.name: Verdict() for f in files})
    held = _unbound(kiosk_id, receipts.opening, roster)
    if held is not None:
        for file in files:
            judgement.verdicts[file.name] = Verdict(*held, 0)
        if merged is not None and merged.count:
            judgement.trim_merged(0, *held)
        return judgement
    live: list[Chain] = []
    for file in files:
        verdict = judgement.verdicts[file.name]
        verdict.status, verdict.detail = _roster_problem(file, receipts.opening)
        if verdict.status is None:
            live.append(file)
    if merged is not None and merged.count:
        live.append(merged)
    # A chain that contradicts a receipt is set aside; whether it is a second branch (fork)
    # or the kiosk's only chain changed after the receipt depends on what else is there.
    contradicting = {}
    for chain in live:
        _, problem = _receipt_problem(chain, receipts.checks)
        if problem:
            contradicting[id(chain)] = problem
    clean = [c for c in live if id(c) not in contradicting]
    winner = _choose_branch(clean, receipts, judgement)
    confirmed = winner is not None and any(
        0 < r.last_seq <= winner[0].count for r in receipts.checks
    )
    for chain in live:
        if id(chain) not in contradicting:
            continue
        confirming = _confirming(chain, receipts.checks)
        if confirmed:
            assert winner is not None
            status, detail = FORK, _fork_detail(chain, winner[0])
        elif confirming:
            status = RECEIPT_CONFLICT
            detail = (
                f"{contradicting[id(chain)].removesuffix('; not counted')}, while the"
                f" {confirming.name.split(' of kiosk')[0]} holds for it: the receipts contradict"
                " each other (one shown on another booth's screen, or the file rewritten"
                " between them); not counted until the organizers settle which receipt"
                " to trust"
            )
        else:
            status, detail = RECEIPT_MISMATCH, contradicting[id(chain)]
        if isinstance(chain, MergedChain):
            judgement.trim_merged(0, status, detail)
        else:
            judgement.verdicts[chain.name] = Verdict(status, detail, 0)
    if winner:
        _bound_by_closing(winner, receipts, require_receipts, judgement)
    return judgement


def _fork_detail(chain: Chain, winner: Chain) -> str:
    return (
        f"its records differ from sequence {_divergence(chain, winner)} on from"
        f" {winner.name}, which the kiosk's receipts confirm: a second copy of this kiosk"
        " (cloned or rewritten); not counted"
    )


def _unbound(kiosk_id: str, opening: list[Receipt], roster: bool) -> tuple[str, str] | None:
    """Why the roster holds this kiosk's files back before any is looked at, if it does."""
    starts = {(r.first_hash, r.agency_code) for r in opening}
    if len(starts) > 1:
        said = "; ".join(sorted(f"{agency} from {first[:16]}..." for first, agency in starts))
        return RECEIPT_CONFLICT, (
            f"the opening receipts of kiosk {kiosk_id[:8]} disagree ({said}): one was shown"
            " on another booth's screen; not counted until the organizers settle which"
            " opening receipt to trust"
        )
    if roster and not starts:
        return UNROSTERED, (
            f"kiosk {kiosk_id[:8]} is not on the roster: no opening receipt of it was given;"
            " not counted (--admit-unrostered counts it)"
        )
    return None


def _confirming(chain: Chain, receipts: list[Receipt]) -> Receipt | None:
    """A receipt this chain holds: it reaches the receipt's sequence with its head."""
    for r in sorted(receipts, key=lambda r: -r.last_seq):
        if 0 < r.last_seq <= chain.count and chain.hash_at(r.last_seq) == r.head_hash:
            return r
    return None


def _roster_problem(chain: FileChain, opening: list[Receipt]) -> tuple[str | None, str]:
    starts = {(r.first_hash, r.agency_code) for r in opening}
    if len(starts) != 1:
        return None, ""  # not on the roster (or two opening receipts disagree): no binding
    first_hash, agency = next(iter(starts))
    receipt = opening[0]
    start = chain.hash_at(1)
    if start != first_hash:
        return IMPOSTOR, (
            f"claims kiosk {receipt.kiosk_id[:8]}, whose chain starts with"
            f" {first_hash[:16]}... (opening receipt, {receipt.at}); this file starts with"
            f" {(start or 'nothing')[:16]}...: another kiosk using its id; not counted"
        )
    if chain.check.agency_code != agency:
        return IMPOSTOR, (
            f"claims kiosk {receipt.kiosk_id[:8]}, opened for {agency} (opening receipt,"
            f" {receipt.at}); this file says {chain.check.agency_code}: not counted"
        )
    return None, ""


def _receipt_problem(chain: Chain, receipts: list[Receipt]) -> tuple[str | None, str]:
    for r in sorted(receipts, key=lambda r: r.last_seq):
        if 0 < r.last_seq <= chain.count and chain.hash_at(r.last_seq) != r.head_hash:
            when = f" ({r.at})" if r.at else ""
            return RECEIPT_MISMATCH, (
                f"record {r.last_seq} is not the one the {r.name.split(' receipt')[0]} receipt"
                f"{when} photographed: the records were changed after it; not counted"
            )
    return None, ""


def _consistent(longer: Chain, shorter: Chain) -> bool:
    return shorter.count == 0 or longer.hash_at(shorter.count) == shorter.hash_at(shorter.count)


def _divergence(a: Chain, b: Chain) -> int:
    """The first sequence number where two intact chains hold different records."""
    low, high = 1, min(a.count, b.count)
    while low < high:
        middle = (low + high) // 2
        if a.hash_at(middle) == b.hash_at(middle):
            low = middle + 1
        else:
            high = middle
    return low


def _choose_branch(
    live: list[Chain], receipts: KioskReceipts, judgement: Judgement
) -> list[Chain] | None:
    """The chains on the branch that counts (longest first), or None if none does."""
    ordered = sorted(live, key=lambda c: -c.count)
    tips: list[Chain] = []
    for chain in ordered:
        if not any(_consistent(tip, chain) for tip in tips):
            tips.append(chain)
    if not tips:
        return None
    branches = {id(t): [c for c in ordered if _consistent(t, c)] for t in tips}
    if len(tips) == 1:
        return branches[id(tips[0])]
    confirmed = [t for t in tips if any(0 < r.last_seq <= t.count for r in receipts.checks)]
    winner = confirmed[0] if len(confirmed) == 1 else None
    for tip in tips:
        if tip is winner:
            continue
        other = winner or next(t for t in tips if t is not tip)
        start = _divergence(tip, other)
        if winner is not None:
            detail = _fork_detail(tip, winner)
        else:
            detail = (
                f"{len(tips)} copies of this kiosk differ from sequence {start} on (cloned or"
                " rewritten) and no receipt decides between them: none is counted; find the"
                " kiosk's closing receipt"
            )
        for chain in branches[id(tip)]:
            if winner is not None and chain in branches[id(winner)]:
                continue  # a copy made before the fork belongs to the confirmed branch too
            if isinstance(chain, MergedChain):
                judgement.trim_merged(0, FORK, detail)
            else:
                judgement.verdicts[chain.name] = Verdict(FORK, detail, 0)
    return branches[id(winner)] if winner is not None else None


def confirmed_upto(chain: Chain, receipts: KioskReceipts) -> int:
    """The last record of `chain` a receipt vouches for (1 with an opening receipt, else 0)."""
    held = [r.last_seq for r in receipts.checks if 0 < r.last_seq <= chain.count]
    floor = 1 if receipts.opening and chain.count else 0
    return max([floor, *(s for s in held if chain.hash_at(s) is not None)])


def _short_of_a_receipt(branch: list[Chain], receipts: KioskReceipts, judgement: Judgement) -> bool:
    """A branch shorter than a receipt photographed of it is missing records; what it holds
    after the last receipt that vouches for it is not counted (it may have been rewritten,
    then cut to slip under the next receipt)."""
    tip = branch[0]
    beyond = [r for r in receipts.checks if r.last_seq > tip.count]
    if not beyond:
        return False
    upto = confirmed_upto(tip, receipts)
    saw = ", ".join(
        f"the {r.name.split(' receipt')[0]} receipt{f' ({r.at})' if r.at else ''} saw {r.last_seq}"
        for r in sorted(beyond, key=lambda r: r.last_seq)
    )
    detail = f"records {tip.count + 1}..{max(r.last_seq for r in beyond)} missing: {saw}; " + (
        f"1..{upto} counted, the last record a receipt vouches for"
        if upto
        else "nothing counted: no receipt vouches for any of it"
    )
    for chain in branch:
        if isinstance(chain, MergedChain):
            if chain.count > upto:
                judgement.trim_merged(upto, INCOMPLETE, detail)
        elif chain.count > upto or chain is tip:
            judgement.verdicts[chain.name] = Verdict(INCOMPLETE, detail, upto)
    return True


def _bound_by_closing(
    branch: list[Chain], receipts: KioskReceipts, require: bool, judgement: Judgement
) -> None:
    closing = receipts.closing
    files = [c for c in branch if isinstance(c, FileChain)]
    if _short_of_a_receipt(branch, receipts, judgement):
        return
    if closing is None:
        detail = "no receipt: the kiosk's closing receipt was not given"
        if require:
            detail += "; --require-receipts: not counted"
        for chain in files:
            judgement.verdicts[chain.name] = Verdict(NO_RECEIPT, detail, 0 if require else None)
        if require and any(isinstance(c, MergedChain) for c in branch):
            judgement.trim_merged(0, NO_RECEIPT, detail)
        return
    when = f" ({closing.at})" if closing.at else ""
    for chain in files:
        if chain.count > closing.last_seq:
            judgement.verdicts[chain.name] = Verdict(
                BEYOND_RECEIPT,
                f"records {closing.last_seq + 1}..{chain.count} were written after the closing"
                f" receipt{when}: listed, not counted",
                closing.last_seq,
            )
    merged = next((c for c in branch if isinstance(c, MergedChain)), None)
    if merged is not None and merged.count > closing.last_seq:
        judgement.trim_merged(
            closing.last_seq, BEYOND_RECEIPT, f"written after the closing receipt{when}"
        )
