"""Captions: WebVTT and SRT read into cues, and the cue showing at a moment."""

from __future__ import annotations

import pytest

from kiosk.domain.captions import CaptionError, Cue, cue_at, parse_captions
from tests.clips import CAPTIONS_EN, CAPTIONS_ID


def test_webvtt_with_notes_identifiers_settings_and_tags() -> None:
    text = (
        "\ufeffWEBVTT - judul\r\n\r\nNOTE catatan\r\nlebih\r\n\r\nsatu\r\n"
        "00:00.500 --> 00:01.500 align:start line:90%\r\n<i>Halo</i> <c.kuning>warga</c>\r\n\r\n"
        "01:00:01.500 --> 01:00:02.000\r\nBaris satu\r\nbaris dua\r\n"
    )
    assert parse_captions(text) == (
        Cue(500, 1500, "Halo warga"),
        Cue(3_601_500, 3_602_000, "Baris satu\nbaris dua"),
    )


def test_srt_with_comma_times_and_position_tags() -> None:
    cues = parse_captions(CAPTIONS_EN.replace("Residents", "{\\an8}Residents"))
    assert cues == (
        Cue(0, 1000, "Residents report a damaged road"),
        Cue(1000, 2000, "The team comes within two days"),
    )


def test_the_cue_showing_at_a_moment() -> None:
    cues = parse_captions(CAPTIONS_ID)
    assert [cue_at(cues, ms) for ms in (0, 999, 1000, 1999, 2000)] == [
        "Warga melapor jalan rusak",
        "Warga melapor jalan rusak",
        "Tim datang dalam dua hari",
        "Tim datang dalam dua hari",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Halo", "line 1: neither WebVTT (starts with WEBVTT) nor SRT (1, then a time)"),
        (
            "WEBVTT\n\n00:01.000 -> 00:02.000\nHalo\n",
            "line 3: expected a time like 00:00:01.000 --> 00:00:03.000",
        ),
        ("WEBVTT\n\n00:02.000 --> 00:01.000\nHalo\n", "line 3: the cue ends before it starts"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\n" + "a" * 501 + "\n", "line 4: a cue of 501"),
    ],
)
def test_what_is_not_captions_is_named_with_its_line(text: str, problem: str) -> None:
    with pytest.raises(CaptionError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        parse_captions(text)
