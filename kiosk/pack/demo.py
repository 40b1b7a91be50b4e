"""Writing the demo festival pack: SAMPLE content with illustrations drawn by code."""

from __future__ import annotations

import io
import json
import os
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from kiosk.pack.demo_art import draw_logo, draw_scene
from kiosk.pack.demo_content import (
    AGENCIES,
    FESTIVAL,
    INNOVATIONS,
    LOGO,
    SURVEY_SERVICES,
    DemoInnovation,
)
from kiosk.pack.document import FORMAT, FORMAT_VERSION

URL_BASE = "https://inovasi.banyumaskab.go.id/contoh/"
# One photo straight from a modern phone camera, so every import exercises downscaling.
BIG_PHOTO = ("peta-genangan-purwokerto", 0)
BIG_SIZE = (4000, 3000)


def write_demo_pack(out_dir: Path) -> Path:
    """Write the demo festival pack into `out_dir` (created if needed) and return it.

    pack.json is written last, so a pack interrupted halfway is never taken for whole.
    """
    out_dir = Path(out_dir)
    (out_dir / "media").mkdir(parents=True, exist_ok=True)
    pictures = [
        (f"media/{item.slug}-{n + 1}.jpg", theme, _seed(item.slug, n), _size(item.slug, n))
        for item in INNOVATIONS
        for n, (theme, _, _) in enumerate(item.photos)
    ]
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        list(pool.map(lambda job: _write_photo(out_dir, *job), pictures))
    draw_logo().save(out_dir / LOGO, "PNG")
    document = demo_document()
    temp = out_dir / "pack.json.tmp"
    temp.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    temp.replace(out_dir / "pack.json")
    return out_dir


def demo_document() -> dict[str, Any]:
    """The demo festival's pack.json as a dict."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "festival": FESTIVAL,
        "voting": {
            "min_dwell_seconds": 5,
            "max_votes_per_session": 3,
            "cooldown_seconds": 8,
            "idle_seconds": 45,
            "idle_warning_seconds": 15,
        },
        "agencies": [_agency(*row) for row in AGENCIES],
        "innovations": [_innovation(item) for item in INNOVATIONS],
    }


def _agency(code: str, name: str, short: str, booth: str, x: float, y: float) -> dict[str, Any]:
    agency: dict[str, Any] = {
        "code": code,
        "name": name,
        "short_name": short,
        "booth": booth,
        "map": {"x": x, "y": y},
    }
    if code in SURVEY_SERVICES:
        agency["survey"] = {
            "enabled": True,
            "services": [_service(*s) for s in SURVEY_SERVICES[code]],
        }
    return agency


def _service(code: str, name_id: str, name_en: str, population: int | None) -> dict[str, Any]:
    service: dict[str, Any] = {"code": code, "name": {"id": name_id, "en": name_en}}
    if population is not None:
        service["population"] = population
    return service


def _innovation(item: DemoInnovation) -> dict[str, Any]:
    return {
        "slug": item.slug,
        "agency": item.agency,
        "title": {"id": item.title[0], "en": item.title[1]},
        "summary": {"id": item.summary[0], "en": item.summary[1]},
        "story": {"id": "\n\n".join(item.story_id), "en": "\n\n".join(item.story_en)},
        "category": item.category,
        "year_started": item.year,
        "url": URL_BASE + item.slug,
        "contact": item.contact,
        "photos": [
            {"file": f"media/{item.slug}-{n + 1}.jpg", "caption": {"id": cap_id, "en": cap_en}}
            for n, (_, cap_id, cap_en) in enumerate(item.photos)
        ],
    }


def _write_photo(out_dir: Path, name: str, theme: str, seed: int, size: tuple[int, int]) -> None:
    out = io.BytesIO()
    draw_scene(theme, seed, size).save(out, "JPEG", quality=88)
    (out_dir / name).write_bytes(out.getvalue())


def _seed(slug: str, n: int) -> int:
    # crc32, not hash(): str hashes change from run to run, the pack must not.
    return zlib.crc32(f"{slug}:{n}".encode())


def _size(slug: str, n: int) -> tuple[int, int]:
    return BIG_SIZE if (slug, n) == BIG_PHOTO else (1600, 1200)
