"""The booth database schema, applied by sqlite-utils migrations.

Table and column names are chosen for organizers who open the file in
`sqlite3`, `sqlite-utils` or Datasette without reading this code. The
organizers' merged festival file (`kiosk.results.merge.schema`) takes its content
columns and its views over visitor records from here, so the two cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# PRAGMA application_id marks a file as a Gerai booth database ("GERA").
APPLICATION_ID = 0x47455241
# Where sqlite-utils' migrations record what they applied, and under which set name.
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "gerai"

# The content a booth file shares with the merged festival file, in table order
# (branding, the logo and photos stay in the booth).
FESTIVAL_COLUMNS = (
    "slug",
    "name_id",
    "name_en",
    "venue",
    "starts_on",
    "ends_on",
    "timezone",
    "min_dwell_seconds",
    "max_votes_per_session",
    "cooldown_seconds",
    "idle_seconds",
    "idle_warning_seconds",
    "opening_time",
    "closing_time",
    "sample_data",
    "pack_sha256",
    "imported_at",
)
AGENCY_COLUMNS = ("code", "name", "short_name", "booth", "map_x", "map_y")
INNOVATION_COLUMNS = (
    "slug",
    "agency_code",
    "title_id",
    "title_en",
    "summary_id",
    "summary_en",
    "story_id",
    "story_en",
    "category",
    "year_started",
    "url",
    "contact",
    "sort_order",
    "hidden",
)
SERVICE_COLUMNS = ("agency_code", "code", "name_id", "name_en", "population", "sort_order")


def _detail(key: str, column: str | None = None) -> str:
    return f"json_extract(data, '$.{key}') AS {column or key}"


@dataclass(frozen=True)
class RecordView:
    """A view of the visitor records of one kind, their details as columns."""

    name: str
    kind: str
    details: tuple[str, ...]  # columns read from the record's JSON `data`
    slug: bool = True  # shows the record's innovation_slug
    booth_agency: bool = False  # shows the agency the record names in a booth file too

    def sql(self, festival: bool = False) -> str:
        """CREATE VIEW for a booth file, or for the merged festival file, where every view
        names the kiosk first, the record's agency, and the source file it came from."""
        identity = "kiosk_id, seq, uuid" if festival else "seq, uuid, kiosk_id"
        columns = [identity, "session_id", "recorded_at"]
        if self.slug:
            columns.append("innovation_slug")
        if festival or self.booth_agency:
            columns.append(_detail("agency", "agency_code"))
        columns += self.details
        if festival:
            columns.append("source_id")
        create = "CREATE VIEW IF NOT EXISTS" if festival else "CREATE VIEW"
        return (
            f"{create} {self.name} AS\n  SELECT {', '.join(columns)}\n"
            f"  FROM visitor_records WHERE kind = '{self.kind}';\n"
        )


VOTES_VIEW = RecordView("votes", "vote", (_detail("dwell_s", "dwell_seconds"),))
FEEDBACK_VIEW = RecordView(
    "feedback", "feedback", tuple(_detail(k) for k in ("rating", "tags", "comment", "contact"))
)
SESSIONS_VIEW = RecordView(
    "sessions",
    "session_end",
    (
        _detail("reason", "end_reason"),
        _detail("duration_s", "duration_seconds"),
        "json_array_length(json_extract(data, '$.votes')) AS votes",
    ),
    slug=False,
)
CLIP_PLAYS_VIEW = RecordView(
    "clip_plays",
    "clip_play",
    (_detail("clip", "clip_sha256"), _detail("watched_s", "watched_seconds"),
     _detail("duration_s", "clip_seconds")),
)  # fmt: skip
SURVEYS_VIEW = RecordView(
    "surveys",
    "survey",
    tuple(
        _detail(k)
        for k in ("service", "scores", "sex", "age_group", "education", "occupation", "suggestion")
    ),
    slug=False,
    booth_agency=True,
)


def m001_kiosk_and_content(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE kiosk (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            kiosk_id TEXT NOT NULL,          -- UUID made on first start
            created_at TEXT NOT NULL,        -- UTC, ISO 8601
            agency_code TEXT,                -- the agency whose booth this is
            app_version TEXT NOT NULL
        );
        CREATE TABLE festival (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            slug TEXT NOT NULL,
            name_id TEXT NOT NULL,
            name_en TEXT NOT NULL,
            venue TEXT NOT NULL,
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            timezone TEXT NOT NULL,
            color_primary TEXT NOT NULL,
            color_accent TEXT NOT NULL,
            color_background TEXT NOT NULL,
            color_text TEXT NOT NULL,
            logo_png BLOB,
            min_dwell_seconds REAL NOT NULL,
            max_votes_per_session INTEGER NOT NULL,
            cooldown_seconds REAL NOT NULL,
            idle_seconds REAL NOT NULL,
            idle_warning_seconds REAL NOT NULL,
            opening_time TEXT NOT NULL,
            closing_time TEXT NOT NULL,
            sample_data INTEGER NOT NULL DEFAULT 0,
            pack_sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE agencies (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL,
            booth TEXT NOT NULL,
            map_x REAL NOT NULL,
            map_y REAL NOT NULL
        );
        CREATE TABLE innovations (
            slug TEXT PRIMARY KEY,
            agency_code TEXT NOT NULL REFERENCES agencies(code),
            title_id TEXT NOT NULL,
            title_en TEXT NOT NULL,
            summary_id TEXT NOT NULL,
            summary_en TEXT NOT NULL,
            story_id TEXT NOT NULL,
            story_en TEXT NOT NULL,
            category TEXT NOT NULL,
            year_started INTEGER NOT NULL,
            url TEXT NOT NULL,
            contact TEXT NOT NULL,
            sort_order INTEGER NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX innovations_agency ON innovations(agency_code, sort_order);
        CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            innovation_slug TEXT NOT NULL REFERENCES innovations(slug) ON DELETE CASCADE,
            sort_order INTEGER NOT NULL,
            caption_id TEXT NOT NULL,
            caption_en TEXT NOT NULL,
            source_file TEXT NOT NULL,       -- path in the pack or the staff's USB folder
            source_sha256 TEXT NOT NULL,
            width INTEGER NOT NULL,          -- of the display image
            height INTEGER NOT NULL,
            image_jpeg BLOB NOT NULL,        -- downscaled at import, never at display time
            thumb_jpeg BLOB NOT NULL
        );
        CREATE INDEX photos_innovation ON photos(innovation_slug, sort_order);
        -- Every change to the content after import: who, when, what, old and new value.
        CREATE TABLE content_edits (
            id INTEGER PRIMARY KEY,
            edited_at TEXT NOT NULL,
            editor TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            column_name TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT
        );
        """
    )


def m002_visitor_records(db: Database) -> None:
    db.executescript(
        """
        -- Append-only, hash-chained record of what visitors did.
        CREATE TABLE visitor_records (
            seq INTEGER PRIMARY KEY,         -- 1, 2, 3 ... per kiosk, no gaps
            uuid TEXT NOT NULL UNIQUE,
            kiosk_id TEXT NOT NULL,
            run_id TEXT NOT NULL,            -- one per kiosk start; monotonic readings
                                             -- are comparable only within one run
            session_id TEXT NOT NULL,
            kind TEXT NOT NULL,              -- session_start, vote, feedback, session_end, ...
            recorded_at TEXT NOT NULL,       -- UTC, ISO 8601 with milliseconds
            monotonic_ns INTEGER NOT NULL,
            innovation_slug TEXT,
            data TEXT NOT NULL,              -- canonical JSON with the kind's details
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX visitor_records_kind ON visitor_records(kind, innovation_slug);
        CREATE TRIGGER visitor_records_no_update BEFORE UPDATE ON visitor_records
        BEGIN SELECT RAISE(ABORT, 'visitor records are append-only'); END;
        CREATE TRIGGER visitor_records_no_delete BEFORE DELETE ON visitor_records
        BEGIN SELECT RAISE(ABORT, 'visitor records are append-only'); END;
        CREATE TRIGGER visitor_records_in_order BEFORE INSERT ON visitor_records
        WHEN NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM visitor_records), 0) + 1
          OR NEW.prev_hash IS NOT COALESCE(
               (SELECT hash FROM visitor_records ORDER BY seq DESC LIMIT 1),
               '0000000000000000000000000000000000000000000000000000000000000000')
        BEGIN SELECT RAISE(ABORT, 'visitor records must extend the chain'); END;
        """
        + VOTES_VIEW.sql()
        + FEEDBACK_VIEW.sql()
        + SESSIONS_VIEW.sql()
    )


def m003_operations(db: Database) -> None:
    db.executescript(
        """
        -- Staff sign-ins, exports, backups, settings: not visitor records, but kept.
        CREATE TABLE staff_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            event TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            exported_at TEXT NOT NULL,
            path TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            record_count INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            head_hash TEXT NOT NULL
        );
        """
    )


def m004_survey_services(db: Database) -> None:
    db.executescript(
        """
        -- The satisfaction survey (SKM): which agencies offer it, about which services.
        ALTER TABLE agencies ADD COLUMN survey_enabled INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE survey_services (
            agency_code TEXT NOT NULL REFERENCES agencies(code) ON DELETE CASCADE,
            code TEXT NOT NULL,              -- e.g. ktp-el; survey records name it
            name_id TEXT NOT NULL,
            name_en TEXT NOT NULL,
            population INTEGER,              -- yearly service users, NULL if unknown
            sort_order INTEGER NOT NULL,
            PRIMARY KEY (agency_code, code)
        );
        """
        + SURVEYS_VIEW.sql()
    )


def m005_ballot_cards(db: Database) -> None:
    db.executescript(
        """
        -- Card mode (kiosk.pack.cards): a vote needs a ballot card the organizers signed.
        ALTER TABLE festival ADD COLUMN card_mode INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE festival ADD COLUMN card_public_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE festival ADD COLUMN card_quota INTEGER NOT NULL DEFAULT 3;
        -- batches the organizers withdrew before the pack was made, a JSON list of numbers
        ALTER TABLE festival ADD COLUMN card_revoked_batches TEXT NOT NULL DEFAULT '[]';
        """
    )


def m006_videos(db: Database) -> None:
    db.executescript(
        """
        -- Video clips of the innovations. The files are not in this database (it goes to
        -- the organizers on a USB stick): each lies beside it as media/<sha256>.<ext>.
        CREATE TABLE videos (
            id INTEGER PRIMARY KEY,
            innovation_slug TEXT NOT NULL REFERENCES innovations(slug) ON DELETE CASCADE,
            sort_order INTEGER NOT NULL,
            title_id TEXT NOT NULL,
            title_en TEXT NOT NULL,
            source_file TEXT NOT NULL,       -- path in the pack or the staff's USB folder
            sha256 TEXT NOT NULL,            -- of the clip file, which is named after it
            file_ext TEXT NOT NULL,          -- .mp4, .webm, ...
            size_bytes INTEGER NOT NULL,
            duration_ms INTEGER NOT NULL,
            codec TEXT NOT NULL,             -- as Qt Multimedia names it: H264, VP9, ...
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            poster_jpeg BLOB NOT NULL,       -- shown until the visitor taps play
            captions_id TEXT NOT NULL,       -- WebVTT or SRT text, '' for none
            captions_en TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            in_attract INTEGER NOT NULL DEFAULT 0   -- staff chose it for the attract loop
        );
        CREATE INDEX videos_innovation ON videos(innovation_slug, sort_order);
        """
        + CLIP_PLAYS_VIEW.sql()
    )


def m007_festival_map(db: Database) -> None:
    db.executescript(
        """
        -- What the festival map shows besides the booths (the pack's festival.map), as JSON:
        -- {"entrances": [{"x": .., "y": ..}], "stage": {"x": .., "y": ..} or null,
        --  "north": degrees clockwise from the map's top, or null}. '{}': nothing given.
        ALTER TABLE festival ADD COLUMN map_layout TEXT NOT NULL DEFAULT '{}';
        """
    )


def m008_video_limits(db: Database) -> None:
    db.executescript(
        """
        -- The pack's festival.video: what a clip may be, at the pack check and when staff
        -- replace a clip from a USB stick (a file before this column: the defaults).
        ALTER TABLE festival ADD COLUMN video_max_seconds INTEGER NOT NULL DEFAULT 180;
        ALTER TABLE festival ADD COLUMN video_max_megabytes INTEGER NOT NULL DEFAULT 200;
        """
    )


# In the order they apply; each is named after its function in the migrations table.
MIGRATIONS = (
    m001_kiosk_and_content,
    m002_visitor_records,
    m003_operations,
    m004_survey_services,
    m005_ballot_cards,
    m006_videos,
    m007_festival_map,
    m008_video_limits,
)
SCHEMA_VERSION = len(MIGRATIONS)


def known_migration_names() -> list[str]:
    return [function.__name__ for function in MIGRATIONS]


def apply_migrations(db: Database) -> None:
    """Apply, with sqlite-utils' migrations, the ones `db` has not had yet."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    assert migrations.migrations_table == MIGRATIONS_TABLE
    for function in MIGRATIONS:
        migrations()(function)
    migrations.apply(db)
