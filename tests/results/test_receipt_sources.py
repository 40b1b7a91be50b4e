"""Receipts from text files and phone photos of their QR codes (`kiosk merge --receipts`)."""

from __future__ import annotations

import random
import sys
import textwrap
from pathlib import Path

import pytest
import qrcode
from PIL import Image
from pyzbar import pyzbar

from kiosk.results.receipt_sources import FoundReceipt, gather_receipts
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import open_booth_database
from kiosk.storage.export import export_database
from kiosk.storage.receipt import (
    Receipt,
    ReceiptError,
    compact_receipt,
    format_receipt,
    opening_receipt,
    parse_receipt,
    receipt_for_export,
    spot_receipt,
)
from tests.helpers import peak_rss
from tests.results.kiosks import build_kiosk
from tests.results.phone_photos import phone_photo, qr_image

KINDS = ["open", "spot", "close", "v1"]


@pytest.fixture(scope="module")
def receipts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Receipt]:
    """Real receipts of a real booth file: opening, spot check, closing, and a v1 line."""
    folder = tmp_path_factory.mktemp("kiosk")
    raw = build_kiosk(folder / "booth.sqlite", "DPUPR", visitors=6, seed=4)
    db = open_booth_database(raw)
    try:
        set_booth_agency(db, "DPUPR", "staf")
        opening, spot = opening_receipt(db), spot_receipt(db)
    finally:
        db.close()
    closing = receipt_for_export(export_database(raw, folder / "export.sqlite"), "DPUPR")
    v1 = (
        f"GERAI-RECEIPT v1 kiosk={closing.kiosk_id} agency=DPUPR count={closing.count} "
        f"last_seq={closing.last_seq} head={closing.head_hash} sha256={closing.file_sha256}"
    )
    assert {opening.kind, spot.kind, closing.kind} == {"open", "spot", "close"}
    return {"open": opening, "spot": spot, "close": closing, "v1": parse_receipt(v1)}


def line_of(receipts: dict[str, Receipt], kind: str) -> str:
    if kind == "v1":
        r = receipts["v1"]
        return (
            f"GERAI-RECEIPT v1 kiosk={r.kiosk_id} agency={r.agency_code} count={r.count} "
            f"last_seq={r.last_seq} head={r.head_hash} sha256={r.file_sha256}"
        )
    return format_receipt(receipts[kind])


@pytest.mark.slow  # 12-50 MP photos made and read: about 2 s each
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", [1, 2])
def test_a_phone_photo_of_each_kind_of_receipt_decodes_to_the_exact_receipt(
    receipts: dict[str, Receipt], tmp_path: Path, kind: str, seed: int
) -> None:
    rnd = random.Random(f"{kind}-{seed}")
    photo = phone_photo(
        line_of(receipts, kind),
        tmp_path / "IMG_0412.jpg",
        seed=seed,
        width=rnd.randint(3000, 4000),
        blur=rnd.uniform(1.5, 2.5),
        code_share=rnd.uniform(0.2, 0.3),
    )
    with Image.open(photo) as image:
        assert image.format == "JPEG" and 3000 <= image.width <= 4000
    gathered = gather_receipts([photo])
    assert gathered.problems == []
    assert gathered.found == [FoundReceipt(receipts[kind], str(photo))]


@pytest.mark.parametrize("kind", ["open", "spot", "close"])
def test_the_qr_code_carries_the_receipt_compact_in_a_version_7_code(
    receipts: dict[str, Receipt], kind: str
) -> None:
    receipt = receipts[kind]
    assert receipt.qr_text == compact_receipt(receipt)
    assert parse_receipt(receipt.qr_text) == receipt
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(receipt.qr_text)
    code.make(fit=True)
    assert code.version <= 7
    long = Receipt(**{**receipt.__dict__, "agency_code": "DINDUKCAPIL"})  # a long code
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(long.qr_text)
    code.make(fit=True)
    assert code.version <= 7


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_hurried_phone_photo_of_the_closing_receipt_reads(
    receipts: dict[str, Receipt], tmp_path: Path, seed: int
) -> None:
    """800 px wide, blurred (sigma 2), tilted 25 degrees, JPEG 60: what the issue found fails."""
    photo = phone_photo(
        receipts["close"].qr_text,
        tmp_path / "IMG_0500.jpg",
        seed=seed,
        width=800,
        blur=2.0,
        code_share=0.4,
        quality=60,
        angle=25 if seed % 2 else -25,
    )
    gathered = gather_receipts([photo])
    assert gathered.problems == []
    assert gathered.found == [FoundReceipt(receipts["close"], str(photo))]


@pytest.mark.parametrize(
    "text",
    ["GR3:", "GR3:%%%", "GR3:" + "0" * 30, "GR3:" + "A" * 300],
    ids=["empty", "not-base45", "short", "long"],
)
def test_a_damaged_compact_receipt_is_named(text: str) -> None:
    with pytest.raises(ReceiptError):
        parse_receipt(text)


@pytest.mark.slow  # 12-50 MP photos made and read: about 2 s each
@pytest.mark.parametrize("seed", [1, 2])
def test_a_blurred_photo_the_plain_decoder_misses_is_read_sharpened(
    receipts: dict[str, Receipt], tmp_path: Path, seed: int
) -> None:
    photo = phone_photo(
        format_receipt(receipts["close"]),
        tmp_path / "IMG_0420.jpg",
        seed=seed,
        width=3000 + seed * 97,
        blur=3.5,
        code_share=0.2,
    )
    with Image.open(photo) as image:
        assert pyzbar.decode(image.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE]) == []
    gathered = gather_receipts([photo])
    assert gathered.problems == []
    assert gathered.found == [FoundReceipt(receipts["close"], str(photo))]


def test_a_photo_without_a_qr_code_is_named(tmp_path: Path) -> None:
    photo = phone_photo(None, tmp_path / "IMG_0001.jpg", seed=3)
    gathered = gather_receipts([photo])
    assert gathered.found == []
    (problem,) = gathered.problems
    assert problem.startswith(f"{photo}: no readable QR code")


def test_a_qr_code_that_is_not_a_receipt_is_named(tmp_path: Path) -> None:
    url = "https://festival.banyumaskab.go.id/inovasi/lapor-jalan-rusak"
    photo = phone_photo(url, tmp_path / "IMG_0002.jpg", seed=4)
    gathered = gather_receipts([photo])
    assert gathered.found == []
    assert gathered.problems == [f"{photo}: a QR code that is not a receipt: {url!r}"]


def test_a_damaged_receipt_code_is_named(tmp_path: Path, receipts: dict[str, Receipt]) -> None:
    damaged = format_receipt(receipts["close"]).replace("count=", "count=-")
    path = tmp_path / "struk.png"
    qr_image(damaged).save(path)
    gathered = gather_receipts([path])
    assert gathered.found == []
    assert gathered.problems == [
        f"{path}: a receipt QR code that cannot be read: "
        "receipt count and sequence numbers cannot be negative"
    ]


def test_a_text_file_with_a_bad_line_keeps_the_good_ones(
    receipts: dict[str, Receipt], tmp_path: Path
) -> None:
    text = tmp_path / "struk.txt"
    cut_off = format_receipt(receipts["spot"]).split(" head=")[0]
    text.write_text(
        f"# struk hari pertama\n{format_receipt(receipts['open'])}\n\n{cut_off}\n"
        f"Struk: {format_receipt(receipts['close'])}\nkertas kosong\n",
        encoding="utf-8",
    )
    gathered = gather_receipts([text])
    assert gathered.found == [
        FoundReceipt(receipts["open"], f"{text}:2"),
        FoundReceipt(receipts["close"], f"{text}:5"),
    ]
    assert gathered.problems == [
        f"{text}:4: spot-check receipt lacks head, at",
        f"{text}:6: not a receipt line (no GERAI-RECEIPT): 'kertas kosong'",
    ]


@pytest.mark.slow  # several seconds: out of `make test-fast`
def test_a_folder_of_text_photos_and_other_files(
    receipts: dict[str, Receipt], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    stick = Path("stick")
    (stick / "foto" / "hari-2").mkdir(parents=True)
    (stick / "struk.TXT").write_text(
        f"{format_receipt(receipts['close'])}\n{format_receipt(receipts['open'])}\n"
        f"{format_receipt(receipts['close'])}\n",
        encoding="utf-8",
    )
    phone_photo(format_receipt(receipts["close"]), stick / "foto" / "IMG_0412.JPG", seed=5)
    phone_photo(format_receipt(receipts["spot"]), stick / "foto" / "hari-2" / "b.jpeg", seed=6)
    qr_image(line_of(receipts, "v1")).save(stick / "foto" / "layar.png")
    phone_photo(None, stick / "foto" / "IMG_0413.jpg", seed=7)
    (stick / "foto" / "IMG_0414.heic").write_bytes(b"\0\0\0\x18ftypheic")
    (stick / "foto" / "._IMG_0412.JPG").write_bytes(b"\0\x05\x16\x07 AppleDouble")
    (stick / "booth-dpupr.sqlite").write_bytes(b"SQLite format 3\0" + b"\0" * 84)
    (stick / "catatan.pdf").write_bytes(b"%PDF-1.4 GERAI-RECEIPT v2")
    gathered = gather_receipts([stick])
    photo = str(stick / "foto" / "IMG_0412.JPG")
    text = str(stick / "struk.TXT")
    assert gathered.found == [
        FoundReceipt(receipts["close"], f"{photo}, {text}:1, {text}:3"),
        FoundReceipt(receipts["spot"], str(stick / "foto" / "hari-2" / "b.jpeg")),
        FoundReceipt(receipts["v1"], str(stick / "foto" / "layar.png")),
        FoundReceipt(receipts["open"], f"{text}:2"),
    ]
    assert [p.split(": ")[0] for p in gathered.problems] == [
        str(stick / "foto" / "IMG_0413.jpg"),
        str(stick / "foto" / "IMG_0414.heic"),
    ]
    assert "no readable QR code" in gathered.problems[0]
    assert "HEIC" in gathered.problems[1]


def test_text_saved_by_windows_notepad_reads(receipts: dict[str, Receipt], tmp_path: Path) -> None:
    line = format_receipt(receipts["close"])
    bom = tmp_path / "struk-utf8.txt"
    bom.write_bytes(f"{line}\r\n".encode("utf-8-sig"))
    wide = tmp_path / "struk-utf16.txt"
    wide.write_bytes(f"{format_receipt(receipts['open'])}\r\n".encode("utf-16"))
    gathered = gather_receipts([bom, wide])
    assert gathered.problems == []
    assert gathered.found == [
        FoundReceipt(receipts["close"], f"{bom}:1"),
        FoundReceipt(receipts["open"], f"{wide}:1"),
    ]


def test_unreadable_and_missing_inputs_are_named(tmp_path: Path) -> None:
    broken = tmp_path / "IMG_0500.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 the card was pulled out while saving")
    missing = tmp_path / "tidak-ada.txt"
    database = tmp_path / "booth.sqlite"
    database.write_bytes(b"SQLite format 3\0" + b"\0" * 84 + b"\nGERAI-RECEIPT v2\n")
    empty = tmp_path / "kosong"
    empty.mkdir()
    (empty / "README.md").write_text("struk menyusul\n", encoding="utf-8")
    note = tmp_path / "catatan.txt"
    note.write_text("Struk DPUPR menyusul besok.\nHubungi panitia.\n", encoding="utf-8")
    gathered = gather_receipts([broken, missing, database, empty, note])
    assert gathered.found == []
    assert gathered.problems[0].startswith(f"{broken}: not a readable image")
    assert gathered.problems[1:] == [
        f"{missing}: no such file or folder",
        f"{database}: not a text file; give receipts as text (.txt) or photos (.jpg, .png)",
        f"{empty}: no receipts here (no .txt, .jpg, .jpeg or .png file)",
        f"{note}: no receipt in this text file (no line has GERAI-RECEIPT)",
    ]


def test_an_image_over_pillows_limit_is_refused_not_decoded(tmp_path: Path) -> None:
    huge = tmp_path / "panorama.png"
    Image.new("1", (10_000, 9_500), 1).save(huge)  # 95 MP: above Pillow's 89 MP limit
    gathered = gather_receipts([huge])
    assert gathered.found == []
    (problem,) = gathered.problems
    assert problem.startswith(f"{huge}: too large to decode safely") and "89 MP" in problem


@pytest.mark.slow  # 12-50 MP photos made and read: about 2 s each
def test_a_50_megapixel_photo_decodes_in_little_memory(
    receipts: dict[str, Receipt], tmp_path: Path
) -> None:
    code = qr_image(format_receipt(receipts["close"]), box_size=24)
    photo = Image.new("RGB", (8160, 6120), (150, 90, 60))
    photo.paste(code.rotate(9, expand=True, fillcolor=(150, 90, 60)), (2500, 1500))
    path = tmp_path / "IMG_50MP.jpg"
    photo.save(path, "JPEG", quality=70)
    del photo
    script = textwrap.dedent(
        f"""
        import resource, sys
        from pathlib import Path
        from kiosk.results.receipt_sources import gather_receipts
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(before, flush=True)
        gathered = gather_receipts([Path({str(path)!r})])
        print(len(gathered.found), gathered.problems, flush=True)
        """
    )
    peak, output = peak_rss([sys.executable, "-c", script])
    before, result = output.splitlines()
    assert result == "1 []"
    # Decoded whole, the photo alone would take 150 MB (RGB) plus 50 MB (grayscale).
    assert peak - int(before) * 1024 < 100 * 1024 * 1024


def test_a_compact_receipt_from_beyond_the_calendar_is_named(
    receipts: dict[str, Receipt],
) -> None:
    from base45 import b45decode, b45encode

    data = bytearray(b45decode(receipts["spot"].qr_text[4:]))
    data[17:17] = b"\xff" * 9 + b"\x01"  # a time of 2**63 ms, before the real one
    with pytest.raises(ReceiptError):
        parse_receipt("GR3:" + b45encode(bytes(data)).decode())
