"""The demo festival: clearly sample data, realistic shape, deterministic."""

# How long writing it takes is a benchmark figure, not a test: timed assertions
# fail on a loaded machine for reasons that are not bugs.

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from kiosk.pack.demo import write_demo_pack
from kiosk.pack.format import LoadedPack, load_pack


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, LoadedPack]:
    folder = write_demo_pack(tmp_path_factory.mktemp("demo") / "pack")
    return folder, load_pack(folder)


def test_the_demo_is_labelled_as_sample(demo: tuple[Path, LoadedPack]) -> None:
    festival = demo[1].festival
    assert festival.sample_data
    assert festival.name.id.endswith("(contoh)")
    assert festival.name.en.endswith("(sample)")
    assert festival.venue == "Alun-Alun Purwokerto"
    assert all("(contoh)" in i.contact for i in festival.innovations)


def test_the_demo_has_the_shape_of_a_real_festival(demo: tuple[Path, LoadedPack]) -> None:
    festival = demo[1].festival
    per_agency = Counter(i.agency for i in festival.innovations)
    assert len(festival.agencies) == 8
    assert len(festival.innovations) == 20
    assert festival.agencies[0].code == "DPUPR"
    assert 3 <= per_agency["DPUPR"] <= 4
    assert all(per_agency[a.code] >= 2 for a in festival.agencies)
    assert len({a.booth for a in festival.agencies}) == 8
    assert max(len(i.title.id) for i in festival.innovations) >= 65  # for the overflow check
    for innovation in festival.innovations:
        assert all(text.id and text.en for text in (innovation.title, innovation.summary))
        assert innovation.story.id.count("\n\n") >= 2
        assert 2 <= len(innovation.photos) <= 3
        assert innovation.url.startswith("https://inovasi.banyumaskab.go.id/")
    assert demo[1].logo == "media/logo.png"


def test_photos_are_drawn_with_one_camera_sized(demo: tuple[Path, LoadedPack]) -> None:
    folder, pack = demo
    sizes = Counter()
    for innovation in pack.festival.innovations:
        for photo in innovation.photos:
            with Image.open(folder / photo.file) as image:
                sizes[image.size] += 1
    assert sizes[(4000, 3000)] == 1
    assert sizes[(1600, 1200)] == sum(sizes.values()) - 1
    with Image.open(folder / "media/logo.png") as logo:
        assert logo.mode == "RGBA"


def test_the_demo_is_deterministic(demo: tuple[Path, LoadedPack], tmp_path: Path) -> None:
    again = load_pack(write_demo_pack(tmp_path / "again"))
    assert again.sha256 == demo[1].sha256
