"""Ballot cards (card mode): one visitor, a few votes, across the whole festival, offline.

A card is made by the organizers with their Ed25519 private key, which never
leaves their computer; the pack carries the public key. Every card says which
festival it belongs to, its batch (per entrance or per day, so a lost batch can
be revoked at the merge) and its number within the batch, signed.

The QR code carries `GK1:` and then base45 (RFC 9285, so QR alphanumeric mode)
over 75 bytes: version (1), festival tag (4, from the festival's slug), batch
(2, big-endian), number (4), signature (64) over the first 11 bytes. A booth
and the merge verify the same text with the same function (`read_card`).

The short code printed under the QR code (`2-000123`) names the card for
people (a lost card, the report); it proves nothing and is never accepted as a
vote.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from base45 import b45decode, b45encode

if TYPE_CHECKING:  # cryptography is imported where a key is used: the kiosk starts without it
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

CARD_PREFIX = "GK1:"
CARD_VERSION = 1
_BODY = struct.Struct(">B4sHI")  # version, festival tag, batch, number
SIGNATURE_BYTES = 64
CARD_BYTES = _BODY.size + SIGNATURE_BYTES
MAX_BATCH = 0xFFFF
MAX_NUMBER = 999_999  # six digits in the short code
DEFAULT_QUOTA = 3
# Longer than any card; a scanner or camera giving more is not reading a Gerai card.
MAX_CARD_TEXT = 200


class CardProblem(StrEnum):
    """Why a card's text is not a valid vote card for this festival."""

    NOT_A_CARD = "not_a_card"  # not the form of a Gerai card at all (another QR code)
    OTHER_FESTIVAL = "other_festival"  # a real card of another festival
    FORGED = "forged"  # the signature does not match the organizers' key
    REVOKED = "revoked"  # a real card of a batch the organizers withdrew (the pack says so)


@dataclass(frozen=True, order=True)
class Card:
    """A card whose signature was checked."""

    batch: int
    number: int

    @property
    def serial(self) -> str:
        """The card's short code, printed under its QR code and stored with its votes."""
        return f"{self.batch}-{self.number:06d}"


@dataclass(frozen=True)
class CardReading:
    """What a card's text turned out to be: a card, or why not."""

    card: Card | None
    problem: CardProblem | None = None

    @property
    def valid(self) -> bool:
        return self.card is not None


def festival_tag(festival_slug: str) -> bytes:
    """The four bytes on every card that name its festival."""
    return hashlib.sha256(b"gerai-card-festival\0" + festival_slug.encode()).digest()[:4]


def parse_public_key(text: str) -> Ed25519PublicKey:
    """The public key as the pack writes it (base64 of the 32 raw bytes); ValueError if not."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not base64") from None
    if len(raw) != 32:
        raise ValueError(f"{len(raw)} bytes, an Ed25519 public key has 32")
    return Ed25519PublicKey.from_public_bytes(raw)


def public_key_text(key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


class CardReader:
    """Checks card texts against one festival's public key (booth and merge alike)."""

    def __init__(self, festival_slug: str, public_key: str) -> None:
        self.tag = festival_tag(festival_slug)
        self.key = parse_public_key(public_key)

    def read(self, text: str) -> CardReading:
        from cryptography.exceptions import InvalidSignature

        raw = _decode(text)
        if raw is None:
            return CardReading(None, CardProblem.NOT_A_CARD)
        version, tag, batch, number = _BODY.unpack_from(raw)
        if version != CARD_VERSION:
            return CardReading(None, CardProblem.NOT_A_CARD)
        if tag != self.tag:
            return CardReading(None, CardProblem.OTHER_FESTIVAL)
        try:
            self.key.verify(raw[_BODY.size :], raw[: _BODY.size])
        except InvalidSignature:
            return CardReading(None, CardProblem.FORGED)
        return CardReading(Card(batch, number))


def _decode(text: str) -> bytes | None:
    text = text.strip()
    if len(text) > MAX_CARD_TEXT or not text.upper().startswith(CARD_PREFIX):
        return None
    try:
        # Upper case: some scanners type with Caps Lock inverted; base45 is upper case only.
        raw: bytes = b45decode(text[len(CARD_PREFIX) :].upper())
    except (ValueError, binascii.Error):
        return None
    return raw if len(raw) == CARD_BYTES else None


class CardMaker:
    """Signs cards with the organizers' private key (`kiosk ballots make`)."""

    def __init__(self, festival_slug: str, private_key: Ed25519PrivateKey) -> None:
        self.tag = festival_tag(festival_slug)
        self.key = private_key

    def text(self, card: Card) -> str:
        """The QR code's text of `card`."""
        if not 0 <= card.batch <= MAX_BATCH or not 1 <= card.number <= MAX_NUMBER:
            raise ValueError(f"card {card.batch}-{card.number}: batch or number out of range")
        body = _BODY.pack(CARD_VERSION, self.tag, card.batch, card.number)
        encoded: bytes = b45encode(body + self.key.sign(body))
        return CARD_PREFIX + encoded.decode("ascii")


def new_private_key() -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The organizers' key file; ValueError when it is not an Ed25519 private key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{path}: not an unencrypted Ed25519 private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path}: not an Ed25519 key")
    return key


def pack_folder_around(path: Path) -> Path | None:
    """The pack folder `path` would be inside (a folder holding pack.json), if any.

    The private key must never travel with a pack: packs are copied to every booth.
    """
    here = path.resolve()
    for folder in (here, *here.parents):
        if (folder / "pack.json").is_file():
            return folder
    return None


CARD_QR_VERSION = 5  # 37 x 37 modules: a card's 117 characters at error correction M


def card_matrix(text: str) -> tuple[int, bytes]:
    """The QR modules of a card's text: (side, one byte per module, 0 dark, 255 light).

    Version and mask are fixed (a card's text always has the same length), which makes
    a code about six times faster than letting qrcode try every size and mask: 5,000
    cards are printed in seconds.
    """
    import qrcode  # here: only the organizers' card making needs it
    from qrcode.util import MODE_ALPHA_NUM, QRData

    code = qrcode.QRCode(
        version=CARD_QR_VERSION,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=0,
        mask_pattern=0,
    )
    code.add_data(QRData(text.encode("ascii"), mode=MODE_ALPHA_NUM))
    code.make(fit=False)
    rows = code.get_matrix()
    return len(rows), bytes(0 if dark else 255 for row in rows for dark in row)
