"""Work-arounds for defects of the Qt bindings that Gerai cannot avoid by itself.

PySide6 6.12 drops one reference to Python's `None` on every call of
`QCoreApplication.processEvents()` (and so `QTest.qWait()` and pytest-qt's
`qtbot.wait`). On Python 3.12+ `None` is immortal and nothing happens; on 3.11
the count eventually reaches zero and the interpreter aborts ("none_dealloc:
deallocating None"), usually while shutting down. Reproduce with a
QGuiApplication, 1000 `processEvents()` calls and a normal exit.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than a day of kiosk use or a test run could drop; None is never freed anyway.
RESERVE = 1 << 40


def make_none_immortal() -> bool:
    """Give `None` a reference reserve no leak can exhaust, as Python 3.12 does by design.

    Returns True when the reserve was added (Python 3.11 only); the change is
    checked through `sys.getrefcount` and undone if the interpreter's object
    layout is not the one expected.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    before = sys.getrefcount(None)
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: first field of PyObject
    if count.value < before - 16 or count.value > before + 16:
        return False
    count.value += RESERVE
    if abs(sys.getrefcount(None) - before - RESERVE) > 64:
        count.value -= RESERVE
        return False
    return True
