"""Packs that are too big in number of files, and messages that name the real problem
(issue 16, items 5 and 6): each is refused before the booth's content is touched."""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path

import pytest

from kiosk.pack.format import PackError, load_pack
from kiosk.pack.source import MAX_ENTRIES
from tests.faults.packs import good_document, write_pack


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PackError) as refused:
        load_pack(path)
    return refused.value.problems


def zip_of(folder: Path, path: Path, extra: int = 0) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(folder).as_posix())
        for n in range(extra):
            archive.writestr(f"junk/{n}", b"")
    return path


def test_a_zip_with_too_many_entries_is_refused_at_once(tmp_path: Path) -> None:
    good = write_pack(tmp_path / "good", good_document())
    path = zip_of(good, tmp_path / "pack.zip", extra=MAX_ENTRIES + 1)
    start = time.perf_counter()
    problems = problems_of(path)
    assert time.perf_counter() - start < 1.0  # read from the end record, not by listing all
    assert problems == [
        f"{path}: {MAX_ENTRIES + 5:,} files and folders, more than a pack may have (25,000)"
    ]


def test_a_folder_with_too_many_files_is_refused(tmp_path: Path) -> None:
    good = write_pack(tmp_path / "good", good_document())
    junk = good / "junk"
    junk.mkdir()
    for n in range(MAX_ENTRIES):
        (junk / str(n)).touch()
    (problem,) = problems_of(good)
    assert "or more files and folders, more than a pack may have (25,000)" in problem


def test_a_folder_with_too_many_bytes_is_refused(tmp_path: Path) -> None:
    good = write_pack(tmp_path / "good", good_document())
    with (good / "media" / "film.bin").open("wb") as file:
        file.truncate(600 * 1024 * 1024)  # sparse: takes no room on the disk
    (problem,) = problems_of(good)
    assert problem.startswith(f"{good}: 629 MB or more of files, more than a pack may have")


def test_a_linked_pack_json_is_named_as_such(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", good_document())
    (tmp_path / "elsewhere.json").write_text(json.dumps(good_document()))
    (pack / "pack.json").unlink()
    (pack / "pack.json").symlink_to(tmp_path / "elsewhere.json")
    assert problems_of(pack) == ["pack.json: a link to a file outside the pack, refused"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("media/a\x00.jpg", "character U+0000"),
        ("media/a\x1b.jpg", "character U+001B"),
        ("file:///etc/passwd", "not a URL"),
        ("https://example.org/a.jpg", "not a URL"),
        ("media\\a.jpg", "no backslashes"),
    ],
)
def test_a_bad_media_name_is_named_for_what_it_is(tmp_path: Path, name: str, words: str) -> None:
    document = good_document()
    document["innovations"][0]["photos"][0]["file"] = name
    problems = problems_of(write_pack(tmp_path / "pack", document))
    assert any(p.startswith("innovations[0].photos[0].file") and words in p for p in problems)


def test_a_number_with_thousands_of_digits_is_named_without_python_advice(tmp_path: Path) -> None:
    raw = json.dumps(good_document()).replace(
        '"year_started": 2021', '"year_started": ' + "9" * 5000
    )
    problems = problems_of(write_pack(tmp_path / "pack", raw.encode()))
    assert problems == [
        "pack.json: invalid JSON: a number with 5000 digits (999999999999...);"
        " numbers in a pack have at most 20"
    ]


def test_a_truncated_zip_is_named_as_one(tmp_path: Path) -> None:
    path = zip_of(write_pack(tmp_path / "good", good_document()), tmp_path / "pack.zip")
    with path.open("r+b") as file:
        file.truncate(os.path.getsize(path) * 2 // 3)
    assert problems_of(path) == [
        f"{path}: a damaged or truncated .zip file (its end is missing); copy it again"
    ]
