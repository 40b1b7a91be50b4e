"""Putting the brightness setting on the screen, where the kiosk PC allows it.

Linux exposes a panel's backlight as /sys/class/backlight/<device>/brightness
(0..max_brightness). It is writable only with a udev rule or group giving the
kiosk user access; without one (or on an external monitor) nothing happens and
the stored setting waits for a machine that can apply it.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

BACKLIGHT_ROOT = Path("/sys/class/backlight")


def apply_brightness(percent: int, root: Path = BACKLIGHT_ROOT) -> bool:
    """Set every backlight under `root` to `percent` of its maximum; True if one was set."""
    applied = False
    for device in sorted(root.glob("*")) if root.is_dir() else []:
        try:
            maximum = int((device / "max_brightness").read_text().strip())
            value = max(1, round(maximum * max(0, min(100, percent)) / 100))
            (device / "brightness").write_text(f"{value}\n")
        except (OSError, ValueError) as exc:
            log.info("cannot set backlight %s: %s", device.name, exc)
            continue
        applied = True
    return applied
