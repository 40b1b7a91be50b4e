"""Small HTML builders shared by the report's sections."""

from __future__ import annotations

from html import escape
from typing import Any


def h2(id_text: str, en_text: str) -> str:
    anchor = en_text.lower().replace("'", "").replace(" ", "-")
    return (
        f'<h2 id="{escape(anchor)}">{escape(id_text)} <span class="en">/ {escape(en_text)}'
        "</span></h2>"
    )


def table(head: list[tuple[str, str]], body: list[str]) -> str:
    cells = "".join(
        f"<th>{escape(a)}{f' <span class=en>/ {escape(b)}</span>' if b else ''}</th>"
        for a, b in head
    )
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def td(value: Any, number: bool = False) -> str:
    text = "-" if value is None else str(value)
    return f'<td class="n">{escape(text)}</td>' if number else f"<td>{escape(text)}</td>"
