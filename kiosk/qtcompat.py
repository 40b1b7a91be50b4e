"""Work-arounds for defects of the Qt bindings that Gerai cannot avoid by itself.

PySide6 6.12 drops references to Python's `None` on every call of
`QCoreApplication.processEvents()` (and so `QTest.qWait()` and pytest-qt's
`qtbot.wait`) and as QML screens are built, and to `True`/`False` as QML
re-reads boolean properties. On Python 3.12+ these constants are immortal and
nothing happens; on 3.11 a count eventually reaches zero and the interpreter
aborts ("none_dealloc: deallocating None", "bool_dealloc: deallocating True
or False"): after ~1,400 visitor sessions for None, ~100 for the booleans in
the soak benchmark.

Upstream: no report of this defect was found. Searched (2026-12-02) GitHub
issues and public pages for "PySide6 None refcount dealloc processEvents",
"none_dealloc deallocating None PySide6 Python 3.11", "bool_dealloc deallocating
True or False PySide6 QML property" and "PySide6 processEvents Py_None reference
count": the nearest is PYSIDE-585 (https://bugreports.qt.io/browse/PYSIDE-585,
PySide2's `qApp` refcount, "deallocating None" at exit, fixed in 2018), a
different defect. To file at https://bugreports.qt.io (project PYSIDE):
"PySide6 6.12, CPython 3.11: each `QCoreApplication.processEvents()` call
decrements `sys.getrefcount(None)` by one, and each time QML reads a Python
`Property(bool)` that is True, `sys.getrefcount(True)` drops by one; after
enough calls the interpreter aborts with none_dealloc / bool_dealloc." The
reproduction is `tests/unit/test_qtcompat_canary.py` (a QGuiApplication and
1000 `processEvents()`; a QML binding to a bool property flipped 100 times).
That test fails, saying the workaround can go, once PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than a day of kiosk use or a test run could drop; None is never freed anyway.
RESERVE = 1 << 40


def make_constants_immortal() -> bool:
    """Give None, True and False a reference reserve no leak can exhaust, as Python 3.12 does.

    Returns True when the reserve was added (Python 3.11 only); each change is
    checked through `sys.getrefcount` and undone if the interpreter's object
    layout is not the one expected.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    return all([_add_reserve(None), _add_reserve(True), _add_reserve(False)])


def _add_reserve(constant: object) -> bool:
    before = sys.getrefcount(constant)
    count = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt: first field of PyObject
    if count.value < before - 16 or count.value > before + 16:
        return False
    count.value += RESERVE
    if abs(sys.getrefcount(constant) - before - RESERVE) > 64:
        count.value -= RESERVE
        return False
    return True
