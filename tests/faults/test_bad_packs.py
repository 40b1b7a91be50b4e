"""Hostile and broken festival packs, generated: each is refused with a problem that names
the place in pack.json, and a booth that was already running keeps its content.

The kiosk here is one booth file with a good pack installed; every bad pack is
then offered to it with `import_pack`, exactly as `kiosk pack import` does.
"""

from __future__ import annotations

import io
import json
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PIL import Image

from kiosk.pack.format import PackError
from kiosk.pack.importer import import_pack
from kiosk.storage.database import BoothDatabase, open_booth_database
from tests.faults.packs import PHOTOS, content_fingerprint, good_document, photo, write_pack

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,  # the same examples every run: a fault test must not be flaky
    suppress_health_check=[HealthCheck.too_slow],
)

# (where in pack.json, kind): the fields a pack must get right.
FIELDS = [
    ("festival.slug", "str"),
    ("festival.name", "text"),
    ("festival.venue", "str"),
    ("festival.starts_on", "str"),
    ("agencies[0].code", "str"),
    ("agencies[1].name", "str"),
    ("agencies[0].booth", "str"),
    ("innovations[0].slug", "str"),
    ("innovations[1].agency", "str"),
    ("innovations[2].title", "text"),
    ("innovations[0].summary", "text"),
    ("innovations[1].category", "str"),
    ("innovations[2].year_started", "int"),
    ("innovations[0].photos[1].file", "str"),
]


@pytest.fixture(scope="module")
def running_booth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoothDatabase]:
    """A booth with the good pack installed, as it would be during the festival."""
    folder = tmp_path_factory.mktemp("kiosk")
    db = open_booth_database(folder / "booth.sqlite")
    import_pack(db, write_pack(folder / "good-pack", good_document()))
    yield db
    db.close()


def offer(db: BoothDatabase, make: Callable[[Path], Path]) -> list[str]:
    """Import the pack `make` writes; return its problems (it must be refused, content kept)."""
    before = content_fingerprint(db)
    with tempfile.TemporaryDirectory() as tmp, pytest.raises(PackError) as refused:
        import_pack(db, make(Path(tmp)))
    assert content_fingerprint(db) == before, "a refused pack changed what visitors see"
    assert refused.value.problems and all(p.strip() for p in refused.value.problems)
    return refused.value.problems


def assert_named(problems: list[str], where: str, *words: str) -> None:
    hits = [p for p in problems if p.startswith(f"{where}:") or p.startswith(f"{where}.")]
    assert hits, f"no problem names {where}: {problems}"
    assert any(all(w in p for w in words) for p in hits), (where, words, problems)


def locate(document: dict[str, Any], where: str) -> tuple[Any, str]:
    """The container holding `where` (like 'innovations[2].title') and the last key."""
    *parents, last = where.replace("[", ".").replace("]", "").split(".")
    node: Any = document
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    return node, last


def changed(where: str, value: Any = None, delete: bool = False) -> dict[str, Any]:
    document = good_document()
    node, key = locate(document, where)
    if delete:
        del node[key]
    else:
        node[key] = value
    return document


@SETTINGS
@given(field=st.sampled_from(FIELDS))
def test_missing_field_is_named(running_booth: BoothDatabase, field: tuple[str, str]) -> None:
    where, _ = field
    problems = offer(running_booth, lambda d: write_pack(d, changed(where, delete=True)))
    assert_named(problems, where, "missing")


JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["x", "titel", "id"]), st.integers(), max_size=2),
)


def wrong_for(kind: str, value: Any) -> bool:
    if kind == "str":
        return not isinstance(value, str)
    if kind == "text":
        return not isinstance(value, str | dict)
    return isinstance(value, bool) or not isinstance(value, int)


@SETTINGS
@given(field=st.sampled_from(FIELDS), value=JSON_VALUES)
def test_wrong_type_is_named(
    running_booth: BoothDatabase, field: tuple[str, str], value: Any
) -> None:
    where, kind = field
    assume(wrong_for(kind, value))  # the right type is another test's business
    problems = offer(running_booth, lambda d: write_pack(d, changed(where, value)))
    assert_named(problems, where, "expected")


@SETTINGS
@given(junk=st.binary(min_size=1, max_size=12))
def test_non_utf8_pack_json_is_refused(running_booth: BoothDatabase, junk: bytes) -> None:
    assume(not is_utf8(junk))
    raw = json.dumps(good_document()).encode().replace(b"Alun-Alun", b"Alun-" + junk, 1)
    problems = offer(running_booth, lambda d: write_pack(d, raw))
    assert problems[0].startswith("pack.json: not UTF-8 text (byte 0x")


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def photo_place(name: str) -> str:
    """Where pack.json refers to a photo file."""
    for n, item in enumerate(good_document()["innovations"]):
        for k, entry in enumerate(item["photos"]):
            if entry["file"] == name:
                return f"innovations[{n}].photos[{k}]"
    raise KeyError(name)


def with_photo(name: str, data: bytes) -> Callable[[Path], Path]:
    media = {n: photo(n) for n in PHOTOS} | {name: data}
    return lambda d: write_pack(d, good_document(), media)


@SETTINGS
@given(name=st.sampled_from(PHOTOS[:2]), keep=st.floats(0.0, 0.995))
def test_truncated_photo_is_named(running_booth: BoothDatabase, name: str, keep: float) -> None:
    whole = photo(name, (400, 300))
    problems = offer(running_booth, with_photo(name, whole[: int(len(whole) * keep)]))
    assert_named(problems, photo_place(name))


@SETTINGS
@given(name=st.sampled_from(PHOTOS), data=st.binary(max_size=300))
def test_junk_photo_is_named(running_booth: BoothDatabase, name: str, data: bytes) -> None:
    problems = offer(running_booth, with_photo(name, data))
    assert_named(problems, photo_place(name), "not a JPEG, PNG or WebP")


def png_header(width: int, height: int) -> bytes:
    """A tiny PNG that claims `width` x `height` pixels: the shape of a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@SETTINGS
@given(width=st.integers(7_100, 60_000), height=st.integers(7_100, 60_000))
def test_decompression_bomb_is_refused(
    running_booth: BoothDatabase, width: int, height: int
) -> None:
    problems = offer(running_booth, with_photo(PHOTOS[2], png_header(width, height)))
    assert_named(problems, photo_place(PHOTOS[2]), "too large")


def test_real_bomb_and_huge_file_are_refused(running_booth: BoothDatabase) -> None:
    bomb = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(bomb, "PNG")  # 144 megapixels in ~20 KB
    assert len(bomb.getvalue()) < 100_000
    problems = offer(running_booth, with_photo(PHOTOS[2], bomb.getvalue()))
    assert_named(problems, photo_place(PHOTOS[2]), "too large")
    huge = photo(PHOTOS[0]) + b"\0" * (41 * 1024 * 1024)
    problems = offer(running_booth, with_photo(PHOTOS[0], huge))
    assert_named(problems, photo_place(PHOTOS[0]), "too large")


TRAVERSALS = st.one_of(
    st.sampled_from(
        [
            "../../etc/passwd",
            "/etc/passwd",
            "media/../../etc/passwd",
            "media/../pack.json",
            "C:\\Windows\\win.ini",
            "C:/Windows/win.ini",
            "media\\..\\..\\x.jpg",
            "./media/kali-1.jpg",
            "media//kali-1.jpg",
            "media/kali-1.jpg\0.png",
        ]
    ),
    st.lists(st.sampled_from(["..", "media", "etc", ".", "x.jpg"]), min_size=1, max_size=6).map(
        lambda parts: "/".join(["media", *parts, "..", "passwd.jpg"])
    ),
)


@SETTINGS
@given(name=TRAVERSALS, logo=st.booleans())
def test_path_traversal_in_media_names_is_refused(
    running_booth: BoothDatabase, name: str, logo: bool
) -> None:
    where = "festival.logo" if logo else "innovations[0].photos[1].file"
    problems = offer(running_booth, lambda d: write_pack(d, changed(where, name)))
    assert_named(problems, where)
    assert not any("root:" in p for p in problems)  # nothing outside the pack was read


@SETTINGS
@given(pair=st.permutations([0, 1, 2]).map(lambda p: p[:2]), agencies=st.booleans())
def test_duplicate_slugs_and_codes_are_named(
    running_booth: BoothDatabase, pair: list[int], agencies: bool
) -> None:
    first, second = pair
    document = good_document()
    if agencies:
        first, second = min(first, 1), min(second, 1)
        assume(first != second)
        items, key = document["agencies"], "code"
    else:
        items, key = document["innovations"], "slug"
    items[second][key] = items[first][key]
    kind = "agencies" if agencies else "innovations"
    problems = offer(running_booth, lambda d: write_pack(d, document))
    later = max(first, second)
    assert_named(problems, f"{kind}[{later}].{key}", "duplicate")


def test_zip_with_traversal_entries_or_a_bomb_is_refused(
    running_booth: BoothDatabase, tmp_path: Path
) -> None:
    good = write_pack(tmp_path / "good", good_document())

    def zipped(extra: str, data: bytes) -> Callable[[Path], Path]:
        def make(folder: Path) -> Path:
            path = folder / "pack.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for file in sorted(good.rglob("*")):
                    if file.is_file():
                        archive.write(file, file.relative_to(good).as_posix())
                archive.writestr(extra, data)
            return path

        return make

    problems = offer(running_booth, zipped("../../etc/passwd", b"root:x:0:0"))
    assert any("zip entry '../../etc/passwd'" in p for p in problems), problems
    problems = offer(running_booth, zipped("media/bomb.txt", b"\0" * (30 * 1024 * 1024)))
    assert any("zip bomb" in p for p in problems), problems
