"""Builders for small festival packs written as real files, for the pack tests."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw


def image_bytes(width: int = 320, height: int = 240, fmt: str = "JPEG") -> bytes:
    """A small picture with some shapes, so encoders have something to do."""
    image = Image.new("RGB", (width, height), "#3a7ca5")
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width // 2, height // 2), "#f2a541")
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def minimal_document() -> dict[str, Any]:
    """A valid pack.json: two agencies, three innovations, two photos and a logo."""
    return {
        "format": "gerai-pack",
        "format_version": 1,
        "festival": {
            "slug": "uji-2026",
            "name": {"id": "Festival Uji", "en": "Test Festival"},
            "venue": "Alun-Alun Purwokerto",
            "starts_on": "2026-08-20",
            "ends_on": "2026-08-21",
            "colors": {"primary": "#0B4F6C"},
            "logo": "media/logo.png",
        },
        "voting": {"max_votes_per_session": 2},
        "agencies": [
            {
                "code": "DPUPR",
                "name": "Dinas Pekerjaan Umum",
                "booth": "A1",
                "map": {"x": 0.2, "y": 0.3},
            },
            {"code": "DINKES", "name": "Dinas Kesehatan", "short_name": "Dinkes", "booth": "A2"},
        ],
        "innovations": [
            _innovation("rawat-jalan", "DPUPR", ["media/jalan-1.jpg", "media/jalan-2.jpg"]),
            _innovation("lapor-jalan", "DPUPR", []),
            _innovation("posyandu-remaja", "DINKES", []),
        ],
    }


def _innovation(slug: str, agency: str, photos: list[str]) -> dict[str, Any]:
    return {
        "slug": slug,
        "agency": agency,
        "title": {"id": f"Judul {slug}", "en": f"Title {slug}"},
        "summary": {"id": "Ringkasan singkat.", "en": "A short summary."},
        "story": {"id": "Cerita.", "en": "Story."},
        "category": "Layanan Publik",
        "year_started": 2021,
        "url": "https://example.go.id/" + slug,
        "contact": "0281-123456",
        "photos": [{"file": f, "caption": {"id": "Foto", "en": "Photo"}} for f in photos],
    }


def write_pack(
    folder: Path, document: dict[str, Any] | None = None, media: dict[str, bytes] | None = None
) -> Path:
    """Write pack.json and media files into `folder` (default: the minimal pack)."""
    document = minimal_document() if document is None else document
    if media is None:
        media = {
            "media/logo.png": image_bytes(200, 100, "PNG"),
            "media/jalan-1.jpg": image_bytes(),
            "media/jalan-2.jpg": image_bytes(400, 300),
        }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.json").write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    for name, data in media.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def zip_folder(folder: Path, zip_path: Path, prefix: str = "") -> Path:
    """Zip a pack folder, optionally under one top folder as Windows Explorer does."""
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, prefix + file.relative_to(folder).as_posix())
    return zip_path
