"""Turning photos and logos from a pack (or a staff USB stick) into what the booth shows."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import hashlib
import io
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SOURCE_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a 50-megapixel photo already decodes to 150 MB of RGB
# Width x height x channels x bytes per channel as the file declares it: the worst a
# 50-megapixel photo can be (16-bit RGBA) and no more.
MAX_DECODED_BYTES = 400_000_000
# Decoded pixels, with the strips and reduced copies made from them, held at once by
# all import threads together; Pillow keeps every accepted image in at most 4 bytes
# per pixel, so one 50-MP photo fits, two do not.
DECODE_BUDGET_BYTES = 256 * 1024 * 1024
# Pixels converted and reduced at once, in bytes whatever the photo's shape: strips
# counted in rows made a 24500-pixel-wide photo convert 150 MB at a time.
STRIP_BYTES = 8 * 1024 * 1024
# Flattening a strip on white holds the crop, an RGBA copy, the background and the
# alpha channel; the reduced result adds a little.
_STRIP_COPIES = 4
DISPLAY_EDGE = 1920
THUMB_EDGE = 480
LOGO_EDGE = 512
POSTER_EDGE = 960  # a clip's poster: a still shown before play, small like a thumbnail
JPEG_QUALITY = 85
# Only these decoders are exposed to files from outside: fewer parsers, fewer surprises.
FORMATS = ("JPEG", "PNG", "WEBP")

# warnings.catch_warnings() swaps process-wide state; the importer opens photos from a
# thread pool, so opening is serialised (it only parses the header, decoding is not).
_OPEN_LOCK = threading.Lock()


class MediaError(ValueError):
    """A photo or logo that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class ProcessedImage:
    """A photo ready for the booth: display JPEG, thumbnail JPEG and the source's SHA-256."""

    image_jpeg: bytes
    thumb_jpeg: bytes
    width: int
    height: int
    sha256: str


def open_image(data: bytes, source_name: str) -> Image.Image:
    """Open an image's header, refusing huge files, unknown formats and decompression bombs."""
    if len(data) > MAX_SOURCE_BYTES:
        raise MediaError(
            f"{source_name}: file too large ({len(data) / 1e6:.0f} MB, "
            f"at most {MAX_SOURCE_BYTES // (1024 * 1024)} MB)"
        )
    try:
        with _OPEN_LOCK, warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(f"{source_name}: image too large (over {_mp(MAX_PIXELS)})") from None
    except UnidentifiedImageError:
        raise MediaError(f"{source_name}: not a JPEG, PNG or WebP image") from None
    except Exception as exc:  # decoders of hostile files fail in many ways
        raise MediaError(f"{source_name}: unreadable image ({exc})") from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise MediaError(
            f"{source_name}: image too large ({width}x{height} pixels, at most {_mp(MAX_PIXELS)})"
        )
    if width < 1 or height < 1:
        raise MediaError(f"{source_name}: image has no pixels")
    decoded = decoded_bytes(image)
    if decoded > MAX_DECODED_BYTES:
        raise MediaError(
            f"{source_name}: image too large ({width}x{height} pixels decode to"
            f" {decoded / 1e6:.0f} MB, at most {MAX_DECODED_BYTES / 1e6:.0f} MB)"
        )
    return image


def decoded_bytes(image: Image.Image) -> int:
    """Width x height x channels x bytes per channel, as the file stores its pixels."""
    # The raw mode names the file's sample depth ("RGBA;16B"); Pillow's mode does not.
    tile = getattr(image, "tile", None)
    rawmode = str(tile[0].args) if tile else image.mode
    depth = 2 if "16" in rawmode else 1
    return image.width * image.height * len(image.getbands()) * depth


class _DecodeBudget:
    """A byte count shared by decoding threads: each waits until its image fits."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._used = 0
        self._changed = threading.Condition()

    @contextmanager
    def hold(self, nbytes: int) -> Iterator[None]:
        # An image over the whole budget still runs, alone.
        cost = min(self._limit, nbytes)
        _give_freed_pixels_back()
        with self._changed:
            self._changed.wait_for(lambda: self._used + cost <= self._limit)
            self._used += cost
        try:
            yield
        finally:
            with self._changed:
                self._used -= cost
                self._changed.notify_all()


_BUDGET = _DecodeBudget(DECODE_BUDGET_BYTES)


def _pixel_bytes(width: int, height: int) -> int:
    # Every mode Pillow gives these formats fits in 4 bytes per pixel.
    return width * height * 4


def _working_bytes(image: Image.Image, edge: int) -> int:
    """What turning a decoded `image` into one with its long edge at most `edge` holds.

    The decoded pixels, the strips being converted, and the reduced image three times:
    itself, turned upright and being resized.
    """
    factor = max(1, _reduction(image, edge))
    reduced = _pixel_bytes(-(-image.width // factor), -(-image.height // factor))
    return _pixel_bytes(*image.size) + _STRIP_COPIES * STRIP_BYTES + 3 * reduced


_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter, from malloc.h


@functools.cache
def _give_freed_pixels_back() -> None:
    """Make glibc map Pillow's pixel blocks (16 MB) on their own, so freeing returns them.

    By default glibc raises its mmap threshold past the size of the first big block
    freed; later blocks then come from per-thread heaps that keep the memory: importing
    three 50-MP photos peaked at 710 MB instead of 280 MB. A fixed threshold stops that.
    """
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt if name else None
    except (OSError, AttributeError):  # not glibc: its allocator has its own habits
        return
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, 1024 * 1024)


def check_image(data: bytes, source_name: str) -> None:
    """Decode a whole image cheaply (JPEG at 1/8 scale) to find truncated or damaged files."""
    image = open_image(data, source_name)
    # draft() decodes a JPEG at reduced scale, yet still reads every byte of it.
    image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
    with _BUDGET.hold(_pixel_bytes(*image.size)):
        _decode(image, source_name)
        image.close()


def process_photo(data: bytes, source_name: str) -> ProcessedImage:
    """Downscale a photo for display (long edge <= 1920 px) and a thumbnail (<= 480 px).

    EXIF orientation is applied and then dropped with the rest of the metadata
    (phone photos can carry GPS positions). Never upscales.
    """
    image = open_image(data, source_name)
    scale = min(1.0, DISPLAY_EDGE / max(image.size))
    # Decoding a big JPEG at 1/2 or 1/4 scale is much faster and loses nothing we keep.
    image.draft("RGB", (round(image.width * scale), round(image.height * scale)))
    with _BUDGET.hold(_working_bytes(image, DISPLAY_EDGE)):
        _decode(image, source_name)
        small = _reduced(image, DISPLAY_EDGE, _to_rgb)
        if small is not image:
            image.close()
        display = _fit(_upright(small, source_name), DISPLAY_EDGE)
    thumb = _fit(display, THUMB_EDGE)
    return ProcessedImage(
        image_jpeg=_jpeg(display),
        thumb_jpeg=_jpeg(thumb),
        width=display.width,
        height=display.height,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def process_poster(data: bytes, source_name: str) -> bytes:
    """A clip's poster as JPEG, long edge at most 960 px, upright, without metadata."""
    image = open_image(data, source_name)
    with _BUDGET.hold(_working_bytes(image, POSTER_EDGE)):
        _decode(image, source_name)
        small = _reduced(image, POSTER_EDGE, _to_rgb)
        poster = _fit(_upright(small, source_name), POSTER_EDGE)
    return _jpeg(poster)


def process_logo(data: bytes, source_name: str = "logo") -> bytes:
    """The festival logo as PNG, long edge at most 512 px, transparency kept."""
    image = open_image(data, source_name)
    with _BUDGET.hold(_working_bytes(image, LOGO_EDGE)):
        _decode(image, source_name)
        small = _reduced(image, LOGO_EDGE, lambda strip: strip.convert("RGBA"))
        logo = _fit(_upright(small, source_name), LOGO_EDGE)
    out = io.BytesIO()
    logo.save(out, "PNG", optimize=True)
    return out.getvalue()


def _decode(image: Image.Image, source_name: str) -> None:
    try:
        image.load()
    except Exception as exc:  # decoders of hostile files fail in many ways
        # Pillow says "image file is truncated" for a cut-off download or copy.
        raise MediaError(f"{source_name}: damaged or truncated image ({exc})") from None


def _upright(image: Image.Image, source_name: str) -> Image.Image:
    try:
        return ImageOps.exif_transpose(image)
    except Exception as exc:  # EXIF of hostile files fails in many ways
        raise MediaError(f"{source_name}: unreadable EXIF orientation ({exc})") from None


def _fit(image: Image.Image, edge: int) -> Image.Image:
    """`image` scaled down so its long edge is at most `edge` pixels; never scaled up."""
    scale = edge / max(image.size)
    if scale >= 1:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    # reducing_gap: a cheap box reduction first, then Lanczos for the last step.
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _reduced(
    image: Image.Image, edge: int, convert: Callable[[Image.Image], Image.Image]
) -> Image.Image:
    """`image` converted, and box-reduced by a whole factor while over twice `edge`.

    A 50-MP image is 200 MB decoded, and converting it, or resizing it with alpha
    (Pillow premultiplies a copy), would take as much again: images over one strip
    are converted and reduced a strip at a time. Box blocks do not straddle strips,
    so the result is the same as reducing the whole. The metadata (EXIF orientation)
    is kept.
    """
    factor = _reduction(image, edge)
    if factor < 2 and _pixel_bytes(*image.size) <= STRIP_BYTES:
        converted = convert(image)
    else:
        converted = _reduced_in_strips(image, max(1, factor), convert)
    if converted is not image:
        converted.info = dict(image.info)  # a new image (a white background) has none
    return converted


def _reduced_in_strips(
    image: Image.Image, factor: int, convert: Callable[[Image.Image], Image.Image]
) -> Image.Image:
    width, height = image.size
    columns, rows = _strip_size(width, height, factor)
    reduced: Image.Image | None = None
    for top in range(0, height, rows):
        for left in range(0, width, columns):
            box = (left, top, min(width, left + columns), min(height, top + rows))
            strip = convert(image.crop(box)).reduce(factor)
            if reduced is None:
                reduced = Image.new(strip.mode, (-(-width // factor), -(-height // factor)))
            reduced.paste(strip, (left // factor, top // factor))
    assert reduced is not None  # an image has at least one pixel
    return reduced


def _reduction(image: Image.Image, edge: int) -> int:
    return int(max(image.size) / edge)


def _strip_size(width: int, height: int, factor: int) -> tuple[int, int]:
    """Columns and rows of a strip: about STRIP_BYTES, edges on whole box blocks.

    Whole rows when a band of blocks that wide fits, else part of a band: a photo
    wide enough for one band to exceed the budget is split across as well.
    """
    pixels = STRIP_BYTES // _pixel_bytes(1, 1)
    band = min(height, factor)  # the rows of one band of box blocks
    columns = min(width, max(factor, pixels // band // factor * factor))
    rows = max(factor, pixels // columns // factor * factor)
    return columns, rows


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        # Transparent areas become white, as they look on the organizer's screen.
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def _mp(pixels: int) -> str:
    return f"{pixels / 1e6:.0f} megapixels"
