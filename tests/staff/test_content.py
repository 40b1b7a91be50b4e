"""Staff content edits: shown to visitors at once, every one in the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.staff import content
from kiosk.staff.errors import StaffError
from kiosk.storage.content import audit_trail, load_festival, photo_bytes
from tests.staff.conftest import StaffedBooth

SLUG = "lapor-jalan-rusak"


def last_edit(s: StaffedBooth) -> tuple[str, str, str, str | None, str | None]:
    e = audit_trail(s.db)[-1]
    return e["editor"], e["row_key"], e["column_name"], e["old_value"], e["new_value"]


def titles(s: StaffedBooth) -> list[str]:
    return [i.title.id for i in load_festival(s.db).innovations_of("DPUPR")]


def test_title_edit_shows_on_the_booth_and_is_audited(staffed: StaffedBooth) -> None:
    content.set_text(staffed.db, SLUG, "title", "id", "  Lapor Jalan Berlubang ")
    assert titles(staffed)[1] == "Lapor Jalan Berlubang"
    assert staffed.booth.innovation(SLUG).title.id == "Lapor Jalan Rusak"  # until reloaded
    staffed.booth.reload_content()
    assert staffed.booth.innovation(SLUG).title.id == "Lapor Jalan Berlubang"
    assert last_edit(staffed) == (
        "staff", SLUG, "title_id", "Lapor Jalan Rusak", "Lapor Jalan Berlubang"
    )  # fmt: skip


def test_english_may_be_empty_indonesian_may_not(staffed: StaffedBooth) -> None:
    content.set_text(staffed.db, SLUG, "summary", "en", "")
    assert load_festival(staffed.db).innovations[1].summary.en == ""
    with pytest.raises(StaffError, match="tidak boleh kosong"):
        content.set_text(staffed.db, SLUG, "title", "id", "   ")
    with pytest.raises(StaffError, match="terlalu panjang"):
        content.set_text(staffed.db, SLUG, "title", "en", "x" * 121)
    with pytest.raises(ValueError):
        content.set_text(staffed.db, SLUG, "category", "id", "x")


def test_url_must_be_a_web_address(staffed: StaffedBooth) -> None:
    content.set_url(staffed.db, SLUG, "https://banyumaskab.go.id/lapor")
    assert last_edit(staffed)[2:] == (
        "url", "https://example.go.id/lapor", "https://banyumaskab.go.id/lapor"
    )  # fmt: skip
    for bad in ["banyumaskab.go.id", "javascript:alert(1)", "https://", "https://a b.id"]:
        with pytest.raises(StaffError, match="https://"):
            content.set_url(staffed.db, SLUG, bad)


def test_hide_and_show_but_never_the_last_one(staffed: StaffedBooth) -> None:
    content.set_hidden(staffed.db, SLUG, True)
    assert titles(staffed) == ["Gerakan Rawat Jalan dan Sungai"]
    with pytest.raises(StaffError, match="satu inovasi"):
        content.set_hidden(staffed.db, "gerakan-rawat-jalan", True)
    content.set_hidden(staffed.db, SLUG, False)
    assert len(titles(staffed)) == 2
    assert [e["new_value"] for e in audit_trail(staffed.db)[-2:]] == ["1", "0"]


def test_reorder_swaps_neighbours_with_two_audited_edits(staffed: StaffedBooth) -> None:
    assert content.move_innovation(staffed.db, SLUG, -1)
    assert titles(staffed) == ["Lapor Jalan Rusak", "Gerakan Rawat Jalan dan Sungai"]
    assert not content.move_innovation(staffed.db, SLUG, -1)
    assert [(e["row_key"], e["column_name"]) for e in audit_trail(staffed.db)[-2:]] == [
        (SLUG, "sort_order"),
        ("gerakan-rawat-jalan", "sort_order"),
    ]


def test_usb_folder_lists_only_photos(usb: Path) -> None:
    assert [p.name for p in content.list_usb_images(usb)] == ["a-kerja.png", "b-depan.JPG"]
    with pytest.raises(StaffError, match="tidak ditemukan"):
        content.list_usb_images(usb / "tidak-ada")


def test_add_replace_remove_photo_downscaled_and_audited(staffed: StaffedBooth, usb: Path) -> None:
    photo_id = content.add_photo(staffed.db, SLUG, usb / "b-depan.JPG")
    (row,) = content.photo_rows(staffed.db, SLUG)
    assert (row.id, row.width, row.height, row.source_file) == (photo_id, 1920, 1280, "b-depan.JPG")
    assert last_edit(staffed)[1:4] == (str(photo_id), "image", None)
    content.replace_photo(staffed.db, photo_id, usb / "a-kerja.png")
    assert content.photo_rows(staffed.db, SLUG)[0].source_file == "a-kerja.png"
    assert (photo_bytes(staffed.db, photo_id) or b"")[:2] == b"\xff\xd8"
    assert "b-depan.JPG" in (last_edit(staffed)[3] or "")
    content.remove_photo(staffed.db, photo_id)
    assert content.photo_rows(staffed.db, SLUG) == []
    assert last_edit(staffed)[4] is None


def test_broken_photo_is_refused_plainly(staffed: StaffedBooth, usb: Path) -> None:
    broken = usb / "rusak.jpg"
    broken.write_bytes((usb / "b-depan.JPG").read_bytes()[:300])
    with pytest.raises(StaffError, match="tidak dapat dipakai"):
        content.add_photo(staffed.db, SLUG, broken)
    assert content.photo_rows(staffed.db, SLUG) == []


def test_at_most_eight_photos(staffed: StaffedBooth, usb: Path) -> None:
    for _ in range(content.MAX_PHOTOS):
        content.add_photo(staffed.db, SLUG, usb / "a-kerja.png")
    with pytest.raises(StaffError, match="Paling banyak 8 foto"):
        content.add_photo(staffed.db, SLUG, usb / "a-kerja.png")


def test_editor_lists_hidden_innovations_too(staffed: StaffedBooth) -> None:
    content.set_hidden(staffed.db, SLUG, True)
    listed = content.booth_innovations(staffed.db, "DPUPR")
    assert [(i.slug, i.hidden) for i in listed] == [
        ("gerakan-rawat-jalan", False),
        (SLUG, True),
    ]
    assert listed[0].texts["title_en"] == "Road and River Care Movement"
    assert len(listed[0].photos) == 1
