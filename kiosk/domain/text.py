"""Characters no festival text needs: control characters and bidi overrides.

C0 controls (but tab and line feed), DEL and C1 controls can ring bells, move the
terminal's cursor or cut a string at a NUL in SQLite's text functions; the bidi
embeddings, overrides and isolates can make a title read differently from what it
is. A lone UTF-16 surrogate (half an emoji, from text cut at a length limit) cannot
be stored as UTF-8 at all. Line and paragraph separators are left alone, as are the
invisible left-to-right and right-to-left marks, which cannot reorder text around them.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def first_control(text: str) -> str | None:
    """How the first unwanted character of `text` is called ('U+001B ESCAPE'), or None."""
    match = _CONTROL.search(text)
    if match is None:
        return None
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return f"U+{ord(char):04X} lone surrogate (half of a character)"
    name = unicodedata.name(char, "") or _C0_NAMES.get(char, "control character")
    return f"U+{ord(char):04X} {name}"


def without_controls(text: str) -> str:
    """`text` with every unwanted character removed."""
    return _CONTROL.sub("", text)


def escape_controls(text: str) -> str:
    """`text` safe for a terminal: each unwanted character shown as a \\x or \\u escape."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


# Emoji and the joiners, selectors and keycaps they are built from: the bundled font has
# none of them (they would show as empty boxes), so visitor text does not take them.
# Everything beyond the Basic Multilingual Plane goes too (where almost all emoji live),
# so a text's length is the same counted in characters or in UTF-16 units (as QML counts).
_EMOJI = re.compile("[\u200d\u20e3\u2600-\u27bf\u2b00-\u2bff\ufe0e\ufe0f\U00010000-\U0010ffff]")


def without_emoji(text: str) -> str:
    """`text` without emoji (and without any character beyond the BMP)."""
    return _EMOJI.sub("", text)


# unicodedata has no names for control characters; these are the ones people meet.
_C0_NAMES = {"\x00": "NUL", "\x07": "BELL", "\x08": "BACKSPACE", "\x1b": "ESCAPE", "\x7f": "DELETE"}
