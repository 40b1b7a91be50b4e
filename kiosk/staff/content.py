"""Staff edits to the booth's content: texts, link, hiding, order, photos. All audited.

Every change goes through `kiosk.storage.content.edit_innovation` or
`record_edit`, so `content_edits` says who changed what, when, from what to
what. Nothing here touches `visitor_records`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kiosk.staff.errors import StaffError
from kiosk.storage.content import edit_innovation, record_edit
from kiosk.storage.database import BoothDatabase

if TYPE_CHECKING:
    from kiosk.pack.media import ProcessedImage

log = logging.getLogger(__name__)

EDITOR = "staff"  # the `editor` written to the content audit trail for staff-mode edits

TEXT_FIELDS = ("title", "summary", "story")
LANGS = ("id", "en")
MAX_LENGTH = {"title": 120, "summary": 400, "story": 4000}
MAX_URL_LENGTH = 500
MAX_PHOTOS = 8
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})


@dataclass(frozen=True)
class PhotoRow:
    id: int
    sort_order: int
    source_file: str
    width: int
    height: int
    sha256: str


@dataclass(frozen=True)
class EditableInnovation:
    """One of the booth's innovations as the content editor shows it (hidden ones too)."""

    slug: str
    texts: dict[str, str]  # "title_id", "title_en", "summary_id", ... -> text
    url: str
    hidden: bool
    sort_order: int
    photos: tuple[PhotoRow, ...]


def booth_innovations(db: BoothDatabase, agency_code: str) -> list[EditableInnovation]:
    """The agency's innovations in display order, with texts and photos."""
    rows = db.execute(
        "SELECT slug, title_id, title_en, summary_id, summary_en, story_id, story_en,"
        " url, hidden, sort_order FROM innovations WHERE agency_code = ?"
        " ORDER BY sort_order, slug",
        [agency_code],
    ).fetchall()
    columns = [f"{f}_{lang}" for f in TEXT_FIELDS for lang in LANGS]
    return [
        EditableInnovation(
            slug=r[0],
            texts=dict(zip(columns, r[1:7], strict=True)),
            url=r[7],
            hidden=bool(r[8]),
            sort_order=r[9],
            photos=tuple(photo_rows(db, r[0])),
        )
        for r in rows
    ]


def photo_rows(db: BoothDatabase, slug: str) -> list[PhotoRow]:
    rows = db.execute(
        "SELECT id, sort_order, source_file, width, height, source_sha256 FROM photos"
        " WHERE innovation_slug = ? ORDER BY sort_order, id",
        [slug],
    ).fetchall()
    return [PhotoRow(*r) for r in rows]


def set_text(db: BoothDatabase, slug: str, field: str, lang: str, value: str) -> None:
    """Change a title, summary or story in one language (Indonesian may not be empty)."""
    if field not in TEXT_FIELDS or lang not in LANGS:
        raise ValueError(f"no text field {field}_{lang}")
    text = value.strip()
    if lang == "id" and not text:
        raise StaffError("Teks bahasa Indonesia tidak boleh kosong.")
    if len(text) > MAX_LENGTH[field]:
        raise StaffError(f"Teks terlalu panjang: paling banyak {MAX_LENGTH[field]} huruf.")
    _edit(db, slug, f"{field}_{lang}", text)


def set_url(db: BoothDatabase, slug: str, url: str) -> None:
    """Change the link shown as the QR code; only http(s) addresses."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise StaffError(
            "Alamat tautan harus diawali https:// (contoh: https://banyumaskab.go.id)."
        )
    if len(url) > MAX_URL_LENGTH:
        raise StaffError(f"Alamat tautan terlalu panjang: paling banyak {MAX_URL_LENGTH} huruf.")
    _edit(db, slug, "url", url)


def set_hidden(db: BoothDatabase, slug: str, hidden: bool) -> None:
    """Hide an innovation from visitors, or show it again; one must stay visible."""
    agency = _agency_of(db, slug)
    if hidden:
        visible = db.execute(
            "SELECT count(*) FROM innovations WHERE agency_code = ? AND hidden = 0 AND slug != ?",
            [agency, slug],
        ).fetchone()[0]
        if visible == 0:
            raise StaffError("Paling sedikit satu inovasi harus tetap tampil.")
    _edit(db, slug, "hidden", int(hidden))


def move_innovation(db: BoothDatabase, slug: str, step: int) -> bool:
    """Swap an innovation with its neighbour (step -1: earlier, +1: later); False at an end."""
    order = [(i.slug, i.sort_order) for i in booth_innovations(db, _agency_of(db, slug))]
    index = [s for s, _ in order].index(slug)
    other = index + (1 if step > 0 else -1)
    if not 0 <= other < len(order):
        return False
    (a, a_order), (b, b_order) = order[index], order[other]
    if a_order == b_order:  # equal orders cannot be swapped: spread them first
        a_order, b_order = (index, other)
    with db.atomic():
        _edit(db, a, "sort_order", b_order)
        _edit(db, b, "sort_order", a_order)
    return True


def add_photo(db: BoothDatabase, slug: str, file: Path) -> int:
    """Add a photo from a file (checked and downscaled like a pack import); its new id."""
    _agency_of(db, slug)
    if len(photo_rows(db, slug)) >= MAX_PHOTOS:
        raise StaffError(f"Paling banyak {MAX_PHOTOS} foto per inovasi. Hapus satu foto dulu.")
    image = _process(file)
    with db.atomic():
        next_order = db.execute(
            "SELECT coalesce(max(sort_order), -1) + 1 FROM photos WHERE innovation_slug = ?",
            [slug],
        ).fetchone()[0]
        cursor = db.execute(
            "INSERT INTO photos (innovation_slug, sort_order, caption_id, caption_en,"
            " source_file, source_sha256, width, height, image_jpeg, thumb_jpeg)"
            " VALUES (?, ?, '', '', ?, ?, ?, ?, ?, ?)",
            [
                slug,
                next_order,
                file.name,
                image.sha256,
                image.width,
                image.height,
                image.image_jpeg,
                image.thumb_jpeg,
            ],
        )
        photo_id = int(cursor.lastrowid or 0)
        new = _describe(file.name, image.sha256)
        record_edit(db, EDITOR, "photos", str(photo_id), "image", None, new)
    return photo_id


def replace_photo(db: BoothDatabase, photo_id: int, file: Path) -> None:
    """Put a new picture in place of photo `photo_id`, keeping its place and caption."""
    old = _photo(db, photo_id)
    image = _process(file)
    with db.atomic():
        db.execute(
            "UPDATE photos SET source_file = ?, source_sha256 = ?, width = ?, height = ?,"
            " image_jpeg = ?, thumb_jpeg = ? WHERE id = ?",
            [
                file.name,
                image.sha256,
                image.width,
                image.height,
                image.image_jpeg,
                image.thumb_jpeg,
                photo_id,
            ],
        )
        new = _describe(file.name, image.sha256)
        record_edit(db, EDITOR, "photos", str(photo_id), "image", old, new)


def remove_photo(db: BoothDatabase, photo_id: int) -> None:
    """Take a photo off the booth (its removal stays in the audit trail)."""
    old = _photo(db, photo_id)
    with db.atomic():
        db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
        record_edit(db, EDITOR, "photos", str(photo_id), "image", old, None)


def list_usb_images(folder: Path) -> list[Path]:
    """Photo files (JPEG, PNG, WebP) directly in `folder`, by name; hidden files skipped."""
    if not folder.is_dir():
        raise StaffError(f"Folder {folder} tidak ditemukan. Periksa flashdisk Anda.")
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        raise StaffError(f"Folder {folder} tidak dapat dibaca ({exc.strerror}).") from exc
    return sorted((p for p in entries if _is_image_file(p)), key=lambda p: (p.name.lower(), p.name))


def _is_image_file(path: Path) -> bool:
    # "._name.jpg" files are macOS metadata that look like photos but are not.
    return (
        not path.name.startswith(".") and path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()
    )


def _process(file: Path) -> ProcessedImage:
    from kiosk.pack.media import MediaError, process_photo  # Pillow: not at kiosk start-up

    try:
        data = file.read_bytes()
    except OSError as exc:
        raise StaffError(f"Berkas {file.name} tidak dapat dibaca ({exc.strerror}).") from exc
    try:
        return process_photo(data, file.name)
    except MediaError as exc:
        log.warning("photo refused: %s", exc)
        raise StaffError(
            f"Foto {file.name} tidak dapat dipakai. Gunakan foto JPG, PNG atau WebP"
            " yang utuh, paling besar 40 MB."
        ) from exc


def _photo(db: BoothDatabase, photo_id: int) -> str:
    row = db.execute(
        "SELECT source_file, source_sha256 FROM photos WHERE id = ?", [photo_id]
    ).fetchone()
    if row is None:
        raise KeyError(f"no photo {photo_id}")
    return _describe(row[0], row[1])


def _describe(name: str, sha256: str) -> str:
    return f"{name} (sha256 {sha256[:16]})"


def _agency_of(db: BoothDatabase, slug: str) -> str:
    row = db.execute("SELECT agency_code FROM innovations WHERE slug = ?", [slug]).fetchone()
    if row is None:
        raise KeyError(f"no innovation '{slug}'")
    return str(row[0])


def _edit(db: BoothDatabase, slug: str, column: str, value: Any) -> None:
    edit_innovation(db, slug, column, value, EDITOR)
