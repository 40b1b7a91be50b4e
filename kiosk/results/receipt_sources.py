"""Receipts given to the merge: text files (placeholder until photos are read too)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.storage.receipt import Receipt, ReceiptError, parse_receipt


@dataclass(frozen=True)
class FoundReceipt:
    receipt: Receipt
    origin: str


@dataclass
class GatheredReceipts:
    found: list[FoundReceipt] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def gather_receipts(paths: Sequence[Path]) -> GatheredReceipts:
    gathered = GatheredReceipts()
    for path in paths:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            try:
                gathered.found.append(FoundReceipt(parse_receipt(text), f"{path}:{number}"))
            except ReceiptError as exc:
                gathered.problems.append(f"{path}:{number}: {exc}")
    return gathered
