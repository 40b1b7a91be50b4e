"""Basa Banyumasan, the third UI language: translated throughout, contents in Indonesian."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kiosk.paths import translations_dir
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import item, tap

pytestmark = pytest.mark.ui
ROAD = "gerakan-rawat-jalan"


def messages(lang: str) -> dict[tuple[str, str], ET.Element | None]:
    root = ET.parse(translations_dir() / f"gerai_{lang}.ts").getroot()
    return {
        (c.findtext("name", ""), m.findtext("source", "")): m.find("translation")
        for c in root.iter("context")
        for m in c.iter("message")
    }


def test_every_indonesian_string_has_a_finished_banyumasan_translation() -> None:
    bms = messages("bms")
    for key, _ in messages("id").items():
        assert key in bms, f"not in gerai_bms.ts: {key}"
        translation = bms[key]
        assert translation is not None and translation.get("type") is None, key
        assert "".join(translation.itertext()).strip(), f"empty: {key}"
        for marker in ("%1", "%2", "%n"):
            if marker in key[1]:
                assert marker in "".join(translation.itertext()), f"{marker} lost: {key}"


def test_language_button_cycles_through_three_languages(qtbot: object, kiosk: KioskUi) -> None:
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, f"card_{ROAD}")
    seen = []
    for _ in range(3):
        tap(qtbot, kiosk, "langButton")
        seen.append(
            (
                kiosk.flow.property("lang"),
                item(kiosk, "finishButton").property("text"),
                item(kiosk, "detailTitle").property("text"),
            )
        )
    assert seen == [
        ("en", "Done", "Road and River Care Movement"),
        # Banyumasan UI; the pack's contents have no Banyumasan, so Indonesian.
        ("bms", "Rampung", "Gerakan Rawat Jalan dan Sungai"),
        ("id", "Selesai", "Gerakan Rawat Jalan dan Sungai"),
    ]


def test_banyumasan_lasts_one_visit(qtbot: object, kiosk: KioskUi) -> None:
    kiosk.flow.setLang("bms")
    tap(qtbot, kiosk, "startArea")
    assert kiosk.flow.property("lang") == "bms"
    assert item(kiosk, "langButton").property("text") == "Bahasa Indonesia"
    kiosk.flow.returnToAttract()
    assert kiosk.flow.property("lang") == "id"
