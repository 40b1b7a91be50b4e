"""What the merge can say about one input file: one status, naming the true cause.

`STATUSES` says, for the organizers, what each means and what to do; the
merge's summary and `docs/organizers.md` use the same words. Only the first
three are clean: `kiosk merge` exits 0 only when every input has one of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    name: str
    counted: str  # what of the file counts: "all", "part" or "none"
    meaning: str
    todo: str  # what the organizer does about it ("" for the clean ones)


ACCEPTED = "accepted"
EXTENDED = "extended"
DUPLICATE = "duplicate"
NO_RECEIPT = "no_receipt"
CONTENT_CHANGED = "content_changed"
INCOMPLETE = "incomplete"
BEYOND_RECEIPT = "beyond_receipt"
RECEIPT_MISMATCH = "receipt_mismatch"
RECEIPT_CONFLICT = "receipt_conflict"
IMPOSTOR = "impostor"
UNROSTERED = "unrostered"
FORK = "fork"
CHAIN_BROKEN = "chain_broken"
OTHER_FESTIVAL = "other_festival"
CORRUPT = "corrupt"
NOT_KIOSK = "not_kiosk"
NEWER_SCHEMA = "newer_schema"

STATUSES = {
    s.name: s
    for s in (
        Status(ACCEPTED, "all", "the kiosk's records, checked against its receipts", ""),
        Status(EXTENDED, "all", "a longer copy of a kiosk merged before: the new records", ""),
        Status(DUPLICATE, "none", "records already merged (the same file, or a shorter copy)", ""),
        Status(
            NO_RECEIPT,
            "all",
            "no closing receipt of this kiosk was given: nothing confirms the file is the one"
            " handed over (--require-receipts: not counted)",
            "find the photo of its closing receipt and merge again with it",
        ),
        Status(
            CONTENT_CHANGED,
            "all",
            "the file's festival rules or innovations differ from the organizers' pack in"
            " more than staff may edit; the differences are named and never applied",
            "ask the booth why; its votes count, its content changes do not",
        ),
        Status(
            INCOMPLETE,
            "part",
            "the file is shorter than its closing receipt: the records it names are missing",
            "fetch the kiosk's final export (or its backup) and merge again",
        ),
        Status(
            BEYOND_RECEIPT,
            "part",
            "records written after the closing receipt: they are listed, not counted",
            "none needed; ask the booth why the kiosk was used after closing",
        ),
        Status(
            RECEIPT_MISMATCH,
            "none",
            "the file does not hold the records a receipt photographed: it was changed after"
            " that receipt",
            "treat as tampering; fetch the booth's backup files and hear the booth",
        ),
        Status(
            RECEIPT_CONFLICT,
            "none",
            "the kiosk's receipts contradict each other about this file (one matches it, another"
            " does not): a receipt shown on another booth's screen, or the file rewritten"
            " between the two",
            "find where each photo was taken (sort photos into one folder per booth, named by"
            " its agency code); remove the wrong one and merge again",
        ),
        Status(
            UNROSTERED,
            "none",
            "no opening receipt was photographed for this kiosk although other kiosks have"
            " one: it is not on the roster",
            "if the booth really ran this kiosk, find its opening receipt photo; or count it"
            " deliberately with --admit-unrostered",
        ),
        Status(
            IMPOSTOR,
            "none",
            "the file claims a kiosk on the roster, but not its chain start or agency: it is"
            " not that kiosk",
            "treat as tampering: the honest kiosk's file is judged without it",
        ),
        Status(
            FORK,
            "none",
            "two files of one kiosk whose records differ (a cloned kiosk or a rewritten copy);"
            " the receipts did not confirm this branch",
            "if the receipts cannot decide, neither branch counts: find the closing receipt",
        ),
        Status(
            CHAIN_BROKEN,
            "none",
            "a record was changed, removed or inserted: the hash chain breaks",
            "--accept-valid-prefix counts the intact records before the break",
        ),
        Status(
            OTHER_FESTIVAL,
            "none",
            "made from another pack than the organizers' (another festival, or a pack the"
            " organizers did not issue)",
            "check the stick: it may hold a file from a rehearsal or another event",
        ),
        Status(
            CORRUPT,
            "none",
            "the file is damaged (SQLite's integrity check fails): a failing stick or a copy"
            " cut short, not an edit",
            "copy the file again from the kiosk or its backup folder",
        ),
        Status(NOT_KIOSK, "none", "not a booth file", "ignore it, or give the right file"),
        Status(
            NEWER_SCHEMA, "none", "written by a newer Gerai", "update this tool and merge again"
        ),
    )
}
CLEAN = frozenset({ACCEPTED, EXTENDED, DUPLICATE})
