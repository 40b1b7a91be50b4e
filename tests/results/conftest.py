"""Fixtures for the results tests: booth files built once per session, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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
