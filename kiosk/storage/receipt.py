"""Receipts: one line of text (and its QR code) an organizer photographs at a booth.

Three kinds, one form (`GERAI-RECEIPT v2 kind=... key=value ...`):

- **open** (at set-up): kiosk id, agency, booth, the pack's SHA-256 and the
  hash of the kiosk's first record. Opening receipts form the organizers'
  roster: each kiosk id is bound to one agency and one chain start.
- **spot** (any moment during the festival): count, last sequence and head
  hash. A chain rewritten after a spot check no longer holds that head.
- **close** (at hand-over, written by the staff export and `kiosk export`):
  count, first and last sequence, head hash and the exported file's SHA-256.

Staff mode shows them; `kiosk merge --receipts` reads them back with
`parse_receipt` and checks the files against them. Version 1 lines (closing
receipts printed before opening and spot receipts existed) still read.

The QR code carries the same facts in a compact form (`compact_receipt`,
`GR3:` then base45 over a binary layout, RFC 9285): QR alphanumeric mode, so a
closing receipt fits a version 7 code (45 x 45 modules) instead of version 11,
and a hurried phone photo across the booth table still reads.
"""

from __future__ import annotations

import io
import os
import re
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from urllib.parse import quote, unquote

from base45 import b45decode, b45encode

from kiosk.domain.clock import Clock, SystemClock
from kiosk.storage.content import booth_agency
from kiosk.storage.database import BoothDatabase, kiosk_id_of, utc_iso
from kiosk.storage.export import ExportResult, sync_folder
from kiosk.storage.records import RecordLog

PREFIX = "GERAI-RECEIPT"
VERSION = "v2"
KINDS = ("open", "spot", "close")
ReceiptKind = Literal["open", "spot", "close"]

_FIELDS: dict[str, tuple[str, ...]] = {
    "open": ("kiosk", "agency", "booth", "pack", "first", "at"),
    "spot": ("kiosk", "agency", "count", "last_seq", "head", "at"),
    "close": ("kiosk", "agency", "count", "first_seq", "last_seq", "head", "sha256", "at"),
}
_V1_FIELDS = ("kiosk", "agency", "count", "last_seq", "head", "sha256")
_HEX = ("head", "sha256", "pack", "first")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_NUMBER = 2**63 - 1  # SQLite's largest integer: no chain gets near it
KIND_NAMES = {"open": "opening", "spot": "spot-check", "close": "closing"}
NO_AGENCY = "TANPA-OPD"  # the agency field of a kiosk no staff member has set up yet


class ReceiptError(ValueError):
    """A receipt line that cannot be read; the message says what is wrong."""


@dataclass(frozen=True)
class Receipt:
    """What a kiosk showed about itself at one moment, for an organizer's camera."""

    kiosk_id: str
    agency_code: str
    count: int = 0  # visitor records in the file (spot, close)
    last_seq: int = 0  # sequence number of the last record (spot, close)
    head_hash: str = ""  # hash of the last record: the whole chain hangs on it
    file_sha256: str = ""  # SHA-256 of the exported file (close)
    kind: ReceiptKind = "close"
    first_seq: int = 1  # sequence number of the first record in the file (close)
    at: str = ""  # when the kiosk showed it (UTC ISO 8601); empty on v1 receipts
    pack_sha256: str = ""  # the festival pack installed (open)
    first_hash: str = ""  # hash of record 1: where the kiosk's chain starts (open)
    booth: str = ""  # the agency's booth, as the pack names it (open)

    def line(self) -> str:
        return format_receipt(self)

    @property
    def qr_text(self) -> str:
        """What its QR code carries: the compact form, or the line if a field will not fit it."""
        return compact_receipt(self) or self.line()

    @property
    def name(self) -> str:
        """ "closing receipt of kiosk 1a2b3c4d at 2026-08-20T10:15:00Z", for messages."""
        when = f" at {self.at}" if self.at else ""
        return f"{KIND_NAMES[self.kind]} receipt of kiosk {self.kiosk_id[:8]}{when}"


def format_receipt(receipt: Receipt) -> str:
    """The receipt as one line, e.g. `GERAI-RECEIPT v2 kind=close kiosk=... agency=DPUPR ...`."""
    values = {
        "kiosk": receipt.kiosk_id,
        "agency": receipt.agency_code,
        "booth": receipt.booth,
        "pack": receipt.pack_sha256,
        "first": receipt.first_hash,
        "count": str(receipt.count),
        "first_seq": str(receipt.first_seq),
        "last_seq": str(receipt.last_seq),
        "head": receipt.head_hash,
        "sha256": receipt.file_sha256,
        "at": receipt.at,
    }
    fields = " ".join(f"{k}={_quote(values[k])}" for k in _FIELDS[receipt.kind])
    return f"{PREFIX} {VERSION} kind={receipt.kind} {fields}"


def _quote(value: str) -> str:
    """Spaces, `=` and anything outside printable ASCII percent-encoded: one token per field."""
    return quote(value, safe="-_.:~+/") or "-"


def parse_receipt(line: str) -> Receipt:
    """Read one receipt line (or a QR code's compact form) back; text before
    `GERAI-RECEIPT` and unknown keys are ignored."""
    if line.strip().startswith(COMPACT_PREFIX):
        return _parse_compact(line.strip()[len(COMPACT_PREFIX) :])
    start = line.find(PREFIX)
    if start < 0:
        raise ReceiptError(f"not a receipt line (no {PREFIX}): {line.strip()[:60]!r}")
    tokens = line[start:].split()
    version = tokens[1] if len(tokens) > 1 else "?"
    if version not in ("v1", VERSION):
        raise ReceiptError(f"unknown receipt version {version[:12]!r}")
    values = {k: unquote(v) for k, v in (t.split("=", 1) for t in tokens[2:] if "=" in t)}
    kind = values.get("kind", "close") if version == VERSION else "close"
    if kind not in KINDS:
        raise ReceiptError(f"unknown receipt kind {kind[:12]!r}")
    required = _FIELDS[kind] if version == VERSION else _V1_FIELDS
    missing = [f for f in required if not values.get(f) or (values[f] == "-" and f != "booth")]
    if missing:
        raise ReceiptError(f"{KIND_NAMES[kind]} receipt lacks {', '.join(missing)}")
    for key in _HEX:
        if key in required and not _HEX64.match(values[key].lower()):
            raise ReceiptError(f"receipt {key} is not 64 hex digits")
    try:
        numbers = {k: int(values.get(k, "0")) for k in ("count", "first_seq", "last_seq")}
    except ValueError as exc:
        raise ReceiptError("receipt count and sequence numbers must be whole numbers") from exc
    if min(numbers.values()) < 0:
        raise ReceiptError("receipt count and sequence numbers cannot be negative")
    if max(numbers.values()) > MAX_NUMBER:
        raise ReceiptError(f"receipt number {max(numbers.values())} is beyond any kiosk's")
    return Receipt(
        values["kiosk"],
        values["agency"],
        numbers["count"],
        numbers["last_seq"],
        values.get("head", "").lower(),
        values.get("sha256", "").lower(),
        kind,  # type: ignore[arg-type]  # checked against KINDS above
        numbers["first_seq"] if "first_seq" in values else 1,
        values.get("at", ""),
        values.get("pack", "").lower(),
        values.get("first", "").lower(),
        "" if values.get("booth") == "-" else values.get("booth", ""),
    )


COMPACT_PREFIX = "GR3:"  # a receipt's QR code: version 3 of the form, compact
_KIND_BYTES: tuple[ReceiptKind, ...] = ("open", "spot", "close")


def compact_receipt(receipt: Receipt) -> str | None:
    """The receipt's facts for its QR code, or None when one will not fit the binary form
    (a kiosk id that is not a UUID, a time not in the files' one format).

    Layout: kind (1 byte), kiosk id (16), time in ms since 1970 (varint, 0: none),
    agency (length + UTF-8); then per kind: open: booth (length + UTF-8), pack
    SHA-256 (32), first record's hash (32); spot: count, last sequence (varints),
    head hash (32); close: count, first and last sequence (varints), head hash,
    file SHA-256 (32 each).
    """
    try:
        kiosk = uuid.UUID(receipt.kiosk_id).bytes
        when = _ms(receipt.at)
        out = bytearray([_KIND_BYTES.index(receipt.kind)])
        out += kiosk + _varint(when) + _text(receipt.agency_code)
        if receipt.kind == "open":
            out += _text(receipt.booth) + _digest(receipt.pack_sha256) + _digest(receipt.first_hash)
        elif receipt.kind == "spot":
            out += _varint(receipt.count) + _varint(receipt.last_seq) + _digest(receipt.head_hash)
        else:
            out += _varint(receipt.count) + _varint(receipt.first_seq)
            out += _varint(receipt.last_seq) + _digest(receipt.head_hash)
            out += _digest(receipt.file_sha256)
    except ValueError:
        return None
    encoded: bytes = b45encode(bytes(out))
    return COMPACT_PREFIX + encoded.decode("ascii")


def _parse_compact(text: str) -> Receipt:
    try:
        data: bytes = b45decode(text)
    except ValueError as exc:
        raise ReceiptError(f"a compact receipt that cannot be decoded ({exc})") from exc
    reader = _Bytes(data)
    kind_byte = reader.take(1)[0]
    if kind_byte >= len(_KIND_BYTES):
        raise ReceiptError(f"unknown compact receipt kind {kind_byte}")
    kind = _KIND_BYTES[kind_byte]
    kiosk = str(uuid.UUID(bytes=reader.take(16)))
    when, agency = reader.varint(), reader.text()
    try:
        at = utc_iso(datetime.fromtimestamp(when / 1000, UTC)) if when else ""
    except (OverflowError, OSError, ValueError) as exc:
        raise ReceiptError("a compact receipt whose time is beyond any calendar") from exc
    if kind == "open":
        booth, pack, first = reader.text(), reader.take(32).hex(), reader.take(32).hex()
        receipt = Receipt(
            kiosk, agency, kind=kind, at=at, pack_sha256=pack, first_hash=first, booth=booth
        )
    elif kind == "spot":
        count, last = reader.varint(), reader.varint()
        receipt = Receipt(kiosk, agency, count, last, reader.take(32).hex(), kind=kind, at=at)
    else:
        count, first_seq, last = reader.varint(), reader.varint(), reader.varint()
        head, sha = reader.take(32).hex(), reader.take(32).hex()
        receipt = Receipt(kiosk, agency, count, last, head, sha, kind, first_seq, at)
    if not reader.done:
        raise ReceiptError("a compact receipt with bytes after its last field")
    if max(receipt.count, receipt.first_seq, receipt.last_seq) > MAX_NUMBER:
        raise ReceiptError("receipt number is beyond any kiosk's")
    if not agency:
        raise ReceiptError(f"{KIND_NAMES[kind]} receipt lacks agency")
    return receipt


def _ms(at: str) -> int:
    if not at:
        return 0
    moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    if utc_iso(moment) != at:
        raise ValueError(f"not the files' time format: {at}")
    return round(moment.timestamp() * 1000)


def _varint(n: int) -> bytes:
    """LEB128: seven bits a byte, low first; most numbers on a receipt take two or three."""
    if n < 0:
        raise ValueError("negative")
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)


def _text(value: str) -> bytes:
    data = value.encode("utf-8")
    return _varint(len(data)) + data


def _digest(value: str) -> bytes:
    if not _HEX64.match(value):
        raise ValueError("not a SHA-256 in hex")
    return bytes.fromhex(value)


class _Bytes:
    """Reads a compact receipt's fields; running short is a ReceiptError."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    @property
    def done(self) -> bool:
        return self.at == len(self.data)

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise ReceiptError("a compact receipt cut short")
        part = self.data[self.at : self.at + n]
        self.at += n
        return part

    def varint(self) -> int:
        n, shift = 0, 0
        while True:
            byte = self.take(1)[0]
            n |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return n
            shift += 7
            if shift > 70:
                raise ReceiptError("a compact receipt number is too long")

    def text(self) -> str:
        length = self.varint()
        try:
            return self.take(length).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ReceiptError("a compact receipt text is not UTF-8") from exc


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


def receipt_for_export(result: ExportResult, agency_code: str = "", at: str = "") -> Receipt:
    """The closing receipt for a file `kiosk.storage.export.export_database` has just written.

    Without `agency_code`, the agency the exported copy names (read without writing to it).
    """
    chain = result.chain
    return Receipt(
        chain.kiosk_id or "",
        agency_code or _agency_in(result.path) or NO_AGENCY,
        chain.count,
        chain.last_seq,
        chain.head_hash,
        result.sha256,
        kind="close",
        first_seq=1 if chain.count else 0,
        at=at or utc_iso(),
    )


def _agency_in(path: Path) -> str:
    """The booth's agency in an exported copy (a single file: opened immutable, untouched)."""
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro&immutable=1", uri=True)
    try:
        row = conn.execute("SELECT agency_code FROM kiosk WHERE id = 1").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else ""


def receipt_qr_png(receipt: Receipt, box_size: int = 6) -> bytes:
    """The receipt line as a QR code PNG (for saving beside the export, or printing)."""
    import qrcode  # here: the kiosk's start-up does not wait for qrcode and Pillow

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size)
    code.add_data(receipt.qr_text)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image().save(out)
    return out.getvalue()


@dataclass(frozen=True)
class ReceiptFiles:
    text: Path  # NAME.receipt.txt: the line
    qr: Path  # NAME.receipt.png: the line as a QR code


def write_receipt_files(receipt: Receipt, beside: Path) -> ReceiptFiles:
    """Write the receipt next to the file it describes: `NAME.receipt.txt` and `.png`.

    The one writer for the staff hand-over and `kiosk export`, so both leave the same
    two files on the stick. A disk that refuses them raises `OSError`.
    """
    files = ReceiptFiles(beside.with_suffix(".receipt.txt"), beside.with_suffix(".receipt.png"))
    _write_whole(files.text, (receipt.line() + "\n").encode("utf-8"))
    _write_whole(files.qr, receipt_qr_png(receipt))
    return files


def _write_whole(path: Path, data: bytes) -> None:
    """All of `data` at `path`, or nothing: a full or pulled stick leaves no half receipt
    (the `.NAME.partial` name is the one `export.remove_leftovers` knows)."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())  # on the stick itself, not in a cache, before it counts
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    sync_folder(path.parent)  # the new name too: after this the stick may be pulled out


OPENED = "opened"  # the record an opening receipt writes when the chain is still empty


def opening_receipt(db: BoothDatabase, clock: Clock | None = None) -> Receipt:
    """The opening receipt: this kiosk, its agency and booth, its pack, its chain start.

    The chain starts at record 1. On a kiosk no visitor has touched yet, an
    `opened` record is written first, so there is a start to photograph; its
    random UUID means no other file can ever begin with the same hash.
    """
    clock = clock or SystemClock()
    agency = booth_agency(db) or ""
    festival = db.execute("SELECT pack_sha256 FROM festival WHERE id = 1").fetchone()
    booth = db.execute("SELECT booth FROM agencies WHERE code = ?", [agency]).fetchone()
    first = db.execute("SELECT hash FROM visitor_records WHERE seq = 1").fetchone()
    if first is None:
        data = {"agency": agency, "pack_sha256": festival[0] if festival else ""}
        first = (RecordLog(db, clock).append(OPENED, "", data).hash,)
    return Receipt(
        kiosk_id_of(db),
        agency,
        kind="open",
        at=utc_iso(clock.utc_now()),
        pack_sha256=festival[0] if festival else "",
        first_hash=first[0],
        booth=booth[0] if booth else "",
    )


def spot_receipt(db: BoothDatabase, clock: Clock | None = None) -> Receipt:
    """The spot-check receipt: how far the kiosk's chain reaches at this moment."""
    clock = clock or SystemClock()
    count, last, head = db.execute(
        "SELECT count(*), max(seq), (SELECT hash FROM visitor_records ORDER BY seq DESC LIMIT 1)"
        " FROM visitor_records"
    ).fetchone()
    return Receipt(
        kiosk_id_of(db),
        booth_agency(db) or "",
        count,
        last or 0,
        head or "0" * 64,
        kind="spot",
        at=utc_iso(clock.utc_now()),
    )
