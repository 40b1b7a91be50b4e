"""The None-refcount work-around keeps a Qt process alive through many processEvents()."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.ui  # starts Qt in a child process

CHILD = textwrap.dedent(
    """
    import sys
    from kiosk.qtcompat import make_constants_immortal
    protected = make_constants_immortal()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    for _ in range(20000):
        QCoreApplication.processEvents()
    print("protected" if protected else "native", flush=True)
    """
)


def test_many_process_events_then_a_clean_exit() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    expected = "protected" if sys.version_info < (3, 12) else "native"
    assert done.stdout.strip() == expected
