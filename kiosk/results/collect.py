"""The organizers' merge as one step: booth files into the festival file, ranked.

The merge itself (kiosk.results.merge) knows nothing of rankings; the
analysis reads what the merge wrote. This module joins the two so that the
results tables are written in the merge's last step, on its private copy, before
that copy is put in place: a festival file never holds records without the
ranking that counts them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from kiosk.results.analysis.cards import CardSheet, record_card_sheets, revoke_batches
from kiosk.results.analysis.ranking import write_results
from kiosk.results.merge.kiosk_files import MergeReport, Progress, merge_booth_files
from kiosk.storage.database import utc_iso
from kiosk.storage.receipt import Receipt


def merge_kiosk_files(
    out: str | Path,
    inputs: Iterable[str | Path],
    receipts: Sequence[Receipt] = (),
    accept_valid_prefix: bool = False,
    workers: int | None = None,
    *,
    pack: str | Path | None = None,
    require_receipts: bool = False,
    origins: Mapping[Receipt, str] | None = None,
    need_pack: bool = False,
    unread_receipts: Sequence[str] = (),
    admit_unrostered: bool = False,
    progress: Progress | None = None,
    revoked_batches: Sequence[int] = (),
    card_sheets: Sequence[CardSheet] = (),
) -> MergeReport:
    """Merge booth files (or folders of them) into `out` and write its ranking and flags.

    Card mode: `revoked_batches` are kept in the file for good (a revoked batch stays
    revoked in later merges); `card_sheets` say how many cards were printed.
    """

    def finish(conn: sqlite3.Connection) -> None:
        revoke_batches(conn, list(revoked_batches), utc_iso())
        record_card_sheets(conn, card_sheets)
        write_results(conn)

    return merge_booth_files(
        out,
        inputs,
        receipts,
        accept_valid_prefix,
        workers,
        finish,
        pack=pack,
        require_receipts=require_receipts,
        origins=origins,
        need_pack=need_pack,
        unread_receipts=unread_receipts,
        admit_unrostered=admit_unrostered,
        progress=progress,
    )
