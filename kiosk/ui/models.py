"""List models QML shows: this booth's innovations, the festival's agencies, feedback tags."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import combinations
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
)

from kiosk.domain.feedback import TAGS
from kiosk.domain.festival import Agency, FestivalMap, Innovation, Text
from kiosk.ui.catalogue import FEEDBACK, category, tr
from kiosk.ui.qmlmodule import qml_singleton

Index = QModelIndex | QPersistentModelIndex
# Qt.ItemDataRole.UserRole and .DisplayRole, as the numbers Qt documents: the first
# use of PySide6's `Qt` namespace builds all its enums (about 40 ms), which the
# kiosk would otherwise pay before its first frame.
USER = 0x0100
DISPLAY_ROLE = 0


class RowModel(QAbstractListModel):
    """A read-only list model whose rows are dicts built for the current language."""

    ROLES: tuple[str, ...] = ()

    def __init__(self, lang: str = "id") -> None:
        super().__init__()
        self._lang = lang
        self._rows: list[dict[str, Any]] = []

    def row_dicts(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def refresh(self) -> None:
        """Build the rows again. As many rows as before (a new visit's order of the same
        innovations): the delegates QML made are kept and told their values changed, which
        costs a few bindings instead of making every card again (about 25 ms for 20 cards,
        a stall on the tap that starts a visit). A different count: a reset."""
        rows = self.row_dicts()
        if rows and len(rows) == len(self._rows):
            self._rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self.recompute()

    def recompute(self) -> None:
        """Build the rows again in place (same rows, new values: e.g. prepared photos)."""
        self._rows = self.row_dicts()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {USER + n: QByteArray(name.encode()) for n, name in enumerate(self.ROLES)}

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        n = role - USER
        if not 0 <= n < len(self.ROLES):
            return None
        return self._rows[index.row()][self.ROLES[n]]

    def rows(self) -> list[dict[str, Any]]:
        """The rows as QML sees them (for tests and screenshots)."""
        return list(self._rows)


def first_sentence(text: str) -> str:
    """The first sentence of `text` (for cards, where a whole summary is too long)."""
    for end in (". ", "! ", "? "):
        cut = text.find(end)
        if cut > 0:
            return text[: cut + 1]
    return text


def innovation_row(
    innovation: Innovation,
    lang: str,
    photo_urls: Sequence[str],
    thumb_url: str,
    prepared: Callable[[str, str], str] | None = None,
    clips: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """One innovation for QML. `prepared(file_url, "gallery" or "card")` gives the
    ahead-of-time decoded photo URLs (`kiosk.ui.images.PreparedPhotos`) of what a screen
    shows first: "shown", the detail page's first photo, and "card", the home card's; ""
    without it, and until the photo is decoded (QML then shows the file, loaded in the
    background)."""
    cover = photo_urls[0] if photo_urls else ""
    shown = card = ""
    if prepared is not None and cover:
        shown, card = prepared(cover, "gallery"), prepared(cover, "card")
    return {
        "slug": innovation.slug,
        "title": innovation.title.get(lang),
        "summary": innovation.summary.get(lang),
        "teaser": first_sentence(innovation.summary.get(lang)),
        "story": innovation.story.get(lang),
        "category": category(innovation.category),
        "yearStarted": innovation.year_started,
        "url": innovation.url,
        "contact": innovation.contact,
        "photos": list(photo_urls),
        "captions": [p.caption.get(lang) for p in innovation.photos],
        "thumb": thumb_url,
        "cover": cover,
        "shown": shown,
        "card": card,
        # Video clips, before the photos in the gallery: {"id", "poster", "title"}.
        "clips": [{**clip, "title": clip["title"].get(lang)} for clip in clips],
    }


@qml_singleton("Innovations")
class InnovationModel(RowModel):
    """This booth's innovations, in the pack's order."""

    ROLES = (
        "slug",
        "title",
        "summary",
        "teaser",
        "story",
        "category",
        "yearStarted",
        "url",
        "contact",
        "photos",
        "captions",
        "thumb",
        "cover",
        "shown",
        "card",
        "clips",
    )

    def __init__(
        self,
        innovations: Callable[[], Sequence[Innovation]],
        photos: Callable[[str], tuple[list[str], str]],
        lang: str = "id",
        prepared: Callable[[str, str], str] | None = None,
        clips: Callable[[str], list[dict[str, Any]]] | None = None,
    ) -> None:
        super().__init__(lang)
        self._innovations = innovations
        self._photos = photos
        self._prepared = prepared
        self._clips = clips
        self.refresh()

    def row_dicts(self) -> list[dict[str, Any]]:
        rows = []
        for innovation in self._innovations():
            urls, thumb = self._photos(innovation.slug)
            clips = self._clips(innovation.slug) if self._clips else []
            rows.append(innovation_row(innovation, self._lang, urls, thumb, self._prepared, clips))
        return rows

    def find(self, slug: str) -> dict[str, Any] | None:
        return next((r for r in self._rows if r["slug"] == slug), None)


# A booth's rectangle on the map, as a share of the map's width and height: never more,
# and never less (a crowded square lets labels fall back to the booth's number instead).
BOOTH_MOST, BOOTH_LEAST = 0.3, 0.04
# The room a stage or an entrance takes (its name on one line, large text at 1280x720
# the most), as a share of the map's width and height, kept inside the map as the
# screen draws it: booths keep clear of that room, not of a whole booth's.
LANDMARK = (0.36, 0.18)


def landmark_room(x: float, y: float) -> tuple[float, float, float, float]:
    """Left, top, right, bottom of a landmark's room, pushed inside the map."""
    left = min(max(0.0, x - LANDMARK[0] / 2), 1 - LANDMARK[0])
    top = min(max(0.0, y - LANDMARK[1] / 2), 1 - LANDMARK[1])
    return left, top, left + LANDMARK[0], top + LANDMARK[1]


def booth_size(
    places: Sequence[tuple[float, float]], landmarks: Sequence[tuple[float, float]] = ()
) -> tuple[float, float]:
    """The width and height (shares of the map's) of one booth's rectangle, the same for
    every booth, as large as it can be with no two rectangles centred on `places`
    overlapping, nor one over a landmark's room (`landmark_room` of each of `landmarks`):
    first square (in map shares), then taller where booths stand in rows apart, then
    wider where they stand in columns apart."""
    gaps = [(abs(a[0] - b[0]), abs(a[1] - b[1])) for a, b in combinations(places, 2)]
    # Beside a landmark a booth may reach its room's edge: twice the distance from the
    # booth's centre to that edge (negative when the centre is within the room's band).
    for left, top, right, bottom in (landmark_room(*p) for p in landmarks):
        gaps += [(2 * max(left - x, x - right), 2 * max(top - y, y - bottom)) for x, y in places]
    # Square: every pair apart in x or in y by at least the side.
    side = min((max(dx, dy) for dx, dy in gaps), default=BOOTH_MOST)
    width = height = min(BOOTH_MOST, max(BOOTH_LEAST, side))
    # Pairs side by side (closer in x than the width) may still be this far apart in y...
    height = min((dy for dx, dy in gaps if dx < width), default=BOOTH_MOST)
    height = min(BOOTH_MOST, max(width, height))
    # ...and pairs in one row (closer in y than the height) this far apart in x.
    wide = min((dx for dx, dy in gaps if dy < height), default=BOOTH_MOST)
    width = min(BOOTH_MOST, max(width, wide))
    return width, height


def _point(x: float, y: float) -> dict[str, float]:
    return {"x": x, "y": y}


@qml_singleton("Agencies")
class AgencyModel(RowModel):
    """Every agency's booth on the square, with this booth marked; what the pack lists
    at each booth (a tap on a booth shows it), and the square's entrances, stage and north."""

    ROLES = (
        "code",
        "name",
        "shortName",
        "booth",
        "mapX",
        "mapY",
        "isHere",
        "innovationCount",
        "innovations",  # the titles the pack lists at that booth, in the visitor's language
    )

    def __init__(
        self,
        agencies: Sequence[Agency],
        here: str,
        counts: dict[str, int],
        lang: str = "id",
        titles: Mapping[str, Sequence[Text]] | None = None,
        layout: FestivalMap | None = None,
    ) -> None:
        super().__init__(lang)
        self._agencies = agencies
        self._here = here
        self._counts = counts
        self._titles = titles or {}
        self._layout = layout or FestivalMap()
        # No booth covers the stage or an entrance.
        landmarks = [*self._layout.entrances, *filter(None, [self._layout.stage])]
        self._booth = booth_size(
            [(a.map_x, a.map_y) for a in agencies], [(p.x, p.y) for p in landmarks]
        )
        self.refresh()

    def row_dicts(self) -> list[dict[str, Any]]:
        return [
            {
                "code": a.code,
                "name": a.name,
                "shortName": a.short_name,
                "booth": a.booth,
                "mapX": a.map_x,
                "mapY": a.map_y,
                "isHere": a.code == self._here,
                "innovationCount": self._counts.get(a.code, 0),
                "innovations": [t.get(self._lang) for t in self._titles.get(a.code, ())],
            }
            for a in self._agencies
        ]

    def find(self, code: str) -> dict[str, Any] | None:
        return next((r for r in self._rows if r["code"] == code), None)

    def _entrances(self) -> list[dict[str, float]]:
        return [_point(p.x, p.y) for p in self._layout.entrances]

    def _stage(self) -> dict[str, float]:
        stage = self._layout.stage
        return _point(stage.x, stage.y) if stage else {}

    # The map's other places from the pack ([] / {} / -1 when it gives none).
    entrances = Property(list, _entrances, constant=True)
    stage = Property(dict, _stage, constant=True)
    north = Property(
        float,
        lambda self: -1.0 if self._layout.north is None else self._layout.north,
        constant=True,
    )
    # One booth's rectangle, as shares of the map's width and height (`booth_size`).
    boothWidth = Property(float, lambda self: self._booth[0], constant=True)
    boothHeight = Property(float, lambda self: self._booth[1], constant=True)


class TagModel(RowModel):
    """The quick-tap feedback tags and which ones the visitor has chosen."""

    ROLES = ("key", "label", "selected")

    def __init__(self, lang: str = "id") -> None:
        self._selected: list[str] = []
        super().__init__(lang)
        self.refresh()

    def row_dicts(self) -> list[dict[str, Any]]:
        return [
            {"key": key, "label": tr(FEEDBACK, text), "selected": key in self._selected}
            for key, text in TAGS.items()
        ]

    @property
    def selected(self) -> tuple[str, ...]:
        return tuple(k for k in TAGS if k in self._selected)

    def toggle(self, key: str) -> None:
        if key not in TAGS:
            return
        if key in self._selected:
            self._selected.remove(key)
        else:
            self._selected.append(key)
        self.set_lang(self._lang)

    def clear(self) -> None:
        self._selected.clear()
        self.set_lang(self._lang)
