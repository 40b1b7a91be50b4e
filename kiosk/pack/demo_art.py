"""Illustrations for the demo festival, drawn by code: flat shapes, no downloads, no fonts.

Every picture carries an "Ilustrasi" label so nobody mistakes it for a photo of
a real activity. Drawing is seeded, so the same pack comes out byte for byte.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont

Color = str
Box = tuple[float, float, float, float]

SKIES = [("#7EC8E3", "#DFF3F8"), ("#9AD0EC", "#FFF1D6"), ("#F7B267", "#FFE8C2")]
GREENS = ["#7BB661", "#6AA84F", "#8CC084"]
SKIN = ["#8D5524", "#C68642", "#E0AC69", "#A0522D"]
CLOTHES = ["#0B4F6C", "#F2A541", "#C8553D", "#2A9D8F", "#6D597A", "#E76F51", "#264653"]
HORIZON = 0.6  # ground starts at 60 % of the height


class Canvas:
    """An image plus a scale factor: shapes are given on a 1600x1200 grid."""

    def __init__(self, width: int, height: int, rng: random.Random) -> None:
        self.image = Image.new("RGB", (width, height), "white")
        self.draw = ImageDraw.Draw(self.image)
        self.s = width / 1600
        self.rng = rng

    def box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        return (x0 * self.s, y0 * self.s, x1 * self.s, y1 * self.s)

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: Color, r: float = 0) -> None:
        self.draw.rounded_rectangle(self.box(x0, y0, x1, y1), r * self.s, fill=fill)

    def oval(self, x: float, y: float, rx: float, ry: float, fill: Color) -> None:
        self.draw.ellipse(self.box(x - rx, y - ry, x + rx, y + ry), fill=fill)

    def poly(self, points: list[tuple[float, float]], fill: Color) -> None:
        self.draw.polygon([(x * self.s, y * self.s) for x, y in points], fill=fill)

    def line(self, points: list[tuple[float, float]], fill: Color, width: float) -> None:
        self.draw.line([(x * self.s, y * self.s) for x, y in points], fill, round(width * self.s))

    def text(self, x: float, y: float, text: str, size: float, fill: Color) -> None:
        font = ImageFont.load_default(size=max(8, round(size * self.s)))
        self.draw.text((x * self.s, y * self.s), text, fill=fill, font=font, anchor="mm")


def draw_scene(theme: str, seed: int, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """A landscape with Mount Slamet, the theme's objects, people and the 'Ilustrasi' label."""
    canvas = Canvas(size[0], size[1], random.Random(seed))
    _landscape(canvas)
    THEMES.get(theme, _social)(canvas)
    _people(canvas, canvas.rng.randint(2, 4), 1000, 1040)
    _label(canvas)
    return canvas.image


def draw_logo() -> Image.Image:
    """The demo festival's logo: a round badge on transparency, marked CONTOH."""
    c = Canvas(512, 512, random.Random(0))
    c.image = Image.new("RGBA", (512, 512), (0, 0, 0, 0))
    c.draw = ImageDraw.Draw(c.image)
    c.s = 512 / 1600
    c.oval(800, 800, 780, 780, "#F2A541")
    c.oval(800, 800, 700, 700, "#0B4F6C")
    for k in range(7):  # an awning, the "gerai" of the festival
        c.oval(380 + k * 140, 560, 70, 70, "#F2A541" if k % 2 else "#FFFFFF")
    c.rect(310, 560, 1290, 620, "#0B4F6C")
    c.text(800, 800, "FKP", 330, "#FFFFFF")
    c.text(800, 1060, "BANYUMAS 2026", 120, "#F2A541")
    c.text(800, 1260, "CONTOH", 90, "#FFFFFF")
    return c.image


def _landscape(c: Canvas) -> None:
    top, bottom = c.rng.choice(SKIES)
    width, height = c.image.size
    gradient = Image.linear_gradient("L").resize((width, height))
    c.image.paste(
        Image.composite(
            Image.new("RGB", (width, height), bottom),
            Image.new("RGB", (width, height), top),
            gradient,
        )
    )
    c.oval(c.rng.uniform(1150, 1450), c.rng.uniform(150, 260), 80, 80, "#FFE066")
    peak = c.rng.uniform(350, 650)  # Mount Slamet, seen from Purwokerto
    c.poly([(peak - 700, 720), (peak - 90, 260), (peak + 90, 260), (peak + 700, 720)], "#6C8EAD")
    c.poly([(peak - 90, 260), (peak + 90, 260), (peak + 40, 300), (peak - 50, 310)], "#EEF2F5")
    for layer, colour in enumerate(("#8FBF73", c.rng.choice(GREENS))):
        phase, base = c.rng.uniform(0, 6.3), 650 + layer * 40
        ridge = [(x, base - 60 * math.sin(x / 260 + phase)) for x in range(0, 1601, 40)]
        c.poly([(0, 1200), *ridge, (1600, 1200)], colour)
    c.rect(0, HORIZON * 1200 + 140, 1600, 1200, "#9CCB7E")


def _people(c: Canvas, count: int, x_from: float, ground: float) -> None:
    for k in range(count):
        x = x_from + k * 110 + c.rng.uniform(-15, 15)
        h = c.rng.uniform(0.75, 1.0) * 230
        c.rect(x - 38, ground - h + 60, x + 38, ground, c.rng.choice(CLOTHES), r=30)
        c.oval(x, ground - h + 25, 34, 34, c.rng.choice(SKIN))


def _label(c: Canvas) -> None:
    c.rect(40, 1110, 300, 1170, "#1B1B1B", r=14)
    c.text(170, 1140, "Ilustrasi", 36, "#FFFFFF")


def _river(c: Canvas) -> None:
    wave = [(x, 930 + 70 * math.sin(x / 230 + c.rng.uniform(0, 1))) for x in range(0, 1601, 40)]
    c.poly([*[(x, y - 60) for x, y in wave], *[(x, y + 60) for x, y in reversed(wave)]], "#3A86C8")
    for x, y in wave[2::6]:
        c.line([(x - 40, y), (x + 40, y)], "#BFE3F7", 8)
    c.rect(560, 820, 880, 850, "#8D6E63", r=8)  # a footbridge
    for x in (580, 720, 860):
        c.rect(x - 8, 850, x + 8, 1010, "#6D4C41")


def _road(c: Canvas) -> None:
    c.poly([(620, 1200), (760, 760), (840, 760), (1180, 1200)], "#6B6B6B")
    for k in range(5):
        y0 = 780 + k * 90
        c.poly([(796, y0), (804, y0), (806 + k * 4, y0 + 50), (794 - k * 4, y0 + 50)], "#FFFFFF")
    c.rect(300, 900, 420, 1000, "#F2A541", r=10)  # a traffic cone's sign
    c.poly([(330, 900), (360, 820), (390, 900)], "#E76F51")


def _building(c: Canvas, x: float = 220, colour: Color = "#F4E1C1") -> None:
    c.rect(x, 640, x + 520, 1000, colour)
    c.poly([(x - 50, 650), (x + 130, 520), (x + 390, 520), (x + 570, 650)], "#A0522D")
    for k in range(4):
        c.rect(x + 40 + k * 120, 700, x + 110 + k * 120, 790, "#5FA8D3", r=6)
    c.rect(x + 220, 850, x + 300, 1000, "#6D4C41")


def _school(c: Canvas) -> None:
    _building(c, 180, "#FFFFFF")
    c.rect(820, 520, 834, 1000, "#9E9E9E")
    c.rect(834, 530, 990, 580, "#D62828")  # Merah Putih
    c.rect(834, 580, 990, 630, "#FFFFFF")


def _hospital(c: Canvas) -> None:
    _building(c, 200, "#FFFFFF")
    c.rect(390, 420, 530, 560, "#FFFFFF", r=20)
    _cross(c, 460, 490, 50)


def _cross(c: Canvas, x: float, y: float, r: float, fill: Color = "#D62828") -> None:
    c.rect(x - r / 3, y - r, x + r / 3, y + r, fill)
    c.rect(x - r, y - r / 3, x + r, y + r / 3, fill)


def _health(c: Canvas) -> None:
    c.rect(220, 560, 720, 1000, "#FFFFFF", r=30)
    _cross(c, 470, 700, 90)
    c.rect(300, 860, 640, 890, "#2A9D8F", r=10)  # a check-up table
    c.oval(830, 520, 90, 90, "#E76F51")
    c.oval(930, 520, 90, 90, "#E76F51")
    c.poly([(748, 550), (1012, 550), (880, 700)], "#E76F51")


def _ambulance(c: Canvas) -> None:
    c.rect(200, 720, 800, 960, "#FFFFFF", r=30)
    c.rect(800, 790, 960, 960, "#FFFFFF", r=30)
    c.rect(830, 810, 930, 880, "#5FA8D3", r=10)
    c.rect(200, 880, 960, 910, "#D62828")
    _cross(c, 360, 800, 55)
    c.text(600, 800, "119", 110, "#D62828")
    for x in (330, 820):
        c.oval(x, 970, 55, 55, "#333333")
        c.oval(x, 970, 22, 22, "#BDBDBD")


def _phone(c: Canvas) -> None:
    c.rect(420, 330, 760, 1000, "#263238", r=50)
    c.rect(445, 390, 735, 930, "#E3F2FD", r=14)
    c.rect(470, 430, 680, 500, "#FFFFFF", r=20)
    c.rect(500, 530, 710, 600, "#C8E6C9", r=20)
    c.rect(470, 630, 660, 700, "#FFFFFF", r=20)
    c.oval(590, 800, 45, 45, "#D62828")  # a location pin
    c.poly([(548, 815), (632, 815), (590, 890)], "#D62828")
    c.oval(590, 800, 16, 16, "#FFFFFF")


def _map(c: Canvas) -> None:
    c.rect(200, 380, 900, 960, "#FFFDF5", r=10)
    for k in range(1, 6):
        c.line([(200 + k * 117, 380), (200 + k * 117, 960)], "#E0D8C3", 4)
        c.line([(200, 380 + k * 97), (900, 380 + k * 97)], "#E0D8C3", 4)
    c.line([(200, 800), (420, 700), (600, 760), (900, 560)], "#3A86C8", 16)
    for x, y in ((380, 560), (620, 660), (780, 860)):
        c.oval(x, y, 30, 30, "#D62828")
        c.poly([(x - 28, y + 10), (x + 28, y + 10), (x, y + 60)], "#D62828")


def _book(c: Canvas) -> None:
    c.poly([(250, 620), (560, 580), (560, 960), (250, 1000)], "#FFFFFF")
    c.poly([(560, 580), (870, 620), (870, 1000), (560, 960)], "#F5F5F5")
    for k in range(5):
        c.line([(290, 660 + k * 60), (520, 630 + k * 60)], "#9E9E9E", 6)
        c.line([(600, 630 + k * 60), (830, 660 + k * 60)], "#9E9E9E", 6)
    c.rect(1300, 560, 1480, 1000, "#8D6E63")  # a bookshelf
    for k in range(4):
        c.rect(1320, 580 + k * 105, 1460, 660 + k * 105, c.rng.choice(CLOTHES))


def _disaster(c: Canvas) -> None:
    c.rect(300, 520, 320, 1000, "#757575")
    c.rect(180, 460, 640, 640, "#2E7D32", r=16)  # Jalur Evakuasi sign
    c.poly(
        [(240, 550), (420, 550), (420, 500), (560, 560), (420, 620), (420, 570), (240, 570)],
        "#FFFFFF",
    )
    c.poly([(760, 1000), (1000, 600), (1240, 1000)], "#8D6E63")  # a hillside with a slip
    c.poly([(960, 700), (1040, 700), (1100, 1000), (900, 1000)], "#A1887F")


def _idcard(c: Canvas) -> None:
    c.rect(220, 560, 820, 940, "#1E88E5", r=30)
    c.rect(260, 620, 440, 860, "#E3F2FD", r=12)
    c.oval(350, 700, 45, 45, "#90A4AE")
    c.rect(290, 760, 410, 860, "#90A4AE", r=20)
    for k in range(4):
        c.rect(480, 640 + k * 60, 780 - k * 40, 665 + k * 60, "#FFFFFF", r=8)
    c.rect(520, 400, 860, 760, "#FFFFFF", r=8)  # a printed certificate behind
    c.rect(560, 440, 820, 470, "#B0BEC5")


def _social(c: Canvas) -> None:
    _people(c, 5, 200, 1000)
    c.oval(540, 470, 70, 70, "#E76F51")
    c.oval(620, 470, 70, 70, "#E76F51")
    c.poly([(477, 500), (683, 500), (580, 620)], "#E76F51")


def _food(c: Canvas) -> None:
    c.rect(180, 820, 940, 860, "#8D6E63", r=10)
    for x in (300, 560, 820):
        c.draw.chord(c.box(x - 100, 680, x + 100, 860), 0, 180, fill="#FFFFFF")
        c.oval(x, 760, 80, 25, c.rng.choice(["#F2A541", "#7BB661", "#E76F51"]))
        for dx in (-30, 0, 30):
            c.line([(x + dx, 720), (x + dx + 15, 660), (x + dx, 600)], "#FFFFFF", 6)


def _wifi(c: Canvas) -> None:
    c.rect(280, 700, 320, 1000, "#6D4C41")
    c.oval(300, 640, 150, 130, "#2E7D32")
    c.rect(420, 900, 760, 930, "#8D6E63")  # a park bench
    for r in (80, 150, 220):
        c.draw.arc(c.box(900 - r, 640 - r, 900 + r, 640 + r), 225, 315, "#0B4F6C", round(28 * c.s))
    c.oval(900, 650, 30, 30, "#0B4F6C")


THEMES: dict[str, Callable[[Canvas], None]] = {
    "river": _river, "road": _road, "building": _building, "school": _school,
    "hospital": _hospital, "health": _health, "ambulance": _ambulance, "phone": _phone,
    "map": _map, "book": _book, "disaster": _disaster, "idcard": _idcard,
    "social": _social, "food": _food, "wifi": _wifi,
}  # fmt: skip
