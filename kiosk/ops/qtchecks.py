"""Doctor checks of the Qt side: platform plugin, screen, virtual keyboard, fonts, libraries.

Everything that can make Qt abort runs in a child process (`kiosk.ops.qtprobe`)
with a timeout.
"""

from __future__ import annotations

import ctypes.util
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk import system
from kiosk.ops.check import FAIL, OK, WARN, Check
from kiosk.ops.renderer import HEADLESS_PLATFORMS, quick_backend

PROBE_TIMEOUT_S = 30.0
MIN_SCREEN = (1280, 800)


@dataclass(frozen=True)
class ProbeResult:
    """A probe's JSON answer, or why there is none (`error`, plus Qt's stderr)."""

    data: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    stderr: str = ""


def run_qt_probe(what: str, env: Mapping[str, str]) -> ProbeResult:
    """Run `python -m kiosk.ops.qtprobe WHAT` with `env`; never raises, never hangs."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk.ops.qtprobe", what],
            env=dict(env),
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return ProbeResult(error=f"Qt did not answer within {PROBE_TIMEOUT_S:.0f} s")
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return ProbeResult(error=_qt_error(done.stderr, done.returncode), stderr=done.stderr)
    return ProbeResult(data=json.loads(lines[-1]), stderr=done.stderr)


def _qt_error(stderr: str, returncode: int) -> str:
    """The line of Qt's output that says what went wrong."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "Could not" in line or "cannot" in line or "Error" in line:
            return line
    return lines[-1] if lines else f"the Qt probe exited with code {returncode}"


def has_display(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt has somewhere to open a window (or was told not to need one)."""
    if platform != "linux" or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def check_platform(env: Mapping[str, str], probe: ProbeResult | None) -> Check:
    """Qt's platform plugin loads with this environment (`probe` None: no display at all)."""
    name = "Qt platform"
    if probe is None:
        return Check(
            name,
            FAIL,
            "no display in this shell (DISPLAY and WAYLAND_DISPLAY are unset), so the kiosk "
            "could not open its window. Run `kiosk doctor` in a terminal on the booth's desktop "
            "(the kiosk starts with the desktop session); on a machine without a screen set "
            "QT_QPA_PLATFORM=offscreen to check everything else.",
        )
    if probe.error:
        fix = "run `kiosk doctor` on the booth's desktop; install what 'system libraries' lists"
        if "xcb-cursor" in probe.stderr:
            fix = "install it: sudo apt-get install -y libxcb-cursor0"
        return Check(name, FAIL, f"Qt cannot start: {probe.error}. Fix: {fix}.")
    plugin = str(probe.data.get("platform", "?"))
    if plugin in HEADLESS_PLATFORMS:
        return Check(
            name, OK, f"'{plugin}' loads (no screen: fine for tests and screenshots, not visitors)"
        )
    return Check(name, OK, f"'{plugin}' loads")


def check_screen(probe: ProbeResult | None) -> Check:
    """The primary screen is at least 1280x800 (either way round: portrait screens work)."""
    name = "screen size"
    data = probe.data if probe else {}
    size = data.get("screen")
    if not size or data.get("platform") in HEADLESS_PLATFORMS:
        return Check(name, OK, "no screen attached, skipped")
    width, height = int(size[0]), int(size[1])
    if max(width, height) >= MIN_SCREEN[0] and min(width, height) >= MIN_SCREEN[1]:
        return Check(name, OK, f"{width}x{height}")
    return Check(
        name,
        WARN,
        f"{width}x{height} is smaller than the {MIN_SCREEN[0]}x{MIN_SCREEN[1]} Gerai is made "
        "for: set a higher resolution in the display settings (and 100% scaling)",
    )


def check_keyboard(probe: ProbeResult) -> Check:
    """The Qt Virtual Keyboard's QML module loads (it needs libpulse0 on Debian)."""
    name = "virtual keyboard"
    if not probe.error and probe.data.get("loaded"):
        return Check(name, OK, "Qt Virtual Keyboard loads")
    errors = probe.data.get("errors") or [probe.error]
    return Check(
        name,
        FAIL,
        f"the on-screen keyboard does not load ({errors[0]}), so visitors could not type "
        "comments. Fix: on Debian/Ubuntu `sudo apt-get install -y libpulse0`; otherwise "
        "reinstall PySide6-Addons at the same version as PySide6-Essentials.",
    )


def check_fonts(fonts_dir: Path, has_system_fonts: bool) -> Check:
    """Bundled fonts in assets/fonts (the UI loads them itself), else system fonts."""
    name = "fonts"
    bundled = sorted(p.name for p in fonts_dir.glob("*.[ot]tf")) if fonts_dir.is_dir() else []
    if bundled:
        return Check(name, OK, f"bundled: {', '.join(bundled)}")
    restore = f"restore {fonts_dir} from the Gerai copy (git checkout -- assets/fonts)"
    if has_system_fonts:
        return Check(name, WARN, f"no bundled fonts, the UI falls back to system fonts: {restore}")
    return Check(
        name,
        FAIL,
        f"no fonts at all, text would not show: {restore}, and "
        f"{system.apt_line(list(system.FONT_PACKAGES))}",
    )


def system_fonts_present(platform: str = sys.platform) -> bool:
    """fontconfig knows at least one font (always true off Linux)."""
    return platform != "linux" or system._has_fonts()


def missing_libraries(env: Mapping[str, str], platform: str = sys.platform) -> list[str]:
    """Debian packages Qt needs here: kiosk.system's list, plus xcb's on an X display."""
    if platform != "linux":
        return []
    missing = set(system.missing_packages())
    if env.get("DISPLAY"):
        missing.update(
            p for lib, p in system.XCB_LIBRARIES.items() if not ctypes.util.find_library(lib)
        )
    return sorted(missing)


def check_libraries(missing: list[str], platform: str = sys.platform) -> Check:
    """The system libraries Qt loads at run time."""
    name = "system libraries"
    if platform != "linux":
        return Check(name, OK, "not Linux: the PySide6 wheels bring Qt's own libraries")
    if not missing:
        return Check(name, OK, "everything Qt needs is installed")
    return Check(name, FAIL, f"missing {', '.join(missing)}. Fix: {system.apt_line(missing)}")


def keyboard_env(env: Mapping[str, str]) -> dict[str, str]:
    """The kiosk's keyboard settings; offscreen, so the keyboard is checked with no screen."""
    return dict(env) | {"QT_IM_MODULE": "qtvirtualkeyboard", "QT_QPA_PLATFORM": "offscreen"}


def current_env() -> dict[str, str]:
    return dict(os.environ)


# What Mesa and Windows call their CPU rasterizers in GL_RENDERER.
SOFTWARE_RENDERERS = ("llvmpipe", "softpipe", "swrast", "software rasterizer", "basic render")


def check_renderer(
    env: Mapping[str, str], software_reason: str, probe: ProbeResult | None
) -> Check:
    """Which renderer the kiosk's screens will use, and whether that is a CPU rasterizer."""
    name = "renderer"
    backend, why = quick_backend(env, software_reason)
    if backend:
        return Check(name, OK, f"Qt Quick's {backend} scene graph ({why})")
    if probe is None:
        return Check(name, OK, f"OpenGL ({why}; no screen to check it on)")
    renderer = str(probe.data.get("renderer", ""))
    if probe.error or not renderer:
        return Check(name, WARN, f"OpenGL did not start ({probe.error or 'no renderer'})")
    if any(word in renderer.lower() for word in SOFTWARE_RENDERERS):
        return Check(
            name,
            WARN,
            f"OpenGL is {renderer}, a CPU rasterizer: the attract loop would keep the CPU"
            " busy. Install the graphics driver, or start the kiosk with"
            " QT_QUICK_BACKEND=software",
        )
    return Check(name, OK, f"OpenGL on {renderer}")
