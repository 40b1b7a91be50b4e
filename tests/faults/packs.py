"""A small, valid festival pack to break in tests, and the booth content to compare after."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import struct
import zlib
from pathlib import Path
from typing import Any

from PIL import Image

from kiosk.storage.database import BoothDatabase

PHOTOS = ("media/kali-1.jpg", "media/kali-2.jpg", "media/posyandu-1.png")


def photo(name: str, size: tuple[int, int] = (96, 72)) -> bytes:
    image = Image.new("RGB", size, "#3a7ca5" if name.endswith(".jpg") else "#f2a541")
    out = io.BytesIO()
    image.save(out, "PNG" if name.endswith(".png") else "JPEG", quality=80)
    return out.getvalue()


def innovation(slug: str, agency: str, photos: list[str]) -> dict[str, Any]:
    return {
        "slug": slug,
        "agency": agency,
        "title": {"id": f"Inovasi {slug}", "en": f"Innovation {slug}"},
        "summary": {"id": "Ringkasan singkat.", "en": "A short summary."},
        "story": {"id": "Paragraf satu.\n\nParagraf dua."},
        "category": "Layanan Publik",
        "year_started": 2021,
        "url": "https://example.go.id/x",
        "contact": "0281-000",
        "photos": [{"file": f, "caption": {"id": "Foto", "en": "Photo"}} for f in photos],
    }


GOOD: dict[str, Any] = {
    "format": "gerai-pack",
    "format_version": 1,
    "festival": {
        "slug": "uji-2026",
        "name": {"id": "Festival Uji", "en": "Test Festival"},
        "venue": "Alun-Alun Purwokerto",
        "starts_on": "2026-08-20",
        "ends_on": "2026-08-21",
    },
    "agencies": [
        {"code": "DPUPR", "name": "Dinas PU", "booth": "A1", "map": {"x": 0.2, "y": 0.3}},
        {"code": "DINKES", "name": "Dinas Kesehatan", "booth": "A2"},
    ],
    "innovations": [
        innovation("rawat-kali", "DPUPR", list(PHOTOS[:2])),
        innovation("lapor-jalan", "DPUPR", []),
        innovation("posyandu-remaja", "DINKES", [PHOTOS[2]]),
    ],
}


def good_document() -> dict[str, Any]:
    return copy.deepcopy(GOOD)


def write_pack(
    folder: Path, document: dict[str, Any] | bytes, media: dict[str, bytes] | None = None
) -> Path:
    """A pack folder: pack.json (a document, or raw bytes) and its media files."""
    folder.mkdir(parents=True, exist_ok=True)
    raw = document if isinstance(document, bytes) else json.dumps(document).encode()
    (folder / "pack.json").write_bytes(raw)
    files = {name: photo(name) for name in PHOTOS} if media is None else media
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def content_fingerprint(db: BoothDatabase) -> str:
    """A digest of everything visitors see: festival, agencies, innovations, photos."""
    digest = hashlib.sha256()
    for table in ("festival", "agencies", "innovations", "photos"):
        for row in db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall():
            digest.update(repr(row).encode())
    return digest.hexdigest()


def png16(width: int, height: int) -> bytes:
    """A 16-bit RGBA PNG of `width` x `height` that is small on disk (a gradient, rows alike).

    Pillow cannot write 16-bit RGBA, and a real photo this size would take minutes to
    compress; the decoder does the same work for either.
    """
    first = bytearray(b"\x00")  # filter "none" for the first row
    for x in range(width):
        level = (x * 65535 // max(1, width - 1)).to_bytes(2, "big")
        first += level + level[::-1] + level + b"\xff\xff"
    # Filter "up" with zero differences repeats the row above.
    same = b"\x02" + bytes(width * 8)
    packer = zlib.compressobj(9)
    data = packer.compress(bytes(first))
    for _ in range(height - 1):
        data += packer.compress(same)
    data += packer.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 16, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def big_photo_pack(
    folder: Path, pngs: int, jpegs: int, png_size: tuple[int, int] = (7000, 7000)
) -> Path:
    """A valid pack whose photos are `pngs` 16-bit RGBA PNGs and `jpegs` 4000x3000 JPEGs."""
    png = png16(*png_size)
    out = io.BytesIO()
    Image.linear_gradient("L").resize((4000, 3000)).convert("RGB").save(out, "JPEG", quality=90)
    media = {f"media/big-{n}.png": png for n in range(pngs)}
    media |= {f"media/big-{n}.jpg": out.getvalue() for n in range(jpegs)}
    document = good_document()
    innovations = document["innovations"]
    for n, name in enumerate(sorted(media)):  # at most 12 photos per innovation
        innovations[n % len(innovations)]["photos"].append(
            {"file": name, "caption": {"id": "Foto"}}
        )
    return write_pack(folder, document, {**{name: photo(name) for name in PHOTOS}, **media})
