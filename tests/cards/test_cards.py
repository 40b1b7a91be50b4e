"""Ballot cards: what a card's text says, who made it, and which festival it is for."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.pack.cards import (
    CARD_PREFIX,
    Card,
    CardMaker,
    CardProblem,
    CardReader,
    card_matrix,
    load_private_key,
    new_private_key,
    pack_folder_around,
    private_key_pem,
    public_key_text,
)
from kiosk.pack.format import PackError, load_pack
from kiosk.storage.content import load_festival
from tests.helpers import make_booth_db, small_festival
from tests.unit.pack_fixtures import minimal_document, write_pack

KEY = new_private_key()
PUBLIC = public_key_text(KEY.public_key())


def test_a_card_made_by_the_organizers_reads_back_as_its_batch_and_number() -> None:
    text = CardMaker("uji-2026", KEY).text(Card(2, 123))
    assert text.startswith(CARD_PREFIX)
    assert len(text) == 117  # one QR code of version 5 at error correction M
    reading = CardReader("uji-2026", PUBLIC).read(text)
    assert reading.valid and reading.card == Card(2, 123)
    assert reading.card.serial == "2-000123"


def test_card_text_is_qr_alphanumeric_only() -> None:
    text = CardMaker("uji-2026", KEY).text(Card(65535, 999_999))
    allowed = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(text) <= allowed


def test_a_card_of_another_festival_is_named_so() -> None:
    text = CardMaker("festival-lain", KEY).text(Card(1, 1))
    assert CardReader("uji-2026", PUBLIC).read(text).problem is CardProblem.OTHER_FESTIVAL


def test_a_card_signed_with_another_key_is_forged() -> None:
    text = CardMaker("uji-2026", new_private_key()).text(Card(1, 1))
    assert CardReader("uji-2026", PUBLIC).read(text).problem is CardProblem.FORGED


def test_a_card_with_a_changed_number_is_forged() -> None:
    from base45 import b45decode, b45encode

    text = CardMaker("uji-2026", KEY).text(Card(1, 7))
    raw = bytearray(b45decode(text[len(CARD_PREFIX) :]))
    raw[10] = 8  # the last byte of the number: 7 becomes 8, the signature stays
    changed = CARD_PREFIX + b45encode(bytes(raw)).decode()
    assert CardReader("uji-2026", PUBLIC).read(changed).problem is CardProblem.FORGED


@pytest.mark.parametrize(
    "text",
    ["", "hello", "https://example.go.id", "GK1:", "GK1:!!!", "GK1:" + "A" * 300, "GR3:ABC"],
)
def test_other_texts_are_not_cards(text: str) -> None:
    assert CardReader("uji-2026", PUBLIC).read(text).problem is CardProblem.NOT_A_CARD


def test_scanner_typing_in_lower_case_still_reads() -> None:
    text = CardMaker("uji-2026", KEY).text(Card(1, 5))
    assert CardReader("uji-2026", PUBLIC).read(text.lower() + "\n").card == Card(1, 5)


def test_two_hundred_cards_of_a_batch_each_read_as_their_own_card() -> None:
    """How fast a card is verified: `python -m benchmarks.run ballots` (under 2 ms)."""
    reader = CardReader("uji-2026", PUBLIC)
    texts = [CardMaker("uji-2026", KEY).text(Card(1, n)) for n in range(1, 201)]
    assert [reader.read(text).card for text in texts] == [Card(1, n) for n in range(1, 201)]


def test_the_qr_matrix_is_version_5() -> None:
    side, modules = card_matrix(CardMaker("uji-2026", KEY).text(Card(1, 1)))
    assert side == 37 and len(modules) == 37 * 37 and set(modules) == {0, 255}


def test_key_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "org.key"
    path.write_bytes(private_key_pem(KEY))
    assert public_key_text(load_private_key(path).public_key()) == PUBLIC
    (tmp_path / "bad.key").write_text("not a key")
    with pytest.raises(ValueError, match="not an unencrypted Ed25519 private key"):
        load_private_key(tmp_path / "bad.key")


def test_pack_folder_around(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack")
    assert pack_folder_around(pack / "media") == pack.resolve()
    assert pack_folder_around(tmp_path) is None


def test_pack_card_mode_fields(tmp_path: Path) -> None:
    doc = minimal_document()
    assert not load_pack(write_pack(tmp_path / "off", doc)).festival.cards.enabled
    doc["cards"] = {"mode": True, "public_key": PUBLIC}
    cards = load_pack(write_pack(tmp_path / "on", doc)).festival.cards
    assert cards.enabled and cards.public_key == PUBLIC and cards.quota == 3
    assert cards.revoked_batches == ()
    doc["cards"] = {"mode": True, "public_key": PUBLIC, "revoked_batches": [4, 2, 4]}
    cards = load_pack(write_pack(tmp_path / "revoking", doc)).festival.cards
    assert cards.revoked_batches == (2, 4)


@pytest.mark.parametrize(
    ("cards", "problem"),
    [
        ({"mode": True}, "cards.public_key: missing"),
        ({"mode": True, "public_key": "abc"}, "cards.public_key: not an Ed25519 public key"),
        ({"mode": True, "public_key": PUBLIC, "quota": 0}, "cards.quota: 0 is out of range"),
        ({"mode": "ya", "public_key": PUBLIC}, "cards.mode: expected true or false"),
        ({"mode": True, "public_key": PUBLIC, "kuota": 3}, "cards.kuota: unknown field"),
        (
            {"mode": True, "public_key": PUBLIC, "revoked_batches": ["2"]},
            "cards.revoked_batches[0]: expected a batch number from 0 to 65535",
        ),
        (
            {"mode": True, "public_key": PUBLIC, "revoked_batches": 2},
            "cards.revoked_batches: expected a list",
        ),
    ],
)
def test_pack_card_mode_problems_are_named(
    tmp_path: Path, cards: dict[str, object], problem: str
) -> None:
    doc = minimal_document()
    doc["cards"] = cards
    with pytest.raises(PackError) as caught:
        load_pack(write_pack(tmp_path / "pack", doc))
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


def test_the_booth_file_keeps_the_card_rules(tmp_path: Path) -> None:
    import dataclasses

    from kiosk.domain.festival import CardRules

    rules = CardRules(True, PUBLIC, 4, revoked_batches=(3, 7))
    festival = dataclasses.replace(small_festival(), cards=rules)
    db = make_booth_db(tmp_path / "booth.sqlite", festival)
    assert load_festival(db).cards == rules
    db.close()
