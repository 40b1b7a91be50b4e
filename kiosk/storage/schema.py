"""The booth database schema, applied by sqlite-utils migrations.

Table and column names are chosen for organizers who open the file in
`sqlite3`, `sqlite-utils` or Datasette without reading this code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# PRAGMA application_id marks a file as a Gerai booth database ("GERA").
APPLICATION_ID = 0x47455241
# Where sqlite-utils' migrations record what they applied, and under which set name.
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "gerai"


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

        CREATE VIEW votes AS
          SELECT seq, uuid, kiosk_id, session_id, recorded_at, innovation_slug,
                 json_extract(data, '$.dwell_s') AS dwell_seconds
          FROM visitor_records WHERE kind = 'vote';
        CREATE VIEW feedback AS
          SELECT seq, uuid, kiosk_id, session_id, recorded_at, innovation_slug,
                 json_extract(data, '$.rating') AS rating,
                 json_extract(data, '$.tags') AS tags,
                 json_extract(data, '$.comment') AS comment,
                 json_extract(data, '$.contact') AS contact
          FROM visitor_records WHERE kind = 'feedback';
        CREATE VIEW sessions AS
          SELECT seq, uuid, kiosk_id, session_id, recorded_at,
                 json_extract(data, '$.reason') AS end_reason,
                 json_extract(data, '$.duration_s') AS duration_seconds,
                 json_array_length(json_extract(data, '$.votes')) AS votes
          FROM visitor_records WHERE kind = 'session_end';
        """
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
        CREATE VIEW surveys AS
          SELECT seq, uuid, kiosk_id, session_id, recorded_at,
                 json_extract(data, '$.agency') AS agency_code,
                 json_extract(data, '$.service') AS service,
                 json_extract(data, '$.scores') AS scores,
                 json_extract(data, '$.sex') AS sex,
                 json_extract(data, '$.age_group') AS age_group,
                 json_extract(data, '$.education') AS education,
                 json_extract(data, '$.occupation') AS occupation,
                 json_extract(data, '$.suggestion') AS suggestion
          FROM visitor_records WHERE kind = 'survey';
        """
    )


# In the order they apply; each is named after its function in the migrations table.
MIGRATIONS = (m001_kiosk_and_content, m002_visitor_records, m003_operations, m004_survey_services)
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
