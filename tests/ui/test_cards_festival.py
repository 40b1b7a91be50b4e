"""A whole card-mode festival: cards made, votes cast at three booths through the real QML by
a keyboard scanner, one card over its quota across booths, one forged card (refused at the
booth, and slipped into a changed kiosk's file), one revoked batch. The merge counts exactly
the valid votes, checked by plain SQL over the booth files, and lists the rest with reasons.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.booth import Booth
from kiosk.cli import main
from kiosk.domain.session import EndReason
from kiosk.pack.cards import Card, CardMaker, load_private_key, new_private_key
from kiosk.setup import prepare_booth
from kiosk.storage.export import export_database
from kiosk.ui.testing import process_events, wait_until_started
from kiosk.ui.wiring import KioskUi, build_ui
from tests.cards.sheets import card_pack
from tests.ui.conftest import QtMessages, is_shown, tap
from tests.ui.test_cards import scan

pytestmark = [pytest.mark.ui, pytest.mark.slow]

QUOTA = 2


def open_booth(tmp_path: Path, pack: Path, name: str, agency: str) -> tuple[KioskUi, Booth]:
    db, code, path = prepare_booth(tmp_path / f"{name}.sqlite", pack, agency)
    booth = Booth(db, code)
    ui = build_ui(booth, path, size=(1280, 800), tick_ms=50)
    ui.window.requestActivate()
    wait_until_started(ui.window)
    return ui, booth


def vote_by_scanner(qtbot, ui: KioskUi, slug: str, card_text: str) -> str:  # type: ignore[no-untyped-def]
    """One visitor: start, open `slug`, wait for the button, tap it, scan the card.
    Returns the screen after the scan ("voteThanks" or "detail" when refused)."""
    tap(qtbot, ui, "startArea")
    tap(qtbot, ui, f"card_{slug}")
    qtbot.waitUntil(lambda: ui.flow.property("voteState") == "ready", timeout=3000)
    tap(qtbot, ui, "voteButton")
    assert is_shown(ui, "cardPrompt")
    scan(ui, card_text)
    screen = str(ui.flow.property("screen"))
    ui.flow.returnToAttract()
    process_events(0.05)
    return screen


def close(ui: KioskUi, booth: Booth, out: Path) -> Path:
    ui.close()
    booth.db.close()
    return out


def test_card_mode_festival(qtbot, qt_messages: QtMessages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack, key_path, _ = card_pack(tmp_path, quota=QUOTA)
    doc = json.loads((pack / "pack.json").read_text())
    doc["voting"] = {"min_dwell_seconds": 0.3, "max_votes_per_session": 2, "cooldown_seconds": 0}
    (pack / "pack.json").write_text(json.dumps(doc))
    maker = CardMaker("uji-2026", load_private_key(key_path))
    card = {c: maker.text(c) for c in (Card(1, 1), Card(1, 2), Card(2, 1), Card(1, 3))}
    forged = CardMaker("uji-2026", new_private_key()).text(Card(1, 50))
    stick = tmp_path / "stick"
    stick.mkdir()

    # Booth A (DPUPR): card 1-1 and 1-2 vote; a forged card is refused.
    ui, booth = open_booth(tmp_path, pack, "a", "DPUPR")
    assert vote_by_scanner(qtbot, ui, "rawat-jalan", card[Card(1, 1)]) == "voteThanks"
    assert vote_by_scanner(qtbot, ui, "lapor-jalan", card[Card(1, 2)]) == "voteThanks"
    assert vote_by_scanner(qtbot, ui, "rawat-jalan", forged) == "detail"
    close(ui, booth, tmp_path)
    # Booth B (DINKES): card 1-1 again (its quota of 2 is now used), card 2-1 (a batch
    # lost later and revoked).
    ui, booth = open_booth(tmp_path, pack, "b", "DINKES")
    assert vote_by_scanner(qtbot, ui, "posyandu-remaja", card[Card(1, 1)]) == "voteThanks"
    assert vote_by_scanner(qtbot, ui, "posyandu-remaja", card[Card(2, 1)]) == "voteThanks"
    close(ui, booth, tmp_path)
    # Booth C (a second DPUPR kiosk): card 1-1 a third time - this booth has not seen it,
    # so it takes the vote; the merge counts it beyond the quota. Card 1-3 votes too.
    ui, booth = open_booth(tmp_path, pack, "c", "DPUPR")
    assert vote_by_scanner(qtbot, ui, "lapor-jalan", card[Card(1, 1)]) == "voteThanks"
    assert vote_by_scanner(qtbot, ui, "rawat-jalan", card[Card(1, 3)]) == "voteThanks"
    # A changed kiosk that skips the check: a forged card's vote reaches its file.
    booth.start_session()
    booth.open_innovation("lapor-jalan")
    process_events(0.35)
    booth._card = (Card(1, 50), forged)  # what changed kiosk software would do
    assert booth.cast_vote("lapor-jalan").accepted
    booth.end_session(EndReason.FINISHED)
    close(ui, booth, tmp_path)
    for name in "abc":
        export_database(tmp_path / f"{name}.sqlite", stick / f"{name}.sqlite")

    sheets = tmp_path / "kartu"
    make = ["ballots", "make", "--pack", str(pack), "--key", str(key_path), "--count", "3"]
    result = CliRunner().invoke(main, [*make, "--out", str(sheets)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "FESTIVAL.sqlite"
    result = CliRunner().invoke(
        main,
        ["merge", "--out", str(out), "--pack", str(pack), "--revoke-batch", "2", "--cards",
         str(sheets), "--admit-unrostered", str(stick)],
    )  # fmt: skip
    assert result.exit_code in (0, 3), result.output

    # The valid votes by plain SQL over the three booth files: card votes ranked per card
    # in time order, at most QUOTA each, batch 2 left out, the forged card (1-000050,
    # refused at booth A, found in booth C's file) left out.
    conn = sqlite3.connect(":memory:")
    for name in "abc":
        conn.execute(f"ATTACH '{stick / f'{name}.sqlite'}' AS {name}")
    union = " UNION ALL ".join(
        f"SELECT '{n}' AS booth, recorded_at, innovation_slug AS slug,"
        f" json_extract(data, '$.card') AS card FROM {n}.visitor_records WHERE kind = 'vote'"
        for n in "abc"
    )
    expected = dict(
        conn.execute(
            f"SELECT slug, count(*) FROM (SELECT *, row_number() OVER (PARTITION BY card"
            f" ORDER BY recorded_at) AS n FROM ({union}) WHERE card NOT LIKE '2-%'"
            f" AND card != '1-000050') WHERE n <= {QUOTA} GROUP BY slug"
        ).fetchall()
    )
    assert expected == {"rawat-jalan": 2, "lapor-jalan": 1, "posyandu-remaja": 1}
    merged = sqlite3.connect(out)
    counted = dict(
        merged.execute("SELECT innovation_slug, valid_votes FROM ranking WHERE valid_votes > 0")
    )
    assert counted == expected
    listed = merged.execute(
        "SELECT card, status FROM card_votes WHERE status != 'counted' ORDER BY card"
    ).fetchall()
    assert listed == [
        ("1-000001", "card_over_quota"),
        ("1-000050", "card_forged"),
        ("2-000001", "card_revoked"),
    ]
    reasons = {r for (r,) in merged.execute("SELECT reason FROM exclusions")}
    assert {
        "refused by the rules: card mode: a card's votes beyond its quota, all booths"
        " together in time order",
        "refused by the rules: card mode: a card of a batch the organizers revoked",
    } <= reasons
    assert merged.execute("SELECT sum(count) FROM card_batches").fetchone()[0] == 3

    # What the organizers read: printed, used, votes per card, what was not counted.
    result = CliRunner().invoke(main, ["results", str(out)])
    assert result.exit_code == 0, result.output
    assert (
        "Kartu suara / Ballot cards (kuota / quota 2): dicetak / printed 3, dipakai / used 3,"
        " suara sah / valid votes 4" in result.output
    )
    assert "per kartu / per card: 1 suara/votes: 2 kartu/cards, 2 suara/votes: 1 kartu/cards" in (
        result.output
    )
    assert "kelompok dicabut / revoked batches: 2" in result.output
    result = CliRunner().invoke(main, ["report", str(out), "--out", str(tmp_path / "laporan")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "laporan" / "report.html").read_text()
    assert "Kartu suara" in html and "card_over_quota" in html
    result = CliRunner().invoke(main, ["results", str(out), "--json"])
    assert result.exit_code == 0, result.output
