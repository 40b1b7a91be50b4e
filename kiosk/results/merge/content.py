"""Festival content in the merged file: every booth's version kept, one chosen to show.

Booths may carry slightly different content (staff fix a typo, hide an
innovation). Each booth file's version is kept with its source; the one shown
is the agency's own booth's, latest staff edit first, then the most complete,
then by file SHA-256 so the choice never depends on the order of inputs.
"""

from __future__ import annotations

import sqlite3

from kiosk.results.merge.inputs import InputCheck
from kiosk.results.merge.survey_services import choose_survey_services, store_survey_versions
from kiosk.storage.schema import AGENCY_COLUMNS, FESTIVAL_COLUMNS, INNOVATION_COLUMNS

_TEXT = "title_id || title_en || summary_id || summary_en || story_id || story_en || url || contact"


def store_versions(conn: sqlite3.Connection, check: InputCheck, source_id: int) -> None:
    """Copy the attached booth file's (`src`) festival, agencies, innovations, survey services."""
    cols = ", ".join(FESTIVAL_COLUMNS)
    conn.execute(
        f"INSERT INTO festival_versions (source_id, {cols}) SELECT ?, {cols} FROM src.festival",
        [source_id],
    )
    edited, own = check.content_edited_at, check.agency_code
    cols = ", ".join(AGENCY_COLUMNS)
    conn.execute(
        f"INSERT INTO agency_versions (source_id, {cols}, own_booth, content_edited_at)"
        f" SELECT ?, {cols}, code IS ?, ? FROM src.agencies",
        [source_id, own, edited],
    )
    cols = ", ".join(INNOVATION_COLUMNS)
    conn.execute(
        f"INSERT INTO innovation_versions (source_id, {cols}, own_booth, content_edited_at)"
        f" SELECT ?, {cols}, agency_code IS ?, ? FROM src.innovations",
        [source_id, own, edited],
    )
    store_survey_versions(conn, source_id)


def choose_versions(conn: sqlite3.Connection) -> None:
    """Rebuild `festival`, `agencies`, `innovations`, `survey_services` from the versions kept."""
    _choose(conn, "festival", "festival_versions", FESTIVAL_COLUMNS, "slug", "imported_at DESC")
    _choose(
        conn,
        "agencies",
        "agency_versions",
        AGENCY_COLUMNS,
        "code",
        "own_booth DESC, coalesce(content_edited_at, '') DESC",
    )
    _choose(
        conn,
        "innovations",
        "innovation_versions",
        INNOVATION_COLUMNS,
        "slug",
        f"own_booth DESC, coalesce(content_edited_at, '') DESC, length({_TEXT}) DESC",
    )
    choose_survey_services(conn)


def _choose(
    conn: sqlite3.Connection,
    table: str,
    versions: str,
    columns: tuple[str, ...],
    key: str,
    preference: str,
) -> None:
    cols = ", ".join(columns)
    extra = "" if table == "festival" else ", versions"
    count = "" if table == "festival" else f", count(*) OVER (PARTITION BY v.{key}) AS versions"
    partition = "" if table == "festival" else f"PARTITION BY v.{key}"
    conn.execute(f"DELETE FROM {table}")
    conn.execute(
        f"INSERT INTO {table} ({cols}, source_id{extra})"
        f" SELECT {cols}, source_id{extra} FROM ("
        f"  SELECT v.*{count}, row_number() OVER ({partition} ORDER BY {preference},"
        f"   s.file_sha256) AS choice"
        f"  FROM {versions} v JOIN sources s ON s.id = v.source_id)"
        f" WHERE choice = 1 ORDER BY {key}"
    )
