"""Importing the UI package protects the process from the None/True/False refcount leaks."""

from __future__ import annotations

import subprocess
import sys


def test_importing_kiosk_ui_makes_none_immortal() -> None:
    code = (
        "import sys; c = (None, True, False); before = [sys.getrefcount(x) for x in c]; "
        "import kiosk.ui; "
        "print(all(sys.getrefcount(x) - b > 1 << 39 for x, b in zip(c, before)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ("True" if sys.version_info < (3, 12) else "False")
