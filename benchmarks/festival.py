"""Booth databases for benchmarks: a real festival installed through the product's own API."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.festival import Agency, Festival, Innovation, Text, VotingRules
from kiosk.storage.content import replace_content
from kiosk.storage.database import BoothDatabase, open_booth_database

AGENCY = "DPUPR"


def innovation(n: int) -> Innovation:
    return Innovation(
        slug=f"inovasi-{n:02d}",
        agency=AGENCY,
        title=Text(f"Inovasi Pelayanan Publik {n}", f"Public Service Innovation {n}"),
        summary=Text("Warga dan dinas bekerja bersama.", "Residents and the office together."),
        story=Text("Cerita panjang inovasi. " * 20, "The long story. " * 20),
        category="Layanan Publik",
        year_started=2020 + n % 5,
        url=f"https://example.go.id/inovasi-{n}",
        contact="0281-123456",
    )


def festival(innovations: int = 6) -> Festival:
    return Festival(
        slug="bench-2026",
        name=Text("Festival Uji Kinerja", "Benchmark Festival"),
        venue="Alun-Alun Purwokerto",
        starts_on="2026-08-20",
        ends_on="2026-08-21",
        voting=VotingRules(),
        agencies=(Agency(AGENCY, "Dinas Pekerjaan Umum", "DPUPR", "A1"),),
        innovations=tuple(innovation(n) for n in range(1, innovations + 1)),
    )


def fresh_booth(path: Path, innovations: int = 6) -> BoothDatabase:
    """A new booth file at `path` (any old one and its -wal/-shm removed) with content."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_booth_database(path)
    replace_content(db, festival(innovations), [], None, "b" * 64)
    return db
