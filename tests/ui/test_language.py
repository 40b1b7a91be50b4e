"""Basa Banyumasan, the third UI language: translated throughout, contents in Indonesian."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kiosk.paths import translations_dir
from kiosk.ui.wiring import KioskUi
from tests.ui.conftest import is_shown, item, tap

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


@pytest.mark.parametrize("where", ["attract", "home", "staffCall"])
def test_the_three_languages_side_by_side(qtbot: object, kiosk: KioskUi, where: str) -> None:
    """All three at once, each in its own words, the current one ticked (not colour alone),
    big enough to touch, named for screen readers; one tap switches."""
    if where != "attract":
        tap(qtbot, kiosk, "startArea")
    if where == "staffCall":
        kiosk.flow.show_staff_call()
    names = {"id": "Bahasa Indonesia", "en": "English", "bms": "Basa Banyumasan"}
    for chosen in ("bms", "en", "id"):
        tap(qtbot, kiosk, f"lang_{chosen}")
        assert kiosk.flow.property("lang") == chosen
        for code, name in names.items():
            button = item(kiosk, f"lang_{code}")
            assert is_shown(kiosk, f"lang_{code}")
            assert button.height() >= 48 and button.width() >= 48
            current = code == chosen
            assert button.property("text") == ("✓ " if current else "") + name
            assert button.property("kind") == (
                "secondary" if not current else ("accent" if where == "home" else "primary")
            )
    assert kiosk.flow.property("lang") == "id"


def test_banyumasan_reaches_the_screens(qtbot: object, kiosk: KioskUi) -> None:
    tap(qtbot, kiosk, "lang_bms")
    tap(qtbot, kiosk, "startArea")
    tap(qtbot, kiosk, f"card_{ROAD}")
    assert item(kiosk, "finishButton").property("text") == "Rampung"
    # The pack's contents have no Banyumasan, so Indonesian.
    assert item(kiosk, "detailTitle").property("text") == "Gerakan Rawat Jalan dan Sungai"
    assert not is_shown(kiosk, "lang_en")  # the languages are on attract and home only


def test_banyumasan_lasts_one_visit(qtbot: object, kiosk: KioskUi) -> None:
    kiosk.flow.setLang("bms")
    tap(qtbot, kiosk, "startArea")
    assert kiosk.flow.property("lang") == "bms"
    assert item(kiosk, "lang_bms").property("text") == "✓ Basa Banyumasan"
    kiosk.flow.returnToAttract()
    assert kiosk.flow.property("lang") == "id"


def test_each_visit_starts_in_the_staffs_language(qtbot: object, kiosk: KioskUi) -> None:
    from kiosk.staff.settings import load_settings, set_language

    set_language(kiosk.booth.db, "bms")
    kiosk.flow.apply_settings(load_settings(kiosk.booth.db))
    assert kiosk.flow.property("lang") == "bms"
    tap(qtbot, kiosk, "lang_en")
    tap(qtbot, kiosk, "startArea")
    assert kiosk.flow.property("lang") == "en"
    kiosk.flow.returnToAttract()
    assert kiosk.flow.property("lang") == "bms"
    assert item(kiosk, "lang_bms").property("text") == "✓ Basa Banyumasan"
