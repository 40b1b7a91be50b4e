"""The desk's hand-over without a window: a stick pulled out mid-copy leaves nothing behind."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from kiosk.results.desk import handover
from kiosk.results.desk.handover import DeskFolder, HandoverError
from kiosk.storage.receipt import ReceiptError

SQLITE_MAGIC = b"SQLite format 3\x00"


def test_a_stick_pulled_out_mid_copy_leaves_the_desk_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    for name in ("a.sqlite", "b.sqlite", "c.sqlite"):
        (stick / name).write_bytes(SQLITE_MAGIC + bytes(4096))
    desk = DeskFolder(tmp_path / "meja")
    real_copy = handover._copy_whole
    copied = []

    def pulled_after_one(source: Path, dest: Path) -> None:
        if copied:  # the stick is gone after the first file: reading fails as the kernel says
            raise OSError(errno.EIO, "Input/output error", str(source))
        real_copy(source, dest)
        copied.append(dest)

    monkeypatch.setattr(handover, "_copy_whole", pulled_after_one)
    with pytest.raises(HandoverError, match="the copy stopped"):
        desk.take_in(stick)
    assert copied  # one file was copied before the stick went
    assert list(desk.files.iterdir()) == []  # ... and nothing of it stayed
    monkeypatch.setattr(handover, "_copy_whole", real_copy)
    taken = desk.take_in(stick)  # plugged in again: the whole stick
    assert sorted(p.name for p in taken.files) == ["a.sqlite", "b.sqlite", "c.sqlite"]
    assert [p.name for p in desk.files.iterdir()] == [taken.folder.name]


def test_a_folder_without_booth_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "STICK").mkdir()
    (tmp_path / "STICK" / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    desk = DeskFolder(tmp_path / "meja")
    with pytest.raises(HandoverError, match="no booth file here"):
        desk.take_in(tmp_path / "STICK")
    assert list(desk.files.iterdir()) == []


def test_a_typed_line_that_is_not_a_receipt_is_not_kept(tmp_path: Path) -> None:
    desk = DeskFolder(tmp_path / "meja")
    with pytest.raises(ReceiptError):
        desk.add_receipt_text("struk DPUPR")
    assert desk.held_receipts() == ([], [])
