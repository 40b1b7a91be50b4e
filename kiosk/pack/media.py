"""Turning photos and logos from a pack (or a staff USB stick) into what the booth shows."""

from __future__ import annotations

import hashlib
import io
import threading
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SOURCE_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a 50-megapixel photo already decodes to 150 MB of RGB
DISPLAY_EDGE = 1920
THUMB_EDGE = 480
LOGO_EDGE = 512
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
    return image


def check_image(data: bytes, source_name: str) -> None:
    """Decode a whole image cheaply (JPEG at 1/8 scale) to find truncated or damaged files."""
    image = open_image(data, source_name)
    # draft() decodes a JPEG at reduced scale, yet still reads every byte of it.
    image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
    _decode(image, source_name)


def process_photo(data: bytes, source_name: str) -> ProcessedImage:
    """Downscale a photo for display (long edge <= 1920 px) and a thumbnail (<= 480 px).

    EXIF orientation is applied and then dropped with the rest of the metadata
    (phone photos can carry GPS positions). Never upscales.
    """
    image = open_image(data, source_name)
    scale = min(1.0, DISPLAY_EDGE / max(image.size))
    # Decoding a big JPEG at 1/2 or 1/4 scale is much faster and loses nothing we keep.
    image.draft("RGB", (round(image.width * scale), round(image.height * scale)))
    _decode(image, source_name)
    display = _fit(_to_rgb(_upright(image, source_name)), DISPLAY_EDGE)
    thumb = _fit(display, THUMB_EDGE)
    return ProcessedImage(
        image_jpeg=_jpeg(display),
        thumb_jpeg=_jpeg(thumb),
        width=display.width,
        height=display.height,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def process_logo(data: bytes, source_name: str = "logo") -> bytes:
    """The festival logo as PNG, long edge at most 512 px, transparency kept."""
    image = open_image(data, source_name)
    _decode(image, source_name)
    logo = _fit(_upright(image, source_name).convert("RGBA"), LOGO_EDGE)
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
