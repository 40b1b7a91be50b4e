"""`kiosk screenshot`: every screen renders headless, and the QR code on it reads back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pyzbar.pyzbar import decode

from kiosk.ui.commands import screenshot
from kiosk.ui.paths import SCREENSHOT_SCREENS
from kiosk.ui.screenshot import render_screen
from tests.helpers import make_booth_db
from tests.ui.conftest import QtMessages

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def booth_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("shots") / "booth.sqlite"
    make_booth_db(path).close()
    return path


# The survey screens need an agency that runs the survey: tests/ui/test_survey.py renders them.
@pytest.mark.parametrize("screen", [s for s in SCREENSHOT_SCREENS if not s.startswith("survey-")])
def test_every_screen_renders(
    booth_file: Path, tmp_path: Path, screen: str, qt_messages: QtMessages
) -> None:
    out = render_screen(booth_file, "DPUPR", screen, tmp_path / f"{screen}.png", size=(1280, 800))
    with Image.open(out) as image:
        assert image.size == (1280, 800)
        lo, hi = image.convert("L").getextrema()
        assert hi - lo > 40  # not a blank window


@pytest.mark.parametrize(("lang", "size"), [("id", (1920, 1080)), ("en", (1080, 1920))])
def test_detail_qr_code_reads_back_the_innovation_url(
    booth_file: Path, tmp_path: Path, lang: str, size: tuple[int, int], qt_messages: QtMessages
) -> None:
    out = render_screen(
        booth_file, "DPUPR", "detail", tmp_path / "detail.png", lang=lang, size=size,
        innovation="lapor-jalan-rusak",
    )  # fmt: skip
    [code] = decode(Image.open(out))
    assert code.data.decode() == "https://example.go.id/lapor"
    assert code.rect.width >= 240  # about 6 cm on a 21.5" 1080p screen, quiet zone besides


def test_screenshot_leaves_the_booth_file_untouched(booth_file: Path, tmp_path: Path) -> None:
    render_screen(booth_file, "DPUPR", "vote-thanks", tmp_path / "v.png", size=(1280, 800))
    import sqlite3

    conn = sqlite3.connect(booth_file)
    assert conn.execute("SELECT count(*) FROM visitor_records").fetchone()[0] == 0
    conn.close()


def test_screenshot_command(booth_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    result = CliRunner().invoke(
        screenshot,
        ["map", "--out", str(out), "--db", str(booth_file), "--agency", "DPUPR", "--lang", "en",
         "--size", "1280x800"],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert out.exists()


def test_screenshot_command_names_an_unknown_innovation(booth_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        screenshot,
        ["detail", "--out", str(tmp_path / "x.png"), "--db", str(booth_file), "--agency", "DPUPR",
         "--innovation", "no-such-thing"],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "no-such-thing" in result.output
