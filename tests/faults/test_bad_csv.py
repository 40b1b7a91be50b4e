"""The organizers' spreadsheet (CSV), broken on purpose: every problem is named by row and
column, nothing is written, and no input makes `pack_from_csv` crash."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kiosk.pack.csv_import import pack_from_csv
from kiosk.pack.format import PackError, load_pack
from tests.faults.packs import photo

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
HEADER = ["agency_code", "agency_name", "slug", "title_id", "summary_id", "category"]
HEADER += ["year_started", "map_x", "photos"]
ROWS = [
    ["DPUPR", "Dinas PU", "rawat-kali", "Rawat Kali", "Merawat kali.", "Infrastruktur", "2021",
     "0.2", "kali.jpg"],
    ["DPUPR", "", "lapor-jalan", "Lapor Jalan", "Lewat WhatsApp.", "Layanan", "2022", "", ""],
    ["DINKES", "Dinas Kesehatan", "posyandu", "Posyandu", "Cek remaja.", "Kesehatan", "2019",
     "0.6", "posyandu.png"],
]  # fmt: skip
REQUIRED = ["agency_code", "agency_name", "title_id", "summary_id", "category", "year_started"]


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("foto")
    (folder / "kali.jpg").write_bytes(photo("kali.jpg"))
    (folder / "posyandu.png").write_bytes(photo("posyandu.png"))
    return folder


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([header, *rows])
    return out.getvalue().encode()


def convert(raw: bytes, media: Path) -> Iterator[list[str]]:
    """Problems of converting `raw` (none if it converted); the output exists only if good."""
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "inovasi.csv", Path(tmp) / "pack"
        source.write_bytes(raw)
        try:
            pack_from_csv(source, media, out, festival_name="Festival Uji", venue="Alun-Alun")
        except PackError as exc:
            assert exc.problems and not out.exists(), "a refused sheet left a pack behind"
            yield exc.problems
            return
        load_pack(out)  # whatever was accepted is a valid pack
        yield []


def problems_of(raw: bytes, media: Path) -> list[str]:
    return next(convert(raw, media))


@SETTINGS
@given(column=st.sampled_from(REQUIRED))
def test_missing_column_is_named(media: Path, column: str) -> None:
    keep = [n for n, name in enumerate(HEADER) if name != column]
    rows = [[row[n] for n in keep] for row in ROWS]
    problems = problems_of(csv_bytes([HEADER[n] for n in keep], rows), media)
    assert f"header: missing column '{column}'" in problems


@SETTINGS
@given(row=st.integers(0, 2), column=st.sampled_from(["title_id", "summary_id", "category"]))
def test_empty_required_cell_is_named_by_row_and_column(media: Path, row: int, column: str) -> None:
    rows = [list(r) for r in ROWS]
    rows[row][HEADER.index(column)] = ""
    problems = problems_of(csv_bytes(HEADER, rows), media)
    assert any(p.startswith(f"row {row + 2}, {column}") for p in problems), problems


@SETTINGS
@given(
    row=st.integers(0, 2),
    column=st.sampled_from(["year_started", "map_x"]),
    text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=8),
)
def test_wrong_type_is_named_by_row_and_column(
    media: Path, row: int, column: str, text: str
) -> None:
    assume(not _is_number(text.strip().replace(",", ".")))
    assume(text.strip() and "\n" not in text and "\r" not in text)
    rows = [list(r) for r in ROWS]
    rows[row][HEADER.index(column)] = text
    problems = problems_of(csv_bytes(HEADER, rows), media)
    assert any(p.startswith(f"row {row + 2}, {column}") for p in problems), problems


def test_map_on_a_later_row_is_checked(media: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][HEADER.index("map_x")] = "kiri"  # row 3, a later row of DPUPR
    problems = problems_of(csv_bytes(HEADER, rows), media)
    assert any(p.startswith("row 3, map_x") for p in problems), problems


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@SETTINGS
@given(name=st.sampled_from(["../../etc/passwd", "/etc/passwd", "..\\..\\boot.ini", "../x.jpg"]))
def test_path_traversal_in_photo_names_is_refused(media: Path, name: str) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][HEADER.index("photos")] = name
    problems = problems_of(csv_bytes(HEADER, rows), media)
    assert any(p.startswith("row 2, photos") for p in problems), problems


@SETTINGS
@given(second=st.integers(1, 2))
def test_duplicate_slug_is_named(media: Path, second: int) -> None:
    rows = [list(r) for r in ROWS]
    rows[second][HEADER.index("slug")] = rows[0][HEADER.index("slug")]
    problems = problems_of(csv_bytes(HEADER, rows), media)
    assert any(p.startswith(f"row {second + 2}") and "duplicate" in p for p in problems), problems


@settings(SETTINGS, max_examples=60)
@given(data=st.data())
def test_damaged_bytes_never_crash_the_conversion(media: Path, data: st.DataObject) -> None:
    """Truncation, flipped bytes, non-UTF-8: a named problem or a valid pack, never a crash."""
    raw = bytearray(csv_bytes(HEADER, ROWS))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(raw)))
    for problem in problems_of(bytes(raw[:cut]), media):
        assert problem.strip() and ":" in problem, problem
