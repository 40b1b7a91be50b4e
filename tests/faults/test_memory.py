"""A pack of photos that decode huge imports in bounded memory (issue 16, item 1)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

from kiosk.pack.media import MAX_DECODED_BYTES, decoded_bytes, open_image, process_photo
from tests.faults.packs import big_photo_pack, png16
from tests.helpers import peak_rss

PEAK_LIMIT_BYTES = 600 * 1024 * 1024


@pytest.mark.slow
def test_importing_three_49_megapixel_16_bit_pngs_stays_under_600_mb(tmp_path: Path) -> None:
    pack = big_photo_pack(tmp_path / "pack", pngs=3, jpegs=2)
    peak, output = peak_rss(
        [
            sys.executable,
            "-m",
            "kiosk",
            "pack",
            "import",
            "--db",
            str(tmp_path / "b.sqlite"),
            str(pack),
        ]
    )
    assert "imported into" in output
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
