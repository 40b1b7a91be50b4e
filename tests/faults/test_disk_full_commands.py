"""Commands on a full or read-only disk (issue 16, item 2): a one-line message that says
what failed and that nothing stored was lost, never a traceback; `kiosk report` writes
all its files or none."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from PIL import Image

from kiosk.cli import main
from kiosk.storage.database import open_booth_database
from tests.faults.disk import fill, run_command
from tests.faults.packs import PHOTOS, content_fingerprint, good_document, write_pack

SAFE = "nothing stored before was lost or changed"


def kiosk(*args: str) -> Result:
    # catch_exceptions=False: a traceback fails the test instead of hiding in the result.
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def noisy(name: str, seed: int) -> bytes:
    """A photo that compresses badly, so installing it needs room."""
    out = io.BytesIO()
    image = Image.effect_noise((900, 700), 60 + seed).convert("RGB")
    image.save(out, "PNG" if name.endswith(".png") else "JPEG", quality=95)
    return out.getvalue()


def fingerprint(path: Path) -> str:
    db = open_booth_database(path)
    try:
        return content_fingerprint(db)
    finally:
        db.close()


def test_pack_import_on_a_full_disk_says_so_and_keeps_the_content(
    small_disk: Path, tmp_path: Path
) -> None:
    booth = small_disk / "booth.sqlite"
    assert (
        kiosk(
            "pack", "import", "--db", str(booth), str(write_pack(tmp_path / "a", good_document()))
        ).exit_code
        == 0
    )
    before = fingerprint(booth)
    photos = {name: noisy(name, k) for k, name in enumerate(PHOTOS)}
    big = write_pack(tmp_path / "b", good_document(), photos)
    fill(small_disk, leave=160 * 1024)  # enough to open the file, not to install the photos
    result = kiosk("pack", "import", "--db", str(booth), str(big))
    assert result.exit_code == 1, result.output
    assert (
        "the disk is full (database or disk is full)" in result.output and SAFE in result.output
    ), result.output
    (small_disk / "filler").unlink()
    assert fingerprint(booth) == before


def test_simulate_on_first_start_on_a_full_disk_says_so(small_disk: Path) -> None:
    fill(small_disk, leave=8 * 1024)
    result = kiosk(
        "simulate", "--db", str(small_disk / "booth.sqlite"), "--agency", "DPUPR", "--sessions", "5"
    )
    assert result.exit_code == 1, result.output
    assert "the disk is full" in result.output and SAFE in result.output, result.output


def test_pack_import_on_a_read_only_disk_says_so(small_disk: Path, tmp_path: Path) -> None:
    booth = small_disk / "booth.sqlite"
    pack = write_pack(tmp_path / "a", good_document())
    assert kiosk("pack", "import", "--db", str(booth), str(pack)).exit_code == 0
    remounted = run_command("mount", "-o", "remount,ro", str(small_disk))
    if remounted.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {remounted.stderr.strip()}")
    result = kiosk("pack", "import", "--db", str(booth), str(pack))
    assert result.exit_code == 1, result.output
    assert "read-only" in result.output and SAFE in result.output, result.output


def test_report_on_a_full_disk_writes_nothing_and_keeps_the_earlier_report(
    small_disk: Path, merged_festival: Path
) -> None:
    out = small_disk / "laporan"
    out.mkdir()
    (out / "report.html").write_text("the earlier report")
    fill(small_disk, leave=64 * 1024)
    result = kiosk("report", str(merged_festival), "--out", str(out))
    assert result.exit_code == 1, result.output
    assert "the disk is full" in result.output and SAFE in result.output, result.output
    assert sorted(p.name for p in out.iterdir()) == ["report.html"]
    assert (out / "report.html").read_text() == "the earlier report"
    (small_disk / "filler").unlink()
    assert kiosk("report", str(merged_festival), "--out", str(out)).exit_code == 0
    assert {"report.html", "hasil-festival.xlsx"} <= {p.name for p in out.iterdir()}
    assert not (out / ".report.partial").exists()


def test_simulate_when_the_disk_fills_mid_run_says_the_earlier_records_are_kept(
    small_disk: Path, tmp_path: Path
) -> None:
    booth = small_disk / "booth.sqlite"
    pack = write_pack(tmp_path / "pack", good_document())
    first = kiosk(
        "simulate", "--db", str(booth), "--pack", str(pack), "--agency", "DPUPR", "--sessions", "3"
    )
    assert first.exit_code == 0, first.output
    fill(small_disk, leave=96 * 1024)  # room to open the file and store a few visitors
    result = kiosk("simulate", "--db", str(booth), "--agency", "DPUPR", "--sessions", "5000")
    assert result.exit_code == 1, result.output
    assert "record was not stored: database or disk is full; the simulation stopped there." in (
        result.output
    ), result.output
    assert f"stored before it are kept in {booth} and their chain is intact" in result.output
    (small_disk / "filler").unlink()
    assert kiosk("verify", str(booth)).exit_code == 0
