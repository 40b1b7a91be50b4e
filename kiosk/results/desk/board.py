"""The board of booths: every booth of the organizers' pack and where its hand-over stands.

Read from the festival file the merge writes (`sources`, `kiosks`, `receipts`)
and from the receipts the desk holds that no merge has used yet. One row per
agency of the pack, in the pack's order, plus one row per file that names no
booth (not a booth file, damaged before its kiosk could be read).

States, in the order a hand-over goes through them:

- `waiting`: no file of the booth yet (perhaps a receipt already, `receipts`);
- `file_in`: its records are merged; no closing receipt confirms them yet;
- `receipted`: merged, and its closing receipt matches (`kiosks.closing_receipt`);
- `problem`: a file or a receipt of the booth needs the organizers; `status` names
  the merge status (kiosk.results.merge.statuses) or `receipt_<status>` of a receipt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.text import escape_controls
from kiosk.results.merge.festival_file import read_festival_file
from kiosk.results.merge.receipts import CONFIRMED, INCOMPLETE, MISMATCH
from kiosk.results.merge.statuses import CLEAN, NO_RECEIPT, STATUSES
from kiosk.storage.receipt import Receipt

WAITING = "waiting"
FILE_IN = "file_in"
RECEIPTED = "receipted"
PROBLEM = "problem"

# A problem status, worst first: what of the file counts ("none" before "part" before "all").
_WEIGHT = {"none": 0, "part": 1, "all": 2}
_BAD_CLOSING = (MISMATCH, INCOMPLETE)  # kiosks.closing_receipt that is a problem


@dataclass(frozen=True)
class BoothRow:
    code: str  # agency code ("" for a file that names no booth)
    name: str  # agency name, or the file's name
    booth: str  # the booth's label on the square, e.g. "A3"
    state: str  # WAITING | FILE_IN | RECEIPTED | PROBLEM
    status: str  # the status behind a problem (or no_receipt / accepted), "" when waiting
    detail: str  # the merge's or the receipt check's own words (English)
    arrived: str  # when its first file was merged: UTC ISO, "" when none
    arrived_local: str  # the same in the festival's time zone, "dd/mm HH.MM"
    files: int
    records: int
    receipts: int  # receipts of this booth the desk holds (merged or waiting for a file)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_board(
    festival_file: Path,
    agencies: Sequence[dict[str, Any]],
    waiting_receipts: Iterable[Receipt] = (),
    timezone: str = "Asia/Jakarta",
) -> list[BoothRow]:
    """The board: `agencies` are the pack's (code, name, booth), `waiting_receipts` the
    receipts the desk holds, whether a merge used them yet or not."""
    held: dict[str, int] = {}
    for receipt in set(waiting_receipts):
        held[receipt.agency_code] = held.get(receipt.agency_code, 0) + 1
    sources: list[sqlite3.Row] = []
    receipts: list[sqlite3.Row] = []
    kiosks: list[sqlite3.Row] = []
    if festival_file.exists() and festival_file.stat().st_size > 0:
        with closing(read_festival_file(festival_file)) as conn:
            sources = conn.execute(
                "SELECT path, agency_code, status, detail, records_added, merged_at"
                " FROM sources ORDER BY id"
            ).fetchall()
            receipts = conn.execute(
                "SELECT kind, kiosk_id, agency_code, status, detail FROM receipts ORDER BY rowid"
            ).fetchall()
            kiosks = conn.execute(
                "SELECT kiosk_id, agency_code, records, closing_receipt FROM kiosks"
            ).fetchall()
    zone = _zone(timezone)
    rows = []
    for agency in agencies:
        code = str(agency["code"])
        mine = [k for k in kiosks if k["agency_code"] == code]
        ids = {k["kiosk_id"] for k in mine}
        rows.append(
            _booth_row(
                agency,
                [s for s in sources if s["agency_code"] == code],
                # A receipt naming another agency for this booth's kiosk is this booth's too.
                [r for r in receipts if r["agency_code"] == code or r["kiosk_id"] in ids],
                mine,
                held.get(code, 0),
                zone,
            )
        )
    known = {str(a["code"]) for a in agencies}
    for source in sources:
        if source["agency_code"] not in known:
            rows.append(_stray_row(source, zone))
    return rows


def _booth_row(
    agency: dict[str, Any],
    sources: list[sqlite3.Row],
    receipts: list[sqlite3.Row],
    kiosks: list[sqlite3.Row],
    held: int,
    zone: ZoneInfo,
) -> BoothRow:
    arrived = min((str(s["merged_at"]) for s in sources), default="")
    state, status, detail = _state(sources, receipts, kiosks)
    return BoothRow(
        code=str(agency["code"]),
        name=str(agency["name"]),
        booth=str(agency.get("booth") or ""),
        state=state,
        status=status,
        detail=escape_controls(detail),
        arrived=arrived,
        arrived_local=_local(arrived, zone),
        files=len(sources),
        records=sum(int(k["records"]) for k in kiosks),
        receipts=max(held, len(receipts)),
    )


def _state(
    sources: list[sqlite3.Row], receipts: list[sqlite3.Row], kiosks: list[sqlite3.Row]
) -> tuple[str, str, str]:
    problems = [s for s in sources if s["status"] not in CLEAN and s["status"] != NO_RECEIPT]
    if problems:
        worst = min(problems, key=lambda s: _WEIGHT[STATUSES[s["status"]].counted])
        return PROBLEM, str(worst["status"]), str(worst["detail"])
    bad = [r for r in receipts if r["status"] not in (CONFIRMED, "")]
    if sources and bad:
        return PROBLEM, f"receipt_{bad[0]['status']}", f"{bad[0]['kind']}: {bad[0]['detail']}"
    closing = [k["closing_receipt"] for k in kiosks if k["closing_receipt"] in _BAD_CLOSING]
    if sources and closing:
        return PROBLEM, f"receipt_{closing[0]}", "the kiosk's closing receipt does not match"
    if not sources:
        return WAITING, "", ""
    if kiosks and all(k["closing_receipt"] == CONFIRMED for k in kiosks):
        return RECEIPTED, "accepted", ""
    return FILE_IN, NO_RECEIPT, STATUSES[NO_RECEIPT].meaning


def _stray_row(source: sqlite3.Row, zone: ZoneInfo) -> BoothRow:
    """A file that names no booth of the pack: its name and what the merge found."""
    arrived = str(source["merged_at"])
    return BoothRow(
        code=escape_controls(str(source["agency_code"] or "")),
        name=escape_controls(Path(str(source["path"])).name),
        booth="",
        state=PROBLEM,
        status=str(source["status"]),
        detail=escape_controls(str(source["detail"])),
        arrived=arrived,
        arrived_local=_local(arrived, zone),
        files=1,
        records=0,
        receipts=0,
    )


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Asia/Jakarta")


def _local(utc: str, zone: ZoneInfo) -> str:
    if not utc:
        return ""
    moment = datetime.fromisoformat(utc.replace("Z", "+00:00")).astimezone(zone)
    return moment.strftime("%d/%m %H.%M")
