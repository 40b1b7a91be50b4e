"""Video clips in a pack: checked with the kiosk's own player, installed beside the booth file.

Every test here starts Qt Multimedia in a child process (`kiosk.pack.videoprobe`),
so they carry the `ui` mark.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image

from kiosk.cli import main
from kiosk.domain.captions import parse_captions
from kiosk.ops.filechecks import check_clips, read_database
from kiosk.pack.csv_import import pack_from_csv
from kiosk.pack.format import PackError, load_pack
from kiosk.pack.importer import import_pack
from kiosk.storage.clips import clip_problems, clips_of, media_dir, poster_jpeg
from kiosk.storage.database import open_booth_database
from tests.clips import CAPTIONS_EN, CAPTIONS_ID, Clips
from tests.unit.pack_fixtures import image_bytes, minimal_document, write_pack, zip_folder

pytestmark = pytest.mark.ui


def pack_with_clips(
    folder: Path, clips: Clips, videos: list[Any], files: dict[str, str], **festival: Any
) -> Path:
    """The minimal pack, its first innovation with `videos`; `files`: media name -> clip kind."""
    document = minimal_document()
    document["innovations"][0]["videos"] = videos
    document["festival"].update(festival)
    write_pack(folder, document)
    for name, kind in files.items():
        clips.copy(kind, folder / name)
    return folder


GOOD = [
    {
        "file": "media/jalan.mp4",
        "title": {"id": "Cara melapor", "en": "How to report"},
        "captions": {"id": "media/jalan.id.vtt", "en": "media/jalan.en.srt"},
    },
    {"file": "media/tim.webm", "poster": "media/tim-poster.jpg"},
]


def good_pack(folder: Path, clips: Clips) -> Path:
    pack_with_clips(folder, clips, GOOD, {"media/jalan.mp4": "h264", "media/tim.webm": "vp9"})
    (folder / "media/jalan.id.vtt").write_text(CAPTIONS_ID, "utf-8")
    (folder / "media/jalan.en.srt").write_text(CAPTIONS_EN, "utf-8")
    (folder / "media/tim-poster.jpg").write_bytes(image_bytes(1600, 1200))
    return folder


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        load_pack(path)
    return caught.value.problems


def test_validate_reports_codec_resolution_and_duration_of_each_clip(
    tmp_path: Path, clips: Clips
) -> None:
    folder = good_pack(tmp_path / "pack", clips)
    result = CliRunner().invoke(main, ["pack", "validate", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "2 video clips" in result.output
    assert "media/jalan.mp4: H.264 320x240, 0:02," in result.output
    assert "media/tim.webm: VP9 320x240, 0:02," in result.output
    assert "no sound" in result.output.split("media/tim.webm")[1]


def test_clips_count_in_the_pack_fingerprint_and_a_zip_gives_the_same(
    tmp_path: Path, clips: Clips
) -> None:
    folder = good_pack(tmp_path / "pack", clips)
    first = load_pack(folder).sha256
    assert load_pack(zip_folder(folder, tmp_path / "pack.zip", "festival/")).sha256 == first
    (folder / "media/jalan.en.srt").write_text(CAPTIONS_EN.replace("two", "three"), "utf-8")
    assert load_pack(folder).sha256 != first
    clips.copy("h264-6s", folder / "media/jalan.mp4")
    assert load_pack(folder).sha256 != first


def test_import_puts_clips_beside_the_booth_file_named_by_their_sha256(
    tmp_path: Path, clips: Clips
) -> None:
    pack = zip_folder(good_pack(tmp_path / "pack", clips), tmp_path / "pack.zip")
    db = open_booth_database(tmp_path / "db" / "booth.sqlite")
    summary = import_pack(db, pack)
    assert summary.clips == 2
    assert "2 video clips" in str(summary)
    assert media_dir(db) == tmp_path / "db" / "media"
    shown = clips_of(db, "rawat-jalan")
    assert [c.path.suffix for c in shown] == [".mp4", ".webm"]
    for clip, kind in zip(shown, ("h264", "vp9"), strict=True):
        data = clips.path(kind).read_bytes()
        assert clip.path.name == hashlib.sha256(data).hexdigest() + clip.path.suffix
        assert clip.path.read_bytes() == data
        assert (clip.duration_ms, clip.width, clip.height) == (2000, 320, 240)
    assert [p.name for p in media_dir(db).iterdir() if p.name.startswith(".")] == []
    # Not in the booth file: it is handed over on a USB stick.
    assert (tmp_path / "db" / "booth.sqlite").stat().st_size < len(
        clips.path("h264").read_bytes()
    ) * 20
    row = db.execute("SELECT codec, title_id, title_en, size_bytes FROM videos ORDER BY sort_order")
    assert row.fetchall() == [
        ("H264", "Cara melapor", "How to report", clips.path("h264").stat().st_size),
        ("VP9", "", "", clips.path("vp9").stat().st_size),
    ]
    # Captions as given, per language, readable by the booth's parser.
    first = shown[0]
    assert parse_captions(first.captions.id)[1].text == "Tim datang dalam dua hari"
    assert parse_captions(first.captions.en)[0].text == "Residents report a damaged road"
    assert shown[1].captions.id == shown[1].captions.en == ""
    # Posters: a frame from the clip, or the pack's own picture, at most 960 px.
    frame = Image.open(io.BytesIO(poster_jpeg(db, first.id) or b""))
    given = Image.open(io.BytesIO(poster_jpeg(db, shown[1].id) or b""))
    assert (frame.format, frame.size) == ("JPEG", (320, 240))
    assert (given.format, given.size) == ("JPEG", (960, 720))
    assert clip_problems(db, full=True) == []
    db.close()


def test_a_damaged_or_missing_clip_file_is_named_at_the_check(tmp_path: Path, clips: Clips) -> None:
    db = open_booth_database(tmp_path / "booth.sqlite")
    import_pack(db, good_pack(tmp_path / "pack", clips))
    mp4, webm = (c.path for c in clips_of(db))
    data = bytearray(mp4.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size: only the SHA-256 tells
    mp4.write_bytes(bytes(data))
    webm.unlink()
    assert clip_problems(db, full=False) == [
        f"{webm}: missing (the clip media/tim.webm); import the pack again"
    ]
    assert clip_problems(db, full=True) == [
        f"{mp4}: damaged (the clip media/jalan.mp4 differs from what was installed);"
        " import the pack again",
        f"{webm}: missing (the clip media/tim.webm); import the pack again",
    ]
    # kiosk doctor reads the file without writing to it, and names both.
    check = check_clips(read_database(tmp_path / "booth.sqlite"))
    assert (check.level, check.message) == ("fail", "; ".join(clip_problems(db, full=True)))
    # Importing again repairs both.
    import_pack(db, good_pack(tmp_path / "pack", clips))
    assert clip_problems(db, full=True) == []
    check = check_clips(read_database(tmp_path / "booth.sqlite"))
    assert (check.level, check.message) == ("ok", "2 clip(s), each file whole (SHA-256 checked)")
    db.close()


def test_clips_that_cannot_play_are_errors_naming_them(tmp_path: Path, clips: Clips) -> None:
    folder = pack_with_clips(
        tmp_path / "pack",
        clips,
        ["media/a.mp4", "media/b.mp4", "media/c.mp4"],
        {"media/a.mp4": "not-a-video", "media/b.mp4": "cut", "media/c.mp4": "mpeg4",
         "media/d.mp4": "h264-6s"},
        video={"max_seconds": 5},
    )  # fmt: skip
    document = json.loads((folder / "pack.json").read_text("utf-8"))
    document["innovations"][1]["videos"] = ["media/d.mp4"]
    (folder / "pack.json").write_text(json.dumps(document), "utf-8")
    problems = problems_of(folder)
    assert problems == [
        "innovations[0].videos[0].file: media/a.mp4: cannot be opened (Could not open file)",
        "innovations[0].videos[1].file: media/b.mp4: no picture near its end: damaged or cut"
        " short (copy it again)",
        "innovations[0].videos[2].file: media/c.mp4: video codec MPEG-4 Part 2 is not"
        " supported; use H.264 in an .mp4 (or H.265, VP8, VP9, AV1)",
        "innovations[1].videos[0].file: media/d.mp4: lasts 0:06, longer than the pack allows"
        " (0:05, festival.video.max_seconds)",
    ]
    result = CliRunner().invoke(main, ["pack", "validate", str(folder)])
    assert result.exit_code == 1
    assert "media/c.mp4: video codec MPEG-4 Part 2 is not supported" in result.output


def test_size_limit_missing_clips_bad_names_and_bad_captions(tmp_path: Path, clips: Clips) -> None:
    videos = [
        "media/besar.mp4",
        "media/hilang.mp4",
        {"file": "media/film.avi"},
        {
            "file": "media/ok.mp4",
            "captions": {"id": "media/ok.txt", "en": "media/ok.vtt", "jv": "x"},
        },
        {"file": "media/ok.mp4", "captions": {"id": "media/rusak.vtt"}},
    ]
    folder = pack_with_clips(
        tmp_path / "pack", clips, videos[:3], {"media/ok.mp4": "h264"}, video={"max_megabytes": 1}
    )
    document = json.loads((folder / "pack.json").read_text("utf-8"))
    document["innovations"][1]["videos"] = videos[3:]
    (folder / "pack.json").write_text(json.dumps(document), "utf-8")
    (folder / "media/besar.mp4").write_bytes(b"\0" * 1_200_000)
    (folder / "media/ok.vtt").write_bytes(CAPTIONS_ID.encode("cp1252") + b"caf\xe9\n")
    (folder / "media/rusak.vtt").write_text("WEBVTT\n\n00:01.000 -> 00:02.000\nHalo\n", "utf-8")
    assert problems_of(folder) == [
        "innovations[0].videos[2].file: file must be a .mp4, .m4v, .mov, .webm or .mkv video:"
        " 'media/film.avi'",
        "innovations[1].videos[0].captions.jv: unknown field (a typo?)",
        "innovations[1].videos[0].captions.id: file must be a .vtt (WebVTT) or .srt (SubRip)"
        " caption file: 'media/ok.txt'",
        "innovations[1].videos[0].captions.en: media/ok.vtt is not UTF-8 text; save it as UTF-8",
        "innovations[1].videos[1].captions.id: media/rusak.vtt, line 3: expected a time like"
        " 00:00:01.000 --> 00:00:03.000",
        "innovations[0].videos[0].file: file too large (1.2 MB, at most 1 MB)",
        "innovations[0].videos[1].file: file not found: media/hilang.mp4",
    ]


def test_from_csv_takes_a_video_column_with_the_captions_beside_each_clip(
    tmp_path: Path, clips: Clips
) -> None:
    media = tmp_path / "bahan"
    clips.copy("h264", media / "klip" / "Kali.MP4")
    (media / "klip" / "Kali.id.vtt").write_text(CAPTIONS_ID, "utf-8")
    (media / "klip" / "Kali.en.srt").write_text(CAPTIONS_EN, "utf-8")
    clips.copy("vp9", media / "tim.webm")
    (media / "foto.jpg").write_bytes(image_bytes())
    (media / "catatan.txt").write_text("bukan video", "utf-8")
    sheet = tmp_path / "inovasi.csv"
    sheet.write_text(
        "kode_opd;nama_opd;judul;ringkasan;kategori;tahun_mulai;foto;video\n"
        "DPUPR;Dinas PU;Rawat Kali;Warga merawat kali.;Lingkungan;2021;foto.jpg;"
        "klip/kali.mp4 | tim.webm\n"
        "DPUPR;;Lapor Jalan;Lapor lewat WhatsApp.;Layanan;2022;;hilang.mp4|catatan.txt\n",
        "utf-8",
    )
    with pytest.raises(PackError) as caught:
        pack_from_csv(sheet, media, tmp_path / "gagal")
    assert caught.value.problems == [
        f"row 3, videos: file not found in {media}: hilang.mp4",
        "row 3, videos: 'catatan.txt' is not a .mp4, .m4v, .mov, .webm, .mkv file",
    ]
    sheet.write_text(sheet.read_text("utf-8").replace("hilang.mp4|catatan.txt", ""), "utf-8")
    out = pack_from_csv(sheet, media, tmp_path / "pack")
    document = json.loads((out / "pack.json").read_text("utf-8"))
    assert document["innovations"][0]["videos"] == [
        {
            "file": "media/rawat-kali-video-1.mp4",
            "captions": {
                "id": "media/rawat-kali-video-1.id.vtt",
                "en": "media/rawat-kali-video-1.en.srt",
            },
        },
        {"file": "media/rawat-kali-video-2.webm"},
    ]
    assert "videos" not in document["innovations"][1]
    assert sorted(load_pack(out).clips) == [
        "media/rawat-kali-video-1.mp4",
        "media/rawat-kali-video-2.webm",
    ]
