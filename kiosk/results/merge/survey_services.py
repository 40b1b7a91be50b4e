"""The SKM services of every agency in the merged file, kept per booth file like the content.

The services shown are those of the booth file whose agency row was chosen
(see `content.choose_versions`), so an agency's services and name always
come from the same file. Booth files made before the survey existed simply
carry none.
"""

from __future__ import annotations

import sqlite3

from kiosk.storage.schema import SERVICE_COLUMNS, SURVEYS_VIEW

DDL = f"""
CREATE TABLE IF NOT EXISTS survey_service_versions (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    {", ".join(SERVICE_COLUMNS)},
    survey_enabled INTEGER NOT NULL,
    PRIMARY KEY (agency_code, code, source_id)
);
CREATE TABLE IF NOT EXISTS survey_services (
    {", ".join(SERVICE_COLUMNS)},
    survey_enabled INTEGER NOT NULL,
    source_id INTEGER,
    PRIMARY KEY (agency_code, code)
);
{SURVEYS_VIEW.sql(festival=True)}"""

TABLE_DOCS: dict[str, tuple[str, dict[str, str]]] = {
    "survey_service_versions": (
        "Each booth file's list of the services its agencies ask about in the SKM.",
        {"population": "yearly service users (for the Krejcie-Morgan sample size), or empty"},
    ),
    "survey_services": (
        "Services of the satisfaction survey (SKM), from the file whose agency row is shown.",
        {
            "survey_enabled": "1 if the agency's booth offers the survey",
            "population": "yearly service users (for the Krejcie-Morgan sample size), or empty",
        },
    ),
}


def create_survey_tables(conn: sqlite3.Connection) -> None:
    """Add the survey tables to a merged file (new, or made before the survey existed)."""
    conn.executescript(DDL)


def store_survey_versions(conn: sqlite3.Connection, source_id: int) -> None:
    """Copy the attached booth file's (`src`) survey services, if it has any."""
    tables = {r[0] for r in conn.execute("SELECT name FROM src.sqlite_master WHERE type='table'")}
    if "survey_services" not in tables:
        return
    cols = ", ".join(f"s.{c}" for c in SERVICE_COLUMNS)
    conn.execute(
        f"INSERT INTO survey_service_versions (source_id, {', '.join(SERVICE_COLUMNS)},"
        f" survey_enabled) SELECT ?, {cols}, coalesce(a.survey_enabled, 0)"
        " FROM src.survey_services s JOIN src.agencies a ON a.code = s.agency_code",
        [source_id],
    )


def choose_survey_services(conn: sqlite3.Connection) -> None:
    """Rebuild `survey_services` from the versions of each agency's chosen source."""
    cols = ", ".join(SERVICE_COLUMNS)
    conn.execute("DELETE FROM survey_services")
    conn.execute(
        f"INSERT INTO survey_services ({cols}, survey_enabled, source_id)"
        f" SELECT {', '.join(f'v.{c}' for c in SERVICE_COLUMNS)}, v.survey_enabled, v.source_id"
        " FROM survey_service_versions v"
        " JOIN agencies a ON a.code = v.agency_code AND a.source_id = v.source_id"
        " ORDER BY v.agency_code, v.sort_order, v.code"
    )
