"""Captions of a clip, from WebVTT or SubRip (SRT) text: cues with start, end and words.

Only what a booth screen shows is kept: the cue times and their text, with WebVTT's
and SRT's inline tags (<i>, <b>, <c.x>, <00:01.000>, {\\an8}) removed. Settings after
the times (position, alignment) are ignored. A file that is neither is refused with
the line that is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CAPTION_BYTES = 1024 * 1024  # about ten hours of dense subtitles
MAX_CUE_CHARS = 500

_TIME = r"(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)[.,](\d{3})"
_TIMING = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")


class CaptionError(ValueError):
    """Text that is not WebVTT or SRT; the message names the line."""


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str  # lines joined with a line break, tags removed


def parse_captions(text: str) -> tuple[Cue, ...]:
    """The cues of a WebVTT or SRT text, in time order; CaptionError if it is neither."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    webvtt = lines[0].startswith("WEBVTT")
    if webvtt:
        start = 1
    elif any(_TIMING.match(line) for line in lines[:3]):
        start = 0
    else:
        raise CaptionError("line 1: neither WebVTT (starts with WEBVTT) nor SRT (1, then a time)")
    cues: list[Cue] = []
    n = start
    while n < len(lines):
        line = lines[n]
        if not line.strip():
            n += 1
            continue
        if webvtt and line.startswith(("NOTE", "STYLE", "REGION")):
            n = _block_end(lines, n)
            continue
        timing = _TIMING.match(line)
        if timing is None and n + 1 < len(lines) and _TIMING.match(lines[n + 1]):
            n += 1  # a cue number or identifier first
            timing = _TIMING.match(lines[n])
        if timing is None:
            raise CaptionError(f"line {n + 1}: expected a time like 00:00:01.000 --> 00:00:03.000")
        begin, end = _ms(timing.groups()[:4]), _ms(timing.groups()[4:])
        if end <= begin:
            raise CaptionError(f"line {n + 1}: the cue ends before it starts")
        stop = _block_end(lines, n)
        words = "\n".join(_TAG.sub("", t).strip() for t in lines[n + 1 : stop]).strip()
        if len(words) > MAX_CUE_CHARS:
            raise CaptionError(f"line {n + 2}: a cue of {len(words)} characters is too long")
        if words:
            cues.append(Cue(begin, end, words))
        n = stop
    return tuple(sorted(cues, key=lambda cue: (cue.start_ms, cue.end_ms)))


def cue_at(cues: tuple[Cue, ...], position_ms: int) -> str:
    """The text showing at `position_ms` (overlapping cues one under the other), or ""."""
    return "\n".join(c.text for c in cues if c.start_ms <= position_ms < c.end_ms)


def _block_end(lines: list[str], n: int) -> int:
    while n < len(lines) and lines[n].strip():
        n += 1
    return n


def _ms(groups: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, millis = (int(g or 0) for g in groups)
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
