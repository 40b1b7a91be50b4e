"""Importing the UI package protects the process from the None-refcount leak."""

from __future__ import annotations

import subprocess
import sys


def test_importing_kiosk_ui_makes_none_immortal() -> None:
    code = (
        "import sys; before = sys.getrefcount(None); import kiosk.ui; "
        "print(sys.getrefcount(None) - before > 1 << 39)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ("True" if sys.version_info < (3, 12) else "False")
