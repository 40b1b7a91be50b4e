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
from kiosk.staff.eject import Release
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
}
# The closing receipt's instruction follows the stick (kiosk.staff.eject): being released,
# ejected, or flushed but not ejectable. "Flashdisk aman dicabut" only once it is so.
EXPORTED = "Ekspor berhasil dan sudah diperiksa."
NOT_SAVED = "Struk tidak dapat disimpan di flashdisk: layar ini satu-satunya struk."
RELEASING = "Sedang melepas flashdisk: jangan dicabut dulu."
EJECTED = "Flashdisk aman dicabut: sudah dilepas dari komputer."
FLUSHED = (
    "Flashdisk aman dicabut: semua data sudah tertulis. Flashdisk tidak dapat dilepas"
    " otomatis ({reason})."
)
UNSAFE = "Jangan cabut flashdisk dulu: data belum pasti tertulis. Ekspor sekali lagi."
PHOTOGRAPH = "Minta panitia memotret layar ini."
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
    receipt: Receipt,
    tz: tzinfo,
    export: Path | None = None,
    saved: bool = True,
    release: Release | None = None,
) -> dict[str, Any]:
    """A receipt as the receipt page shows it: title, instruction, fields, the QR's line.

    Each field has a `key` (the page names its item `receipt` + Key, e.g.
    `receiptCount`), a label and a value; `optional` fields are left out on a
    short screen. For the closing receipt: `saved=False` when its files are not on
    the stick; `release` is how the stick was left (None: still being released).
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
        "instruction": closing_instruction(saved, release)
        if r.kind == "close"
        else INSTRUCTIONS[r.kind],
        "released": r.kind != "close" or release is not None,
        "stick": stick_state(release) if r.kind == "close" else "",
        "line": r.line(),
        "qr": r.qr_text,
        "fields": [{"optional": False, **f} for f in fields],
        "path": str(export or ""),
    }


def closing_instruction(saved: bool, release: Release | None) -> str:
    """What staff read above the closing receipt: done, the receipt's files, the stick."""
    parts = [EXPORTED] + ([] if saved else [NOT_SAVED]) + [stick_sentence(release)]
    return " ".join(parts if release is None else [*parts, PHOTOGRAPH])


def stick_state(release: Release | None) -> str:
    """The stick for the screen's colour: "releasing", "safe" (to pull out) or "unsafe"."""
    if release is None:
        return "releasing"
    return "safe" if release.safe else "unsafe"


def stick_sentence(release: Release | None) -> str:
    """Whether the stick may be pulled out now (None: it is still being released)."""
    if release is None:
        return RELEASING
    if release.ejected:
        return EJECTED
    if release.flushed:
        return FLUSHED.format(reason=release.reason)
    return UNSAFE


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
