from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.storage.export import export_database
from kiosk.storage.receipt import (
    Receipt,
    ReceiptError,
    format_receipt,
    parse_receipt,
    read_receipts,
    receipt_for_export,
)
from tests.results.kiosks import build_kiosk

RECEIPT = Receipt(
    "8f029cd2-1fd1-4f80-aa6f-7176653a91cc",
    "DPUPR",
    12,
    12,
    "a" * 64,
    "b" * 64,
    at="2026-08-20T10:15:00.000Z",
)
OPENING = Receipt(
    RECEIPT.kiosk_id,
    "DPUPR",
    kind="open",
    at="2026-08-18T07:30:00.000Z",
    pack_sha256="c" * 64,
    first_hash="d" * 64,
    booth="A-1 (dekat panggung)",
)
SPOT = Receipt(
    RECEIPT.kiosk_id, "DPUPR", 7, 7, "e" * 64, kind="spot", at="2026-08-19T11:00:00.000Z"
)


def test_format_is_one_line_with_every_field() -> None:
    line = format_receipt(RECEIPT)
    assert line == (
        "GERAI-RECEIPT v2 kind=close kiosk=8f029cd2-1fd1-4f80-aa6f-7176653a91cc agency=DPUPR"
        f" count=12 first_seq=1 last_seq=12 head={'a' * 64} sha256={'b' * 64}"
        " at=2026-08-20T10:15:00.000Z"
    )
    assert "\n" not in line


@pytest.mark.parametrize("receipt", [RECEIPT, OPENING, SPOT], ids=["close", "open", "spot"])
def test_parse_reads_back_what_format_wrote(receipt: Receipt) -> None:
    line = format_receipt(receipt)
    assert parse_receipt(line) == receipt
    assert len(line.split()) == len(line.split("=")) + 1  # one token per field


def test_a_version_1_closing_receipt_still_reads() -> None:
    line = (
        f"GERAI-RECEIPT v1 kiosk={RECEIPT.kiosk_id} agency=DPUPR count=12 last_seq=12"
        f" head={'A' * 64} sha256={'b' * 64}"
    )
    parsed = parse_receipt("Struk: " + line + " printed=2026-08-20")
    assert parsed == Receipt(RECEIPT.kiosk_id, "DPUPR", 12, 12, "a" * 64, "b" * 64)
    assert parsed.kind == "close"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("hello", "not a receipt line"),
        ("GERAI-RECEIPT v3 kiosk=x", "unknown receipt version 'v3'"),
        ("GERAI-RECEIPT v2 kind=audit kiosk=x", "unknown receipt kind 'audit'"),
        ("GERAI-RECEIPT v1 kiosk=x agency=A count=1 last_seq=1", "lacks head, sha256"),
        ("GERAI-RECEIPT v2 kind=open kiosk=x agency=A", "opening receipt lacks booth, pack"),
        (format_receipt(RECEIPT).replace("a" * 64, "a" * 63), "head is not 64 hex"),
        (format_receipt(RECEIPT).replace("count=12", "count=twelve"), "whole numbers"),
        (format_receipt(RECEIPT).replace("count=12", "count=-1"), "cannot be negative"),
    ],
)
def test_parse_says_what_is_wrong(line: str, message: str) -> None:
    with pytest.raises(ReceiptError, match=message):
        parse_receipt(line)


def test_read_receipts_skips_comments_and_names_the_bad_line() -> None:
    text = ["# day 1", "", format_receipt(RECEIPT), "oops"]
    with pytest.raises(ReceiptError, match="line 4"):
        read_receipts(text)
    assert read_receipts(text[:3]) == [RECEIPT]


def test_receipt_for_export_describes_the_exported_file(tmp_path: Path) -> None:
    raw = build_kiosk(tmp_path / "k.sqlite", "DPUPR", 3)
    result = export_database(raw, tmp_path / "e.sqlite")
    receipt = receipt_for_export(result, "DPUPR")
    assert receipt.count == receipt.last_seq == result.chain.count
    assert receipt.head_hash == result.chain.head_hash
    assert receipt.file_sha256 == result.sha256
