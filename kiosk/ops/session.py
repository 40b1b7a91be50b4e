"""Where the kiosk will show its window: cage on tty1, a desktop session, or bare X11/Wayland.

Read from the autostart files `install-autostart` writes (where it runs at boot) and
from the environment (where `kiosk run` typed here would run), without Qt, so
`kiosk doctor` can say it even over SSH.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.ops.autostart import (
    CAGE_SERVICE,
    SERVICE,
    SYSTEM_UNIT_DIR,
    desktop_path,
    service_path,
)
from kiosk.ops.check import FAIL, OK, WARN, Check
from kiosk.system import apt_line, missing_cage_packages

NAME = "session"
CAGE_HINT = "For a locked kiosk with no desktop: sudo .venv/bin/kiosk install-autostart --kind cage"


def check_session(
    env: Mapping[str, str],
    platform: str = sys.platform,
    unit_dir: Path = SYSTEM_UNIT_DIR,
    missing: Callable[[], list[str]] = missing_cage_packages,
) -> Check:
    """Say where the kiosk runs at boot and here; fail when the cage unit lacks its packages."""
    if platform != "linux":
        return Check(NAME, OK, "the kiosk runs in the desktop session (see the install guide)")
    here = current_session(env)
    if (unit_dir / CAGE_SERVICE).exists():
        return _cage_check(unit_dir, here, missing())
    home = Path(env.get("HOME") or Path.home())
    if (home / ".config/systemd/user/graphical-session.target.wants" / SERVICE).exists():
        return Check(NAME, OK, f"at boot: the desktop session ({service_path(home)}); {here}")
    if desktop_path(home).exists():
        return Check(NAME, OK, f"at boot: the desktop session ({desktop_path(home)}); {here}")
    return Check(NAME, OK, f"no autostart installed; {here}. {CAGE_HINT}")


def _cage_check(unit_dir: Path, here: str, missing: list[str]) -> Check:
    name = CAGE_SERVICE.removesuffix(".service")
    if missing:
        return Check(
            NAME,
            FAIL,
            f"{name} is installed but this PC lacks {', '.join(missing)}. Fix: {apt_line(missing)}",
        )
    if not (unit_dir / "graphical.target.wants" / CAGE_SERVICE).exists():
        return Check(
            NAME,
            WARN,
            f"{name} is installed but not enabled. Fix: sudo systemctl enable --now {name}",
        )
    return Check(NAME, OK, f"at boot: cage on tty1, no desktop behind the kiosk; {here}")


def current_session(env: Mapping[str, str]) -> str:
    """Where a kiosk started from this environment would show its window, in words."""
    desktop = env.get("XDG_CURRENT_DESKTOP") or env.get("DESKTOP_SESSION")
    kind = env.get("XDG_SESSION_TYPE", "")
    if env.get("QT_QPA_PLATFORM") == "offscreen":
        return "here: offscreen (no screen)"
    if env.get("WAYLAND_DISPLAY") and inside_cage():
        return "here: inside cage"
    if desktop:
        return f"here: a {desktop} desktop session ({kind or 'x11'})"
    if env.get("WAYLAND_DISPLAY"):
        return f"here: a Wayland compositor ({env['WAYLAND_DISPLAY']})"
    if env.get("DISPLAY"):
        return f"here: X11 without a desktop ({env['DISPLAY']})"
    return "here: no screen (a console or SSH)"


def inside_cage(proc: Path = Path("/proc")) -> bool:
    """Whether this process runs under cage (cage starts the kiosk as its child)."""
    pid = "self"
    for _ in range(32):  # the depth of any sane process tree
        try:
            fields = (proc / pid / "stat").read_text().rsplit(")", 1)[1].split()
            pid = fields[1]  # the parent's pid, after the state
            if (proc / pid / "comm").read_text().strip() == "cage":
                return True
        except (OSError, IndexError):
            return False
        if pid in ("0", "1"):
            return False
    return False
