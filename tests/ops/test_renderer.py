"""Which renderer the kiosk uses (issue 16, item 8): a PC where OpenGL can only be a CPU
rasterizer gets Qt Quick's software scene graph, logged, and `kiosk doctor` says which."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from kiosk.ops.check import OK, WARN
from kiosk.ops.qtchecks import ProbeResult, check_renderer
from kiosk.ops.renderer import quick_backend, software_opengl
from kiosk.ui.qtapp import prepare_environment

X11 = {"DISPLAY": ":0"}


@pytest.fixture
def dri(tmp_path: Path) -> Path:
    folder = tmp_path / "dri"
    folder.mkdir()
    (folder / "card0").touch()  # a display controller alone (a VM's simple framebuffer)
    return folder


def test_no_render_node_means_software_opengl(dri: Path) -> None:
    assert software_opengl(X11, "linux", dri) == f"no GPU render device ({dri}/renderD*)"
    (dri / "renderD128").touch()
    assert software_opengl(X11, "linux", dri) == ""
    assert software_opengl({**X11, "LIBGL_ALWAYS_SOFTWARE": "1"}, "linux", dri) == (
        "LIBGL_ALWAYS_SOFTWARE is set"
    )


def test_headless_and_other_systems_are_left_to_qt(dri: Path) -> None:
    assert software_opengl({"QT_QPA_PLATFORM": "offscreen"}, "linux", dri) == ""
    assert software_opengl(X11, "win32", dri) == ""


def test_the_backend_staff_set_wins() -> None:
    assert quick_backend({"QT_QUICK_BACKEND": "opengl"}, "no GPU") == (
        "opengl",
        "QT_QUICK_BACKEND is set",
    )
    assert quick_backend({}, "no GPU")[0] == "software"
    assert quick_backend({}, "")[0] == ""


def test_kiosk_run_chooses_the_software_scene_graph_and_logs_why(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("QT_IM_MODULE", "QT_QUICK_CONTROLS_STYLE", "QT_QPA_PLATFORM"):
        monkeypatch.setenv(name, os.environ.get(name, ""))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("LIBGL_ALWAYS_SOFTWARE", "1")
    monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
    with caplog.at_level(logging.INFO, logger="kiosk.ui.qtapp"):
        prepare_environment()
    assert os.environ["QT_QUICK_BACKEND"] == "software"
    assert "software scene graph: OpenGL here would be a CPU rasterizer" in caplog.text


def test_doctor_says_which_renderer_the_kiosk_will_use() -> None:
    software = check_renderer(X11, "no GPU render device (/dev/dri/renderD*)", None)
    assert software.level == OK
    assert software.message.startswith("Qt Quick's software scene graph (OpenGL here would be")
    gpu = ProbeResult({"renderer": "Mesa Intel(R) UHD Graphics 620 (KBL GT2)"})
    assert (
        check_renderer(X11, "", gpu).message == "OpenGL on Mesa Intel(R) UHD Graphics 620 (KBL GT2)"
    )
    llvmpipe = ProbeResult({"renderer": "llvmpipe (LLVM 15.0.6, 256 bits)"})
    warned = check_renderer(X11, "", llvmpipe)
    assert warned.level == WARN and "QT_QUICK_BACKEND=software" in warned.message
