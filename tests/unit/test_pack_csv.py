"""pack_from_csv: the organizers' spreadsheet of innovations becomes a valid pack."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from kiosk.pack.csv_import import pack_from_csv
from kiosk.pack.format import PackError, load_pack
from kiosk.pack.importer import import_pack
from kiosk.storage.content import load_festival
from kiosk.storage.database import open_booth_database
from tests.unit.pack_fixtures import image_bytes

HEADER = [
    "slug", "agency_code", "agency_name", "booth", "title_id", "title_en", "summary_id",
    "summary_en", "story_id", "category", "year_started", "url", "contact", "photos",
    "captions_id", "captions_en",
]  # fmt: skip
ROWS = [
    ["", "dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "A1",
     "Gerakan Rawat Kali & Jalan", "River and Road Care", "Warga merawat kali bersama.",
     "Residents care for rivers.", "Paragraf satu.\n\nParagraf dua.", "Infrastruktur", "2021",
     "https://example.go.id/kali", "0281-123456", "kali.jpg | Jalan.JPG",
     "Kerja bakti|Jalan mulus", "Clean-up"],
    ["lapor-jalan", "DPUPR", "", "", "Lapor Jalan Rusak", "", "Laporkan lewat WhatsApp.", "",
     "", "Layanan Publik", "2022.0", "", "", "", "", ""],
    ["posyandu-remaja", "DINKES", "Dinas Kesehatan", "A2", "Posyandu Remaja – Keliling",
     "Teen Health Post", "Pemeriksaan kesehatan remaja.", "Health checks.", "", "Kesehatan",
     "2019", "", "", "sub/posyandu.png", "Pemeriksaan", ""],
    ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
]  # fmt: skip


def write_csv(
    path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "foto"
    (folder / "sub").mkdir(parents=True)
    (folder / "kali.jpg").write_bytes(image_bytes())
    (folder / "jalan.jpg").write_bytes(image_bytes(400, 300))
    (folder / "sub/posyandu.png").write_bytes(image_bytes(300, 300, "PNG"))
    return folder


def problems_of(*args: object, **kwargs: object) -> list[str]:
    with pytest.raises(PackError) as caught:
        pack_from_csv(*args, **kwargs)  # type: ignore[arg-type]
    return caught.value.problems


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(",", "utf-8"), (";", "utf-8-sig"), ("\t", "utf-16")]
)
def test_csv_round_trip(tmp_path: Path, media: Path, delimiter: str, encoding: str) -> None:
    source = write_csv(tmp_path / "inovasi.csv", ROWS, delimiter, encoding)
    out = pack_from_csv(
        source, media, tmp_path / "pack", festival_name="Festival Uji", venue="Alun-Alun",
        starts_on="2026-08-20", ends_on="2026-08-22",
    )  # fmt: skip
    festival = load_pack(out).festival
    assert festival.slug == "festival-uji"
    assert (festival.starts_on, festival.ends_on) == ("2026-08-20", "2026-08-22")
    assert [(a.code, a.name, a.booth) for a in festival.agencies] == [
        ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "A1"),
        ("DINKES", "Dinas Kesehatan", "A2"),
    ]
    first, second, third = festival.innovations
    assert first.slug == "gerakan-rawat-kali-jalan"
    assert first.story.id == "Paragraf satu.\n\nParagraf dua."
    assert [(p.file, p.caption.id, p.caption.en) for p in first.photos] == [
        ("media/gerakan-rawat-kali-jalan-1.jpg", "Kerja bakti", "Clean-up"),
        ("media/gerakan-rawat-kali-jalan-2.jpg", "Jalan mulus", ""),
    ]
    assert (second.agency, second.year_started, second.url) == ("DPUPR", 2022, "")
    assert third.title.id == "Posyandu Remaja – Keliling"
    assert third.photos[0].file == "media/posyandu-remaja-1.png"

    db = open_booth_database(tmp_path / "booth.sqlite")
    assert import_pack(db, out).photos == 3
    assert load_festival(db).innovations == festival.innovations


def test_a_windows_ansi_export_is_read_with_a_note(tmp_path: Path, media: Path) -> None:
    source = write_csv(tmp_path / "inovasi.csv", ROWS, ";", "cp1252")
    notes: list[str] = []
    out = pack_from_csv(source, media, tmp_path / "pack", note=notes.append)
    assert load_pack(out).festival.innovations[2].title.id == "Posyandu Remaja – Keliling"
    assert notes == [
        "inovasi.csv is not UTF-8; read it as Windows-1252 (ANSI). Check accented letters in"
        " pack.json, or save the spreadsheet as 'CSV UTF-8' next time."
    ]


def test_errors_name_the_row_and_column(tmp_path: Path, media: Path) -> None:
    rows = [list(row) for row in ROWS[:3]]
    rows[0][10] = "20x1"  # row 2
    rows[1][2] = "Dinas PU"  # row 3: disagrees with row 2
    rows[1][11] = "www.example.go.id"
    rows[2][13] = "hilang.jpg|../rahasia.jpg"  # row 4
    rows[2][14] = "satu|dua|tiga"
    rows.append(list(ROWS[1]))  # row 5: same slug again
    rows[3][0] = "lapor-jalan"
    rows[3][10] = "1850"
    rows[3][4] = "x" * 130
    source = write_csv(tmp_path / "inovasi.csv", rows)
    next_year = date.today().year + 1
    assert problems_of(source, media, tmp_path / "pack") == [
        "row 2, year_started: '20x1' is not a year",
        "row 3, agency_name: 'Dinas PU' differs from 'Dinas Pekerjaan Umum dan Penataan Ruang'"
        " given for DPUPR on row 2",
        "row 3, url: 'www.example.go.id' is not a web address starting with https:// or http://",
        "row 4, captions_id: 3 captions for 2 photos (separate them with |)",
        f"row 4, photos: file not found in {media}: hilang.jpg",
        "row 4, photos: '../rahasia.jpg' must be a file name inside the media folder",
        "row 5, slug: duplicate slug 'lapor-jalan' (also row 3)",
        "row 5, title_id: too long (130 characters, at most 120)",
        f"row 5, year_started: 1850 is out of range (1945..{next_year})",
    ]
    assert not (tmp_path / "pack").exists()


def test_header_problems_are_listed(tmp_path: Path, media: Path) -> None:
    source = tmp_path / "inovasi.csv"
    source.write_text("No;kode_opd;judul;tahun_mulai;judull\n1;DPUPR;Judul;2021;x\n", "utf-8")
    assert problems_of(source, media, tmp_path / "pack") == [
        "header: unknown column 'judull' (see docs/pack-format.md)",
        "header: missing column 'agency_name'",
        "header: missing column 'summary_id'",
        "header: missing column 'category'",
    ]


def test_an_occupied_output_folder_is_refused(tmp_path: Path, media: Path) -> None:
    source = write_csv(tmp_path / "inovasi.csv", ROWS)
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack/penting.txt").write_text("jangan dihapus")
    assert problems_of(source, media, tmp_path / "pack") == [
        f"{tmp_path / 'pack'}: already exists and is not empty; choose a new folder"
    ]
    assert (tmp_path / "pack/penting.txt").exists()
    first = pack_from_csv(source, media, tmp_path / "pack2")
    assert pack_from_csv(source, media, first, overwrite=True) == first


def test_logo_and_missing_inputs(tmp_path: Path, media: Path) -> None:
    source = write_csv(tmp_path / "inovasi.csv", ROWS)
    logo = tmp_path / "Logo.PNG"
    logo.write_bytes(image_bytes(300, 300, "PNG"))
    pack = load_pack(pack_from_csv(source, media, tmp_path / "pack", logo=logo))
    assert pack.logo == "media/logo.png"
    missing = problems_of(tmp_path / "none.csv", tmp_path / "none", tmp_path / "out", logo=source)
    assert missing == [
        f"{tmp_path / 'none.csv'}: cannot be read (No such file or directory)",
        f"{tmp_path / 'none'}: media folder not found",
        "logo: inovasi.csv: not a JPEG, PNG or WebP image",
    ]


def test_map_positions_on_later_rows(tmp_path: Path, media: Path) -> None:
    header = [*HEADER, "map_x", "map_y"]
    rows = [[*ROWS[0], "0,25", ""], [*ROWS[1], "0.25", "0.7"], [*ROWS[2], "", ""]]

    def write(rows: list[list[str]], name: str) -> Path:
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows([header, *rows])
        (tmp_path / name).write_text(out.getvalue(), "utf-8")
        return tmp_path / name

    # The later row agrees on x and fills in the y the first row left empty.
    pack = pack_from_csv(write(rows, "ok.csv"), media, tmp_path / "ok")
    agency = load_pack(pack).festival.agency("DPUPR")
    assert (agency.map_x, agency.map_y) == (0.25, 0.7)

    rows[1][-2] = "0.9"
    problems = problems_of(write(rows, "bad.csv"), media, tmp_path / "bad")
    assert problems == ["row 3, map_x: '0.9' differs from '0.25' given for DPUPR on row 2"]
