"""load_pack: a festival pack folder or zip, checked in full, every problem with its JSON path."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from kiosk.pack.format import PackError, load_pack
from tests.unit.pack_fixtures import minimal_document, write_pack, zip_folder


def problems_of(path: Path) -> set[str]:
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return set(caught.value.problems)


def test_a_valid_folder_loads_into_domain_objects(tmp_path: Path) -> None:
    pack = load_pack(write_pack(tmp_path / "pack"))
    festival = pack.festival
    assert festival.slug == "uji-2026"
    assert festival.name.get("en") == "Test Festival"
    assert festival.branding.primary == "#0B4F6C"
    assert festival.branding.accent == "#F2A541"  # default kept
    assert festival.voting.max_votes_per_session == 2
    assert festival.voting.min_dwell_seconds == 5
    assert [a.code for a in festival.agencies] == ["DPUPR", "DINKES"]
    assert festival.agency("DINKES").short_name == "Dinkes"
    assert festival.agency("DPUPR").short_name == "DPUPR"
    assert festival.agency("DPUPR").map_x == 0.2
    assert [p.file for p in festival.innovations[0].photos] == [
        "media/jalan-1.jpg",
        "media/jalan-2.jpg",
    ]
    assert pack.logo == "media/logo.png"
    assert pack.read_media("media/jalan-1.jpg")[:2] == b"\xff\xd8"
    assert len(pack.sha256) == 64


def test_zip_gives_the_same_festival_and_sha256_as_the_folder(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    plain = zip_folder(folder, tmp_path / "plain.zip")
    # Windows "Send to compressed folder" puts everything under one top folder.
    nested = zip_folder(folder, tmp_path / "nested.zip", prefix="festival/")
    from_folder = load_pack(folder)
    for zipped in (plain, nested):
        from_zip = load_pack(zipped)
        assert from_zip.festival == from_folder.festival
        assert from_zip.sha256 == from_folder.sha256
        assert from_zip.read_media("media/logo.png") == (folder / "media/logo.png").read_bytes()


def test_sha256_is_stable_and_follows_the_media(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    first = load_pack(folder).sha256
    assert load_pack(folder).sha256 == first
    (folder / "media/unused.jpg").write_bytes(b"not referenced, not hashed")
    assert load_pack(folder).sha256 == first
    (folder / "media/jalan-2.jpg").write_bytes((folder / "media/jalan-1.jpg").read_bytes())
    assert load_pack(folder).sha256 != first


def test_every_mistake_is_listed_with_its_json_path(tmp_path: Path) -> None:
    doc = minimal_document()
    fest = doc["festival"]
    fest["colors"]["primary"] = "blue"
    fest["starts_on"] = "20-08-2026"
    fest["timezone"] = "Mars/Olympus"
    fest["opening_time"] = "21:00"
    fest["closing_time"] = "08:00"
    doc["voting"] = {"max_votes_per_session": 50, "idle_seconds": "45", "cooldown_seconds": -1}
    doc["agencies"].append({"code": "DINKES", "name": "Dinas Kesehatan", "booth": "A3"})
    doc["agencies"][0]["map"] = {"x": 1.5}
    agency = doc["agencies"][0]
    del agency["name"]
    inno = doc["innovations"]
    inno[0]["photos"][0]["file"] = "media/missing.jpg"
    inno[0]["photos"][1]["file"] = "../../etc/passwd"
    inno[1]["agency"] = "XYZ"
    inno[1]["slug"] = "Lapor Jalan"
    inno[1]["year_started"] = 1800
    inno[1]["url"] = "javascript:alert(1)"
    inno[2]["slug"] = "rawat-jalan"
    inno[2]["title"] = {"en": "No Indonesian"}
    inno[2]["titel"] = "typo"
    inno[2]["year_started"] = "2021"
    write_pack(tmp_path / "pack", doc)
    assert problems_of(tmp_path / "pack") == {
        "festival.colors.primary: 'blue' is not a colour like #1A2B3C",
        "festival.starts_on: '20-08-2026' is not a date like 2026-08-20",
        "festival.timezone: unknown time zone 'Mars/Olympus' (like Asia/Jakarta)",
        "festival.closing_time: 08:00 is not after opening_time 21:00",
        "voting.max_votes_per_session: 50 is out of range (1..20)",
        "voting.idle_seconds: expected a number, got text",
        "voting.cooldown_seconds: -1 is out of range (0..120)",
        "agencies[0].name: missing",
        "agencies[0].map.x: 1.5 is out of range (0..1)",
        "agencies[2].code: duplicate code 'DINKES' (also at agencies[1].code)",
        "innovations[0].photos[0]: file not found: media/missing.jpg",
        "innovations[0].photos[1].file: file name must not contain '..', '.' or empty parts:"
        " '../../etc/passwd'",
        "innovations[1].agency: unknown agency 'XYZ'",
        "innovations[1].slug: 'Lapor Jalan' is not a slug (lowercase letters a-z, digits and"
        " hyphens, like 'lapor-jalan-rusak')",
        f"innovations[1].year_started: 1800 is out of range (1945..{date.today().year + 1})",
        "innovations[1].url: 'javascript:alert(1)' is not a web address starting with https://"
        " or http://",
        "innovations[2].slug: duplicate slug 'rawat-jalan' (also at innovations[0].slug)",
        "innovations[2].title.id: missing",
        "innovations[2].titel: unknown field (a typo?)",
        "innovations[2].year_started: expected a whole number, got text",
    }


def test_wrong_top_level_shapes_do_not_crash(tmp_path: Path) -> None:
    shapes = ([], {"format": "zip"}, {"agencies": 3, "innovations": [7]}, {"innovations": []})
    for n, doc in enumerate(shapes):
        (tmp_path / f"p{n}").mkdir()
        (tmp_path / f"p{n}/pack.json").write_text(json.dumps(doc))
    assert "pack.json: expected an object, got a list" in problems_of(tmp_path / "p0")
    assert problems_of(tmp_path / "p1") == {
        'format: must be "gerai-pack" (is this a Gerai festival pack?)',
        "format_version: this Gerai reads version 1, the pack says None",
        "festival: missing",
        "agencies: missing",
        "innovations: missing",
    }
    assert problems_of(tmp_path / "p2") >= {
        "agencies: expected a list, got a number",
        "innovations[0]: expected an object, got a number",
    }
    assert "innovations: the festival needs at least one innovation" in problems_of(tmp_path / "p3")


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    (folder / "pack.json").write_text('{\n  "format": "gerai-pack",\n  "festival": {,}\n}\n')
    assert problems_of(folder) == {
        "pack.json: invalid JSON at line 3, column 16: Expecting property name enclosed in"
        " double quotes"
    }


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"a": 1, "a": 2}', "pack.json: field 'a' given twice"),
        (b'{"a": NaN}', "pack.json: invalid JSON: NaN is not allowed"),
        (b"[" * 100_000, "pack.json: invalid JSON: nested too deeply"),
        ('{"nama": "Kabupaten Banyumas \u2013 caf\u00e9"}'.encode("cp1252"),
         "pack.json: not UTF-8 text (byte 0x96 at offset 29); save it as UTF-8"),
    ],
)  # fmt: skip
def test_unreadable_json_is_one_clear_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    (tmp_path / "pack.json").write_bytes(content)
    assert problems_of(tmp_path) == {problem}


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    raw = (folder / "pack.json").read_bytes()
    (folder / "pack.json").write_bytes(b"\xef\xbb\xbf" + raw)
    assert load_pack(folder).festival.slug == "uji-2026"


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "/etc/passwd", "media\\x.jpg", "media/../pack.json", "C:/x.jpg",
     "media//x.jpg", "photos/x.jpg", "media/notes.txt"],
)  # fmt: skip
def test_media_names_must_stay_inside_media(tmp_path: Path, name: str) -> None:
    doc = minimal_document()
    doc["festival"]["logo"] = name
    problems = problems_of(write_pack(tmp_path / "pack", doc))
    assert len(problems) == 1
    (problem,) = problems
    assert problem.startswith("festival.logo: ")
    assert repr(name) in problem


def test_a_symlink_out_of_the_pack_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.jpg"
    secret.write_bytes((write_pack(tmp_path / "other") / "media/jalan-1.jpg").read_bytes())
    folder = write_pack(tmp_path / "pack")
    (folder / "media/jalan-1.jpg").unlink()
    os.symlink(secret, folder / "media/jalan-1.jpg")
    assert problems_of(folder) == {
        "innovations[0].photos[0]: media/jalan-1.jpg: a link to a file outside the pack, refused"
    }


def test_zip_entries_escaping_the_root_are_refused(tmp_path: Path) -> None:
    archive = zip_folder(write_pack(tmp_path / "pack"), tmp_path / "evil.zip")
    with zipfile.ZipFile(archive, "a") as z:
        z.writestr("../../outside.txt", "x")
        z.writestr("/abs.txt", "x")
    assert problems_of(archive) == {
        "zip entry '../../outside.txt': file name must not contain '..', '.' or empty parts",
        "zip entry '/abs.txt': file name must be relative to the pack, not absolute",
    }


def test_zip_bombs_are_refused_before_unpacking(tmp_path: Path) -> None:
    archive = zip_folder(write_pack(tmp_path / "pack"), tmp_path / "bomb.zip")
    with zipfile.ZipFile(archive, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("media/zeros.bin", b"\0" * 5_000_000)
    assert problems_of(archive) == {
        "zip entry 'media/zeros.bin': compressed more than 100:1, refused (zip bomb?)"
    }


def test_paths_that_are_not_packs(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("hello")
    assert problems_of(tmp_path / "nope") == {f"{tmp_path / 'nope'}: no such file or folder"}
    assert problems_of(tmp_path / "empty") == {f"{tmp_path / 'empty'}: no pack.json in this folder"}
    assert problems_of(tmp_path / "notes.txt") == {
        f"{tmp_path / 'notes.txt'}: neither a pack folder nor a .zip file"
    }


def test_huge_files_are_refused_without_reading_them(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "pack")
    with open(folder / "media/jalan-2.jpg", "r+b") as photo:
        photo.truncate(41 * 1024 * 1024)  # sparse: instant, and nothing to read
    assert problems_of(folder) == {
        "innovations[0].photos[1]: media/jalan-2.jpg: file too large (at most 40 MB)"
    }
    with open(folder / "pack.json", "r+b") as pack_json:
        pack_json.truncate(6 * 1024 * 1024)
    assert problems_of(folder) == {"pack.json: file too large (at most 5 MB)"}


def test_the_festival_map_gives_entrances_stage_and_north(tmp_path: Path) -> None:
    doc = minimal_document()
    doc["festival"]["map"] = {
        "entrances": [{"x": 0.5, "y": 1}, {"x": 0, "y": 0.4}],
        "stage": {"x": 0.5, "y": 0.05},
        "north": 90,
    }
    write_pack(tmp_path / "pack", doc)
    layout = load_pack(tmp_path / "pack").festival.map
    assert [(p.x, p.y) for p in layout.entrances] == [(0.5, 1.0), (0.0, 0.4)]
    assert layout.stage is not None and (layout.stage.x, layout.stage.y) == (0.5, 0.05)
    assert layout.north == 90
    # All optional: no map, or an empty one, is nothing drawn.
    for empty in (None, {}):
        doc = minimal_document()
        if empty is not None:
            doc["festival"]["map"] = empty
        write_pack(tmp_path / f"pack-{empty}", doc)
        layout = load_pack(tmp_path / f"pack-{empty}").festival.map
        assert (layout.entrances, layout.stage, layout.north) == ((), None, None)


def test_festival_map_mistakes_are_named(tmp_path: Path) -> None:
    doc = minimal_document()
    doc["festival"]["map"] = {
        "entrances": [{"x": 0.5}, {"x": 2, "y": 0.1}, "gate", {"x": 0.5, "y": 1, "z": 0}],
        "stage": [0.5, 0.1],
        "north": "up",
        "toilets": {"x": 0.1, "y": 0.1},
    }
    write_pack(tmp_path / "pack", doc)
    assert problems_of(tmp_path / "pack") == {
        "festival.map.entrances[0].y: missing",
        "festival.map.entrances[1].x: 2 is out of range (0..1)",
        "festival.map.entrances[2]: expected an object, got text",
        "festival.map.entrances[3].z: unknown field (a typo?)",
        "festival.map.stage: expected an object, got a list",
        "festival.map.north: expected a number, got text",
        "festival.map.toilets: unknown field (a typo?)",
    }
    doc["festival"]["map"] = {"entrances": [{"x": 0.1, "y": 0.1}] * 9, "stage": {}, "north": 400}
    write_pack(tmp_path / "again", doc)
    assert problems_of(tmp_path / "again") == {
        "festival.map.entrances: too many entries (9, at most 8)",
        'festival.map.stage: expected {"x": 0..1 from the left, "y": 0..1 from the top}',
        "festival.map.north: 400 is out of range (0..360)",
    }
