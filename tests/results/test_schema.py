"""Booth files and the merged festival file share one definition of content and views."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.results.merge.schema import create_schema
from kiosk.results.merge.survey_services import create_survey_tables
from kiosk.storage.chain import RECORD_COLUMNS
from kiosk.storage.database import open_booth_database
from kiosk.storage.schema import (
    AGENCY_COLUMNS,
    FESTIVAL_COLUMNS,
    INNOVATION_COLUMNS,
    SERVICE_COLUMNS,
)

IDENTITY = ["session_id", "recorded_at"]
DETAILS = {
    "votes": ["innovation_slug", "dwell_seconds"],
    "feedback": ["innovation_slug", "rating", "tags", "comment", "contact"],
    "sessions": ["end_reason", "duration_seconds", "votes"],
    "surveys": [
        "service",
        "scores",
        "sex",
        "age_group",
        "education",
        "occupation",
        "suggestion",
    ],
}


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def festival_file() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    create_survey_tables(conn)
    return conn


def test_booth_views_keep_their_columns(tmp_path: Path) -> None:
    db = open_booth_database(tmp_path / "b.sqlite")
    for view, details in DETAILS.items():
        agency = ["agency_code"] if view == "surveys" else []
        assert columns(db.conn, view) == ["seq", "uuid", "kiosk_id", *IDENTITY, *agency, *details]


def test_festival_views_name_kiosk_agency_and_source() -> None:
    conn = festival_file()
    for view, details in DETAILS.items():
        slug = details[:1] if details[0] == "innovation_slug" else []
        rest = details[len(slug) :]
        expected = ["kiosk_id", "seq", "uuid", *IDENTITY, *slug, "agency_code", *rest, "source_id"]
        assert columns(conn, view) == expected


def test_festival_file_holds_the_booths_columns(tmp_path: Path) -> None:
    booth = open_booth_database(tmp_path / "b.sqlite").conn
    festival = festival_file()
    for table, shared in (
        ("festival", FESTIVAL_COLUMNS),
        ("agencies", AGENCY_COLUMNS),
        ("innovations", INNOVATION_COLUMNS),
        ("survey_services", SERVICE_COLUMNS),
    ):
        assert set(shared) <= set(columns(booth, table)), table
        assert columns(festival, table)[: len(shared)] == list(shared), table
    assert columns(booth, "visitor_records") == list(RECORD_COLUMNS)
    assert columns(festival, "visitor_records") == [*RECORD_COLUMNS, "source_id"]
