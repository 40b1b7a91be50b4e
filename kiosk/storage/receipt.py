"""The closing receipt: one line of text (and its QR code) an organizer photographs.

The staff-mode export screen prints it with `format_receipt`; the organizers'
merge reads it back with `parse_receipt` and checks the files against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.storage.export import ExportResult

PREFIX = "GERAI-RECEIPT"
VERSION = "v1"
FIELDS = ("kiosk", "agency", "count", "last_seq", "head", "sha256")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class ReceiptError(ValueError):
    """A receipt line that cannot be read; the message says what is wrong."""


@dataclass(frozen=True)
class Receipt:
    """What a kiosk said about its file when it was handed over."""

    kiosk_id: str
    agency_code: str
    count: int  # visitor records in the file
    last_seq: int  # sequence number of the last record
    head_hash: str  # hash of the last record: the whole chain hangs on it
    file_sha256: str  # SHA-256 of the exported file

    def line(self) -> str:
        return format_receipt(self)


def format_receipt(receipt: Receipt) -> str:
    """The receipt as one line, e.g. `GERAI-RECEIPT v1 kiosk=... agency=DPUPR count=12 ...`."""
    return (
        f"{PREFIX} {VERSION} kiosk={receipt.kiosk_id} agency={receipt.agency_code}"
        f" count={receipt.count} last_seq={receipt.last_seq}"
        f" head={receipt.head_hash} sha256={receipt.file_sha256}"
    )


def parse_receipt(line: str) -> Receipt:
    """Read one receipt line back; text before `GERAI-RECEIPT` and unknown keys are ignored."""
    start = line.find(PREFIX)
    if start < 0:
        raise ReceiptError(f"not a receipt line (no {PREFIX}): {line.strip()[:60]!r}")
    tokens = line[start:].split()
    if len(tokens) < 2 or tokens[1] != VERSION:
        raise ReceiptError(f"unknown receipt version {tokens[1] if len(tokens) > 1 else '?'}")
    values = dict(t.split("=", 1) for t in tokens[2:] if "=" in t)
    missing = [f for f in FIELDS if not values.get(f)]
    if missing:
        raise ReceiptError(f"receipt lacks {', '.join(missing)}")
    for key in ("head", "sha256"):
        if not _HEX64.match(values[key].lower()):
            raise ReceiptError(f"receipt {key} is not 64 hex digits")
    try:
        count, last_seq = int(values["count"]), int(values["last_seq"])
    except ValueError as exc:
        raise ReceiptError("receipt count and last_seq must be whole numbers") from exc
    return Receipt(
        values["kiosk"],
        values["agency"],
        count,
        last_seq,
        values["head"].lower(),
        values["sha256"].lower(),
    )


def read_receipts(lines: Iterable[str]) -> list[Receipt]:
    """Every receipt in a text; blank lines and `#` comments are skipped."""
    receipts = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            receipts.append(parse_receipt(text))
        except ReceiptError as exc:
            raise ReceiptError(f"line {number}: {exc}") from exc
    return receipts


def read_receipts_file(path: str | Path) -> list[Receipt]:
    with open(path, encoding="utf-8") as f:
        return read_receipts(f)


def receipt_for_export(result: ExportResult, agency_code: str) -> Receipt:
    """The receipt for a file `kiosk.storage.export.export_database` has just written."""
    chain = result.chain
    return Receipt(
        chain.kiosk_id or "",
        agency_code,
        chain.count,
        chain.last_seq,
        chain.head_hash,
        result.sha256,
    )
