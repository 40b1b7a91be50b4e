"""The festival content as shown at this booth, and every change made to it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kiosk.domain.festival import (
    Agency,
    Branding,
    CardRules,
    Festival,
    FestivalMap,
    Innovation,
    MapPoint,
    Photo,
    Service,
    Text,
    VideoLimits,
    VotingRules,
)
from kiosk.storage.clips import ProcessedClip, insert_clips
from kiosk.storage.database import BoothDatabase, utc_iso

# Columns staff may change from the content editor; anything else is refused.
EDITABLE_INNOVATION_COLUMNS = frozenset(
    {
        "title_id",
        "title_en",
        "summary_id",
        "summary_en",
        "story_id",
        "story_en",
        "url",
        "contact",
        "hidden",
        "sort_order",
    }
)


@dataclass(frozen=True)
class ProcessedPhoto:
    """A photo as imported: downscaled JPEG for display plus a thumbnail."""

    innovation_slug: str
    sort_order: int
    caption: Text
    source_file: str
    source_sha256: str
    width: int
    height: int
    image_jpeg: bytes
    thumb_jpeg: bytes


@dataclass(frozen=True)
class ContentRows:
    """A pack's festival as the rows of the content tables (photos aside)."""

    festival: dict[str, Any]
    agencies: list[dict[str, Any]]
    innovations: list[dict[str, Any]]
    survey_services: list[dict[str, Any]]


def content_rows(
    festival: Festival, pack_sha256: str, logo_png: bytes | None = None
) -> ContentRows:
    """The rows a pack puts in `festival`, `agencies`, `innovations` and `survey_services`.

    The booth installs them (`replace_content`); the organizers' merge takes
    the festival's rules and who owns which innovation from the same rows.
    """
    rules, brand = festival.voting, festival.branding
    return ContentRows(
        festival={
            "id": 1,
            "slug": festival.slug,
            "name_id": festival.name.id,
            "name_en": festival.name.en,
            "venue": festival.venue,
            "starts_on": festival.starts_on,
            "ends_on": festival.ends_on,
            "timezone": festival.timezone,
            "color_primary": brand.primary,
            "color_accent": brand.accent,
            "color_background": brand.background,
            "color_text": brand.text,
            "logo_png": logo_png,
            "min_dwell_seconds": rules.min_dwell_seconds,
            "max_votes_per_session": rules.max_votes_per_session,
            "cooldown_seconds": rules.cooldown_seconds,
            "idle_seconds": rules.idle_seconds,
            "idle_warning_seconds": rules.idle_warning_seconds,
            "opening_time": rules.opening_time,
            "closing_time": rules.closing_time,
            "sample_data": int(festival.sample_data),
            "card_mode": int(festival.cards.enabled),
            "card_public_key": festival.cards.public_key,
            "card_quota": festival.cards.quota,
            "card_revoked_batches": json.dumps(list(festival.cards.revoked_batches)),
            "map_layout": map_layout_json(festival.map),
            "video_max_seconds": festival.video_limits.max_seconds,
            "video_max_megabytes": festival.video_limits.max_megabytes,
            "pack_sha256": pack_sha256,
            "imported_at": utc_iso(),
        },
        agencies=[
            {
                "code": a.code,
                "name": a.name,
                "short_name": a.short_name,
                "booth": a.booth,
                "map_x": a.map_x,
                "map_y": a.map_y,
                "survey_enabled": int(a.survey_enabled),
            }
            for a in festival.agencies
        ],
        innovations=[
            {
                "slug": i.slug,
                "agency_code": i.agency,
                "title_id": i.title.id,
                "title_en": i.title.en,
                "summary_id": i.summary.id,
                "summary_en": i.summary.en,
                "story_id": i.story.id,
                "story_en": i.story.en,
                "category": i.category,
                "year_started": i.year_started,
                "url": i.url,
                "contact": i.contact,
                "sort_order": n,
                "hidden": 0,
            }
            for n, i in enumerate(festival.innovations)
        ],
        survey_services=[
            {
                "agency_code": a.code,
                "code": s.code,
                "name_id": s.name.id,
                "name_en": s.name.en,
                "population": s.population,
                "sort_order": n,
            }
            for a in festival.agencies
            for n, s in enumerate(a.survey_services)
        ],
    )


def replace_content(
    db: BoothDatabase,
    festival: Festival,
    photos: list[ProcessedPhoto],
    logo_png: bytes | None,
    pack_sha256: str,
    editor: str = "pack import",
    clips: list[ProcessedClip] | None = None,
) -> None:
    """Install a festival pack's content in one transaction, noting it in the audit trail.

    The clips' files must already be in place beside the database (`kiosk.storage.clips`).
    """
    rows = content_rows(festival, pack_sha256, logo_png)
    with db.atomic():
        db.execute("DELETE FROM videos")
        db.execute("DELETE FROM photos")
        db.execute("DELETE FROM survey_services")
        db.execute("DELETE FROM innovations")
        db.execute("DELETE FROM agencies")
        db.execute("DELETE FROM festival")
        db.utils.table("festival").insert(rows.festival)
        db.utils.table("agencies").insert_all(rows.agencies)
        db.utils.table("survey_services").insert_all(rows.survey_services)
        db.utils.table("innovations").insert_all(rows.innovations)
        db.utils.table("photos").insert_all(
            {
                "innovation_slug": p.innovation_slug,
                "sort_order": p.sort_order,
                "caption_id": p.caption.id,
                "caption_en": p.caption.en,
                "source_file": p.source_file,
                "source_sha256": p.source_sha256,
                "width": p.width,
                "height": p.height,
                "image_jpeg": p.image_jpeg,
                "thumb_jpeg": p.thumb_jpeg,
            }
            for p in photos
        )
        insert_clips(db, clips or [])
        record_edit(db, editor, "festival", festival.slug, "pack_sha256", None, pack_sha256)


def survey_services(db: BoothDatabase, agency_code: str) -> tuple[Service, ...]:
    """The services `agency_code`'s SKM asks about, in the pack's order (() if none)."""
    return tuple(
        Service(r["code"], Text(r["name_id"], r["name_en"]), r["population"])
        for r in _rows(
            db,
            "SELECT code, name_id, name_en, population FROM survey_services"
            " WHERE agency_code = ? ORDER BY sort_order, code",
            [agency_code],
        )
    )


def _agency(db: BoothDatabase, r: dict[str, Any]) -> Agency:
    return Agency(
        r["code"],
        r["name"],
        r["short_name"],
        r["booth"],
        r["map_x"],
        r["map_y"],
        survey_enabled=bool(r["survey_enabled"]),
        survey_services=survey_services(db, r["code"]),
    )


def has_content(db: BoothDatabase) -> bool:
    return bool(db.execute("SELECT count(*) FROM festival").fetchone()[0] > 0)


def load_festival(db: BoothDatabase) -> Festival:
    """The festival as this booth shows it (staff edits included, hidden ones left out)."""
    f = _one(db, "SELECT * FROM festival WHERE id = 1")
    agencies = tuple(
        _agency(db, r) for r in _rows(db, "SELECT * FROM agencies ORDER BY booth, code")
    )
    photos: dict[str, list[Photo]] = {}
    for r in _rows(
        db,
        "SELECT innovation_slug, source_file, caption_id, caption_en FROM photos"
        " ORDER BY innovation_slug, sort_order",
    ):
        photos.setdefault(r["innovation_slug"], []).append(
            Photo(r["source_file"], Text(r["caption_id"], r["caption_en"]))
        )
    innovations = tuple(
        Innovation(
            slug=r["slug"],
            agency=r["agency_code"],
            title=Text(r["title_id"], r["title_en"]),
            summary=Text(r["summary_id"], r["summary_en"]),
            story=Text(r["story_id"], r["story_en"]),
            category=r["category"],
            year_started=r["year_started"],
            url=r["url"],
            contact=r["contact"],
            photos=tuple(photos.get(r["slug"], ())),
        )
        for r in _rows(db, "SELECT * FROM innovations WHERE hidden = 0 ORDER BY sort_order, slug")
    )
    return Festival(
        slug=f["slug"],
        name=Text(f["name_id"], f["name_en"]),
        venue=f["venue"],
        starts_on=f["starts_on"],
        ends_on=f["ends_on"],
        timezone=f["timezone"],
        branding=Branding(
            f["color_primary"], f["color_accent"], f["color_background"], f["color_text"]
        ),
        voting=VotingRules(
            min_dwell_seconds=f["min_dwell_seconds"],
            max_votes_per_session=f["max_votes_per_session"],
            cooldown_seconds=f["cooldown_seconds"],
            idle_seconds=f["idle_seconds"],
            idle_warning_seconds=f["idle_warning_seconds"],
            opening_time=f["opening_time"],
            closing_time=f["closing_time"],
        ),
        cards=CardRules(
            enabled=bool(f["card_mode"]),
            public_key=f["card_public_key"],
            quota=f["card_quota"],
            revoked_batches=tuple(json.loads(f["card_revoked_batches"])),
        ),
        agencies=agencies,
        innovations=innovations,
        sample_data=bool(f["sample_data"]),
        map=read_map_layout(f["map_layout"]),
        video_limits=VideoLimits(f["video_max_seconds"], f["video_max_megabytes"]),
    )


def video_limits(db: BoothDatabase) -> VideoLimits:
    """What the installed pack allows for a clip (`festival.video`); the defaults before a
    pack is installed."""
    row = db.execute("SELECT video_max_seconds, video_max_megabytes FROM festival").fetchone()
    return VideoLimits(row[0], row[1]) if row else VideoLimits()


def map_layout_json(layout: FestivalMap) -> str:
    """The festival map's entrances, stage and north as the `festival.map_layout` JSON."""
    if layout == FestivalMap():
        return "{}"
    return json.dumps(
        {
            "entrances": [{"x": p.x, "y": p.y} for p in layout.entrances],
            "stage": {"x": layout.stage.x, "y": layout.stage.y} if layout.stage else None,
            "north": layout.north,
        }
    )


def read_map_layout(text: str | None) -> FestivalMap:
    """`festival.map_layout` back as a FestivalMap. It only draws the map, so a value this
    Gerai cannot read (hand-edited, or from a file before the column) draws nothing
    rather than stopping the kiosk."""
    try:
        data = json.loads(text or "{}")
        stage = data.get("stage")
        north = data.get("north")
        return FestivalMap(
            entrances=tuple(
                MapPoint(float(p["x"]), float(p["y"])) for p in data.get("entrances") or ()
            ),
            stage=MapPoint(float(stage["x"]), float(stage["y"])) if stage else None,
            north=None if north is None else float(north),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return FestivalMap()


def photo_ids(db: BoothDatabase, slug: str) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM photos WHERE innovation_slug = ? ORDER BY sort_order", [slug]
        ).fetchall()
    ]


def photo_bytes(db: BoothDatabase, photo_id: int, thumb: bool = False) -> bytes | None:
    column = "thumb_jpeg" if thumb else "image_jpeg"
    row = db.execute(f"SELECT {column} FROM photos WHERE id = ?", [photo_id]).fetchone()
    return bytes(row[0]) if row else None


def logo_png(db: BoothDatabase) -> bytes | None:
    row = db.execute("SELECT logo_png FROM festival WHERE id = 1").fetchone()
    return bytes(row[0]) if row and row[0] else None


def edit_innovation(db: BoothDatabase, slug: str, column: str, value: Any, editor: str) -> None:
    """Change one field of an innovation, recording old and new value in the audit trail."""
    if column not in EDITABLE_INNOVATION_COLUMNS:
        raise ValueError(f"innovation field '{column}' cannot be edited")
    with db.atomic():
        row = db.execute(f"SELECT {column} FROM innovations WHERE slug = ?", [slug]).fetchone()
        if row is None:
            raise KeyError(f"no innovation '{slug}'")
        if row[0] == value:
            return
        db.execute(f"UPDATE innovations SET {column} = ? WHERE slug = ?", [value, slug])
        record_edit(db, editor, "innovations", slug, column, row[0], value)


def audit_trail(db: BoothDatabase) -> list[dict[str, Any]]:
    return _rows(db, "SELECT * FROM content_edits ORDER BY id")


def record_edit(
    db: BoothDatabase, editor: str, table: str, key: str, column: str, old: Any, new: Any
) -> None:
    db.utils.table("content_edits").insert(
        {
            "edited_at": utc_iso(),
            "editor": editor,
            "table_name": table,
            "row_key": key,
            "column_name": column,
            "old_value": None if old is None else str(old),
            "new_value": None if new is None else str(new),
        }
    )


def _rows(db: BoothDatabase, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(db: BoothDatabase, sql: str) -> dict[str, Any]:
    rows = _rows(db, sql)
    if not rows:
        raise LookupError("no festival content: import a festival pack first")
    return rows[0]


def booth_agency(db: BoothDatabase) -> str | None:
    """The agency this kiosk was set up for (None until staff choose one)."""
    row = db.execute("SELECT agency_code FROM kiosk WHERE id = 1").fetchone()
    return str(row[0]) if row and row[0] else None


def set_booth_agency(db: BoothDatabase, code: str, editor: str) -> None:
    if db.execute("SELECT 1 FROM agencies WHERE code = ?", [code]).fetchone() is None:
        raise KeyError(f"no agency '{code}' in the festival pack")
    with db.atomic():
        old = booth_agency(db)
        if old == code:
            return
        db.execute("UPDATE kiosk SET agency_code = ? WHERE id = 1", [code])
        record_edit(db, editor, "kiosk", "1", "agency_code", old, code)


def pack_sha256(db: BoothDatabase) -> str | None:
    row = db.execute("SELECT pack_sha256 FROM festival WHERE id = 1").fetchone()
    return str(row[0]) if row else None
