"""Helpers for the card tests: a card-mode pack, its key, and reading printed sheets back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import ZBarSymbol, decode

from kiosk.pack.cards import new_private_key, private_key_pem, public_key_text
from tests.unit.pack_fixtures import minimal_document, write_pack


def card_pack(
    tmp_path: Path, quota: int = 3, revoked: tuple[int, ...] = ()
) -> tuple[Path, Path, str]:
    """(pack folder in card mode, the organizers' key file outside it, the public key);
    `revoked`: batches the pack withdraws."""
    key = new_private_key()
    key_path = tmp_path / "organizers" / "kartu.key"
    key_path.parent.mkdir(parents=True, exist_ok=True)
    key_path.write_bytes(private_key_pem(key))
    public = public_key_text(key.public_key())
    doc = minimal_document()
    doc["cards"] = {"mode": True, "public_key": public, "quota": quota}
    if revoked:
        doc["cards"]["revoked_batches"] = list(revoked)
    return write_pack(tmp_path / "pack", doc), key_path, public


def page_texts(pdf: Path, out: Path, first: int = 1, last: int | None = None) -> list[list[str]]:
    """Each page of `pdf` rendered to PNG (poppler's pdftoppm at 150 dpi), and the QR codes
    zbar reads on it."""
    out.mkdir(parents=True, exist_ok=True)
    args = ["pdftoppm", "-r", "150", "-png", "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf), str(out / "page")], check=True)
    pages = []
    for png in sorted(out.glob("page-*.png")):
        with Image.open(png) as image:
            found = decode(image.convert("L"), symbols=[ZBarSymbol.QRCODE])
        pages.append([symbol.data.decode("ascii") for symbol in found])
    return pages
