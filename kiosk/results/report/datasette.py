"""The Datasette metadata file written next to a merged festival file.

The index page starts with the three tables a jury opens first (ranking,
anomalies, receipts); every table, view and column is described in
Indonesian and English (see datasette_words).
"""

from __future__ import annotations

import json
from contextlib import closing
from html import escape
from pathlib import Path
from typing import Any

from kiosk.results.merge.festival_file import read_festival_file
from kiosk.results.merge.schema import TABLE_DOCS
from kiosk.results.report.datasette_words import COLUMNS, DOCUMENTED_ID, TABLES_ID, VIEWS_EN

FIRST = (  # the jury's first pages, at the top of the index and of the tables' list
    ("ranking", "Peringkat pilihan pengunjung", "People's choice ranking"),
    ("anomalies", "Anomali untuk juri", "Anomalies for the jury"),
    ("receipts", "Struk dan kecocokannya", "Receipts and whether the records match"),
)


def datasette_metadata(
    database: str, festival_name: str = "", columns: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    """Titles and descriptions of every table and column, for `datasette --metadata`.

    `columns` (table or view -> its columns, as in the merged file) adds the
    columns the merge's own documentation leaves out; without it, those it has.
    """
    names = [name for name, _, _ in FIRST]
    names += [n for n in (*TABLE_DOCS, *VIEWS_EN) if n not in names]
    names += [n for n in (columns or {}) if n not in names]
    tables = {name: _table(name, (columns or {}).get(name)) for name in names}
    tables["ranking"]["sort"] = "rank"
    tables["anomalies"]["sort"] = "flag"
    title = (
        f"Gerai: {festival_name}" if festival_name else "Gerai: hasil festival / festival results"
    )
    return {
        "title": title,
        "description_html": _index(database),
        "databases": {database: {"description_html": _index(database), "tables": tables}},
    }


def described(words_id: str, words_en: str) -> str:
    return f"{words_id} / {words_en}"


def _table(name: str, columns: list[str] | None) -> dict[str, Any]:
    english, documented = TABLE_DOCS.get(name, (VIEWS_EN.get(name, ""), {}))
    names = columns if columns is not None else list(documented)
    return {
        "description": described(TABLES_ID.get(name, ""), english),
        "columns": {c: _column(name, c, documented) for c in names},
    }


def _column(table: str, column: str, documented: dict[str, str]) -> str:
    general_id, general_en = COLUMNS.get(column, ("", ""))
    if column in documented:
        return described(DOCUMENTED_ID.get((table, column), general_id), documented[column])
    return described(general_id, general_en)


def _index(database: str) -> str:
    links = "".join(
        f'<li><a href="/{escape(database)}/{name}">{escape(words_id)}</a> / {escape(words_en)}</li>'
        for name, words_id, words_en in FIRST
    )
    return (
        "<p>Berkas stan festival yang digabung: setiap rekaman pengunjung dengan berkas "
        "asalnya, peringkat pilihan pengunjung dan anomali yang ditandai untuk juri. / "
        "The festival's merged booth files: every visitor record with its source file, "
        "the people's-choice ranking and the anomalies flagged for the jury.</p>"
        f"<p>Mulai di sini / Start here:</p><ol>{links}</ol>"
    )


def file_columns(festival_file: Path) -> dict[str, list[str]]:
    """Every table and view of a merged file with its columns, in the file's order."""
    with closing(read_festival_file(festival_file)) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            n: [r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [n])]
            for n in names
        }


def metadata_path(festival_file: Path) -> Path:
    return festival_file.with_name(festival_file.stem + ".metadata.json")


def write_metadata(festival_file: Path, festival_name: str = "") -> Path:
    """Write `<name>.metadata.json` beside the merged file; return its path."""
    path = metadata_path(festival_file)
    data = datasette_metadata(festival_file.stem, festival_name, file_columns(festival_file))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
