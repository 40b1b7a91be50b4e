"""import_pack: a pack into a real booth database, all or nothing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk.pack.demo import write_demo_pack
from kiosk.pack.format import PackError, load_pack
from kiosk.pack.importer import ImportSummary, import_pack, install_pack
from kiosk.storage.content import (
    audit_trail,
    load_festival,
    logo_png,
    pack_sha256,
    photo_bytes,
    photo_ids,
)
from kiosk.storage.database import BoothDatabase, open_booth_database
from tests.unit.pack_fixtures import image_bytes, minimal_document, write_pack, zip_folder


@pytest.fixture(scope="module")
def demo_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo_pack(tmp_path_factory.mktemp("demo") / "pack")


@pytest.fixture(scope="module")
def demo_import(
    demo_pack: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[BoothDatabase, ImportSummary]]:
    """A booth database with the demo festival imported (read-only for the tests)."""
    db = open_booth_database(tmp_path_factory.mktemp("booth") / "booth.sqlite")
    summary = import_pack(db, demo_pack)
    yield db, summary
    db.close()


def test_the_demo_pack_imports_and_reads_back(
    demo_pack: Path, demo_import: tuple[BoothDatabase, ImportSummary]
) -> None:
    db, summary = demo_import
    pack = load_pack(demo_pack)
    assert (summary.agencies, summary.innovations) == (8, 20)
    assert summary.photos == sum(len(i.photos) for i in pack.festival.innovations)
    assert summary.sha256 == pack.sha256 == pack_sha256(db)

    shown = load_festival(db)
    expected = pack.festival
    assert (shown.slug, shown.name, shown.venue, shown.sample_data) == (
        expected.slug, expected.name, expected.venue, True,
    )  # fmt: skip
    assert shown.voting == expected.voting
    assert sorted(shown.agencies, key=lambda a: a.code) == sorted(
        expected.agencies, key=lambda a: a.code
    )
    assert shown.innovations == expected.innovations
    assert shown.map == expected.map  # the square's entrance, stage and north
    assert shown.map.stage is not None and len(shown.map.entrances) == 1
    assert shown.map.north == 0
    logo = logo_png(db)
    assert logo is not None
    with Image.open(io.BytesIO(logo)) as image:
        assert image.format == "PNG"
        assert max(image.size) <= 512


def test_a_camera_sized_photo_is_stored_downscaled(
    demo_import: tuple[BoothDatabase, ImportSummary],
) -> None:
    db = demo_import[0]
    first = photo_ids(db, "peta-genangan-purwokerto")[0]
    for thumb, size in ((False, (1920, 1440)), (True, (480, 360))):
        data = photo_bytes(db, first, thumb=thumb)
        assert data is not None
        with Image.open(io.BytesIO(data)) as image:
            assert image.size == size


def test_a_zip_pack_imports_like_its_folder(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    db = open_booth_database(tmp_path / "booth.sqlite")
    summary = install_pack(db, load_pack(zip_folder(folder, tmp_path / "pack.zip")))
    assert (summary.agencies, summary.innovations, summary.photos) == (2, 3, 2)
    assert summary.sha256 == load_pack(folder).sha256
    assert str(summary).startswith("2 agencies, 3 innovations, 2 photos (pack ")


def test_a_failed_import_leaves_the_previous_content(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "booth.sqlite")
    first = import_pack(db, write_pack(tmp_path / "good"))
    before = load_festival(db)
    broken = minimal_document()
    broken["innovations"][0]["agency"] = "XYZ"
    media = {
        "media/logo.png": image_bytes(200, 100, "PNG"),
        "media/jalan-1.jpg": image_bytes(800, 600)[:2000],  # cut off mid-copy
        "media/jalan-2.jpg": image_bytes(),
    }
    with pytest.raises(PackError) as caught:
        import_pack(db, write_pack(tmp_path / "broken", broken, media))
    assert caught.value.problems[0] == "innovations[0].agency: unknown agency 'XYZ'"
    assert caught.value.problems[1].startswith(
        "innovations[0].photos[0]: media/jalan-1.jpg: damaged or truncated image"
    )
    assert load_festival(db) == before
    assert pack_sha256(db) == first.sha256


def test_a_decompression_bomb_in_a_pack_is_named(tmp_path: Path) -> None:
    from tests.unit.test_pack_media import png_header

    doc = minimal_document()
    doc["festival"]["logo"] = "media/bomb.png"
    media = {"media/bomb.png": png_header(30_000, 30_000)}
    media |= {f"media/jalan-{n}.jpg": image_bytes() for n in (1, 2)}
    with pytest.raises(PackError) as caught:
        load_pack(write_pack(tmp_path / "pack", doc, media))
    assert caught.value.problems == [
        "festival.logo: media/bomb.png: image too large (over 50 megapixels)"
    ]


def test_a_photo_changed_after_checking_stops_the_import(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "booth.sqlite")
    import_pack(db, write_pack(tmp_path / "good"))
    before, edits = load_festival(db), len(audit_trail(db))
    folder = write_pack(tmp_path / "next")
    pack = load_pack(folder)
    (folder / "media/jalan-2.jpg").write_bytes(image_bytes(50, 50))
    with pytest.raises(PackError) as caught:
        install_pack(db, pack)
    assert caught.value.problems == [
        "innovations[0].photos[1]: media/jalan-2.jpg: changed or vanished since the pack was"
        " checked"
    ]
    assert load_festival(db) == before
    assert len(audit_trail(db)) == edits
