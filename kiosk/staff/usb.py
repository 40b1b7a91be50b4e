"""Finding the USB stick: folders where removable drives are mounted on a Linux kiosk."""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from pathlib import Path


def default_roots() -> list[Path]:
    """Where desktop Linux mounts USB drives: /media/<user>, /run/media/<user>, /media, /mnt."""
    user = _user()
    return [Path("/media") / user, Path("/run/media") / user, Path("/media"), Path("/mnt")]


def removable_folders(roots: Sequence[Path] | None = None, mounts_only: bool = True) -> list[Path]:
    """Mounted drives under `roots` (with `mounts_only=False`: every folder there), by name."""
    found: dict[Path, None] = {}
    for root in roots if roots is not None else default_roots():
        for child in _children(root):
            if not mounts_only or os.path.ismount(child):
                found.setdefault(child, None)
    return sorted(found, key=lambda p: (p.name.lower(), str(p)))


def _children(root: Path) -> list[Path]:
    try:
        return [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return []


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "gerai"
