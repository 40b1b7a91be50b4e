"""pack.json, read into domain objects: every field checked, every problem collected."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import available_timezones

from kiosk.domain.festival import (
    LANGUAGES,
    Agency,
    Branding,
    CardRules,
    Festival,
    FestivalMap,
    Innovation,
    MapPoint,
    Photo,
    Text,
    Video,
    VideoLimits,
    VotingRules,
)
from kiosk.pack.cards import DEFAULT_QUOTA, MAX_BATCH, parse_public_key
from kiosk.pack.checker import Checker, join
from kiosk.pack.source import unsafe_name
from kiosk.pack.survey import read_survey

FORMAT = "gerai-pack"
FORMAT_VERSION = 1

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]*")
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
MEDIA_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".webm", ".mkv")
CAPTION_SUFFIXES = (".vtt", ".srt")

MAX_AGENCIES = 300
MAX_INNOVATIONS = 2000
MAX_PHOTOS = 12
MAX_VIDEOS = 3
# The hard limits a pack's `festival.video` may set: a booth is not a cinema.
VIDEO_SECONDS_RANGE = (5, 1800)
VIDEO_MEGABYTES_RANGE = (1, 2000)
FIRST_YEAR = 1945  # the Republic's founding year; older "innovations" are typos

TOP_FIELDS = (
    "format", "format_version", "festival", "voting", "cards", "agencies", "innovations",
)  # fmt: skip
CARD_FIELDS = ("mode", "public_key", "quota", "revoked_batches")
FESTIVAL_FIELDS = (
    "slug", "name", "venue", "starts_on", "ends_on", "timezone", "opening_time",
    "closing_time", "colors", "logo", "sample_data", "video", "map",
)  # fmt: skip
MAP_FIELDS = ("entrances", "stage", "north")
MAX_ENTRANCES = 8
VOTING_FIELDS = (
    "min_dwell_seconds", "max_votes_per_session", "cooldown_seconds", "idle_seconds",
    "idle_warning_seconds",
)  # fmt: skip
AGENCY_FIELDS = ("code", "name", "short_name", "booth", "map", "survey")
INNOVATION_FIELDS = (
    "slug", "agency", "title", "summary", "story", "category", "year_started", "url",
    "contact", "photos", "videos",
)  # fmt: skip
VIDEO_FIELDS = ("file", "poster", "title", "captions")


@dataclass
class Document:
    """What pack.json says, plus the media files it refers to (JSON path -> file name)."""

    festival: Festival
    logo: str
    media: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    videos: dict[str, str] = field(default_factory=dict)  # JSON path -> clip file
    captions: dict[str, str] = field(default_factory=dict)  # JSON path -> .vtt/.srt file


def read_document(data: Any) -> Document:
    """Check a parsed pack.json and build the Festival; problems are collected, not raised."""
    check = Checker()
    top = check.obj(data, "", TOP_FIELDS)
    _check_format(check, top)
    if "festival" not in top:
        check.report("festival", "missing")
    # Without a festival object, its fields are not reported one by one as well.
    fest_check = check if "festival" in top else Checker()
    fest = fest_check.obj(top.get("festival", {}), "festival", FESTIVAL_FIELDS)
    about = _about(fest_check, fest)
    doc = Document(Festival("", Text(""), "", "", ""), "")
    branding = _branding(fest_check, fest, doc.media)
    voting = _voting(check, top.get("voting", {}), fest)
    cards = _cards(check, top.get("cards", {}))
    agencies = _agencies(check, top)
    innovations = _innovations(check, top, {a.code for a in agencies}, doc)
    doc.festival = Festival(
        **about,
        branding=branding,
        voting=voting,
        cards=cards,
        agencies=agencies,
        innovations=innovations,
        video_limits=_video_limits(fest_check, fest),
        map=_festival_map(fest_check, fest),
    )
    doc.logo = branding.logo
    doc.problems = check.problems
    return doc


def _video_limits(check: Checker, fest: dict[str, Any]) -> VideoLimits:
    limits = check.obj(fest.get("video", {}), "festival.video", ("max_seconds", "max_megabytes"))
    d = VideoLimits()
    return VideoLimits(
        max_seconds=check.number(
            limits, "max_seconds", "festival.video", default=d.max_seconds,
            low=VIDEO_SECONDS_RANGE[0], high=VIDEO_SECONDS_RANGE[1], integer=True,
        ),
        max_megabytes=check.number(
            limits, "max_megabytes", "festival.video", default=d.max_megabytes,
            low=VIDEO_MEGABYTES_RANGE[0], high=VIDEO_MEGABYTES_RANGE[1], integer=True,
        ),
    )  # fmt: skip


def _festival_map(check: Checker, fest: dict[str, Any]) -> FestivalMap:
    """`festival.map`: the entrances, the stage and where north is, each optional."""
    if "map" not in fest:
        return FestivalMap()
    where = "festival.map"
    layout = check.obj(fest["map"], where, MAP_FIELDS)
    entrances = tuple(
        point
        for n, value in enumerate(
            check.array(layout, "entrances", where, required=False, max_items=MAX_ENTRANCES)
        )
        if (point := _map_point(check, value, f"{where}.entrances[{n}]")) is not None
    )
    stage = _map_point(check, layout["stage"], f"{where}.stage") if "stage" in layout else None
    north = None
    if "north" in layout:
        north = float(check.number(layout, "north", where, default=0, low=0, high=360)) % 360
    return FestivalMap(entrances=entrances, stage=stage, north=north)


def _map_point(check: Checker, value: Any, path: str) -> MapPoint | None:
    """A place on the map: `{"x": 0..1 from the left, "y": 0..1 from the top}`."""
    point = check.obj(value, path, ("x", "y"))
    if not point:
        if isinstance(value, dict):
            check.report(path, 'expected {"x": 0..1 from the left, "y": 0..1 from the top}')
        return None
    before = len(check.problems)
    x = check.number(point, "x", path, default=0.5, low=0, high=1, required=True)
    y = check.number(point, "y", path, default=0.5, low=0, high=1, required=True)
    return MapPoint(float(x), float(y)) if len(check.problems) == before else None


def _about(check: Checker, fest: dict[str, Any]) -> dict[str, Any]:
    """The festival's own fields: name, place, dates (checked in the order they are written)."""
    about = {
        "slug": check.string(
            fest, "slug", "festival", max_len=64, pattern=SLUG, pattern_hint=_SLUG_HINT
        ),
        "name": check.text(fest, "name", "festival", max_len=120),
        "venue": check.string(fest, "venue", "festival", max_len=120),
    }
    starts_on, ends_on = _date(check, fest, "starts_on"), _date(check, fest, "ends_on")
    if starts_on and ends_on and ends_on < starts_on:
        check.report("festival.ends_on", f"{ends_on} is before starts_on")
    return about | {
        "starts_on": starts_on,
        "ends_on": ends_on,
        "timezone": _timezone(check, fest),
        "sample_data": check.boolean(fest, "sample_data", "festival", default=False),
    }


_CODE_HINT = "a code (capital letters A-Z, digits, - or _, like 'DINKES')"
_SLUG_HINT = "a slug (lowercase letters a-z, digits and hyphens, like 'lapor-jalan-rusak')"


def _check_format(check: Checker, top: dict[str, Any]) -> None:
    if top.get("format") != FORMAT:
        check.report("format", f'must be "{FORMAT}" (is this a Gerai festival pack?)')
    version = top.get("format_version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        check.report(
            "format_version",
            f"this Gerai reads version {FORMAT_VERSION}, the pack says {version!r}",
        )


def _branding(check: Checker, fest: dict[str, Any], media: dict[str, str]) -> Branding:
    defaults = Branding()
    colors = check.obj(
        fest.get("colors", {}), "festival.colors", ("primary", "accent", "background", "text")
    )
    picked = {
        name: check.string(
            colors,
            name,
            "festival.colors",
            required=False,
            default=getattr(defaults, name),
            pattern=COLOUR,
            pattern_hint="a colour like #1A2B3C",
        )
        for name in ("primary", "accent", "background", "text")
    }
    logo = _media_name(check, fest, "logo", "festival", required=False)
    if logo:
        media["festival.logo"] = logo
    return Branding(logo=logo, **picked)


def _voting(check: Checker, value: Any, fest: dict[str, Any]) -> VotingRules:
    rules = check.obj(value, "voting", VOTING_FIELDS)
    d = VotingRules()
    opening = _clock(check, fest, "opening_time", d.opening_time)
    closing = _clock(check, fest, "closing_time", d.closing_time)
    if opening >= closing:
        check.report("festival.closing_time", f"{closing} is not after opening_time {opening}")
    idle = check.number(rules, "idle_seconds", "voting", default=d.idle_seconds, low=10, high=600)
    warning = check.number(
        rules, "idle_warning_seconds", "voting", default=d.idle_warning_seconds, low=0, high=120
    )
    if warning >= idle:
        check.report("voting.idle_warning_seconds", f"{warning} must be less than idle_seconds")
    return VotingRules(
        min_dwell_seconds=check.number(
            rules, "min_dwell_seconds", "voting", default=d.min_dwell_seconds, low=0, high=120
        ),
        max_votes_per_session=check.number(
            rules,
            "max_votes_per_session",
            "voting",
            default=d.max_votes_per_session,
            low=1,
            high=20,
            integer=True,
        ),
        cooldown_seconds=check.number(
            rules, "cooldown_seconds", "voting", default=d.cooldown_seconds, low=0, high=120
        ),
        idle_seconds=idle,
        idle_warning_seconds=warning,
        opening_time=opening,
        closing_time=closing,
    )


def _cards(check: Checker, value: Any) -> CardRules:
    """Card mode (ballot cards): on or off, the organizers' public key, votes per card."""
    rules = check.obj(value, "cards", CARD_FIELDS)
    enabled = check.boolean(rules, "mode", "cards", default=False)
    key = check.string(rules, "public_key", "cards", required=enabled, max_len=100)
    if key:
        try:
            parse_public_key(key)
        except ValueError as exc:
            check.report(
                "cards.public_key",
                f"not an Ed25519 public key ({exc}); copy the line `kiosk ballots keygen` printed",
            )
            key = ""
    quota = check.number(
        rules, "quota", "cards", default=DEFAULT_QUOTA, low=1, high=50, integer=True
    )
    revoked = _batches(check, rules)
    return CardRules(
        enabled=enabled and bool(key), public_key=key, quota=quota, revoked_batches=revoked
    )


def _batches(check: Checker, rules: dict[str, Any]) -> tuple[int, ...]:
    """`cards.revoked_batches`: the batch numbers printed on the cards ("2" of "2-000123")."""
    where = "cards.revoked_batches"
    batches = set()
    for n, value in enumerate(
        check.array(rules, "revoked_batches", "cards", required=False, max_items=1000)
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_BATCH:
            check.report(
                f"{where}[{n}]",
                f"expected a batch number from 0 to {MAX_BATCH} (as printed before the dash),"
                f" got {value!r}",
            )
        else:
            batches.add(value)
    return tuple(sorted(batches))


def _agencies(check: Checker, top: dict[str, Any]) -> tuple[Agency, ...]:
    agencies: list[Agency] = []
    seen: dict[str, str] = {}
    for n, value in enumerate(
        check.array(top, "agencies", "", required=True, max_items=MAX_AGENCIES)
    ):
        path = f"agencies[{n}]"
        row = check.obj(value, path, AGENCY_FIELDS)
        code = check.string(row, "code", path, max_len=20, pattern=CODE, pattern_hint=_CODE_HINT)
        _unique(check, seen, code, f"{path}.code", "code")
        where = check.obj(row.get("map", {}), f"{path}.map", ("x", "y"))
        survey_enabled, services = read_survey(check, row, path)
        agencies.append(
            Agency(
                code=code,
                name=check.string(row, "name", path, max_len=120),
                short_name=check.string(row, "short_name", path, required=False, max_len=24)
                or code,
                booth=check.string(row, "booth", path, max_len=10),
                map_x=check.number(where, "x", f"{path}.map", default=0.5, low=0, high=1),
                map_y=check.number(where, "y", f"{path}.map", default=0.5, low=0, high=1),
                survey_enabled=survey_enabled,
                survey_services=services,
            )
        )
    if "agencies" in top and not agencies and isinstance(top["agencies"], list):
        check.report("agencies", "the festival needs at least one agency")
    return tuple(agencies)


def _innovations(
    check: Checker, top: dict[str, Any], codes: set[str], doc: Document
) -> tuple[Innovation, ...]:
    innovations = []
    seen: dict[str, str] = {}
    values = check.array(top, "innovations", "", required=True, max_items=MAX_INNOVATIONS)
    for n, value in enumerate(values):
        path = f"innovations[{n}]"
        innovation = _innovation(check, check.obj(value, path, INNOVATION_FIELDS), path, codes, doc)
        _unique(check, seen, innovation.slug, f"{path}.slug", "slug")
        innovations.append(innovation)
    if isinstance(top.get("innovations"), list) and not values:
        check.report("innovations", "the festival needs at least one innovation")
    return tuple(innovations)


def _innovation(
    check: Checker, row: dict[str, Any], path: str, codes: set[str], doc: Document
) -> Innovation:
    agency = check.string(row, "agency", path, max_len=20)
    if agency and codes and agency not in codes:
        check.report(f"{path}.agency", f"unknown agency '{agency}'")
    last_year = date.today().year + 1
    return Innovation(
        slug=check.string(row, "slug", path, max_len=64, pattern=SLUG, pattern_hint=_SLUG_HINT),
        agency=agency,
        title=check.text(row, "title", path, max_len=120),
        summary=check.text(row, "summary", path, max_len=400),
        story=check.text(row, "story", path, required=False, max_len=6000),
        category=check.string(row, "category", path, max_len=60),
        year_started=check.number(
            row,
            "year_started",
            path,
            default=0,
            low=FIRST_YEAR,
            high=last_year,
            integer=True,
            required=True,
        ),
        url=_url(check, row, path),
        contact=check.string(row, "contact", path, required=False, max_len=120),
        photos=_photos(check, row, path, doc.media),
        videos=_videos(check, row, path, doc),
    )


def _photos(
    check: Checker, row: dict[str, Any], path: str, media: dict[str, str]
) -> tuple[Photo, ...]:
    photos = []
    for n, value in enumerate(
        check.array(row, "photos", path, required=False, max_items=MAX_PHOTOS)
    ):
        where = f"{path}.photos[{n}]"
        if isinstance(value, str):  # a bare file name is a photo without a caption
            value = {"file": value}
        photo = check.obj(value, where, ("file", "caption"))
        name = _media_name(check, photo, "file", where, required=True)
        if name:
            media[where] = name
        caption = check.text(photo, "caption", where, required=False, max_len=200)
        photos.append(Photo(name, caption))
    return tuple(photos)


def _videos(check: Checker, row: dict[str, Any], path: str, doc: Document) -> tuple[Video, ...]:
    videos = []
    for n, value in enumerate(
        check.array(row, "videos", path, required=False, max_items=MAX_VIDEOS)
    ):
        where = f"{path}.videos[{n}]"
        if isinstance(value, str):  # a bare file name: a clip without title or captions
            value = {"file": value}
        video = check.obj(value, where, VIDEO_FIELDS)
        name = _media_name(check, video, "file", where, required=True, suffixes=VIDEO_SUFFIXES)
        if name:
            doc.videos[f"{where}.file"] = name
        poster = _media_name(check, video, "poster", where, required=False)
        if poster:
            doc.media[f"{where}.poster"] = poster
        captions = check.obj(video.get("captions", {}), f"{where}.captions", LANGUAGES)
        files = []
        for lang in LANGUAGES:
            file = _media_name(
                check, captions, lang, f"{where}.captions", required=False,
                suffixes=CAPTION_SUFFIXES,
            )  # fmt: skip
            if file:
                doc.captions[f"{where}.captions.{lang}"] = file
                files.append((lang, file))
        title = check.text(video, "title", where, required=False, max_len=120)
        videos.append(Video(name, poster, title, tuple(files)))
    return tuple(videos)


_SUFFIX_HINTS = {
    MEDIA_SUFFIXES: "a .jpg, .jpeg, .png or .webp image",
    VIDEO_SUFFIXES: "a .mp4, .m4v, .mov, .webm or .mkv video",
    CAPTION_SUFFIXES: "a .vtt (WebVTT) or .srt (SubRip) caption file",
}


def _media_name(
    check: Checker,
    parent: dict[str, Any],
    key: str,
    path: str,
    *,
    required: bool,
    suffixes: tuple[str, ...] = MEDIA_SUFFIXES,
) -> str:
    """A media file name that is safe to look up: inside media/, a known suffix."""
    name = check.string(parent, key, path, required=required, max_len=200)
    if not name:
        return ""
    where = join(path, key)
    reason = unsafe_name(name)
    if reason is None and not name.startswith("media/"):
        reason = "file must be inside the media/ folder, like media/photo.jpg"
    if reason is None and not name.lower().endswith(suffixes):
        reason = f"file must be {_SUFFIX_HINTS[suffixes]}"
    if reason:
        check.report(where, f"{reason}: {name!r}")
        return ""
    return name


def _unique(check: Checker, seen: dict[str, str], value: str, path: str, what: str) -> None:
    if not value:
        return
    if value in seen:
        check.report(path, f"duplicate {what} '{value}' (also at {seen[value]})")
    else:
        seen[value] = path


def _url(check: Checker, row: dict[str, Any], path: str) -> str:
    url = check.string(row, "url", path, required=False, max_len=300)
    parts = urlsplit(url) if url else None
    if parts is not None and (
        parts.scheme not in ("http", "https") or not parts.netloc or " " in url
    ):
        check.report(
            f"{path}.url", f"{url!r} is not a web address starting with https:// or http://"
        )
        return ""
    return url


def _date(check: Checker, fest: dict[str, Any], key: str) -> str:
    value = check.string(fest, key, "festival", max_len=10)
    try:
        if value and ISO_DATE.fullmatch(value):
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    if value:
        check.report(f"festival.{key}", f"{value!r} is not a date like 2026-08-20")
    return ""


def _clock(check: Checker, fest: dict[str, Any], key: str, default: str) -> str:
    return (
        check.string(
            fest,
            key,
            "festival",
            required=False,
            default=default,
            max_len=5,
            pattern=CLOCK,
            pattern_hint="a time like 08:00",
        )
        or default
    )


def _timezone(check: Checker, fest: dict[str, Any]) -> str:
    zone = check.string(
        fest, "timezone", "festival", required=False, default="Asia/Jakarta", max_len=64
    )
    zones = available_timezones()
    # A machine without a time-zone database cannot judge; the booth itself uses UTC.
    if zone and zones and zone not in zones:
        check.report("festival.timezone", f"unknown time zone {zone!r} (like Asia/Jakarta)")
        return "Asia/Jakarta"
    return zone or "Asia/Jakarta"
