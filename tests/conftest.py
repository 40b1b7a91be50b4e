"""Test-wide set-up: headless Qt, and shared fixtures for booth databases."""

from __future__ import annotations

import os

# Before anything imports Qt: render offscreen with the software backend, and
# load the virtual keyboard the way the kiosk does.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

import pytest

from kiosk.qtcompat import make_constants_immortal
from tests.clips import Clips
from tests.simulated import SimulatedBooths

# pytest-qt's qtbot.wait/waitUntil call processEvents(), which in PySide6 6.12
# leaks away references to None; see kiosk/qtcompat.py.
make_constants_immortal()


def pytest_configure(config: pytest.Config) -> None:
    """In the fast lane (`-m "not ui"`) Qt gets no usable platform.

    Every test that starts Qt, here or in a child process, must carry the `ui`
    mark; one that does not fails (or aborts the run) instead of slowing the lane.
    """
    if "not ui" in (config.option.markexpr or ""):
        os.environ["QT_QPA_PLATFORM"] = "no-qt-in-the-fast-lane"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that starts Qt in this process (pytest-qt's `qapp`, directly or through
    another fixture) must carry the `ui` mark: checked at collection, so `make check`
    fails in seconds rather than the fast lane aborting on it later."""
    unmarked = [
        item.nodeid
        for item in items
        if "qapp" in getattr(item, "fixturenames", ()) and item.get_closest_marker("ui") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "these tests start Qt but lack @pytest.mark.ui: " + ", ".join(unmarked)
        )


@pytest.fixture(scope="session")
def simulated_booths(tmp_path_factory: pytest.TempPathFactory) -> SimulatedBooths:
    return SimulatedBooths(tmp_path_factory.mktemp("simulated"))


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Clips:
    """Short generated video clips (tests/clips.py), each made once per run."""
    return Clips(tmp_path_factory.mktemp("clips"))
