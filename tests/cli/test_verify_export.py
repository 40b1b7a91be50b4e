"""`kiosk verify` and `kiosk export` on real files, as an organizer would run them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pyzbar.pyzbar import decode

from kiosk.cli import main
from kiosk.simulate import simulate
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import kiosk_id_of, open_booth_database
from kiosk.storage.export import export_database, file_sha256
from kiosk.storage.receipt import parse_receipt
from kiosk.storage.records import verify_file
from tests.helpers import make_booth_db


@pytest.fixture
def booth_file(tmp_path: Path) -> Path:
    """A booth file as handed over to the organizers: exported from a kiosk that ran."""
    live = tmp_path / "kiosk" / "booth.sqlite"
    db = make_booth_db(live)
    simulate(db, "DPUPR", sessions=15, seed=3)
    db.close()
    return export_database(live, tmp_path / "booth.sqlite").path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def tamper(path: Path, *statements: str) -> None:
    """What a motivated person with the sqlite3 shell could do to the file."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER visitor_records_no_update")
    conn.execute("DROP TRIGGER visitor_records_no_delete")
    conn.execute("DROP TRIGGER visitor_records_in_order")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_intact_file_verifies(booth_file: Path) -> None:
    code, out = run("verify", str(booth_file))
    assert code == 0, out
    assert ": ok: " in out


def test_edited_record_fails_at_its_sequence(booth_file: Path) -> None:
    tamper(
        booth_file, "UPDATE visitor_records SET innovation_slug = 'lapor-jalan-rusak' WHERE seq = 7"
    )
    code, out = run("verify", str(booth_file))
    assert code == 1
    assert "chain broken at sequence 7" in out


def test_deleted_record_fails_at_its_sequence(booth_file: Path) -> None:
    tamper(booth_file, "DELETE FROM visitor_records WHERE seq = 9")
    code, out = run("verify", str(booth_file))
    assert code == 1
    assert "chain broken at sequence 9: record 9 is missing" in out


def test_deleted_and_renumbered_record_still_fails(booth_file: Path) -> None:
    tamper(
        booth_file,
        "DELETE FROM visitor_records WHERE seq = 9",
        "UPDATE visitor_records SET seq = seq - 1 WHERE seq > 9",
    )
    code, out = run("verify", str(booth_file))
    assert code == 1
    assert "chain broken at sequence 9" in out


def test_reordered_records_fail_at_the_first_moved(booth_file: Path) -> None:
    tamper(
        booth_file,
        "UPDATE visitor_records SET seq = -5 WHERE seq = 5",
        "UPDATE visitor_records SET seq = 5 WHERE seq = 6",
        "UPDATE visitor_records SET seq = 6 WHERE seq = -5",
    )
    code, out = run("verify", str(booth_file))
    assert code == 1
    assert "chain broken at sequence 5" in out


def test_verify_names_every_bad_file_and_exits_nonzero(booth_file: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 50)
    code, out = run("verify", str(booth_file), str(junk))
    assert code == 1
    assert f"{junk}: FAILED" in out
    assert "1 of 2 file(s) failed verification" in out


WRITER = textwrap.dedent(
    """
    import sys, time
    from kiosk.storage.database import open_booth_database
    from kiosk.storage.records import RecordLog
    log = RecordLog(open_booth_database(sys.argv[1]))
    print("ready", flush=True)
    end = time.monotonic() + float(sys.argv[2])
    n = 0
    while time.monotonic() < end:
        n += 1
        log.append("vote", "writer", {"n": n, "pad": "x" * 300}, "lapor-jalan-rusak")
    print(n, flush=True)
    """
)


@pytest.mark.slow  # several seconds: out of `make test-fast`
def test_export_of_a_database_being_written(booth_file: Path, tmp_path: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(booth_file), "4"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    copies = []
    for n in range(5):
        out = tmp_path / f"export-{n}.sqlite"
        code, text = run("export", "--db", str(booth_file), "--out", str(out))
        assert code == 0, text
        copies.append(out)
        time.sleep(0.3)
    written = int(writer.communicate(timeout=30)[0].strip())
    assert writer.returncode == 0 and written > 0
    counts = []
    for copy in copies:
        code, text = run("verify", str(copy))
        assert code == 0, text
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts.append(conn.execute("SELECT count(*) FROM visitor_records").fetchone()[0])
        conn.close()
    assert counts == sorted(counts) and counts[-1] > counts[0]  # taken while it grew


def test_files_are_readable_with_sqlite_utils_and_sqlite3(booth_file: Path) -> None:
    tables = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "tables", str(booth_file), "--counts"],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = {row["table"]: row["count"] for row in json.loads(tables.stdout)}
    assert counts["visitor_records"] > 0 and counts["innovations"] == 3
    plain = subprocess.run(
        ["sqlite3", str(booth_file), "SELECT count(*) FROM votes; SELECT count(*) FROM sessions;"],
        capture_output=True,
        text=True,
        check=True,
    )
    votes, sessions = (int(x) for x in plain.stdout.split())
    assert sessions == 15 and votes > 0


def test_simulate_command_obeys_the_rules(booth_file: Path) -> None:
    code, out = run(
        "simulate", "--db", str(booth_file), "--agency", "DPUPR", "--sessions", "40", "--seed", "9"
    )
    assert code == 0, out
    conn = sqlite3.connect(booth_file)
    worst = conn.execute(
        "SELECT max(n) FROM (SELECT count(*) AS n FROM votes GROUP BY session_id)"
    ).fetchone()[0]
    dup = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM votes GROUP BY session_id, innovation_slug"
        " HAVING count(*) > 1)"
    ).fetchone()[0]
    short = conn.execute("SELECT count(*) FROM votes WHERE dwell_seconds < 5").fetchone()[0]
    assert (worst <= 3, dup, short) == (True, 0, 0)
    handed = booth_file.with_name("handed.sqlite")
    assert run("export", "--db", str(booth_file), "--out", str(handed))[0] == 0
    assert run("verify", str(handed))[0] == 0


def test_export_writes_the_closing_receipt_beside_the_copy(
    booth_file: Path, tmp_path: Path
) -> None:
    """The same two files the staff hand-over leaves on the stick: the line and its QR code."""
    db = open_booth_database(booth_file)
    set_booth_agency(db, "DPUPR", editor="test")
    kiosk = kiosk_id_of(db)
    db.close()
    out = tmp_path / "usb" / "booth-dpupr.sqlite"
    code, text = run("export", "--db", str(booth_file), "--out", str(out))
    assert code == 0, text
    line = (tmp_path / "usb" / "booth-dpupr.receipt.txt").read_text(encoding="utf-8").strip()
    assert line in text.splitlines()  # printed, for a terminal photo or a log
    receipt = parse_receipt(line)
    chain, integrity = verify_file(out)
    assert integrity == "ok" and chain.ok and chain.count > 0
    assert (receipt.kind, receipt.kiosk_id, receipt.agency_code) == ("close", kiosk, "DPUPR")
    assert (receipt.count, receipt.first_seq, receipt.last_seq) == (chain.count, 1, chain.count)
    assert (receipt.head_hash, receipt.file_sha256) == (chain.head_hash, file_sha256(out))
    (symbol,) = decode(Image.open(tmp_path / "usb" / "booth-dpupr.receipt.png"))
    assert parse_receipt(symbol.data.decode()) == receipt  # the same facts, compact
    assert sorted(p.name for p in out.parent.iterdir()) == [
        "booth-dpupr.receipt.png",
        "booth-dpupr.receipt.txt",
        "booth-dpupr.sqlite",
    ]


def test_verify_escapes_a_hostile_file_name(booth_file: Path, tmp_path: Path) -> None:
    """A file on the stick named with terminal codes is named escaped, good or bad."""
    hostile = tmp_path / "DPUPR\x1b]0;pwned\x07\x1b[2J.sqlite"
    booth_file.rename(hostile)
    junk = tmp_path / "junk\x1b[31m.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    code, out = run("verify", str(hostile), str(junk))
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out
    assert "DPUPR\\x1b]0;pwned\\x07\\x1b[2J.sqlite: ok:" in out
    assert "junk\\x1b[31m.sqlite: FAILED" in out
