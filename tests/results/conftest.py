"""Fixtures for the results tests: booth files built once per session, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.results.festival_demo import DemoFestival, build_demo
from tests.results.kiosks import build_kiosk, export


@pytest.fixture(scope="session")
def booth_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two exported booth files (DPUPR, DINKES), built once."""
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("exports")
    files = {}
    for agency, visitors, seed in (("DPUPR", 24, 1), ("DINKES", 16, 2)):
        build_kiosk(raw / f"{agency}.sqlite", agency, visitors, seed)
        files[agency] = export(raw / f"{agency}.sqlite", out / f"{agency}-export.sqlite")
    return files


@pytest.fixture
def stick(tmp_path: Path, booth_files: dict[str, Path]) -> Path:
    """A 'USB stick' folder holding a fresh copy of both exports."""
    folder = tmp_path / "stick"
    folder.mkdir()
    for path in booth_files.values():
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoFestival:
    """The demo festival's USB sticks (kiosk.simulate traffic), built once."""
    return build_demo(tmp_path_factory.mktemp("festival"), scale=0.6)


@pytest.fixture(scope="session")
def demo_merged(demo: DemoFestival, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo sticks merged once, receipts checked (treat as read-only)."""
    from kiosk.results.collect import merge_kiosk_files
    from kiosk.storage.receipt import read_receipts_file

    assert demo.receipts is not None
    out = tmp_path_factory.mktemp("merged") / "FESTIVAL.sqlite"
    merge_kiosk_files(out, demo.sticks, read_receipts_file(demo.receipts), workers=2)
    return out
