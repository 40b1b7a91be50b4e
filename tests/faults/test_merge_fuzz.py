"""Damaged booth files at the organizers' merge: random truncation and flipped bytes never
crash `merge_kiosk_files`, and never let a record that is not exactly as the kiosk wrote
it into the merged results (with or without --accept-valid-prefix)."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.results.collect import merge_kiosk_files
from kiosk.simulate import simulate
from kiosk.storage.chain import RECORD_COLUMNS, verify_records
from kiosk.storage.export import export_database
from tests.helpers import make_booth_db

Record = tuple[object, ...]
COLUMNS = ", ".join(RECORD_COLUMNS)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two booth files as handed over at closing (exported: one file, no -wal)."""
    folder = tmp_path_factory.mktemp("sticks")
    files = []
    for agency, seed in (("DPUPR", 1), ("DINKES", 2)):
        raw = folder / f"raw-{agency}.sqlite"
        db = make_booth_db(raw)
        simulate(db, agency, sessions=30, seed=seed)
        db.close()
        files.append(export_database(raw, folder / f"{agency}.sqlite").path)
    return files


def records(path: Path, table: str = "visitor_records") -> set[Record]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return set(conn.execute(f"SELECT {COLUMNS} FROM {table}"))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def genuine(exports: list[Path]) -> list[set[Record]]:
    return [records(path) for path in exports]


@pytest.fixture(scope="module")
def record_bytes(exports: list[Path], genuine: list[set[Record]]) -> list[list[int]]:
    """Where each file stores its records' texts: flips aimed there hit records, not photos."""
    places = []
    for path, rows in zip(exports, genuine, strict=True):
        data = path.read_bytes()
        texts = [str(field).encode() for row in rows for field in row if isinstance(field, str)]
        places.append(sorted({data.find(t) for t in texts} - {-1}))
    return places


def damage(data: bytes, cut: int | None, flips: list[tuple[int, int]]) -> bytes:
    damaged = bytearray(data)
    for offset, xor in flips:
        damaged[offset % len(damaged)] ^= xor
    return bytes(damaged[:cut] if cut is not None else damaged)


def merged(
    inputs: list[Path], prefix: bool
) -> Iterator[tuple[set[Record], list[dict[str, Record]], str]]:
    """Merge `inputs`; yield the merged records, each kiosk's rows, and integrity_check."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "festival.sqlite"
        merge_kiosk_files(out, inputs, accept_valid_prefix=prefix, workers=1)
        conn = sqlite3.connect(out)
        try:
            conn.row_factory = sqlite3.Row
            rows = [dict(r) for r in conn.execute(f"SELECT {COLUMNS} FROM visitor_records")]
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        yield {tuple(r[c] for c in RECORD_COLUMNS) for r in rows}, rows, integrity


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    which=st.integers(0, 1),
    prefix=st.booleans(),
    cut=st.one_of(st.none(), st.integers(0, 200_000)),
    flips=st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(1, 255)), max_size=6),
    aimed=st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 80), st.integers(1, 255)), max_size=3
    ),
)
def test_damaged_file_never_crashes_the_merge_nor_enters_the_results(
    tmp_path: Path,
    exports: list[Path],
    genuine: list[set[Record]],
    record_bytes: list[list[int]],
    which: int,
    prefix: bool,
    cut: int | None,
    flips: list[tuple[int, int]],
    aimed: list[tuple[int, int, int]],
) -> None:
    places = record_bytes[which]
    flips = flips + [(places[n % len(places)] + delta, xor) for n, delta, xor in aimed]
    with tempfile.TemporaryDirectory(dir=tmp_path) as tmp:
        damaged = Path(tmp) / f"damaged-{exports[which].name}"
        damaged.write_bytes(damage(exports[which].read_bytes(), cut, flips))
        intact = Path(tmp) / exports[1 - which].name
        shutil.copy(exports[1 - which], intact)
        result, rows, integrity = next(merged([damaged, intact], prefix))
    assert integrity == "ok"
    assert result <= genuine[0] | genuine[1], "a record not written by a kiosk was merged"
    assert genuine[1 - which] <= result, "damage to one file cost another file its records"
    for kiosk in {r["kiosk_id"] for r in rows}:
        chain = sorted((r for r in rows if r["kiosk_id"] == kiosk), key=lambda r: r["seq"])
        report = verify_records(chain, kiosk)
        assert report.ok, report.describe()  # each kiosk's merged records: one unbroken chain
