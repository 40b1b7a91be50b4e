"""Card mode at the merge without a window: runs of consecutive cards, the printed sheets."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from kiosk.booth import Booth
from kiosk.cli import main
from kiosk.domain.clock import ManualClock
from kiosk.domain.session import EndReason
from kiosk.pack.cards import Card, CardMaker, load_private_key
from kiosk.setup import prepare_booth
from kiosk.storage.export import export_database
from tests.cards.sheets import card_pack


def votes_with_cards(booth: Booth, clock: ManualClock, maker: CardMaker, cards: list[Card]) -> None:
    for card in cards:
        booth.start_session()
        booth.open_innovation("rawat-jalan")
        clock.advance(30)
        assert booth.present_card(maker.text(card)).accepted
        assert booth.cast_vote("rawat-jalan").accepted
        booth.end_session(EndReason.FINISHED)
        clock.advance(120)


def merged(tmp_path: Path, pack: Path, *extra: str) -> sqlite3.Connection:
    stick = tmp_path / "stick"
    out = tmp_path / "FESTIVAL.sqlite"
    result = CliRunner().invoke(
        main, ["merge", "--out", str(out), "--pack", str(pack), "--admit-unrostered", *extra,
               str(stick)],
    )  # fmt: skip
    assert result.exit_code in (0, 3), result.output
    return sqlite3.connect(out)


def test_a_booth_fed_a_stack_of_consecutive_cards_is_flagged(tmp_path: Path) -> None:
    pack, key_path, _ = card_pack(tmp_path, quota=3)
    maker = CardMaker("uji-2026", load_private_key(key_path))
    clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
    (tmp_path / "stick").mkdir()
    for name, cards in (
        ("stack", [Card(3, n) for n in range(10, 17)] + [Card(1, 900)]),  # seven in a row
        ("crowd", [Card(1, n) for n in (5, 41, 6, 300, 77, 8, 120)]),  # visitors' own cards
    ):
        db, code, _ = prepare_booth(tmp_path / f"{name}.sqlite", pack, "DPUPR")
        votes_with_cards(Booth(db, code, clock), clock, maker, cards)
        db.close()
        export_database(tmp_path / f"{name}.sqlite", tmp_path / "stick" / f"{name}.sqlite")
    conn = merged(tmp_path, pack)
    runs = conn.execute(
        "SELECT a.kiosk_id, a.votes, a.detail FROM anomalies a WHERE flag = 'card_run'"
    ).fetchall()
    assert len(runs) == 1
    assert runs[0][1] == 7 and "7 consecutive cards (3-000010 to 3-000016)" in runs[0][2]
    stack = conn.execute("SELECT kiosk_id FROM card_votes WHERE card = '3-000010'").fetchone()[0]
    assert runs[0][0] == stack
    # flagged, not excluded: all 15 votes count
    assert conn.execute("SELECT sum(valid_votes) FROM ranking").fetchone()[0] == 15
    assert (
        conn.execute("SELECT count(*) FROM flagged_votes WHERE flag = 'card_run'").fetchone()[0]
        == 7
    )


def test_a_vote_without_a_card_in_card_mode_is_listed_not_counted(tmp_path: Path) -> None:
    pack, _, _ = card_pack(tmp_path)
    clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
    db, code, _ = prepare_booth(tmp_path / "changed.sqlite", pack, "DPUPR")
    booth = Booth(db, code, clock)
    booth._cards = None  # changed kiosk software that votes without asking for a card
    booth.start_session()
    booth.open_innovation("rawat-jalan")
    clock.advance(30)
    assert booth.cast_vote("rawat-jalan").accepted
    booth.end_session(EndReason.FINISHED)
    db.close()
    (tmp_path / "stick").mkdir()
    export_database(tmp_path / "changed.sqlite", tmp_path / "stick" / "changed.sqlite")
    conn = merged(tmp_path, pack)
    assert conn.execute("SELECT sum(valid_votes) FROM ranking").fetchone()[0] == 0
    assert conn.execute("SELECT status FROM card_votes").fetchall() == [("card_missing",)]


def test_a_batch_the_pack_withdrew_is_not_counted_even_from_a_changed_kiosk(
    tmp_path: Path,
) -> None:
    """The booth refuses cards of a batch the pack revokes; a kiosk changed to take them
    anyway gains nothing: the merge reads the revocation from the organizers' pack."""
    import dataclasses

    pack, key_path, _ = card_pack(tmp_path, revoked=(2,))
    maker = CardMaker("uji-2026", load_private_key(key_path))
    clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
    db, code, _ = prepare_booth(tmp_path / "changed.sqlite", pack, "DPUPR")
    booth = Booth(db, code, clock)
    booth.start_session()
    assert booth.present_card(maker.text(Card(2, 5))).problem == "revoked"
    booth.end_session(EndReason.FINISHED)
    cards = dataclasses.replace(booth.festival.cards, revoked_batches=())
    booth.festival = dataclasses.replace(booth.festival, cards=cards)  # the changed kiosk
    votes_with_cards(booth, clock, maker, [Card(2, 5), Card(1, 5)])
    db.close()
    (tmp_path / "stick").mkdir()
    export_database(tmp_path / "changed.sqlite", tmp_path / "stick" / "changed.sqlite")
    conn = merged(tmp_path, pack)  # no --revoke-batch: the pack says it
    statuses = conn.execute("SELECT card, status FROM card_votes ORDER BY card").fetchall()
    assert statuses == [("1-000005", "counted"), ("2-000005", "card_revoked")]
    assert conn.execute("SELECT sum(valid_votes) FROM ranking").fetchone()[0] == 1
