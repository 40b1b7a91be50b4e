"""The desk's sizes and state colours (QML: `DeskStyle`): a laptop with mouse and keyboard,
not a touchscreen. The festival's own colours still come from `Theme`."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Slot

from kiosk.ui.qmlmodule import qml_engine_singleton

# Each booth state's words colour and the surface under them (text 7:1 or more on it).
STATE_COLORS = {
    "problem": ("#b71c1c", "#fdecea"),
    "receipted": ("#1b5e20", "#e3f1e3"),
    "file_in": ("#0d47a1", "#e3ecf9"),
    "waiting": ("#4e4a42", "#ece8df"),
}


@qml_engine_singleton
class DeskStyle(QObject):
    body = Property(int, lambda self: 16, constant=True)
    small = Property(int, lambda self: 14, constant=True)
    heading = Property(int, lambda self: 22, constant=True)
    title = Property(int, lambda self: 28, constant=True)
    gap = Property(int, lambda self: 12, constant=True)
    margin = Property(int, lambda self: 20, constant=True)
    radius = Property(int, lambda self: 6, constant=True)
    control = Property(int, lambda self: 40, constant=True)  # a button: easy to hit with a mouse

    @Slot(str, result=str)
    def stateColor(self, state: str) -> str:
        return STATE_COLORS.get(state, STATE_COLORS["waiting"])[0]

    @Slot(str, result=str)
    def stateSurface(self, state: str) -> str:
        return STATE_COLORS.get(state, STATE_COLORS["waiting"])[1]
