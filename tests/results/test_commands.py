"""The organizers' commands, run through click as an organizer would."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kiosk.results.commands import COMMANDS, merge, report, results
from tests.results.festival_demo import DemoFestival
from tests.results.kiosks import snapshot


def demo_pack() -> Path:
    """The pack `kiosk simulate` imports when given none (written on first use)."""
    from kiosk.setup import ensure_demo_pack

    return ensure_demo_pack()


def run(command: click.Command, *args: str, status: int = 0) -> str:
    result = CliRunner().invoke(command, list(args), catch_exceptions=False)
    assert result.exit_code == status, result.output
    return result.output


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_documents_itself_with_an_example(command: click.Command) -> None:
    text = run(command, "--help")
    assert "Example:" in text and f"kiosk {command.name}" in text


def test_merge_results_report_end_to_end(tmp_path: Path, demo: DemoFestival) -> None:
    assert demo.receipts is not None
    before = snapshot(demo.root)
    out = tmp_path / "hasil" / "FESTIVAL.sqlite"
    sticks = [str(s) for s in demo.sticks]
    args = ["--out", str(out), "--pack", str(demo.pack), "--receipts", str(demo.receipts)]
    text = run(merge, *args, *sticks, status=3)  # the demo's sticks hold problems on purpose
    assert "chain_broken" in text and "RAW COPY" in text and "duplicate" in text
    assert "NEEDS ATTENTION" in text and "no_receipt" in text
    meta = json.loads((tmp_path / "hasil" / "FESTIVAL.metadata.json").read_text())
    assert "ranking" in meta["databases"]["FESTIVAL"]["tables"]
    shown = run(results, str(out), "--top", "3")
    assert "Tie rule:" in shown and "Aturan seri:" in shown and "Anomalies" in shown
    data = json.loads(run(results, str(out), "--json"))
    assert data["ranking"][0]["rank"] == 1 and data["tie_rule"]
    written = CliRunner().invoke(report, [str(out), "--out", str(tmp_path / "laporan")])
    names = {Path(p).name for p in written.stdout.split()}  # progress goes to stderr
    assert names >= {"report.html", "hasil-festival.xlsx", "ranking.csv"}
    assert snapshot(demo.root) == before


def test_merge_and_report_tell_their_progress_in_plain_lines_off_a_terminal(
    tmp_path: Path, demo: DemoFestival
) -> None:
    assert demo.receipts is not None
    out = tmp_path / "FESTIVAL.sqlite"
    args = ["--out", str(out), "--pack", str(demo.pack), "--receipts", str(demo.receipts)]
    merged = CliRunner().invoke(merge, [*args, *map(str, demo.sticks)])
    files = sorted(p.name for s in demo.sticks for p in s.rglob("*.sqlite"))
    steps = [line for line in merged.stderr.splitlines() if line.startswith("merge [")]
    total = len(files) + 1
    assert steps[-1] == f"merge [{total}/{total}] results"
    assert sorted(line.split("] ", 1)[1] for line in steps[:-1]) == files  # one line a file
    assert [line.split()[1] for line in steps] == [f"[{n}/{total}]" for n in range(1, total + 1)]
    assert "merge [" not in merged.stdout
    made = CliRunner().invoke(report, [str(out), "--out", str(tmp_path / "laporan")])
    assert made.exit_code == 0, made.output
    lines = made.stderr.splitlines()
    csvs = sorted(p.name for p in (tmp_path / "laporan").glob("*.csv"))
    total = 4 + len(csvs)
    assert lines[:3] == [
        f"report [1/{total}] figures",
        f"report [2/{total}] report.html",
        f"report [3/{total}] hasil-festival.xlsx",
    ]
    assert sorted(line.split("] ", 1)[1] for line in lines[3:-1]) == csvs
    assert lines[-1] == f"report [{total}/{total}] into place"
    assert "\x1b" not in made.stderr  # no bar, no colour: not a terminal


def test_on_a_terminal_progress_is_a_bar_that_goes_when_done() -> None:
    import io

    from kiosk.results.report.progress import ProgressDisplay

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    with ProgressDisplay("merge", screen) as progress:
        progress("gerai-[dpupr].sqlite", 1, 4)
        shown = screen.getvalue()
    assert "merge: gerai-[dpupr].sqlite" in shown and "1/4" in shown and "━" in shown
    assert "[1/4]" not in shown  # a bar, not the plain lines


def test_merge_refuses_its_output_as_an_input_in_one_line(tmp_path: Path, stick: Path) -> None:
    out = stick / "x.sqlite"
    shutil.copy(next(stick.iterdir()), out)
    result = CliRunner().invoke(merge, ["--out", str(out), str(out)])
    assert result.exit_code == 1
    assert "Error:" in result.output and "Traceback" not in result.output


def test_results_of_a_booth_file_is_a_one_line_error(stick: Path) -> None:
    result = CliRunner().invoke(results, [str(next(stick.iterdir()))])
    assert result.exit_code == 1
    assert "not a merged festival file" in result.output


def test_merge_without_the_organizers_pack_is_refused(tmp_path: Path, stick: Path) -> None:
    out = tmp_path / "o.sqlite"
    result = CliRunner().invoke(merge, ["--out", str(out), str(stick)])
    assert result.exit_code == 1 and "--pack" in result.output
    assert not out.exists()


def test_a_bad_receipt_line_is_named_and_the_others_still_count(
    tmp_path: Path, demo: DemoFestival
) -> None:
    assert demo.receipts is not None
    receipts = tmp_path / "struk.txt"
    receipts.write_text("GERAI-RECEIPT v1 kiosk=x\n" + demo.receipts.read_text())
    out = tmp_path / "o.sqlite"
    args = ["--out", str(out), "--pack", str(demo.pack), "--receipts", str(receipts)]
    text = run(merge, *args, str(demo.exports["DPUPR"]), status=3)
    assert f"{receipts}:1" in text and "lacks" in text
    outcome = [line for line in text.splitlines() if "gerai-dpupr" in line][-1]  # after progress
    assert outcome.startswith("accepted")


def test_merged_file_opens_in_sqlite_utils(demo_merged: Path) -> None:
    from sqlite_utils import Database

    db = Database(sqlite3.connect(f"file:{demo_merged}?mode=ro", uri=True))
    assert {"sources", "visitor_records", "ranking", "anomalies"} <= set(db.table_names())
    assert {"votes", "feedback", "sessions"} <= set(db.view_names())
    assert db["ranking"].count > 0


@pytest.mark.slow  # several seconds: out of `make test-fast`
def test_files_made_by_kiosk_simulate_merge_and_rank(tmp_path: Path) -> None:
    from kiosk.cli import main

    for agency, seed in (("DPUPR", "1"), ("DINKES", "2")):
        args = ["simulate", "--db", str(tmp_path / f"{agency}.sqlite"), "--agency", agency]
        result = CliRunner().invoke(main, [*args, "--sessions", "25", "--seed", seed])
        assert result.exit_code == 0, result.output
    out = tmp_path / "FESTIVAL.sqlite"
    kiosks = [str(tmp_path / "DPUPR.sqlite"), str(tmp_path / "DINKES.sqlite")]
    text = run(merge, "--out", str(out), "--pack", str(demo_pack()), *kiosks, status=3)
    assert sum(line.startswith("no_receipt") for line in text.splitlines()) == 2
    conn = sqlite3.connect(out)
    votes = conn.execute("SELECT sum(valid_votes) FROM ranking").fetchone()[0]
    direct = sum(
        sqlite3.connect(tmp_path / f"{a}.sqlite")
        .execute("SELECT count(*) FROM visitor_records WHERE kind = 'vote'")
        .fetchone()[0]
        for a in ("DPUPR", "DINKES")
    )
    assert votes == direct > 0


def test_datasette_metadata_describes_every_table_and_real_columns(demo_merged: Path) -> None:
    from kiosk.results.report.datasette import datasette_metadata

    conn = sqlite3.connect(demo_merged)
    names = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    tables = datasette_metadata("FESTIVAL")["databases"]["FESTIVAL"]["tables"]
    undocumented = (
        names - set(tables) - {"festival_versions", "agency_versions", "innovation_versions"}
    )
    assert undocumented == set()
    for table, meta in tables.items():
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert set(meta["columns"]) <= columns, table
