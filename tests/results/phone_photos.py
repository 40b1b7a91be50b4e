"""Simulated phone photos of a QR code shown on a kiosk screen, for the receipt readers.

A real QR code (qrcode, error correction M, as the kiosk draws it) on a light
screen with a title bar, inside a dark bezel, seen at an angle (perspective),
rotated 5-15 degrees, in a 3000-4000 px wide photo of a coloured table with
clutter, blurred (gaussian) and saved as JPEG quality 70.
"""

from __future__ import annotations

import random
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageOps

Point = tuple[float, float]


def qr_image(text: str, box_size: int = 8) -> Image.Image:
    """The QR code of `text`, black on white with the standard 4-module quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size)
    code.add_data(text)
    code.make(fit=True)
    image: Image.Image = code.make_image().get_image()
    return image.convert("RGB")


def perspective_coefficients(output: list[Point], source: list[Point]) -> list[float]:
    """Pillow's 8 PERSPECTIVE coefficients sending each `output` corner to its `source` one."""
    rows: list[list[float]] = []
    for (x, y), (u, v) in zip(output, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    for i in range(8):  # Gauss-Jordan elimination with partial pivoting
        pivot = max(range(i, 8), key=lambda r: abs(rows[r][i]))
        rows[i], rows[pivot] = rows[pivot], rows[i]
        for r in range(8):
            if r != i:
                factor = rows[r][i] / rows[i][i]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[i], strict=True)]
    return [rows[i][8] / rows[i][i] for i in range(8)]


def phone_photo(
    text: str | None,
    out: Path,
    *,
    seed: int = 0,
    width: int = 3600,
    blur: float = 2.0,
    code_share: float = 0.25,
    quality: int = 70,
    angle: float | None = None,
) -> Path:
    """A JPEG at `out` of a screen showing the QR code of `text` (None: a screen without one).

    `code_share`: the code's width as a share of the photo's width before the tilt;
    `angle`: the rotation in degrees (default: 5-15 either way).
    """
    rnd = random.Random(seed)
    code = qr_image(text) if text is not None else Image.new("RGB", (400, 400), (236, 240, 246))
    screen = Image.new("RGB", (int(code.width * 1.6), int(code.height * 1.3)), (236, 240, 246))
    draw = ImageDraw.Draw(screen)
    draw.rectangle([0, 0, screen.width, screen.height // 10], fill=(30, 90, 160))
    screen.paste(code, ((screen.width - code.width) // 2, (screen.height - code.height) // 2))
    device = ImageOps.expand(screen, border=max(20, screen.width // 25), fill=(25, 25, 28))
    background = (rnd.randint(90, 200), rnd.randint(40, 120), rnd.randint(20, 90))
    w, h = device.size

    def inset() -> float:
        return rnd.uniform(0.0, 0.12)

    corners = [
        (w * inset(), h * inset()),
        (w * (1 - inset()), h * inset()),
        (w * (1 - inset()), h * (1 - inset())),
        (w * inset(), h * (1 - inset())),
    ]
    coefficients = perspective_coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    seen = device.transform(
        (w, h),
        Image.Transform.PERSPECTIVE,
        coefficients,
        Image.Resampling.BICUBIC,
        fillcolor=background,
    )
    turn = rnd.uniform(5, 15) * rnd.choice((-1, 1))  # drawn always: same photos per seed
    angle = turn if angle is None else angle
    seen = seen.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=background)
    scale = width * code_share / code.width
    seen = seen.resize(
        (int(seen.width * scale), int(seen.height * scale)), Image.Resampling.BICUBIC
    )
    height = width * 3 // 4
    photo = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(photo)
    for _ in range(12):  # things on the table around the kiosk
        x, y = rnd.randrange(width), rnd.randrange(height)
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        draw.ellipse([x, y, x + rnd.randint(50, 400), y + rnd.randint(50, 400)], fill=colour)
    left = max(0, (width - seen.width) // 2 + rnd.randint(-200, 200))
    top = max(0, (height - seen.height) // 2 + rnd.randint(-150, 150))
    photo.paste(seen, (left, top))
    photo = photo.filter(ImageFilter.GaussianBlur(blur))
    out.parent.mkdir(parents=True, exist_ok=True)
    photo.save(out, "JPEG", quality=quality)
    return out
