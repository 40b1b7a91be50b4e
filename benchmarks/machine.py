"""A description of the machine a benchmark ran on, for results.json and the README."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _disk(path: Path) -> str:
    """File system type and device under `path` (as `df` sees it)."""
    try:
        out = subprocess.run(
            ["df", "-T", "-h", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[-1]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown"
    device, fstype, size = out.split()[:3]
    rotational = Path(f"/sys/block/{Path(device).name}/queue/rotational")
    kind = ""
    if rotational.exists():
        kind = ", rotational" if rotational.read_text().strip() == "1" else ", non-rotational"
    return f"{device} {fstype} {size}{kind}"


def _pyside_version() -> str:
    try:
        import PySide6

        return str(PySide6.__version__)
    except ImportError:
        return "not installed"


def describe(work: Path) -> dict[str, Any]:
    """CPU, cores, RAM, the disk under `work`, and the versions that matter."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": _ram_gb(),
        "disk": _disk(work),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "pyside6": _pyside_version(),
        "sqlite": sqlite3.sqlite_version,
    }
