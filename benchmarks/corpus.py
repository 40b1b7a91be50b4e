"""Booth files for the merge and report benchmarks, made by `kiosk.simulate` and cached.

Making them is not what is measured. Each file gets the demo festival's
content (photos included, as a real booth file has) through the product's own
`replace_content`, then simulated visitors on a connection with
synchronous=OFF (only for speed of generation), and is then exported with
`export_database` exactly as staff hand it over at closing.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from benchmarks.common import work_dir
from kiosk.pack.demo import write_demo_pack
from kiosk.pack.importer import import_pack
from kiosk.simulate import default_start, simulate
from kiosk.storage.content import (
    ProcessedPhoto,
    load_festival,
    logo_png,
    pack_sha256,
    replace_content,
)
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import export_database

PILOT_SESSIONS = 400


@dataclass(frozen=True)
class Corpus:
    name: str
    files: int
    records_per_file: int

    @property
    def folder(self) -> Path:
        return work_dir(f"{self.name}-{self.files}x{self.records_per_file}")

    def paths(self) -> list[Path]:
        return [self.folder / f"kiosk-{n:03d}.sqlite" for n in range(self.files)]


def template_pack() -> Path:
    """The organizers' pack every corpus booth file was made from."""
    pack = work_dir("template") / "demo-pack"
    if not (pack / "pack.json").exists():
        write_demo_pack(pack)
    return pack


def template() -> Path:
    """A booth file with the demo festival imported (photos processed once)."""
    path = work_dir("template") / "demo.sqlite"
    if not path.exists():
        db = open_booth_database(path)
        import_pack(db, template_pack())
        db.close()
    return path


def _photos(db_path: Path) -> list[ProcessedPhoto]:
    from kiosk.domain.festival import Text

    db = open_booth_database(db_path)
    rows = db.execute(
        "SELECT innovation_slug, sort_order, caption_id, caption_en, source_file,"
        " source_sha256, width, height, image_jpeg, thumb_jpeg FROM photos"
    ).fetchall()
    db.close()
    return [ProcessedPhoto(r[0], r[1], Text(r[2], r[3]), *r[4:]) for r in rows]


def make_kiosk(out: Path, agency_index: int, sessions: int, seed: int) -> int:
    """One exported booth file at `out`; returns its number of visitor records."""
    source = template()
    content = open_booth_database(source)
    festival, logo, sha = load_festival(content), logo_png(content), pack_sha256(content)
    content.close()
    raw = out.with_suffix(".raw.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{raw}{suffix}").unlink(missing_ok=True)
    db = open_booth_database(raw)
    replace_content(db, festival, _photos(source), logo, sha or "")
    db.execute("PRAGMA synchronous = OFF")  # generation speed only; not what is measured
    agencies = [a.code for a in festival.agencies if festival.innovations_of(a.code)]
    start = default_start(db) + timedelta(minutes=agency_index)
    simulate(db, agencies[agency_index % len(agencies)], sessions, seed=seed, start=start)
    count = int(db.execute("SELECT count(*) FROM visitor_records").fetchone()[0])
    db.close()
    export_database(raw, out)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{raw}{suffix}").unlink(missing_ok=True)
    return count


def sessions_for(records: int, agencies: int) -> list[int]:
    """Sessions per agency that give about `records` records (booths differ in innovations)."""
    pilot = work_dir("template") / "pilot.sqlite"
    sessions = []
    for index in range(agencies):
        count = make_kiosk(pilot, index, PILOT_SESSIONS, seed=999)
        sessions.append(round(records * PILOT_SESSIONS / count))
    pilot.unlink()
    return sessions


def build(corpus: Corpus) -> list[Path]:
    """The corpus's files, generated where missing (2 processes), with a manifest."""
    manifest = corpus.folder / "manifest.json"
    paths = corpus.paths()
    if manifest.exists() and all(p.exists() for p in paths):
        return paths
    per_agency = sessions_for(corpus.records_per_file, agencies=8)
    sessions = [per_agency[n % len(per_agency)] for n in range(len(paths))]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        counts = list(pool.map(make_kiosk, paths, range(len(paths)), sessions,
                               range(1, len(paths) + 1)))  # fmt: skip
    manifest.write_text(json.dumps({"files": len(paths), "records": counts}) + "\n")
    return paths


def record_counts(corpus: Corpus) -> list[int]:
    manifest = corpus.folder / "manifest.json"
    return list(json.loads(manifest.read_text())["records"])
