"""`kiosk pack ...` and `kiosk demo-pack` as organizers and staff run them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from tests.unit.pack_fixtures import minimal_document, write_pack


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_pack_with_several_mistakes_lists_them_all(tmp_path: Path) -> None:
    doc = minimal_document()
    doc["innovations"][0]["photos"][0]["file"] = "media/tidak-ada.jpg"
    doc["innovations"][1]["agency"] = "XYZ"
    doc["innovations"][2]["url"] = "ftp://example.go.id"
    doc["festival"]["colors"]["primary"] = "merah"
    pack = write_pack(tmp_path / "pack", doc)
    code, out = run("pack", "validate", str(pack))
    assert code == 1
    lines = out.strip().splitlines()
    assert any(
        line.startswith("innovations[0].photos[0]") and "not found" in line for line in lines
    )
    assert any(line.startswith("innovations[1].agency") and "XYZ" in line for line in lines)
    assert any(line.startswith("innovations[2].url") for line in lines)
    assert any(line.startswith("festival.colors.primary") for line in lines)
    assert lines[-1] == f"Error: 4 problem(s) in {pack}"
    assert "Traceback" not in out


@pytest.mark.slow  # several seconds: out of `make test-fast`
def test_demo_pack_validates_and_imports(tmp_path: Path) -> None:
    code, out = run("demo-pack", str(tmp_path / "demo"))
    assert code == 0, out
    code, out = run("pack", "validate", str(tmp_path / "demo"))
    assert code == 0, out
    assert "8 agencies, 20 innovations, fingerprint" in out
    db = tmp_path / "booth.sqlite"
    code, out = run("pack", "import", "--db", str(db), str(tmp_path / "demo"))
    assert code == 0, out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM innovations").fetchone()[0] == 20
    assert conn.execute("SELECT sample_data FROM festival").fetchone()[0] == 1


def test_bad_pack_import_keeps_previous_content(tmp_path: Path) -> None:
    db = tmp_path / "booth.sqlite"
    assert run("pack", "import", "--db", str(db), str(write_pack(tmp_path / "good")))[0] == 0
    doc = minimal_document()
    doc["innovations"][0]["slug"] = "../../etc/passwd"
    code, out = run("pack", "import", "--db", str(db), str(write_pack(tmp_path / "bad", doc)))
    assert code == 1 and "innovations[0].slug" in out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM innovations").fetchone()[0] == 3


def test_unreadable_paths_are_one_line_errors(tmp_path: Path) -> None:
    code, out = run("verify", str(tmp_path / "missing.sqlite"))
    assert code == 2 and "does not exist" in out
    pack_json = write_pack(tmp_path / "p") / "pack.json"
    code, out = run("export", "--db", str(pack_json), "--out", str(tmp_path / "x.sqlite"))
    assert not (tmp_path / ".x.sqlite.partial").exists()
    assert code == 1 and out.startswith("Error: ") and "Traceback" not in out
