"""A dishonest booth operator's tools: the booth PC, the source code and `sqlite3`.

They live in the tests, never in the product. Each returns the file the
attacker hands over.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.clock import ManualClock
from kiosk.setup import prepare_booth
from kiosk.simulate import simulate
from kiosk.storage.chain import CHAIN_FIELDS, GENESIS_HASH, record_hash
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import ExportResult, export_database, file_sha256
from kiosk.storage.records import RecordLog, verify_file


def booth_file(
    path: Path, pack: Path, agency: str, kiosk_id: str, sessions: int, seed: int
) -> Path:
    """A new booth file that says it is `kiosk_id` at `agency`, with simulated visitors."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db, _, _ = prepare_booth(path, pack, agency)
    db.execute("UPDATE kiosk SET kiosk_id = ?", [kiosk_id])
    db.close()
    db = open_booth_database(path)
    simulate(db, agency, sessions, seed)
    db.close()
    return path


def more_visitors(live: Path, sessions: int, seed: int, after: timedelta) -> None:
    """Visitors through the real rules, starting `after` the file's last record."""
    db = open_booth_database(live)
    last = db.execute("SELECT max(recorded_at) FROM visitor_records").fetchone()[0]
    agency = db.execute("SELECT agency_code FROM kiosk").fetchone()[0]
    simulate(db, agency, sessions, seed, start=datetime.fromisoformat(last) + after)
    db.close()


def closing_receipt(export: Path, agency: str) -> str:
    """The closing receipt staff mode shows for an exported file."""
    from kiosk.storage.receipt import format_receipt, receipt_for_export

    return format_receipt(
        receipt_for_export(
            ExportResult(export, file_sha256(export), verify_file(export)[0]), agency
        )
    )


@contextmanager
def merge_running(out: Path) -> Iterator[None]:
    """Another organizer's `kiosk merge` into `out`, holding it while the block runs."""
    code = (
        "import sys, time\n"
        "from kiosk.results.merge.festival_file import writing_festival_file\n"
        "with writing_festival_file(sys.argv[1]):\n"
        "    print('writing', flush=True)\n"
        "    sys.stdin.read()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "writing\n"
        yield
    finally:
        child.communicate("", timeout=30)


def hand_over(live: Path, out: Path) -> Path:
    """The booth's own export, as staff mode writes it."""
    out.unlink(missing_ok=True)
    return export_database(live, out).path


def edit_content(path: Path, steal: str, thief: str) -> None:
    """Rules loosened and a rival's innovation re-assigned, in the content tables only."""
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE festival SET imported_at = '2099-01-01T00:00:00Z', opening_time = '00:00',"
        " closing_time = '23:59', min_dwell_seconds = 0"
    )
    conn.execute("UPDATE innovations SET agency_code = ? WHERE slug = ?", [thief, steal])
    conn.commit()
    conn.close()


def cut_tail(path: Path, records: int) -> int:
    """Delete the last `records` visitor records; returns the new last sequence."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS visitor_records_no_delete")
    last = conn.execute("SELECT max(seq) FROM visitor_records").fetchone()[0]
    conn.execute("DELETE FROM visitor_records WHERE seq > ?", [last - records])
    conn.commit()
    conn.close()
    return int(last - records)


def forge_votes(path: Path, slug: str, votes: int) -> None:
    """Votes appended straight through the record log: correctly chained, no visitor."""
    db = open_booth_database(path)
    last = db.execute("SELECT max(recorded_at) FROM visitor_records").fetchone()[0]
    agency = db.execute("SELECT agency_code FROM kiosk").fetchone()[0]
    clock = ManualClock(datetime.fromisoformat(last) + timedelta(minutes=3))
    log = RecordLog(db, clock)
    for _ in range(votes):
        session = str(uuid.uuid4())
        log.append("session_start", session, {"agency": agency, "lang": "id"})
        clock.advance(7)
        log.append("vote", session, {"agency": agency, "dwell_s": 6.1, "vote_no": 1}, slug)
        clock.advance(30)
        log.append("session_end", session, {"reason": "finished"})
        clock.advance(40)
    db.close()


def rechain(path: Path, slug: str, extra_votes: int) -> None:
    """Rewrite the whole chain from the first record with extra votes woven in."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    for trigger in ("no_update", "no_delete", "in_order"):
        conn.execute(f"DROP TRIGGER IF EXISTS visitor_records_{trigger}")
    rows = [dict(r) for r in conn.execute("SELECT * FROM visitor_records ORDER BY seq")]
    votes = [r for r in rows if r["kind"] == "vote"]
    for n in range(extra_votes):
        copy = dict(votes[n % len(votes)])
        copy["uuid"], copy["innovation_slug"] = str(uuid.uuid4()), slug
        rows.insert(len(rows) * (n + 1) // (extra_votes + 1), copy)
    conn.execute("DELETE FROM visitor_records")
    prev = GENESIS_HASH
    for seq, row in enumerate(rows, 1):
        row["seq"], row["prev_hash"] = seq, prev
        row["hash"] = prev = record_hash({f: row[f] for f in CHAIN_FIELDS})
        names = [*CHAIN_FIELDS, "hash"]
        conn.execute(
            f"INSERT INTO visitor_records ({', '.join(names)}) VALUES ({', '.join('?' * 12)})",
            [row[n] for n in names],
        )
    conn.commit()
    conn.close()


def flip_bytes(path: Path, count: int, seed: int) -> None:
    """Random damage inside the file's pages (a failing stick), never the header."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(count):
        at = rng.randrange(4096, len(data))
        data[at] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def damage(path: Path, count: int = 40) -> None:
    """Byte flips (a failing stick) that SQLite's quick check notices (random flips may
    land only in unused bytes or an index: the records stay whole)."""
    original = path.read_bytes()
    for seed in range(200):
        path.write_bytes(original)
        flip_bytes(path, count, seed)
        if not intact(path):
            return
    raise AssertionError(f"no {count} flips damaged {path}")


def rewrite_unchanged(path: Path) -> None:
    """The same records in a rewritten file (VACUUM): another SHA-256, nothing else."""
    copy = path.with_name(path.name + ".vacuumed")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("VACUUM INTO ?", [str(copy)])
    copy.replace(path)


def intact(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
            return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False


def other_festival_pack(pack: Path, target: Path, slug: str | None = "festival-lain-2026") -> Path:
    """Another festival's pack (same shape, another slug and name); with `slug` None, a
    pack of this festival the organizers never issued (the rules loosened)."""
    shutil.copytree(pack, target)
    document = json.loads((target / "pack.json").read_text(encoding="utf-8"))
    if slug is None:
        document["voting"]["min_dwell_seconds"] = 0
    else:
        document["festival"]["slug"] = slug
        document["festival"]["name"]["id"] = "Festival Inovasi Kabupaten Lain 2026"
    (target / "pack.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


def raw_copy_without_wal(pack: Path, agency: str, target: Path) -> Path:
    """A live booth file copied while its newest records are still only in its -wal."""
    live = target.parent / "live" / "booth.sqlite"
    live.parent.mkdir(parents=True)
    db, _, _ = prepare_booth(live, pack, agency)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    simulate(db, agency, 12, seed=3)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(live, target)  # the -wal stays behind on the booth PC
    db.close()
    return target
