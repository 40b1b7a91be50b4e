"""The Datasette metadata file written next to a merged festival file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.results.merge.schema import TABLE_DOCS


def datasette_metadata(database: str, festival_name: str = "") -> dict[str, Any]:
    """Titles and descriptions of every table and column, for `datasette --metadata`."""
    tables: dict[str, dict[str, Any]] = {
        name: {"description": description, "columns": columns}
        for name, (description, columns) in TABLE_DOCS.items()
    }
    tables["ranking"]["sort"] = "rank"
    tables["anomalies"]["sort"] = "flag"
    title = f"Gerai: {festival_name}" if festival_name else "Gerai: festival results"
    return {
        "title": title,
        "description": "Merged booth files of the festival: every visitor record with its "
        "source file, the people's-choice ranking and the anomalies flagged for the jury.",
        "databases": {database: {"tables": tables}},
    }


def metadata_path(festival_file: Path) -> Path:
    return festival_file.with_name(festival_file.stem + ".metadata.json")


def write_metadata(festival_file: Path, festival_name: str = "") -> Path:
    """Write `<name>.metadata.json` beside the merged file; return its path."""
    path = metadata_path(festival_file)
    data = datasette_metadata(festival_file.stem, festival_name)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
