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

RECEIPT = Receipt("8f029cd2-1fd1-4f80-aa6f-7176653a91cc", "DPUPR", 12, 12, "a" * 64, "b" * 64)


def test_format_is_one_line_with_every_field() -> None:
    line = format_receipt(RECEIPT)
    assert line == (
        "GERAI-RECEIPT v1 kiosk=8f029cd2-1fd1-4f80-aa6f-7176653a91cc agency=DPUPR count=12"
        f" last_seq=12 head={'a' * 64} sha256={'b' * 64}"
    )
    assert "\n" not in line


def test_parse_reads_back_what_format_wrote() -> None:
    assert parse_receipt(format_receipt(RECEIPT)) == RECEIPT


def test_parse_tolerates_text_around_it_and_extra_keys() -> None:
    line = "Struk: " + format_receipt(RECEIPT).upper().replace(
        "GERAI-RECEIPT V1", "GERAI-RECEIPT v1"
    )
    line = (
        line.replace("KIOSK=", "kiosk=").replace("AGENCY=", "agency=").replace("COUNT=", "count=")
    )
    line = (
        line.replace("LAST_SEQ=", "last_seq=")
        .replace("HEAD=", "head=")
        .replace("SHA256=", "sha256=")
    )
    parsed = parse_receipt(line + " printed=2026-08-20")
    assert parsed.head_hash == "a" * 64
    assert parsed.kiosk_id == RECEIPT.kiosk_id.upper()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("hello", "not a receipt line"),
        ("GERAI-RECEIPT v2 kiosk=x", "unknown receipt version v2"),
        ("GERAI-RECEIPT v1 kiosk=x agency=A count=1 last_seq=1", "lacks head, sha256"),
        (format_receipt(RECEIPT).replace("a" * 64, "a" * 63), "head is not 64 hex"),
        (format_receipt(RECEIPT).replace("count=12", "count=twelve"), "whole numbers"),
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
