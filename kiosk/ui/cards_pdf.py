"""Printable A4 sheets of ballot cards (`kiosk ballots make`), drawn with Qt's QPdfWriter.

Fifteen cards a page (3 x 5, 63 x 54 mm, thin cut lines): the festival's name,
"KARTU SUARA", the QR code (34 mm, quiet zone included), the card's short code
and its quota. The QR modules are an image of one pixel per module drawn without
smoothing, so every module stays a sharp square at any zoom and on any printer.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from kiosk.pack.cards import Card, CardMaker, card_matrix, load_private_key
from kiosk.ui.qtapp import load_fonts

DPI = 300
COLUMNS, ROWS = 3, 5
CARD_W_MM, CARD_H_MM = 63.0, 54.0
QR_MM = 34.0
QUIET_ZONE = 4
PER_PAGE = COLUMNS * ROWS
CHUNK = 250  # cards per task handed to a worker process


@dataclass(frozen=True)
class PrintedCard:
    card: Card
    text: str  # the QR code's text
    side: int  # modules per side
    modules: bytes  # side * side bytes, 0 dark, 255 light


@dataclass(frozen=True)
class SheetText:
    """The words on every card (the festival's name; the rest in Indonesian, short)."""

    festival: str
    quota: int


def _sign_chunk(slug: str, key_path: str, batch: int, numbers: Sequence[int]) -> list[PrintedCard]:
    maker = CardMaker(slug, load_private_key(Path(key_path)))
    out = []
    for number in numbers:
        card = Card(batch, number)
        text = maker.text(card)
        side, modules = card_matrix(text)
        out.append(PrintedCard(card, text, side, modules))
    return out


def signed_cards(
    slug: str, key_path: Path, batch: int, first: int, count: int, workers: int = 0
) -> Iterator[PrintedCard]:
    """The cards first..first+count-1 of `batch`, signed and encoded, in order.

    With more than one core, worker processes (spawned: this process runs Qt) sign and
    encode while this one draws.
    """
    numbers = list(range(first, first + count))
    chunks = [numbers[i : i + CHUNK] for i in range(0, len(numbers), CHUNK)]
    workers = workers or min(4, multiprocessing.cpu_count())
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from _sign_chunk(slug, str(key_path), batch, chunk)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(_sign_chunk, slug, str(key_path), batch, c) for c in chunks]
        for future in futures:
            yield from future.result()


def write_sheets(cards: Iterator[PrintedCard], words: SheetText, out: Path) -> int:
    """Write the cards to an A4 PDF at `out`, 15 a page; returns the number of pages."""
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(f"Kartu suara: {words.festival}")
    writer.setCreator("Gerai (kiosk ballots make)")
    fonts = _fonts()
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    mm = DPI / 25.4
    page_w, page_h = 210.0, 297.0
    left = (page_w - COLUMNS * CARD_W_MM) / 2
    top = (page_h - ROWS * CARD_H_MM) / 2
    pages = 0
    try:
        for n, printed in enumerate(cards):
            slot = n % PER_PAGE
            if slot == 0:
                if n:
                    writer.newPage()
                pages += 1
            col, row = slot % COLUMNS, slot // COLUMNS
            x = (left + col * CARD_W_MM) * mm
            y = (top + row * CARD_H_MM) * mm
            _draw_card(painter, QRectF(x, y, CARD_W_MM * mm, CARD_H_MM * mm), printed, words, fonts)
    finally:
        painter.end()
    return pages


@dataclass(frozen=True)
class _Fonts:
    small: QFont
    title: QFont
    code: QFont


def _fonts() -> _Fonts:
    family = load_fonts()  # the bundled Inter: no system font needed

    def font(points: float, bold: bool = False) -> QFont:
        f = QFont(family)
        f.setPointSizeF(points)
        f.setBold(bold)
        return f

    code = font(15, bold=True)
    code.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: 1-000111 as wide as 8-000888
    return _Fonts(font(6.5), font(8, bold=True), code)


def _draw_card(
    painter: QPainter, rect: QRectF, printed: PrintedCard, words: SheetText, fonts: _Fonts
) -> None:
    mm = DPI / 25.4
    painter.setPen(QPen(QColor("#9a9a9a"), 0.15 * mm, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    inner = rect.adjusted(3 * mm, 2.5 * mm, -3 * mm, -2 * mm)
    painter.setPen(QColor("#000000"))
    painter.setFont(fonts.small)
    line = QRectF(inner.left(), inner.top(), inner.width(), 3.2 * mm)
    festival = painter.fontMetrics().elidedText(
        words.festival, Qt.TextElideMode.ElideRight, int(line.width())
    )
    painter.drawText(line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, festival)
    painter.setFont(fonts.title)
    title = QRectF(inner.left(), line.bottom(), inner.width(), 4 * mm)
    painter.drawText(title, Qt.AlignmentFlag.AlignCenter, "KARTU SUARA")
    side = QR_MM * mm
    qr = QRectF(rect.center().x() - side / 2, title.bottom(), side, side)
    module = side / (printed.side + 2 * QUIET_ZONE)
    image = QImage(
        printed.modules, printed.side, printed.side, printed.side, QImage.Format.Format_Grayscale8
    )
    target = qr.adjusted(QUIET_ZONE * module, QUIET_ZONE * module, -QUIET_ZONE * module, 0)
    target.setSize(QSizeF(printed.side * module, printed.side * module))
    painter.drawImage(target, image)
    painter.setFont(fonts.code)
    code = QRectF(inner.left(), qr.bottom() - 1 * mm, inner.width(), 6 * mm)
    painter.drawText(code, Qt.AlignmentFlag.AlignCenter, printed.card.serial)
    painter.setFont(fonts.small)
    foot = QRectF(inner.left(), code.bottom(), inner.width(), inner.bottom() - code.bottom())
    painter.drawText(
        foot,
        Qt.AlignmentFlag.AlignCenter,
        f"Berlaku untuk {words.quota} suara di semua stan festival",
    )


class CardSheetError(Exception):
    """Cards were not made: the reason, in one line for the organizers."""


@dataclass(frozen=True)
class CardSheets:
    pdf: Path
    manifest: Path
    count: int
    pages: int
    first_serial: str
    last_serial: str
    seconds: float


def make_card_sheets(
    pack_path: Path, key_path: Path, out: Path, *, batch: int, first: int, count: int
) -> CardSheets:
    """Check the pack and the key, then write the batch's sheets and their manifest.

    Refused: a pack without card mode or with another public key; a key file or an
    output folder inside a pack folder (a pack is copied to every booth); cards whose
    numbers another sheet in `out` already holds (a reprint is the same card twice).
    """
    import json
    import time

    from kiosk.pack.cards import MAX_NUMBER, pack_folder_around, public_key_text
    from kiosk.pack.format import load_pack
    from kiosk.ui.qtapp import application, prepare_environment

    for what, path in (("the private key", key_path), ("the card sheets", out)):
        folder = pack_folder_around(path if path.is_dir() else path.parent)
        if folder is not None:
            raise CardSheetError(
                f"{path} is inside the pack folder {folder}: the pack goes to every booth,"
                f" {what} must not. Keep it in a folder outside the pack."
            )
    if first + count - 1 > MAX_NUMBER:
        raise CardSheetError(f"a batch holds cards 1 to {MAX_NUMBER}; make another batch")
    pack = load_pack(pack_path)
    festival = pack.festival
    if not festival.cards.enabled:
        raise CardSheetError(
            f'{pack_path}: card mode is off in this pack; set "cards": {{"mode": true,'
            ' "public_key": ...} (see `kiosk ballots keygen`)'
        )
    try:
        key = load_private_key(key_path)
    except ValueError as exc:
        raise CardSheetError(str(exc)) from None
    if public_key_text(key.public_key()) != festival.cards.public_key:
        raise CardSheetError(
            f"{key_path} is not the key of this pack's public key: cards made with it would"
            " be refused at every booth"
        )
    last = first + count - 1
    out.mkdir(parents=True, exist_ok=True)
    for other in sorted(out.glob("kartu-*.json")):
        try:
            held = json.loads(other.read_text(encoding="utf-8"))
            overlap = (
                held["festival"] == festival.slug
                and held["batch"] == batch
                and held["first"] <= last
                and first <= held["last"]
            )
        except (ValueError, KeyError, TypeError, OSError):
            continue
        if overlap:
            raise CardSheetError(
                f"{other.name} already holds cards {batch}-{held['first']:06d} to"
                f" {batch}-{held['last']:06d} of this festival; a reprint would be the same"
                f" cards twice. Use --first {held['last'] + 1} or another --batch."
            )
    name = f"kartu-{festival.slug}-batch{batch}-{first:06d}-{last:06d}"
    pdf, manifest = out / f"{name}.pdf", out / f"{name}.json"
    prepare_environment(offscreen=True)
    application()
    started = time.perf_counter()
    cards = signed_cards(festival.slug, key_path, batch, first, count)
    words = SheetText(festival.name.id, festival.cards.quota)
    pages = write_sheets(cards, words, pdf)
    seconds = time.perf_counter() - started
    manifest.write_text(
        json.dumps(
            {
                "festival": festival.slug,
                "public_key": festival.cards.public_key,
                "batch": batch,
                "first": first,
                "last": last,
                "count": count,
                "pdf": pdf.name,
                "pages": pages,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return CardSheets(
        pdf, manifest, count, pages, Card(batch, first).serial, Card(batch, last).serial, seconds
    )
