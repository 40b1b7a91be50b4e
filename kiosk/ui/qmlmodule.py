"""The `Gerai` QML module's Python half: controllers QML imports as singletons.

`kiosk/ui/qml/Gerai/qmldir` lists the QML files; the classes decorated with
`qml_singleton` here join them under the same import (`import Gerai`, then
`Flow.screen`, `Theme.background`). Qt makes a singleton once per engine and
asks the class's `create(engine)` for it: that returns the object `provide`
gave that engine, so every engine (one per test, the kiosk's, the standalone
staff window's) sees its own controllers while the types are registered once
per process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtQml import QmlNamedElement, QmlSingleton, QQmlEngine

from kiosk.ui.paths import QML_IMPORT_DIR

# Read by PySide6's QML decorators from the module that calls them.
QML_IMPORT_NAME = "Gerai"
QML_IMPORT_MAJOR_VERSION = 1
QML_IMPORT_MINOR_VERSION = 0

T = TypeVar("T", bound=type[QObject])
_provided: dict[int, dict[type, QObject]] = {}  # by the engine's C++ address
_registered: dict[type[QObject], str] = {}  # class -> its name in QML
_engine_setups: list[Callable[[QQmlEngine], None]] = []  # see `for_each_engine`


def qml_singleton(name: str) -> Callable[[T], T]:
    """Class decorator: `name` in QML is the instance of the class `provide` gave the engine."""

    def register(cls: T) -> T:
        def create(engine: QQmlEngine) -> QObject:
            return provided(engine, cls)

        cls.create = staticmethod(create)  # type: ignore[attr-defined]
        return _register(cls, name)

    return register


def qml_engine_singleton(cls: T) -> T:
    """Class decorator: QML makes one instance of `cls` per engine itself (default constructor)."""
    return _register(cls, cls.__name__)


def _register(cls: T, name: str) -> T:
    # PySide6's stubs declare QmlNamedElement a class, not the decorator factory it is.
    named: Callable[[T], T] = QmlNamedElement(name)  # type: ignore[assignment]
    _registered[cls] = name
    return named(QmlSingleton(cls))


def for_each_engine(setup: Callable[[QQmlEngine], None]) -> Callable[[QQmlEngine], None]:
    """Decorator: `setup(engine)` runs for every engine `provide` prepares (e.g. an image
    provider the module's QML uses)."""
    _engine_setups.append(setup)
    return setup


def registered_singletons() -> list[tuple[type[QObject], str]]:
    """Every class registered as a Gerai singleton so far, with its QML name."""
    return list(_registered.items())


def provide(engine: QQmlEngine, *objects: QObject) -> None:
    """Make `objects` the singletons of their classes in `engine` (before it loads QML).

    Adds the module's folder to the engine's import path, so `import Gerai`
    finds the QML files as well as these types.
    """
    engine.addImportPath(str(QML_IMPORT_DIR))
    key = _key(engine)
    if key not in _provided:
        _provided[key] = {}
        engine.destroyed.connect(lambda: _provided.pop(key, None))
        for setup in _engine_setups:
            setup(engine)
    for obj in objects:
        _provided[key][type(obj)] = obj


def provided(engine: QQmlEngine, cls: type[QObject]) -> QObject:
    """The object of class `cls` given to `engine` (which keeps it: Python owns it)."""
    try:
        obj = _provided[_key(engine)][cls]
    except KeyError:
        raise LookupError(f"no {cls.__name__} was provided to this QML engine") from None
    # Without this the engine would delete the controller with itself, while the
    # Python side (KioskUi, the tests) still holds and uses it.
    QQmlEngine.setObjectOwnership(obj, QQmlEngine.ObjectOwnership.CppOwnership)
    return obj


def _key(engine: QQmlEngine) -> int:
    return int(shiboken6.getCppPointer(engine)[0])
