"""The geometry of the report's small inline SVG charts (drawn by templates/macros.html.j2).

No scripts, no fonts fetched, printable. Numbers are formatted here; every
label is escaped by the template.
"""

from __future__ import annotations

from typing import Any

PRIMARY = "#0B4F6C"
FLAGGED = "#F2A541"
GRID = "#D8D4CC"
TEXT = "#1B1B1B"

_COLOURS = {"primary": PRIMARY, "flagged": FLAGGED, "grid": GRID, "text": TEXT}


def bar_chart(
    bars: list[tuple[str, float, float]], unit: str = "", width: int = 700, label_width: int = 300
) -> dict[str, Any]:
    """Horizontal bars: (label, value, flagged part of the value), largest scale first.

    The flagged part is drawn in the accent colour at the bar's end, so a jury
    sees at a glance how much of a bar carries anomaly flags.
    """
    row, top = 26, 8
    scale = max((v for _, v, _ in bars), default=0.0) or 1.0
    room = width - label_width - 70
    drawn = []
    for n, (label, value, flagged) in enumerate(bars):
        y = top + n * row
        full = room * value / scale
        part = room * min(flagged, value) / scale
        drawn.append(
            {
                "label": _cut(label, label_width // 7),
                "label_x": label_width - 8,
                "text_y": y + 16,
                "bar_y": y + 4,
                "plain": f"{full - part:.1f}",
                "part_x": f"{label_width + full - part:.1f}",
                "part": f"{part:.1f}",
                "value_x": f"{label_width + full + 6:.1f}",
                "value": f"{_number(value)}{unit}",
            }
        )
    height = top + row * len(bars) + 8
    return {"width": width, "height": height, "label_width": label_width, "bars": drawn, **_COLOURS}


def rating_chart(
    counts: dict[int, int], labels: dict[int, str], width: int = 320
) -> dict[str, Any]:
    """Four columns, one per face (1 Tidak baik .. 4 Sangat baik), with their counts."""
    height, base, col = 150, 120, width // 4
    most = max(counts.values(), default=0) or 1
    columns = []
    for n, rating in enumerate((1, 2, 3, 4)):
        value = counts.get(rating, 0)
        h = 95 * value / most
        x = n * col + 12
        columns.append(
            {
                "x": x,
                "y": f"{base - h:.1f}",
                "w": col - 24,
                "h": f"{h:.1f}",
                "mid": x + (col - 24) / 2,
                "count_y": f"{base - h - 4:.1f}",
                "value": value,
                "label": labels[rating],
            }
        )
    return {
        "width": width,
        "height": height,
        "base": base,
        "label_y": base + 16,
        "columns": columns,
        **_COLOURS,
    }


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
