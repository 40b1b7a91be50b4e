"""Taking in a booth's hand-over at the desk: its files copied first, its receipt kept.

The desk keeps everything it is given in a folder of its own (`DeskFolder`):

    berkas/<time>-<stick>/...   the booth files of each hand-over, as found on the stick
    struk/<time>-<name>.txt     every receipt given (typed, scanned or read from a photo)
    foto-struk/<time>-<name>    the receipt photos themselves, kept as evidence

A stick is copied into `berkas/.<time>.partial/` and renamed into place only
when every file is whole, so a stick pulled out mid-copy (or a full disk)
leaves the desk as it was. Then the merge reads the copies, never the stick:
`merge_handover` is `kiosk merge` (kiosk.results.collect.merge_kiosk_files)
with the organizers' pack and every receipt the desk holds.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.domain.text import escape_controls
from kiosk.results.collect import merge_kiosk_files
from kiosk.results.errors import ResultsError
from kiosk.results.merge.festival_file import read_festival_file
from kiosk.results.merge.inputs import SIDE_SUFFIXES, discover
from kiosk.results.merge.kiosk_files import MergeReport, Progress
from kiosk.results.receipt_sources import FoundReceipt, gather_receipts
from kiosk.storage.receipt import Receipt, ReceiptError, format_receipt, parse_receipt


class HandoverError(ResultsError):
    """A hand-over the desk could not take in; nothing of it was kept."""


@dataclass(frozen=True)
class TakenIn:
    folder: Path  # berkas/<time>-<stick>/ in the desk's folder
    files: list[Path]  # the booth files copied there


class DeskFolder:
    """The desk's own folder: copies of every hand-over, and every receipt given."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = root / "berkas"
        self.receipts = root / "struk"
        self.photos = root / "foto-struk"
        for folder in (self.files, self.receipts, self.photos):
            folder.mkdir(parents=True, exist_ok=True)

    def take_in(self, stick: Path, now: datetime | None = None) -> TakenIn:
        """Copy the booth files on `stick` (a folder) here; all of them or none."""
        if not stick.is_dir():
            raise HandoverError(f"{stick}: no such folder")
        try:
            found = discover([stick], exclude=[self.root])
        except OSError as exc:
            raise HandoverError(f"{stick}: cannot be read ({exc.strerror or exc})") from exc
        if not found:
            raise HandoverError(
                f"{stick}: no booth file here (.sqlite, .db, .gerai): nothing taken in"
            )
        stamp = _stamp(now)
        target = self.files / f"{stamp}-{_safe(stick.name) or 'folder'}"
        partial = self.files / f".{stamp}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        copied = []
        try:
            for path in found:
                rel = _inside(path, stick)
                for part, dest in [
                    (path, rel),
                    *((s, rel.with_name(s.name)) for s in _sides(path)),
                ]:
                    (partial / dest).parent.mkdir(parents=True, exist_ok=True)
                    _copy_whole(part, partial / dest)
                copied.append(rel)
            os.replace(partial, target)
        except OSError as exc:
            shutil.rmtree(partial, ignore_errors=True)
            raise HandoverError(
                f"{stick}: the copy stopped ({exc.strerror or exc}): the stick was pulled out"
                " or the disk is full; nothing of it was kept, plug it in and try again"
            ) from exc
        return TakenIn(target, [target / rel for rel in copied])

    def add_receipt_text(self, text: str, now: datetime | None = None) -> Receipt:
        """Keep a typed (or scanned) receipt line; raises ReceiptError if it is not one."""
        receipt = parse_receipt(text.strip())
        self._keep(receipt, f"{receipt.agency_code}-{receipt.kind}", "typed", now)
        return receipt

    def add_receipt_photo(self, photo: Path, now: datetime | None = None) -> list[Receipt]:
        """Read the receipts in a photo (as `kiosk merge --receipts` does) and keep them,
        with a copy of the photo; raises HandoverError naming the photo's problem."""
        gathered = gather_receipts([photo])
        if not gathered.found:
            raise HandoverError("; ".join(gathered.problems) or f"{photo}: no receipt in it")
        stamp = _stamp(now)
        kept = self.photos / f"{stamp}-{_safe(photo.name)}"
        try:
            shutil.copyfile(photo, kept)
        except OSError as exc:
            raise HandoverError(f"{photo}: cannot be copied ({exc.strerror or exc})") from exc
        for found in gathered.found:
            r = found.receipt
            self._keep(r, f"{r.agency_code}-{r.kind}", f"photo {kept.name}", now)
        return [f.receipt for f in gathered.found]

    def has_photo(self, photo: Path) -> bool:
        """Whether a photo of this name and size was read here before (kept in foto-struk/)."""
        try:
            size = photo.stat().st_size
            tail = f"-{_safe(photo.name)}"
            return any(
                kept.name.endswith(tail) and kept.stat().st_size == size
                for kept in self.photos.iterdir()
            )
        except OSError:
            return False

    def _keep(self, receipt: Receipt, name: str, how: str, now: datetime | None) -> None:
        path = self.receipts / f"{_stamp(now)}-{_safe(name)}.txt"
        n = 1
        while path.exists():
            n += 1
            path = path.with_name(f"{path.stem.rsplit('~', 1)[0]}~{n}.txt")
        text = f"# {escape_controls(how)}\n{format_receipt(receipt)}\n"
        _write_whole(path, text.encode())

    def held_receipts(self) -> tuple[list[FoundReceipt], list[str]]:
        """Every receipt the desk holds, with where it is kept (the text files only)."""
        files = sorted(self.receipts.glob("*.txt"))
        if not files:
            return [], []
        gathered = gather_receipts(files)
        return gathered.found, gathered.problems

    def booth_files(self) -> list[Path]:
        """Every booth file taken in so far."""
        return discover([self.files]) if any(self.files.iterdir()) else []


def merge_handover(
    festival_file: Path,
    pack: Path,
    desk: DeskFolder,
    files: Sequence[Path],
    progress: Progress | None = None,
) -> MergeReport:
    """Merge `files` (copies in the desk's folder) with every receipt the desk holds:
    the same call `kiosk merge --out FESTIVAL --pack PACK --receipts struk/ FILES` makes."""
    found, problems = desk.held_receipts()
    return merge_kiosk_files(
        festival_file,
        files,
        [f.receipt for f in found],
        workers=min(os.cpu_count() or 1, 4),
        pack=pack,
        origins={f.receipt: f.origin for f in found},
        need_pack=True,
        unread_receipts=problems,
        progress=progress,
    )


def files_of_kiosk(festival_file: Path, desk: DeskFolder, kiosk_id: str) -> list[Path]:
    """The desk's copies of one kiosk's files that a merge has seen (to recheck a receipt)."""
    if not festival_file.exists():
        return []
    with closing(read_festival_file(festival_file)) as conn:
        paths = [
            Path(row[0])
            for row in conn.execute("SELECT path FROM sources WHERE kiosk_id = ?", [kiosk_id])
        ]
    inside = desk.files.resolve()
    return [p for p in paths if p.exists() and p.resolve().is_relative_to(inside)]


def _inside(path: Path, stick: Path) -> Path:
    """Where `path` lies on the stick (a link to elsewhere: by its name alone)."""
    try:
        return path.relative_to(stick.resolve())
    except ValueError:
        return Path(path.name)


def _sides(path: Path) -> list[Path]:
    """A raw copy's -wal beside it travels with it (the merge replays it on a copy)."""
    return [s for s in (Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES[:1]) if s.exists()]


def _copy_whole(source: Path, dest: Path) -> None:
    with open(source, "rb") as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _write_whole(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.partial")
    with open(partial, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")


def _safe(name: str) -> str:
    """A file name part without separators or control characters."""
    kept = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return kept.strip("._")[:60]


__all__ = [
    "DeskFolder",
    "HandoverError",
    "ReceiptError",
    "TakenIn",
    "files_of_kiosk",
    "merge_handover",
]
