"""The organizers' pack in the merged festival file: the one source of rules and owners.

Festival dates, opening hours, voting rules, the agencies, the innovations
and which agency owns each come from the pack the organizers issued, never
from a booth file. The pack is given once (`kiosk merge --pack`) and kept in
the festival file (`organizers_pack`), so later merges check against it
without repeating it. A booth file records the SHA-256 of the pack it
imported; its content is compared with the pack's and every difference
beyond what staff may edit is named, never applied.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.pack.errors import PackError
from kiosk.pack.format import load_pack
from kiosk.results.errors import MergeError
from kiosk.storage.content import EDITABLE_INNOVATION_COLUMNS, ContentRows, content_rows
from kiosk.storage.database import utc_iso
from kiosk.storage.schema import AGENCY_COLUMNS, FESTIVAL_COLUMNS, INNOVATION_COLUMNS

# A booth may differ from the pack only where staff edit content (audited).
_FESTIVAL_RULES = tuple(
    c for c in FESTIVAL_COLUMNS if c not in ("pack_sha256", "imported_at", "sample_data")
)
_AGENCY_FACTS = tuple(c for c in AGENCY_COLUMNS if c not in ("map_x", "map_y"))
_INNOVATION_FACTS = tuple(c for c in INNOVATION_COLUMNS if c not in EDITABLE_INNOVATION_COLUMNS)
_SHOWN = 8  # differences named one by one; the rest counted


@dataclass(frozen=True)
class OrganizersPack:
    sha256: str
    rows: ContentRows

    @property
    def slug(self) -> str:
        return str(self.rows.festival["slug"])

    @property
    def owners(self) -> dict[str, str]:
        """innovation slug -> the agency that owns it."""
        return {i["slug"]: i["agency_code"] for i in self.rows.innovations}


def load_organizers_pack(path: str | Path) -> OrganizersPack:
    """Read and check the organizers' pack (folder or zip), as a booth would import it."""
    try:
        pack = load_pack(path)
    except PackError as exc:
        problems = "; ".join(exc.problems[:3])
        raise MergeError(f"--pack {path}: not a usable festival pack: {problems}") from None
    pack.close()
    return OrganizersPack(pack.sha256, content_rows(pack.festival, pack.sha256))


def settle_pack(
    conn: sqlite3.Connection, given: OrganizersPack | None, path: str | Path | None
) -> OrganizersPack | None:
    """The pack this merge checks against: the one given, or the one the file keeps.

    A festival file holds one pack for good: another pack is refused, so two
    merges into one file can never be judged by different rules.
    """
    row = conn.execute("SELECT sha256, content, path FROM organizers_pack").fetchone()
    stored = OrganizersPack(row[0], ContentRows(**json.loads(row[1]))) if row else None
    if given is None:
        return stored
    if stored is not None and stored.sha256 != given.sha256:
        raise MergeError(
            f"--pack {path} is pack {given.sha256[:12]}, but this festival file was merged"
            f" against pack {stored.sha256[:12]} ({row[2]}): give that pack, or merge into"
            " a new --out"
        )
    if stored is None:
        content = json.dumps(asdict(given.rows), ensure_ascii=False, default=_no_bytes)
        conn.execute(
            "INSERT INTO organizers_pack VALUES (?, ?, ?, ?, ?)",
            [given.sha256, given.slug, str(path), utc_iso(), content],
        )
    return given


def _no_bytes(value: Any) -> None:
    return None  # the logo: the festival file keeps no images


def apply_pack(conn: sqlite3.Connection, pack: OrganizersPack) -> None:
    """Rewrite the festival file's content tables from the pack alone."""
    rows = pack.rows
    for table in ("festival", "agencies", "innovations", "survey_services"):
        conn.execute(f"DELETE FROM {table}")
    _insert(conn, "festival", FESTIVAL_COLUMNS, [rows.festival])
    _insert(conn, "agencies", AGENCY_COLUMNS, rows.agencies)
    _insert(conn, "innovations", INNOVATION_COLUMNS, rows.innovations)
    enabled = {a["code"]: a["survey_enabled"] for a in rows.agencies}
    services = [s | {"survey_enabled": enabled[s["agency_code"]]} for s in rows.survey_services]
    cols = (*next(iter(services), {"survey_enabled": 0}).keys(),)
    if services:
        _insert(conn, "survey_services", cols, services)
    for table, versions, key in (
        ("agencies", "agency_versions", "code"),
        ("innovations", "innovation_versions", "slug"),
    ):
        conn.execute(
            f"UPDATE {table} SET versions = (SELECT count(*) FROM {versions} v"
            f" WHERE v.{key} = {table}.{key})"
        )


def _insert(
    conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: list[dict[str, Any]]
) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    conn.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", [[r[c] for c in columns] for r in rows]
    )


def differences(conn: sqlite3.Connection, pack: OrganizersPack) -> list[str]:
    """How the attached booth file's (`src`) content differs from the pack, beyond staff edits."""
    found: list[str] = []
    festival = conn.execute(f"SELECT {', '.join(_FESTIVAL_RULES)} FROM src.festival").fetchone()
    if festival is None:
        return ["the file holds no festival row"]
    for column, value in zip(_FESTIVAL_RULES, festival, strict=True):
        _compare(found, f"festival {column}", value, pack.rows.festival[column])
    _compare_rows(found, conn, "agency", "agencies", "code", _AGENCY_FACTS, pack.rows.agencies)
    _compare_rows(
        found, conn, "innovation", "innovations", "slug", _INNOVATION_FACTS, pack.rows.innovations
    )
    if len(found) > _SHOWN:
        found[_SHOWN:] = [f"and {len(found) - _SHOWN} more"]
    return found


def _compare_rows(
    found: list[str],
    conn: sqlite3.Connection,
    noun: str,
    table: str,
    key: str,
    columns: tuple[str, ...],
    truth: list[dict[str, Any]],
) -> None:
    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM src.{table}")
    booth = {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}
    expected = {row[key]: row for row in truth}
    for name in sorted(expected.keys() - booth.keys()):
        found.append(f"{noun} {name} of the pack is missing")
    for name in sorted(booth.keys() - expected.keys(), key=str):
        found.append(f"{noun} {name} is not in the pack")
    for name in sorted(booth.keys() & expected.keys()):
        for column in columns[1:]:
            _compare(found, f"{noun} {name} {column}", booth[name][column], expected[name][column])


def _compare(found: list[str], what: str, value: Any, truth: Any) -> None:
    if value != truth and not (_number(value) and _number(truth) and float(value) == truth):
        found.append(f"{what} is {_show(value)} in this file, {_show(truth)} in the pack")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _show(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."
