"""One place knows where the assets are: the UI and `kiosk doctor` look in the same folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.ops.doctor import Machine
from kiosk.ops.qtchecks import check_fonts
from kiosk.ui.qtapp import load_fonts

pytestmark = pytest.mark.ui

# A font whose family is not the bundled one, so the family `load_fonts` returns
# says which folder it read.
PROBE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_doctor_checks_the_fonts_the_ui_loads_outside_a_checkout(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not PROBE_FONT.exists():
        pytest.skip("needs Debian's fonts-dejavu-core (see kiosk/system.py)")
    # An installed package: no pyproject.toml beside it, so the assets are under the
    # folder the kiosk is started from.
    monkeypatch.setattr(paths, "PACKAGE_DIR", tmp_path / "site-packages" / "kiosk")
    monkeypatch.chdir(tmp_path)
    fonts = tmp_path / "assets" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy(PROBE_FONT, fonts)

    assert Machine().fonts_dir == fonts
    assert PROBE_FONT.name in check_fonts(Machine().fonts_dir, False).message
    assert load_fonts() == "DejaVu Sans"
