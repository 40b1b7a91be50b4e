"""The honest festival is built once per test session; each attack works on a copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.attacks.festival import Desk, HonestFestival, build_festival


@pytest.fixture(scope="session")
def festival(tmp_path_factory: pytest.TempPathFactory) -> HonestFestival:
    return build_festival(tmp_path_factory.mktemp("honest-festival"))


@pytest.fixture
def desk(festival: HonestFestival, tmp_path: Path) -> Desk:
    return Desk.copy_of(festival, tmp_path)
