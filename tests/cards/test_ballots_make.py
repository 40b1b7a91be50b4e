"""`kiosk ballots keygen` and `kiosk ballots make` as the organizers run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.pack.cards import Card, CardReader, new_private_key, private_key_pem
from tests.cards.sheets import card_pack, page_texts
from tests.unit.pack_fixtures import minimal_document, write_pack

# `ballots make` draws with Qt: the tests' one application (pytest-qt's) must exist first.
pytestmark = [pytest.mark.ui, pytest.mark.usefixtures("qapp")]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_keygen_writes_a_private_key_and_prints_the_pack_line(tmp_path: Path) -> None:
    code, out = run("ballots", "keygen", "--out", str(tmp_path / "org.key"))
    assert code == 0, out
    assert (tmp_path / "org.key").stat().st_mode & 0o777 == 0o600
    line = json.loads(out.strip().splitlines()[-1])
    doc = minimal_document()
    doc.update(line)
    pack = write_pack(tmp_path / "pack", doc)
    assert run("pack", "validate", str(pack))[0] == 0
    code, out = run("ballots", "keygen", "--out", str(tmp_path / "org.key"))
    assert code == 1 and "exists" in out


def test_keygen_refuses_to_write_the_key_inside_a_pack_folder(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    code, out = run("ballots", "keygen", "--out", str(pack / "media" / "org.key"))
    assert code == 1 and "inside the pack folder" in out
    assert not (pack / "media" / "org.key").exists()


def test_make_refuses_a_key_or_sheets_inside_the_pack_and_a_wrong_key(tmp_path: Path) -> None:
    pack, key, _ = card_pack(tmp_path)
    inside = pack / "kartu.key"
    inside.write_bytes(key.read_bytes())
    code, out = run("ballots", "make", "--pack", str(pack), "--key", str(inside), "--count", "3",
                    "--out", str(tmp_path / "kartu"))  # fmt: skip
    assert code == 1 and "inside the pack folder" in out
    code, out = run("ballots", "make", "--pack", str(pack), "--key", str(key), "--count", "3",
                    "--out", str(pack / "kartu"))  # fmt: skip
    assert code == 1 and "inside the pack folder" in out
    other = tmp_path / "other.key"
    other.write_bytes(private_key_pem(new_private_key()))
    code, out = run("ballots", "make", "--pack", str(pack), "--key", str(other), "--count", "3",
                    "--out", str(tmp_path / "kartu"))  # fmt: skip
    assert code == 1 and "not the key of this pack's public key" in out
    no_cards = write_pack(tmp_path / "plain")
    code, out = run("ballots", "make", "--pack", str(no_cards), "--key", str(key), "--count",
                    "3", "--out", str(tmp_path / "kartu"))  # fmt: skip
    assert code == 1 and "card mode is off" in out
    assert not list((tmp_path / "kartu").glob("*.pdf")) if (tmp_path / "kartu").exists() else True


def test_every_qr_code_on_every_printed_page_reads_as_its_card(tmp_path: Path) -> None:
    pack, key, public = card_pack(tmp_path)
    out_dir = tmp_path / "kartu"
    code, out = run("ballots", "make", "--pack", str(pack), "--key", str(key), "--count", "32",
                    "--batch", "4", "--out", str(out_dir))  # fmt: skip
    assert code == 0, out
    assert "32 cards of batch 4 (4-000001 to 4-000032), 3 pages" in out
    (pdf,) = out_dir.glob("*.pdf")
    pages = page_texts(pdf, tmp_path / "png")
    assert [len(p) for p in pages] == [15, 15, 2]
    reader = CardReader("uji-2026", public)
    cards = sorted(reader.read(text).card or Card(-1, -1) for page in pages for text in page)
    assert cards == [Card(4, n) for n in range(1, 33)]
    manifest = json.loads(next(out_dir.glob("*.json")).read_text())
    assert manifest | {"pdf": ""} == {
        "festival": "uji-2026", "public_key": public, "batch": 4, "first": 1, "last": 32,
        "count": 32, "pdf": "", "pages": 3,
    }  # fmt: skip
    # more cards for batch 4 continue its numbers; the same numbers again are refused
    code, out = run("ballots", "make", "--pack", str(pack), "--key", str(key), "--count", "5",
                    "--batch", "4", "--first", "30", "--out", str(out_dir))  # fmt: skip
    assert code == 1 and "--first 33" in out
    code, out = run("ballots", "make", "--pack", str(pack), "--key", str(key), "--count", "5",
                    "--batch", "4", "--first", "33", "--out", str(out_dir))  # fmt: skip
    assert code == 0, out


@pytest.mark.slow
def test_five_thousand_cards_on_334_pages_the_last_reading_as_its_cards(tmp_path: Path) -> None:
    """How fast: `python -m benchmarks.run ballots` (under 30 s)."""
    pack, key, public = card_pack(tmp_path)
    code, out = run("ballots", "make", "--pack", str(pack), "--key", str(key), "--count",
                    "5000", "--out", str(tmp_path / "kartu"))  # fmt: skip
    assert code == 0, out
    assert "5000 cards of batch 1" in out and "334 pages" in out
    (pdf,) = (tmp_path / "kartu").glob("*.pdf")
    last_page = page_texts(pdf, tmp_path / "png", first=334, last=334)
    reader = CardReader("uji-2026", public)
    assert sorted(reader.read(t).card or Card(-1, -1) for t in last_page[0]) == [
        Card(1, n) for n in range(4996, 5001)
    ]
