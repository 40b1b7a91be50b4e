"""Which Qt Quick renderer `kiosk run` should ask for, decided before Qt starts.

Kept apart from `qtchecks` (the doctor's Qt probe) so that the kiosk's path to
its first frame imports nothing more than this: no subprocess, no ctypes.util.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

HEADLESS_PLATFORMS = ("offscreen", "minimal")


def software_opengl(
    env: Mapping[str, str], platform: str = sys.platform, dri: Path = Path("/dev/dri")
) -> str:
    """Why OpenGL on this PC can only be a software rasterizer, or "" when a GPU may serve it.

    Qt-free and instant, for `kiosk run` to decide before Qt starts: on Linux, Mesa
    renders on a GPU only through a render node (/dev/dri/renderD*); a VM or a PC
    without a driver has none, and OpenGL there is llvmpipe on the CPU.
    """
    if platform != "linux" or env.get("QT_QPA_PLATFORM") in HEADLESS_PLATFORMS:
        return ""
    if env.get("LIBGL_ALWAYS_SOFTWARE", "0") not in ("", "0", "false"):
        return "LIBGL_ALWAYS_SOFTWARE is set"
    try:
        if any(dri.glob("renderD*")):
            return ""
    except OSError:
        pass
    return f"no GPU render device ({dri}/renderD*)"


def quick_backend(env: Mapping[str, str], software_reason: str) -> tuple[str, str]:
    """The Qt Quick backend `kiosk run` uses ("software", or "" for Qt's default) and why."""
    chosen = env.get("QT_QUICK_BACKEND", "")
    if chosen:
        return chosen, "QT_QUICK_BACKEND is set"
    if software_reason:
        # A CPU rasterizer repaints the whole 1920x1080 window for every animation frame;
        # Qt Quick's software scene graph repaints only what changed.
        return "software", f"OpenGL here would be a CPU rasterizer: {software_reason}"
    return "", "a GPU render device is present"
