"""Receipts bind the kiosk's records whenever they arrive, and in whatever order files come."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.results.collect import merge_kiosk_files
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import export_database
from kiosk.storage.receipt import receipt_for_export
from tests.results.kiosks import OPENING, build_kiosk, visit


def counted(out: Path) -> int:
    conn = sqlite3.connect(out)
    try:
        return int(conn.execute("SELECT count(*) FROM visitor_records").fetchone()[0])
    finally:
        conn.close()


def test_a_closing_receipt_given_in_a_later_merge_still_bounds_the_kiosk(tmp_path: Path) -> None:
    raw = build_kiosk(tmp_path / "raw.sqlite", "DPUPR", 4)
    closing = export_database(raw, tmp_path / "closing.sqlite")
    receipt = receipt_for_export(closing, "DPUPR")
    db = open_booth_database(raw)  # used after the hand-over
    booth = Booth(db, "DPUPR", ManualClock(OPENING.replace(hour=9)))
    visit(booth, booth.clock, ["lapor-jalan-rusak"])  # type: ignore[arg-type]
    db.close()
    later = export_database(raw, tmp_path / "later.sqlite")
    out = tmp_path / "festival.sqlite"
    first = merge_kiosk_files(out, [later.path], workers=1)
    assert first.sources[0].status == "no_receipt"
    assert counted(out) == later.chain.count
    again = merge_kiosk_files(out, [later.path], receipts=[receipt], workers=1)
    assert again.sources[0].status == "duplicate"
    assert counted(out) == receipt.last_seq  # the records after the receipt no longer count
    conn = sqlite3.connect(out)
    excluded = conn.execute(
        "SELECT min(seq), max(seq), reason FROM excluded_records WHERE seq > ?",
        [receipt.last_seq],
    ).fetchone()
    assert excluded[:2] == (receipt.last_seq + 1, later.chain.count)
    assert "after the closing receipt" in excluded[2]
    assert conn.execute("SELECT closing_receipt FROM kiosks").fetchone() == ("confirmed",)
    status, detail = conn.execute("SELECT status, detail FROM sources").fetchone()
    assert status == "beyond_receipt" and "after the closing receipt" in detail


def test_the_receipted_copy_counts_whatever_the_order_and_the_other_is_held(
    tmp_path: Path,
) -> None:
    raw = build_kiosk(tmp_path / "raw.sqlite", "DINKES", 3)
    honest = export_database(raw, tmp_path / "stick" / "honest.sqlite")
    receipt = receipt_for_export(honest, "DINKES")
    clone_raw = tmp_path / "clone-raw.sqlite"
    clone_raw.write_bytes(Path(honest.path).read_bytes())
    db = open_booth_database(clone_raw)
    booth = Booth(db, "DINKES", ManualClock(OPENING.replace(hour=8)))
    visit(booth, booth.clock, [booth.innovations[0].slug])  # type: ignore[arg-type]
    db.close()
    clone = export_database(clone_raw, tmp_path / "stick" / "a-clone.sqlite")
    outcomes = []
    for n, order in enumerate(([honest.path, clone.path], [clone.path, honest.path])):
        report = merge_kiosk_files(tmp_path / f"out{n}.sqlite", order, [receipt], workers=1)
        outcomes.append({Path(s.path).name: s.status for s in report.sources})
        assert counted(tmp_path / f"out{n}.sqlite") == honest.chain.count
    # The clone extends the honest chain: its extra records come after the closing receipt.
    assert outcomes[0] == outcomes[1]
    assert outcomes[0] == {"honest.sqlite": "accepted", "a-clone.sqlite": "beyond_receipt"}
