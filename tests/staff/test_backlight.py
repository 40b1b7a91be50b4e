"""Brightness reaches a Linux backlight when there is one, and is harmless when there is not."""

from __future__ import annotations

from pathlib import Path

from kiosk.staff.backlight import apply_brightness


def test_sets_each_backlight_in_proportion(tmp_path: Path) -> None:
    for name, maximum in [("intel_backlight", 1000), ("acpi_video0", 15)]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "max_brightness").write_text(f"{maximum}\n")
        (tmp_path / name / "brightness").write_text("0\n")
    assert apply_brightness(40, tmp_path)
    assert (tmp_path / "intel_backlight" / "brightness").read_text() == "400\n"
    assert (tmp_path / "acpi_video0" / "brightness").read_text() == "6\n"


def test_no_backlight_or_no_permission_changes_nothing(tmp_path: Path) -> None:
    assert not apply_brightness(50, tmp_path / "missing")
    (tmp_path / "panel").mkdir()
    (tmp_path / "panel" / "max_brightness").write_text("not a number")
    assert not apply_brightness(50, tmp_path)
