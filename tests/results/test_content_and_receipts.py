"""Content carried by several booths, and receipts without (complete) files."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from kiosk.pack.format import load_pack
from kiosk.results.collect import merge_kiosk_files
from kiosk.storage.content import edit_innovation, map_layout_json
from kiosk.storage.database import open_booth_database
from kiosk.storage.receipt import Receipt
from tests.results.festival_demo import DemoFestival
from tests.results.kiosks import build_kiosk, export


def test_innovation_shown_as_its_own_booth_edited_it(tmp_path: Path) -> None:
    dpupr = build_kiosk(tmp_path / "dpupr.sqlite", "DPUPR", 2)
    dinkes = build_kiosk(tmp_path / "dinkes.sqlite", "DINKES", 2, seed=3)
    db = open_booth_database(dpupr)
    db.execute("UPDATE kiosk SET agency_code = 'DPUPR'")
    edit_innovation(db, "lapor-jalan-rusak", "title_id", "Lapor Jalan Rusak (baru)", "staf")
    db.close()
    db = open_booth_database(dinkes)
    db.execute("UPDATE kiosk SET agency_code = 'DINKES'")
    edit_innovation(db, "lapor-jalan-rusak", "title_id", "Diubah stan lain", "staf")
    db.close()
    out = tmp_path / "out.sqlite"
    merge_kiosk_files(
        out,
        [export(dpupr, tmp_path / "a.sqlite"), export(dinkes, tmp_path / "b.sqlite")],
        workers=1,
    )
    conn = sqlite3.connect(out)
    title, versions = conn.execute(
        "SELECT title_id, versions FROM innovations WHERE slug = 'lapor-jalan-rusak'"
    ).fetchone()
    assert (title, versions) == ("Lapor Jalan Rusak (baru)", 2)
    ranked = conn.execute("SELECT title FROM ranking WHERE innovation_slug = 'lapor-jalan-rusak'")
    assert ranked.fetchone()[0] == "Lapor Jalan Rusak (baru)"


def test_receipts_without_a_file_or_with_only_a_shorter_copy(tmp_path: Path) -> None:
    raw = build_kiosk(tmp_path / "raw.sqlite", "DPUPR", 3)
    early = Path(shutil.copy(export(raw, tmp_path / "e.sqlite"), tmp_path / "early.sqlite"))
    conn = sqlite3.connect(early)
    kiosk_id, last = conn.execute("SELECT kiosk_id, max(seq) FROM visitor_records").fetchone()
    conn.close()
    receipts = [
        Receipt(kiosk_id, "DPUPR", last + 5, last + 5, "a" * 64, "b" * 64),
        Receipt("00000000-0000-0000-0000-000000000000", "DINKES", 9, 9, "c" * 64, "d" * 64),
    ]
    out = tmp_path / "out.sqlite"
    report = merge_kiosk_files(out, [early], receipts=receipts, workers=1)
    assert report.sources[0].status == "incomplete"
    assert f"records {last + 1}..{last + 5} missing" in report.sources[0].detail
    # No receipt vouches for any record of the shorter copy (no opening receipt, and the
    # closing receipt lies beyond it): nothing of it counts, and the receipt finds no file.
    assert "nothing counted" in report.sources[0].detail and report.records_added == 0
    rows = sqlite3.connect(out).execute("SELECT agency_code, status FROM receipts ORDER BY 1")
    assert rows.fetchall() == [("DINKES", "no_file"), ("DPUPR", "no_file")]


def test_the_map_layout_comes_from_the_pack_never_from_a_booth_file(
    tmp_path: Path, demo: DemoFestival
) -> None:
    """A booth file carries the map it was given (stage, entrances, north) for its own
    screen; the merge neither reads it nor compares it: an edited one changes no verdict
    and no fact, and the festival file keeps the pack's map, from the pack."""
    pack = load_pack(demo.pack)
    pack.close()
    honest, edited = tmp_path / "honest", tmp_path / "edited"
    for folder in (honest, edited):
        folder.mkdir()
        shutil.copy(demo.exports["DINKES"], folder / "dinkes.sqlite")
    conn = sqlite3.connect(edited / "dinkes.sqlite")
    moved = '{"entrances": [], "stage": {"x": 0.9, "y": 0.9}, "north": 180}'
    conn.execute("UPDATE festival SET map_layout = ?", [moved])
    conn.commit()
    conn.close()
    verdicts = []
    for folder in (honest, edited):
        out = folder / "FESTIVAL.sqlite"
        merge_kiosk_files(out, [folder / "dinkes.sqlite"], workers=1, pack=demo.pack)
        merged = sqlite3.connect(out)
        verdicts.append(merged.execute("SELECT status, detail FROM sources").fetchall())
        assert "map_layout" not in {r[1] for r in merged.execute("PRAGMA table_info(festival)")}
        kept = json.loads(merged.execute("SELECT content FROM organizers_pack").fetchone()[0])
        assert kept["festival"]["map_layout"] == map_layout_json(pack.festival.map)
        merged.close()
    assert verdicts[0] == verdicts[1]
