"""The receipts staff show organizers: opening, spot-check and closing, worded for the screen.

`kiosk.storage.receipt` makes each receipt and its line; here staff mode asks
for the opening and spot-check receipts (noting each in `staff_events`) and
turns any of the three into what the receipt page shows: a title, one line
of instruction, the fields as text, and the line the QR code carries.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Literal

from kiosk.domain.clock import Clock, SystemClock
from kiosk.staff import wording
from kiosk.staff.errors import StaffError
from kiosk.storage.database import BoothDatabase
from kiosk.storage.errors import RecordNotStored
from kiosk.storage.journal import log_event_if_possible
from kiosk.storage.receipt import Receipt, ReceiptKind, opening_receipt, spot_receipt

TITLES: dict[ReceiptKind, str] = {
    "open": "Struk pembukaan",
    "spot": "Struk pemeriksaan",
    "close": "Struk penutupan",
}
INSTRUCTIONS: dict[ReceiptKind, str] = {
    "open": "Minta panitia memotret layar ini sebelum stan dibuka.",
    "spot": "Minta panitia yang memeriksa memotret layar ini.",
    "close": (
        "Ekspor berhasil dan sudah diperiksa. Semua data sudah tertulis di flashdisk:"
        " flashdisk aman dicabut. Minta panitia memotret layar ini."
    ),
}
UNSAVED = (
    "Ekspor berhasil dan sudah diperiksa (salinan sudah tertulis di flashdisk: aman dicabut),"
    " tetapi struk tidak dapat disimpan di flashdisk. Minta panitia memotret layar ini."
)
# The closing receipt is noted by its export (`export` and the `exports` row).
EVENTS = {"open": "receipt_open", "spot": "receipt_spot"}


def show_receipt(
    db: BoothDatabase, kind: Literal["open", "spot"], clock: Clock | None = None
) -> Receipt:
    """The opening or spot-check receipt of this moment, noted in `staff_events`.

    On a kiosk no visitor has used yet, the opening receipt first writes the
    chain's first record (`opened`); a file that refuses it is a `StaffError`.
    The note is the receipt's line, so the journal says what was shown when.
    """
    clock = clock or SystemClock()
    try:
        receipt = opening_receipt(db, clock) if kind == "open" else spot_receipt(db, clock)
    except RecordNotStored as exc:
        raise StaffError(
            "Struk pembukaan tidak dapat dibuat: berkas menolak catatan pertama."
            " Periksa ruang disk atau hubungi panitia."
        ) from exc
    # A full disk must not hide a receipt an organizer is waiting for: the log file gets it.
    log_event_if_possible(db, EVENTS[kind], receipt.line(), clock)
    return receipt


def receipt_screen(
    receipt: Receipt, tz: tzinfo, export: Path | None = None, saved: bool = True
) -> dict[str, Any]:
    """A receipt as the receipt page shows it: title, instruction, fields, the QR's line.

    Each field has a `key` (the page names its item `receipt` + Key, e.g.
    `receiptCount`), a label and a value; `optional` fields are left out on a
    short screen. `saved=False`: the closing receipt's files are not on the stick.
    """
    r = receipt
    agency = {"key": "agency", "label": "OPD", "value": r.agency_code}
    kiosk = {"key": "kiosk", "label": "ID kios", "value": r.kiosk_id}
    count = {
        "key": "count",
        "label": "Jumlah catatan · nomor urut terakhir",
        "value": f"{r.count} · {r.last_seq}",
    }
    head = {"key": "head", "label": "Hash terakhir (head)", "value": grouped(r.head_hash)}
    when = {"key": "at", "label": "Waktu", "value": _local_time(r.at, tz)}
    fields: list[dict[str, Any]]
    if r.kind == "open":
        booth = {"label": "OPD · stan", "value": f"{r.agency_code} · {r.booth or '-'}"}
        fields = [
            {**agency, **booth},
            kiosk,
            {"key": "pack", "label": "SHA-256 paket festival", "value": grouped(r.pack_sha256)},
            {"key": "first", "label": "Hash catatan pertama", "value": grouped(r.first_hash)},
            when,
        ]
    elif r.kind == "spot":
        fields = [agency, kiosk, count, head, when]
    else:
        fields = [
            agency,
            kiosk,
            count,
            head,
            {"key": "sha256", "label": "SHA-256 berkas", "value": grouped(r.file_sha256)},
            when,
        ]
        if export is not None:
            name = {"key": "file", "label": "Nama berkas di flashdisk", "value": export.name}
            fields.append({**name, "optional": True})
    return {
        "kind": r.kind,
        "title": TITLES[r.kind],
        "instruction": INSTRUCTIONS[r.kind] if saved else UNSAVED,
        "line": r.line(),
        "qr": r.qr_text,
        "fields": [{"optional": False, **f} for f in fields],
        "path": str(export or ""),
    }


def grouped(digest: str) -> str:
    """A hash in blocks of eight, four to a line ("a4b2a83a 16a14abe ..."): easier to compare
    by eye, and the same two lines on every screen. The QR code carries it whole."""
    blocks = [digest[i : i + 8] for i in range(0, len(digest), 8)]
    return "\n".join(" ".join(blocks[i : i + 4]) for i in range(0, len(blocks), 4))


def _local_time(at: str, tz: tzinfo) -> str:
    """The receipt's UTC time as the festival reads it, e.g. "20 Agustus 2026, 10.15 WIB"."""
    if not at:
        return "-"
    moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    return f"{wording.long_date(moment.astimezone(tz))}, {wording.hour_minute(moment, tz)}"
