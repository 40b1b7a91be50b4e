"""Every innovation of the booth in view on the home screen, at every supported size.

The layout itself must not hide an innovation (and so skew its votes): at each size,
with and without large text, either every card is wholly on screen, or the next row
peeks in and the "more innovations" button shows, and that button brings the last
card into view. Cards mark the innovations this visitor already voted for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from kiosk.domain.festival import Festival, Text
from kiosk.storage.database import BoothDatabase
from kiosk.ui.testing import process_events, settle, visual_items
from kiosk.ui.wiring import KioskUi
from tests.helpers import make_booth_db, small_festival
from tests.ui.conftest import AGENCY, SHORT_RULES, is_shown, item, tap

pytestmark = pytest.mark.ui

SIZES = [(1920, 1080), (1366, 768), (1280, 800), (1280, 720), (1080, 1920)]
TITLES = [
    "Pendampingan Persetujuan Bangunan Gedung untuk Rumah Warga dan UMKM Desa",
    "Lapor Jalan Rusak lewat WhatsApp",
    "Peta Genangan Purwokerto dari Laporan Warga",
    "Gerakan Rawat Kali",
]


def _festival(count: int) -> Festival:
    # a visit that outlasts every size and text setting (no idle end mid-test)
    base = small_festival(rules=dataclasses.replace(SHORT_RULES, idle_seconds=600))
    first = next(i for i in base.innovations if i.agency == AGENCY)
    others = tuple(i for i in base.innovations if i.agency != AGENCY)
    ours = tuple(
        dataclasses.replace(
            first,
            slug=f"inovasi-{n}",
            title=Text(TITLES[n % len(TITLES)], TITLES[n % len(TITLES)]),
            summary=Text(
                "Warga dan petugas dinas bekerja bersama setiap pekan. Cerita lengkapnya di dalam.",
                "Residents and the office work together every week. The full story inside.",
            ),
        )
        for n in range(count)
    )
    return dataclasses.replace(base, innovations=ours + others)


@pytest.fixture
def booth_db(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[BoothDatabase, Path]]:
    """The booth of tests/ui/conftest.py with `count` innovations of its own (default 4)."""
    count = getattr(request, "param", 4)
    path = tmp_path / "booth.sqlite"
    festival = _festival(count)
    db = make_booth_db(path, festival)
    yield db, path
    db.close()


def _scene_rect(target: object) -> QRectF:
    rect = target.mapRectToScene(target.boundingRect())  # type: ignore[attr-defined]
    assert isinstance(rect, QRectF)
    return rect


def _cards(kiosk: KioskUi) -> dict[str, QRectF]:
    """Each card the grid shows now, by slug, and the part of it inside the grid's view."""
    grid = item(kiosk, "innovationGrid")
    view = _scene_rect(grid).intersected(QRectF(0, 0, kiosk.window.width(), kiosk.window.height()))
    shown: dict[str, QRectF] = {}
    for card in visual_items(grid):
        name = card.objectName()
        if name.startswith("card_") and card.isVisible():
            part = _scene_rect(card).intersected(view)
            if part.height() > 0 and part.width() > 0:
                shown[name.removeprefix("card_")] = part
    return shown


def _settled(qtbot: object, kiosk: KioskUi, count: int) -> None:
    """Let the grid lay itself out after a resize (a busy machine needs more frames);
    the assertions that follow still decide whether the layout is right."""

    def done() -> bool:
        shown = _cards(kiosk)
        whole = [s for s, p in shown.items() if _fully(kiosk, s, p)]
        return bool(shown) and (len(whole) == count or is_shown(kiosk, "moreInnovations"))

    # done, and the same cards in the same places for three looks in a row (a layout
    # still catching up with the resize can look done for one frame)
    last, same = None, 0
    for _ in range(100):
        now = {s: (p.x(), p.y(), p.width(), p.height()) for s, p in _cards(kiosk).items()}
        same = same + 1 if now == last and done() else 0
        if same >= 3:
            return
        last = now
        process_events(0.05)


def _fully(kiosk: KioskUi, slug: str, part: QRectF) -> bool:
    card = item(kiosk, f"card_{slug}")
    return part.height() >= card.height() - 1 and part.width() >= card.width() - 1


@pytest.mark.parametrize("booth_db", [4, 9], indirect=True, ids=["4-cards", "9-cards"])
def test_every_card_is_in_view_or_peeks_with_the_more_button(qtbot: object, kiosk: KioskUi) -> None:
    slugs = [i.slug for i in kiosk.booth.innovations]
    tap(qtbot, kiosk, "touchToStart")
    for large in (False, True):
        kiosk.theme.a11y.setLargeText(large)
        for width, height in SIZES:
            where = f"{width}x{height}{' large text' if large else ''}"
            kiosk.window.resize(width, height)
            process_events(0.25)
            # (on a busy machine the grid may need a few more frames to lay itself out)
            _settled(qtbot, kiosk, len(slugs))
            shown = _cards(kiosk)
            whole = [s for s, part in shown.items() if _fully(kiosk, s, part)]
            more = is_shown(kiosk, "moreInnovations")
            if len(whole) == len(slugs):
                assert not more, f"{where}: every card in view, yet the more button shows"
                continue
            # Not all fit: the next row peeks in (a visible strip of a card) and the button says so.
            assert more, f"{where}: only {len(whole)} of {len(slugs)} cards in view, no hint"
            peeking = [p for s, p in shown.items() if s not in whole]
            assert any(p.height() >= 24 for p in peeking), f"{where}: no card peeks in"
            for _ in range(len(slugs)):  # the button shows every card in the end
                if not is_shown(kiosk, "moreInnovations"):
                    break
                tap(qtbot, kiosk, "moreInnovations")
                process_events(0.1)
            assert not is_shown(kiosk, "moreInnovations")
            assert slugs[-1] in _cards(kiosk), f"{where}: the last card never came into view"
            item(kiosk, "innovationGrid").setProperty("contentY", 0)
    if len(slugs) == 4:  # the demo booth's four always fit in normal text
        kiosk.theme.a11y.setLargeText(False)
        for width, height in SIZES:
            kiosk.window.resize(width, height)
            process_events(0.2)
            assert not is_shown(kiosk, "moreInnovations"), f"{width}x{height}"


def test_cards_show_their_summary_where_there_is_room(qtbot: object, kiosk: KioskUi) -> None:
    """A card shows as much of its summary as fits (ending in "…"), never an empty space:
    a summary is hidden only where less than one line of room is left under the title."""
    tap(qtbot, kiosk, "touchToStart")
    for size in [(1920, 1080), (1366, 768), (1080, 1920)]:
        kiosk.window.resize(*size)
        settle(kiosk, 0.3)
        cards = [
            c
            for c in visual_items(item(kiosk, "innovationGrid"))
            if c.objectName().startswith("card_")
        ]
        assert len(cards) == 4
        for card in cards:
            (summary,) = [s for s in visual_items(card) if s.objectName() == "cardSummary"]
            line = summary.property("font").pixelSize()
            title = card.property("objectName")
            if summary.property("opacity") > 0:
                assert summary.property("text"), (size, title)
            else:
                assert summary.height() < line * 1.15, f"{size} {title}: empty room for a summary"
        short = [c for c in cards if "inovasi-1" in c.objectName() or "inovasi-3" in c.objectName()]
        for card in short:  # the short titles leave room at every size
            (summary,) = [s for s in visual_items(card) if s.objectName() == "cardSummary"]
            assert summary.property("opacity") > 0, (size, card.objectName())


def test_cards_mark_the_innovations_this_visitor_voted_for(qtbot: object, kiosk: KioskUi) -> None:
    first, second = (i.slug for i in kiosk.booth.innovations[:2])
    tap(qtbot, kiosk, "touchToStart")
    assert not is_shown(kiosk, f"votedMark_{first}")
    tap(qtbot, kiosk, f"card_{first}")
    qtbot.waitUntil(lambda: is_shown(kiosk, "voteButton"), timeout=3000)  # type: ignore[attr-defined]
    tap(qtbot, kiosk, "voteButton")
    assert kiosk.flow.property("screen") == "voteThanks"
    kiosk.flow.showHome()
    process_events(0.2)
    mark = item(kiosk, f"votedMark_{first}")
    assert mark.isVisible()
    assert mark.childItems()[0].property("text") == "✓ Sudah Anda pilih"  # words, not colour only
    assert not is_shown(kiosk, f"votedMark_{second}")
    kiosk.flow.returnToAttract()  # the next visitor starts with no marks
    tap(qtbot, kiosk, "touchToStart")
    assert not is_shown(kiosk, f"votedMark_{first}")


def _shown_order(kiosk: KioskUi) -> list[str]:
    """The slugs of the cards as a visitor reads them: row by row, left to right."""
    cards = [
        c
        for c in visual_items(item(kiosk, "innovationGrid"))
        if c.objectName().startswith("card_") and c.isVisible()
    ]
    place = {c.objectName().removeprefix("card_"): _scene_rect(c) for c in cards}
    return sorted(place, key=lambda s: (round(place[s].y()), place[s].x()))


def test_each_visit_sees_the_cards_in_its_own_turn_with_their_own_words(
    qtbot: object, kiosk: KioskUi
) -> None:
    """Each visit starts one card further along (Booth._next_order); the grid shows that
    order, and each card's title and photo are its own innovation's (the grid keeps its
    cards between visits and is told their values changed)."""
    seen = []
    for _ in range(3):
        tap(qtbot, kiosk, "touchToStart")
        settle(kiosk, 0.3)
        order = _shown_order(kiosk)
        assert order == list(kiosk.booth.shown), "the cards are not in this visit's order"
        for slug in order:
            card = item(kiosk, f"card_{slug}")
            innovation = kiosk.booth.innovation(slug)
            texts = [t.property("text") for t in visual_items(card) if t.property("text")]
            assert innovation.title.id in texts, f"card_{slug} shows {texts}"
        seen.append(order)
        kiosk.flow.returnToAttract()
        process_events(0.2)
    assert seen[0] != seen[1] != seen[2], "every visit saw the same first card"
