"""An honest festival of eight booths, built once, and the plain-SQL truth about it.

The booths run the demo pack through the real rules (`kiosk.simulate`), hand
over with `export_database`, and the organizers write down each closing
receipt. The attacks in this folder start from copies of these files.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.pack.demo import write_demo_pack
from kiosk.setup import prepare_booth
from kiosk.simulate import simulate
from kiosk.storage.database import BoothDatabase, kiosk_id_of, open_booth_database
from kiosk.storage.export import export_database
from kiosk.storage.receipt import Receipt, format_receipt, opening_receipt, receipt_for_export

BOOTHS = {  # agency: (sessions, seed)
    "DPUPR": (70, 11),
    "DINKES": (60, 12),
    "DINDIK": (55, 13),
    "BPBD": (40, 14),
    "DINDUKCAPIL": (50, 15),
    "DINSOS": (35, 16),
    "RSUD": (45, 17),
    "DINKOMINFO": (40, 18),
}


@dataclass
class HonestFestival:
    """Where everything is: the pack, each booth's live file, export and receipt."""

    root: Path
    pack: Path
    live: dict[str, Path] = field(default_factory=dict)  # agency -> the booth's own file
    exports: dict[str, Path] = field(default_factory=dict)  # agency -> handed-over file
    receipts: dict[str, str] = field(default_factory=dict)  # agency -> closing receipt line
    opening: dict[str, str] = field(default_factory=dict)  # agency -> opening receipt line
    spots: dict[str, str] = field(default_factory=dict)  # agency -> midday spot-check line
    kiosk_ids: dict[str, str] = field(default_factory=dict)  # agency -> kiosk id


def spot_check_at(db: BoothDatabase, agency: str) -> Receipt:
    """The spot-check receipt an organizer walking past in mid-festival photographed: the
    kiosk's head at that moment (the visitor record half-way through the festival)."""
    seq = db.execute("SELECT count(*) FROM visitor_records").fetchone()[0] // 2
    count, head, at = db.execute(
        "SELECT seq, hash, recorded_at FROM visitor_records WHERE seq = ?", [seq]
    ).fetchone()
    return Receipt(kiosk_id_of(db), agency, count, seq, head, kind="spot", at=at)


def build_festival(root: Path) -> HonestFestival:
    festival = HonestFestival(root, write_demo_pack(root / "pack"))
    template = root / "template.sqlite"
    db, _, _ = prepare_booth(template, festival.pack, "DPUPR")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    for agency, (sessions, seed) in BOOTHS.items():
        live = root / "booths" / agency.lower() / "booth.sqlite"
        live.parent.mkdir(parents=True)
        shutil.copy(template, live)
        kiosk_id = str(uuid.uuid4())
        with sqlite3.connect(live) as conn:
            conn.execute("UPDATE kiosk SET kiosk_id = ?, agency_code = ?", [kiosk_id, agency])
        conn.close()
        db = open_booth_database(live)
        festival.opening[agency] = format_receipt(opening_receipt(db))
        simulate(db, agency, sessions, seed)
        festival.spots[agency] = format_receipt(spot_check_at(db, agency))
        db.close()
        result = export_database(live, root / "handed-over" / f"gerai-{agency.lower()}.sqlite")
        festival.live[agency] = live
        festival.exports[agency] = result.path
        festival.receipts[agency] = format_receipt(receipt_for_export(result, agency))
        festival.kiosk_ids[agency] = kiosk_id
    template.unlink()
    return festival


@dataclass
class Desk:
    """One organizer's working copy of the festival: a stick of files and a receipt list."""

    festival: HonestFestival
    root: Path
    files: dict[str, Path] = field(default_factory=dict)  # agency -> file on the stick

    @classmethod
    def copy_of(cls, festival: HonestFestival, root: Path) -> Desk:
        desk = cls(festival, root)
        stick = root / "stick"
        stick.mkdir(parents=True)
        for agency, path in festival.exports.items():
            desk.files[agency] = Path(shutil.copy(path, stick / path.name))
        return desk

    @property
    def stick(self) -> Path:
        return self.root / "stick"

    def receipts_file(
        self, leave_out: Iterable[str] = (), extra: Iterable[str] = (), roster: bool = True
    ) -> Path:
        """The receipts organizers photographed: every booth's opening and spot-check receipt
        (unless `roster` is False) and closing receipt (minus `leave_out`'s)."""
        skip = set(leave_out)
        lines = [line for agency, line in self.festival.receipts.items() if agency not in skip]
        if roster:
            lines = [*self.festival.opening.values(), *self.festival.spots.values(), *lines]
        path = self.root / "struk.txt"
        path.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
        return path


def receipts_by_booth(desk: Desk, shown_at: dict[str, list[str]] | None = None) -> Path:
    """The receipts as organizers keep them: one folder per booth, named by its agency, each
    holding what was photographed there; `shown_at` adds lines a booth's screen showed."""
    folder = desk.root / "foto-struk"
    shutil.rmtree(folder, ignore_errors=True)
    festival = desk.festival
    for agency in festival.receipts:
        lines = [festival.opening[agency], festival.spots[agency], festival.receipts[agency]]
        lines += (shown_at or {}).get(agency, [])
        (folder / agency).mkdir(parents=True)
        (folder / agency / "struk.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def votes_by_innovation(path: Path, up_to_seq: int | None = None) -> Counter[str]:
    """Plain SQL over one booth file: its votes per innovation (the oracle)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        sql = "SELECT innovation_slug, count(*) FROM visitor_records WHERE kind = 'vote'"
        params: list[int] = []
        if up_to_seq is not None:
            sql += " AND seq <= ?"
            params.append(up_to_seq)
        rows = conn.execute(sql + " GROUP BY innovation_slug", params).fetchall()
    finally:
        conn.close()
    return Counter({slug: n for slug, n in rows})


def pack_owners(festival: HonestFestival) -> dict[str, str]:
    """innovation slug -> owning agency, as the organizers' pack says."""
    import json

    document = json.loads((festival.pack / "pack.json").read_text(encoding="utf-8"))
    return {i["slug"]: i["agency"] for i in document["innovations"]}
