"""A festival's worth of USB sticks, built with `kiosk.simulate` on the demo festival.

Used by the end-to-end tests and to make the report screenshot:

    python -m tests.results.festival_demo /tmp/demo   # then kiosk merge / report
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.clock import ManualClock
from kiosk.pack.demo import write_demo_pack
from kiosk.setup import prepare_booth
from kiosk.simulate import simulate
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import export_database
from kiosk.storage.receipt import format_receipt, receipt_for_export
from kiosk.storage.records import RecordLog

AGENCIES = {  # agency: (sessions, seed)
    "DPUPR": (90, 1),
    "DINKES": (70, 2),
    "DINDIK": (55, 3),
    "BPBD": (40, 4),
    "DINSOS": (30, 5),
    "RSUD": (45, 6),
    "DINKOMINFO": (35, 7),
}


@dataclass
class DemoFestival:
    root: Path
    raw: dict[str, Path] = field(default_factory=dict)  # agency -> live booth file
    exports: dict[str, Path] = field(default_factory=dict)  # agency -> exported file
    receipts: Path | None = None
    sticks: list[Path] = field(default_factory=list)

    @property
    def pack(self) -> Path:
        """The organizers' pack every booth imported."""
        return self.root / "demo-pack"


def build_booths(root: Path, scale: float = 1.0) -> dict[str, Path]:
    """One live booth file per agency with simulated visitors (one pack import, then copies)."""
    root.mkdir(parents=True, exist_ok=True)
    template = root / "template.sqlite"
    # A fresh demo pack, not the one cached in db/: that may predate the current demo.
    pack = write_demo_pack(root / "demo-pack")
    db, _, _ = prepare_booth(template, pack, "DPUPR")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    booths = {}
    for agency, (sessions, seed) in AGENCIES.items():
        path = root / "kiosks" / agency.lower() / "booth.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(template, path)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE kiosk SET kiosk_id = ?, agency_code = ?", [str(uuid.uuid4()), agency])
        conn.commit()
        conn.close()
        booth_db = open_booth_database(path)
        simulate(booth_db, agency, max(3, int(sessions * scale)), seed)
        booth_db.close()
        booths[agency] = path
    template.unlink()
    return booths


def stuff_ballot_box(path: Path, slug: str, votes: int = 24) -> None:
    """What the jury must see: votes forged through the record log, no visitors, no dwell."""
    db = open_booth_database(path)
    last = db.execute("SELECT max(recorded_at) FROM visitor_records").fetchone()[0]
    clock = ManualClock(datetime.fromisoformat(last) + timedelta(minutes=5))
    log = RecordLog(db, clock)
    agency = db.execute("SELECT agency_code FROM kiosk").fetchone()[0]
    for n in range(votes):
        session = str(uuid.uuid4())
        log.append("session_start", session, {"agency": agency, "lang": "id"})
        clock.advance(1)
        log.append("vote", session, {"agency": agency, "dwell_s": 1.2, "vote_no": 1}, slug)
        clock.advance(2 + n % 3)
    db.close()


def build_demo(root: Path, scale: float = 1.0) -> DemoFestival:
    """USB sticks as organizers get them: exports, raw copies, a copy twice, an edited file."""
    demo = DemoFestival(root)
    demo.raw = build_booths(root, scale)
    slug = _first_innovation(demo.raw["DINKOMINFO"])
    stuff_ballot_box(demo.raw["DINKOMINFO"], slug)
    stick1, stick2, stick3 = root / "usb-1", root / "usb-2", root / "usb-3"
    for stick in (stick1, stick2, stick3):
        stick.mkdir(parents=True, exist_ok=True)
    lines = []
    for agency in ("DPUPR", "DINKES", "DINDIK", "RSUD", "DINKOMINFO"):
        result = export_database(demo.raw[agency], stick1 / f"gerai-{agency.lower()}.sqlite")
        demo.exports[agency] = result.path
        lines.append(format_receipt(receipt_for_export(result, agency)))
    _raw_copy(demo.raw["BPBD"], stick2 / "db-bpbd" / "booth.sqlite", with_wal=True)
    _raw_copy(demo.raw["DINSOS"], stick2 / "db-dinsos" / "booth.sqlite", with_wal=False)
    shutil.copy(demo.exports["DPUPR"], stick2 / "gerai-dpupr (salinan).sqlite")
    edited = Path(shutil.copy(demo.exports["RSUD"], stick3 / "gerai-rsud-final.sqlite"))
    _edit_votes(edited)
    demo.receipts = root / "struk.txt"
    demo.receipts.write_text("# struk penutupan / closing receipts\n" + "\n".join(lines) + "\n")
    demo.sticks = [stick1, stick2, stick3]
    return demo


def _first_innovation(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        agency = conn.execute("SELECT agency_code FROM kiosk").fetchone()[0]
        row = conn.execute(
            "SELECT slug FROM innovations WHERE agency_code = ? ORDER BY sort_order", [agency]
        ).fetchone()
        return str(row[0])
    finally:
        conn.close()


def _raw_copy(live: Path, target: Path, with_wal: bool) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(live, target)
    wal = Path(f"{live}-wal")
    if with_wal and wal.exists():
        shutil.copy(wal, f"{target}-wal")


def _edit_votes(path: Path) -> None:
    """Someone wanting a better result: five votes moved to another innovation, in place."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER visitor_records_no_update")
    rows = conn.execute(
        "SELECT seq FROM visitor_records WHERE kind = 'vote' ORDER BY seq DESC LIMIT 5"
    ).fetchall()
    target = conn.execute("SELECT slug FROM innovations ORDER BY slug LIMIT 1").fetchone()[0]
    conn.executemany(
        "UPDATE visitor_records SET innovation_slug = ? WHERE seq = ?",
        [(target, seq) for (seq,) in rows],
    )
    conn.commit()
    conn.close()


if __name__ == "__main__":
    demo = build_demo(Path(sys.argv[1]))
    print(" ".join(str(s) for s in demo.sticks), "--receipts", demo.receipts)
