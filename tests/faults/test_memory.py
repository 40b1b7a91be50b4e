"""A pack of photos that decode huge imports in bounded memory (issue 16, item 1)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from kiosk.pack.media import MAX_DECODED_BYTES, decoded_bytes, open_image, process_photo
from tests.faults.packs import big_photo_pack, png16
from tests.helpers import peak_rss

PEAK_LIMIT_BYTES = 600 * 1024 * 1024


def import_peak(tmp_path: Path, pack: Path) -> int:
    """Peak RSS in bytes of `kiosk pack import` of `pack` in a new process."""
    db = tmp_path / "b.sqlite"
    peak, output = peak_rss(
        [sys.executable, "-m", "kiosk", "pack", "import", "--db", str(db), str(pack)]
    )
    assert "imported into" in output
    return peak


@pytest.mark.slow
def test_importing_three_49_megapixel_16_bit_pngs_stays_under_600_mb(tmp_path: Path) -> None:
    peak = import_peak(tmp_path, big_photo_pack(tmp_path / "pack", pngs=3, jpegs=2))
    assert peak < PEAK_LIMIT_BYTES, f"peak {peak / 1e6:.0f} MB"


@pytest.mark.slow
def test_importing_very_wide_49_megapixel_pngs_stays_under_600_mb(tmp_path: Path) -> None:
    # Strips counted in rows made one of these convert 150 MB at a time: 747 MB peak.
    pack = big_photo_pack(tmp_path / "pack", pngs=2, jpegs=0, png_size=(24500, 2000))
    peak = import_peak(tmp_path, pack)
    assert peak < PEAK_LIMIT_BYTES, f"peak {peak / 1e6:.0f} MB"


def test_decoded_bytes_count_channels_and_16_bit_samples() -> None:
    # 381 KB on disk; the 50-megapixel rule alone saw 49 MP, not the 392 MB it unpacks to.
    image = open_image(png16(7000, 7000), "big.png")
    assert decoded_bytes(image) == 7000 * 7000 * 4 * 2 <= MAX_DECODED_BYTES


@pytest.mark.parametrize("size", [(800, 200), (4000, 1000)])  # kept whole; reduced in strips
def test_photos_with_alpha_stay_upright_and_flattened_on_white(size: tuple[int, int]) -> None:
    image = Image.new("RGBA", size, (200, 30, 30, 0))  # transparent: white once flattened
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the camera was turned a quarter
    out = io.BytesIO()
    image.save(out, "PNG", exif=exif)
    processed = process_photo(out.getvalue(), "turned.png")
    width, height = size
    scale = min(1.0, 1920 / width)
    assert (processed.width, processed.height) == (round(height * scale), round(width * scale))
    shown = Image.open(io.BytesIO(processed.image_jpeg))
    assert all(channel > 245 for channel in shown.getpixel((5, 5)))


# Short edges on whole box blocks (factors 36 and 6): a last part block is one pixel
# of the reduced photo, stretched by the final resize, and this compares to a smooth one.
@pytest.mark.parametrize("size", [(70000, 72), (12000, 720), (720, 12000)])
def test_photos_reduced_in_strips_match_the_whole_photo(size: tuple[int, int]) -> None:
    # (70000, 72): one band of box blocks is over a strip, so strips split it across too.
    down = Image.linear_gradient("L")  # dark at the top, light at the bottom
    along, across = (down.rotate(90), down) if size[0] > size[1] else (down, down.rotate(90))
    shade, alpha = along.resize(size), across.resize(size)
    image = Image.merge("RGBA", (shade, shade.point(lambda v: 255 - v), shade, alpha))
    out = io.BytesIO()
    image.save(out, "PNG")
    processed = process_photo(out.getvalue(), "long.png")
    # Brightness only: JPEG halves colour detail, and (70000, 72) shows two rows high.
    shown = Image.open(io.BytesIO(processed.image_jpeg)).convert("L")
    white = Image.new("RGBA", size, "white")
    whole = Image.alpha_composite(white, image).convert("L").resize(shown.size)
    # About 0.3 levels of 255, 3.7 for the two-row JPEG; a strip out of place gives 36.
    assert ImageStat.Stat(ImageChops.difference(shown, whole)).mean[0] < 5
