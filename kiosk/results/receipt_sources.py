"""Receipts as the organizers bring them back: text files and phone photos of QR codes.

`gather_receipts` takes what an organizer passes to `kiosk merge --receipts`:
text files (one receipt line each, as `read_receipts` reads them), photos
(JPEG/PNG; every QR code in them decoded with zbar through pyzbar), and
folders of both (searched recursively in sorted order; by extension,
case-insensitive: .txt as text, .jpg/.jpeg/.png as photos; others ignored, as
are hidden files such as the `._IMG_1.jpg` a Mac leaves on a stick; .heic/.heif
photos are named as a problem, since they cannot be read). A file named
directly is a photo when its extension or its first bytes say so, else text.
Text is UTF-8 (a BOM allowed) or UTF-16 with its BOM, as Windows Notepad saves.

Nothing is skipped silently and one bad input loses nothing else: every
problem is one line in `GatheredReceipts.problems` naming the file (and line):
a text line that is not a receipt (in a text file holding receipts; a text
file with no receipt line at all, a note on a stick, is one problem), a
photo with no readable QR code, a photo whose only QR codes are not receipts
(a URL beside a receipt is ignored), a receipt QR code that does not parse, a
file that cannot be read or is not text, a folder with nothing to read, a
path that does not exist.

**Duplicates.** The same receipt (every field equal) seen more than once, in
a text file and in a photo, in two photos, or twice in one file, is kept once,
with every place it was seen in `origin`, in the order found:
"struk.txt:3, foto/IMG_0412.jpg". Nothing is counted twice.

**Photos.** Phone photos are 12-50 MP. A JPEG larger than `WORK_SIDE` is
decoded at 1/2, 1/4 or 1/8 scale by the JPEG decoder itself (`Image.draft`),
in grayscale: a 50 MP photo then peaks at about 50 MB instead of 250 MB.
Anything above Pillow's decompression-bomb limit (about 89 MP) is refused and
named. zbar is shown the photo in turn as (`_variants`):

1. downscaled to 2000 px on its long side, with an unsharp mask;
2. as it is (grayscale, at most `WORK_SIDE` px);
3. downscaled to 1400 px, with an unsharp mask;
4. as it is, with a strong unsharp mask.

It stops at the first that finds a receipt code; every distinct code found
until then is kept. (So a second receipt in one photo that only a later
variant could read would be missed: one receipt per photo is the advice.)

Measured on simulated phone photos of a v2 closing receipt shown on a screen
(tests/results/phone_photos.py: rotated 5-15 degrees, perspective-skewed,
3000-4000 px wide, the code 20-30 % of the photo's width, JPEG quality 70):
with gaussian blur 1.5-2.5 px, 76/80 read as they are and 76/80 with all
variants (the 4 misses are one strongly keystoned screen, read by no variant,
neither downscaling to 600-3000 px nor thresholding nor autocontrast); with
blur 3-4 px, 53/80 as they are, 74/80 with the variants. Thresholding and
autocontrast added nothing over sharpening and are not used. About 0.3 s per
12 MP photo when the first variant reads it, 0.9 s for a photo without a code.
"""

from __future__ import annotations

import codecs
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageFilter

from kiosk.domain.text import escape_controls
from kiosk.storage.receipt import (
    COMPACT_PREFIX,
    PREFIX,
    Receipt,
    ReceiptError,
    parse_receipt,
)

TEXT_SUFFIXES = frozenset({".txt"})
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
UNSUPPORTED_PHOTO_SUFFIXES = frozenset({".heic", ".heif"})
WORK_SIDE = 4000  # px: photos are decoded at no more than this on their long side
_PHOTO_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")


@dataclass(frozen=True)
class FoundReceipt:
    """A receipt and where it was seen: "struk.txt:3", "foto/IMG_0412.jpg", or several,
    comma-separated, when the same receipt was seen more than once."""

    receipt: Receipt
    origin: str


@dataclass
class GatheredReceipts:
    """Every receipt found (each once), and one line per problem, naming its file."""

    found: list[FoundReceipt] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def gather_receipts(paths: Sequence[Path]) -> GatheredReceipts:
    """Read receipts from text files, photos and folders of both; never raises for a bad input."""
    seen: dict[Receipt, list[str]] = {}
    problems: list[str] = []
    for kind, path in _inputs(paths, problems):
        for receipt, origin in (_from_text if kind == "text" else _from_photo)(path, problems):
            origins = seen.setdefault(receipt, [])
            if origin not in origins:
                origins.append(origin)
    found = [FoundReceipt(r, ", ".join(origins)) for r, origins in seen.items()]
    return GatheredReceipts(found, problems)


def _inputs(paths: Sequence[Path], problems: list[str]) -> Iterator[tuple[str, Path]]:
    """("text" | "photo", path) for every input file, folders expanded in sorted order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            used = 0
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                suffix = child.suffix.lower()
                used += suffix in TEXT_SUFFIXES | PHOTO_SUFFIXES | UNSUPPORTED_PHOTO_SUFFIXES
                if suffix in TEXT_SUFFIXES:
                    yield "text", child
                elif suffix in PHOTO_SUFFIXES:
                    yield "photo", child
                elif suffix in UNSUPPORTED_PHOTO_SUFFIXES:
                    problems.append(
                        f"{child}: {suffix[1:].upper()} photos cannot be read; set the phone's "
                        'camera to JPEG ("most compatible") or send the photo as JPEG'
                    )
            if not used:
                problems.append(f"{path}: no receipts here (no .txt, .jpg, .jpeg or .png file)")
        elif path.is_file():
            yield ("photo" if _looks_like_photo(path) else "text"), path
        else:
            problems.append(f"{path}: no such file or folder")


def _looks_like_photo(path: Path) -> bool:
    if path.suffix.lower() in PHOTO_SUFFIXES:
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head.startswith(_PHOTO_MAGIC)


def _from_text(path: Path, problems: list[str]) -> Iterator[tuple[Receipt, str]]:
    """Each receipt line of a text file; every other non-blank, non-# line is a problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
        return
    # UTF-8 (with or without the BOM Windows Notepad writes), or UTF-16 with its BOM.
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = data.decode("utf-16" if utf16 else "utf-8-sig", errors="replace")
    if "\0" in text:
        problems.append(
            f"{path}: not a text file; give receipts as text (.txt) or photos (.jpg, .png)"
        )
        return
    if PREFIX not in text:  # a note or a README on the stick, not a receipts file
        problems.append(f"{path}: no receipt in this text file (no line has {PREFIX})")
        return
    for number, line in enumerate(text.splitlines(), 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            yield parse_receipt(text), f"{path}:{number}"
        except ReceiptError as exc:
            problems.append(f"{path}:{number}: {escape_controls(str(exc))}")


def _from_photo(path: Path, problems: list[str]) -> Iterator[tuple[Receipt, str]]:
    """Each receipt QR code in a photo; a photo without one is a problem, never skipped."""
    try:
        texts = decode_qr_codes(path, enough=(COMPACT_PREFIX, PREFIX))
    except ImportError as exc:
        problems.append(
            f"{path}: cannot decode QR codes here: the zbar library is missing "
            f"(Debian/Ubuntu: apt install libzbar0) ({exc})"
        )
        return
    except Image.DecompressionBombError as exc:
        problems.append(
            f"{path}: too large to decode safely ({exc}); retake it at the camera's "
            f"normal size or shrink it below {(Image.MAX_IMAGE_PIXELS or 0) // 1_000_000} MP"
        )
        return
    except (OSError, ValueError) as exc:
        problems.append(f"{path}: not a readable image ({escape_controls(str(exc))[:200]})")
        return
    if not texts:
        problems.append(
            f"{path}: no readable QR code in this photo; take it again: closer, "
            "in focus, the whole code in the frame, no glare"
        )
        return
    receipts, others = [], []
    for text in texts:
        if PREFIX not in text and not text.startswith(COMPACT_PREFIX):
            others.append(text)
            continue
        try:
            receipts.append(parse_receipt(text))
        except ReceiptError as exc:
            problems.append(f"{path}: a receipt QR code that cannot be read: {exc}")
    if not receipts and others:
        shown = ", ".join(repr(escape_controls(t[:60])) for t in others)
        problems.append(f"{path}: a QR code that is not a receipt: {shown}")
    for receipt in receipts:
        yield receipt, str(path)


def decode_qr_codes(path: Path, enough: tuple[str, ...] = ()) -> list[str]:
    """The text of every QR code zbar finds in the image, each once, in the order found.

    Tries the variants of `_variants` in turn; with `enough`, stops after the first
    variant that finds a code holding one of them (a receipt's marks), else tries all.

    Raises OSError or ValueError for a file that is not a readable image,
    Image.DecompressionBombError for one too large to decode safely, and
    ImportError when the zbar library is not installed.
    """
    from pyzbar import pyzbar  # here: loading libzbar is needed only for photos

    found: dict[str, None] = {}
    for variant in _variants(_load_gray(path)):
        for symbol in pyzbar.decode(variant, symbols=[pyzbar.ZBarSymbol.QRCODE]):
            found.setdefault(symbol.data.decode("utf-8", errors="replace"), None)
        if any(mark in text for text in found for mark in enough):
            break
    return list(found)


def _variants(gray: Image.Image) -> Iterator[Image.Image]:
    """The photo as zbar is shown it, cheapest and likeliest first (see the module notes)."""
    smaller = gray
    for side, radius in ((2000, 3), (1400, 2)):
        if max(smaller.size) > side:
            smaller = smaller.copy()
            smaller.thumbnail((side, side), Image.Resampling.LANCZOS)
        yield smaller.filter(ImageFilter.UnsharpMask(radius=radius, percent=200, threshold=0))
        if side == 2000:
            yield gray
    yield gray.filter(ImageFilter.UnsharpMask(radius=6, percent=300, threshold=0))


def _load_gray(path: Path) -> Image.Image:
    """The photo in grayscale, at most WORK_SIDE px on its long side, decoded frugally."""
    with warnings.catch_warnings():
        # Above Pillow's limit a warning, above twice the limit an error: both refused.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image: Any = Image.open(path)
        except Image.DecompressionBombWarning as exc:
            raise Image.DecompressionBombError(str(exc)) from exc
        with image:
            if max(image.size) > WORK_SIDE and image.format in ("JPEG", "MPO"):
                scale = WORK_SIDE / max(image.size)
                image.draft("L", (int(image.width * scale), int(image.height * scale)))
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                # A screenshot with a transparent background: on white, as a screen shows it.
                rgba = image.convert("RGBA")
                image = Image.new("RGBA", rgba.size, "white")
                image.alpha_composite(rgba)
            gray: Image.Image = image.convert("L")
    if max(gray.size) > WORK_SIDE:
        gray.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.LANCZOS)
    return gray
