"""Packs that are too big in number of files, and messages that name the real problem
(issue 16, items 5 and 6): each is refused before the booth's content is touched."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kiosk.pack.format import PackError, load_pack
from kiosk.pack.importer import install_pack
from kiosk.pack.source import MAX_ENTRIES
from kiosk.storage.database import open_booth_database
from tests.faults.packs import PHOTOS, good_document, innovation, photo, write_pack


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


def test_a_zip_with_too_many_entries_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_pack(tmp_path / "good", good_document())
    path = zip_of(good, tmp_path / "pack.zip", extra=MAX_ENTRIES + 1)

    def listed(self: zipfile.ZipFile) -> None:
        raise AssertionError("zipfile listed the whole central directory")

    # Refused from the end record and a bounded walk, before zipfile lists every entry.
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", listed)
    problems = problems_of(path)
    assert problems == [
        f"{path}: {MAX_ENTRIES + 5:,} files and folders, more than a pack may have (25,000)"
    ]


@pytest.mark.slow  # several seconds: out of `make test-fast`
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


def test_a_photo_linked_in_a_loop_is_named_not_a_traceback(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", good_document())
    loop = pack / PHOTOS[0]
    loop.unlink()
    loop.symlink_to(loop)  # resolving it never ends
    problems = problems_of(pack)
    assert (
        f"innovations[0].photos[0]: {PHOTOS[0]}: a link that leads back to itself (a loop), refused"
        in problems
    )


@pytest.mark.parametrize("target", ["pack.json", "other.json"])
def test_a_pack_json_linked_in_a_loop_or_to_nothing_is_named(tmp_path: Path, target: str) -> None:
    pack = write_pack(tmp_path / "pack", good_document())
    (pack / "pack.json").unlink()
    (pack / "pack.json").symlink_to(target)  # to itself, or to a file that is not there
    words = "leads back to itself (a loop)" if target == "pack.json" else "a file that is not there"
    (problem,) = problems_of(pack)
    assert problem.startswith("pack.json: a link ") and words in problem


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


def lie_about_entries(path: Path, claimed: int) -> None:
    """Make a zip's end record claim `claimed` entries (zipfile ignores the count)."""
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8 : at + 12] = claimed.to_bytes(2, "little") * 2
    path.write_bytes(bytes(data))


def count_zip_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every ZipFile opened from now on (each one reads the whole central directory)."""
    opened: list[str] = []
    real_init = zipfile.ZipFile.__init__

    def init(self: zipfile.ZipFile, file: Any, *args: Any, **kwargs: Any) -> None:
        opened.append(str(file))
        real_init(self, file, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", init)
    return opened


def test_a_zip_whose_end_record_lies_about_its_entries_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_pack(tmp_path / "good", good_document())
    # Under 65,535 entries there is no ZIP64 record: the lie is the only count there is.
    path = zip_of(good, tmp_path / "pack.zip", extra=MAX_ENTRIES + 100)
    lie_about_entries(path, 5)
    with zipfile.ZipFile(path) as archive:
        assert len(archive.infolist()) == MAX_ENTRIES + 104  # zipfile would list them all
    opened = count_zip_opens(monkeypatch)
    assert problems_of(path) == [
        f"{path}: 25,001 or more files and folders, more than a pack may have (25,000)"
    ]
    assert opened == []  # refused before zipfile read the directory


def many_photos_zip(tmp_path: Path, count: int) -> Path:
    """A zip pack with `count` small photos more, ten to an innovation."""
    document = good_document()
    names = [f"media/p{n}.jpg" for n in range(count)]
    document["innovations"] += [
        innovation(f"banyak-{n}", "DINKES", names[n : n + 10]) for n in range(0, count, 10)
    ]
    media = {name: photo(name) for name in PHOTOS} | dict.fromkeys(names, photo("x.jpg", (16, 16)))
    return zip_of(write_pack(tmp_path / "many", document, media), tmp_path / "many.zip")


@pytest.mark.parametrize("count", [10, 300])
def test_a_zip_pack_is_opened_once_whatever_its_photos(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    path = many_photos_zip(tmp_path, count)
    opened = count_zip_opens(monkeypatch)
    loaded = load_pack(path)
    assert sum(len(i.photos) for i in loaded.festival.innovations) == count + 3
    # Reopening per photo re-read the whole directory each time: time grew with count squared.
    assert opened == [str(path)]


def test_importing_a_zip_pack_opens_it_once_more_and_closes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = many_photos_zip(tmp_path, 40)
    loaded = load_pack(path)
    opened = count_zip_opens(monkeypatch)
    db = open_booth_database(tmp_path / "booth.sqlite")
    try:
        summary = install_pack(db, loaded)
    finally:
        db.close()
    assert summary.photos == 43
    assert opened == [str(path)]
    assert loaded._source._zip.archive is None  # closed: the stick can be taken out
