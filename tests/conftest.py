"""Test-wide set-up: headless Qt, and shared fixtures for booth databases."""

from __future__ import annotations

import os

# Before anything imports Qt: render offscreen with the software backend, and
# load the virtual keyboard the way the kiosk does.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

from kiosk.qtcompat import make_constants_immortal

# pytest-qt's qtbot.wait/waitUntil call processEvents(), which in PySide6 6.12
# leaks away references to None; see kiosk/qtcompat.py.
make_constants_immortal()
