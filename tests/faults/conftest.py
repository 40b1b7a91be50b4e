"""Fixtures shared by the fault tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.results.collect import merge_kiosk_files
from tests.faults.disk import run_command
from tests.simulated import SimulatedBooths


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs mounted at tmp_path/disk, or a skip saying why it cannot be."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = run_command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a size-limited tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        run_command("umount", "-l", str(disk))


@pytest.fixture
def merged_festival(tmp_path: Path, simulated_booths: SimulatedBooths) -> Path:
    """A merged festival file of one simulated booth."""
    booth = simulated_booths.copy_to(tmp_path / "booth.sqlite")
    export = tmp_path / "stick" / "DPUPR.sqlite"
    export.parent.mkdir()
    result = CliRunner().invoke(main, ["export", "--db", str(booth), "--out", str(export)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "FESTIVAL.sqlite"
    merge_kiosk_files(out, [export.parent])
    return out
