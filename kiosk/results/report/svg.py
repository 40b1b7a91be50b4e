"""Small inline SVG charts for the offline report: no scripts, no fonts fetched, printable."""

from __future__ import annotations

from html import escape

PRIMARY = "#0B4F6C"
FLAGGED = "#F2A541"
GRID = "#D8D4CC"
TEXT = "#1B1B1B"


def bar_chart(
    bars: list[tuple[str, float, float]], unit: str = "", width: int = 700, label_width: int = 300
) -> str:
    """Horizontal bars: (label, value, flagged part of the value), largest scale first.

    The flagged part is drawn in the accent colour at the bar's end, so a jury
    sees at a glance how much of a bar carries anomaly flags.
    """
    row, top = 26, 8
    height = top + row * len(bars) + 8
    scale = max((v for _, v, _ in bars), default=0.0) or 1.0
    room = width - label_width - 70
    parts = [_svg_open(width, height, "Diagram batang / Bar chart")]
    for n, (label, value, flagged) in enumerate(bars):
        y = top + n * row
        full = room * value / scale
        part = room * min(flagged, value) / scale
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" font-size="11">'
            f"{escape(_cut(label, label_width // 7))}</text>"
            f'<rect x="{label_width}" y="{y + 4}" width="{full - part:.1f}" height="16" '
            f'fill="{PRIMARY}"/>'
            f'<rect x="{label_width + full - part:.1f}" y="{y + 4}" width="{part:.1f}" '
            f'height="16" fill="{FLAGGED}"/>'
            f'<text x="{label_width + full + 6:.1f}" y="{y + 16}" font-size="12">'
            f"{_number(value)}{escape(unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def rating_chart(counts: dict[int, int], labels: dict[int, str], width: int = 320) -> str:
    """Four columns, one per face (1 Tidak baik .. 4 Sangat baik), with their counts."""
    height, base, col = 150, 120, width // 4
    most = max(counts.values(), default=0) or 1
    parts = [_svg_open(width, height, "Sebaran penilaian / Rating distribution")]
    parts.append(f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" stroke="{GRID}"/>')
    for n, rating in enumerate((1, 2, 3, 4)):
        value = counts.get(rating, 0)
        h = 95 * value / most
        x = n * col + 12
        parts.append(
            f'<rect x="{x}" y="{base - h:.1f}" width="{col - 24}" height="{h:.1f}" '
            f'fill="{PRIMARY}"/>'
            f'<text x="{x + (col - 24) / 2}" y="{base - h - 4:.1f}" text-anchor="middle" '
            f'font-size="12">{value}</text>'
            f'<text x="{x + (col - 24) / 2}" y="{base + 16}" text-anchor="middle" '
            f'font-size="10">{escape(labels[rating])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg_open(width: int, height: int, title: str) -> str:
    return (
        f'<svg viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" font-family="DejaVu Sans, sans-serif" '
        f'fill="{TEXT}"><title>{escape(title)}</title>'
    )


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
