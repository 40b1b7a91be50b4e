"""Photo and logo processing: downscaling, orientation, and refusing bad or hostile images."""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zlib

import pytest
from PIL import Image

from kiosk.pack.media import MediaError, check_image, process_logo, process_photo
from tests.unit.pack_fixtures import image_bytes


def png_header(width: int, height: int) -> bytes:
    """A PNG that only claims its size: what a decompression bomb looks like to a parser."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def size_of(jpeg: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.format == "JPEG"
        return image.size


def test_a_camera_photo_is_downscaled_for_display_and_thumbnail() -> None:
    source = image_bytes(4000, 3000)
    photo = process_photo(source, "kamera.jpg")
    assert (photo.width, photo.height) == (1920, 1440)
    assert size_of(photo.image_jpeg) == (1920, 1440)
    assert size_of(photo.thumb_jpeg) == (480, 360)
    assert photo.sha256 == hashlib.sha256(source).hexdigest()


def test_small_photos_are_never_upscaled() -> None:
    photo = process_photo(image_bytes(300, 200), "kecil.jpg")
    assert (photo.width, photo.height) == (300, 200)
    assert size_of(photo.thumb_jpeg) == (300, 200)


def test_exif_orientation_is_applied_and_metadata_dropped() -> None:
    image = Image.new("RGB", (400, 200), "#3a7ca5")
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view", as phones write it
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    photo = process_photo(out.getvalue(), "ponsel.jpg")
    assert (photo.width, photo.height) == (200, 400)
    with Image.open(io.BytesIO(photo.image_jpeg)) as result:
        assert 0x0112 not in result.getexif()


def test_transparent_png_becomes_rgb_on_white() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (100, 80), (255, 0, 0, 0)).save(out, "PNG")
    photo = process_photo(out.getvalue(), "transparan.png")
    with Image.open(io.BytesIO(photo.image_jpeg)) as result:
        assert result.mode == "RGB"
        red, green, blue = result.getpixel((50, 40))
        assert min(red, green, blue) > 245


def test_logo_keeps_transparency_and_fits_512() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (2048, 1024), (11, 79, 108, 128)).save(out, "PNG")
    with Image.open(io.BytesIO(process_logo(out.getvalue()))) as logo:
        assert logo.format == "PNG"
        assert logo.size == (512, 256)
        assert logo.mode == "RGBA"
        assert logo.getpixel((10, 10))[3] == 128


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"hello, not a photo", "foto.jpg: not a JPEG, PNG or WebP image"),
        (image_bytes(64, 64, "GIF"), "foto.jpg: not a JPEG, PNG or WebP image"),
        (image_bytes(800, 600)[:3000], "foto.jpg: damaged or truncated image"),
        (png_header(8000, 8000), "foto.jpg: image too large (8000x8000 pixels"),
        (png_header(10_000, 10_000), "foto.jpg: image too large (over 50 megapixels)"),
        (png_header(100_000, 100_000), "foto.jpg: image too large (over 50 megapixels)"),
        (b"\xff\xd8" + b"\0" * (40 * 1024 * 1024), "foto.jpg: file too large (42 MB"),
    ],
    ids=["text", "gif", "truncated", "50mp", "bomb-warning", "bomb-error", "huge-file"],
)
def test_bad_images_raise_a_clear_media_error(data: bytes, message: str) -> None:
    for check in (check_image, process_photo, process_logo):
        with pytest.raises(MediaError) as caught:
            check(data, "foto.jpg")
        assert str(caught.value).startswith(message)
        assert isinstance(caught.value, ValueError)


def test_damaged_bytes_only_ever_raise_media_error() -> None:
    rng = random.Random(7)
    seeds = [image_bytes(64, 48), image_bytes(64, 48, "PNG"), image_bytes(64, 48, "WEBP")]
    for _ in range(300):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            process_photo(bytes(data[: rng.randint(8, len(data))]), "acak.jpg")
        except MediaError as exc:
            assert str(exc).startswith("acak.jpg: ")
