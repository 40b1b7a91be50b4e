"""Reading untrusted JSON values while collecting every problem with its JSON path."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from kiosk.domain.festival import Text
from kiosk.domain.text import first_control

_MISSING = object()


def type_name(value: Any) -> str:
    """How a JSON value's type is called in messages for organizers."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class Checker:
    """Collects problems as 'json.path: message' and hands out safe defaults meanwhile."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def report(self, path: str, message: str) -> None:
        self.problems.append(f"{path or 'pack.json'}: {message}")

    def obj(self, value: Any, path: str, allowed: Iterable[str]) -> dict[str, Any]:
        """`value` as an object ({} if it is not one), reporting fields nobody knows."""
        if not isinstance(value, dict):
            self.report(path, f"expected an object, got {type_name(value)}")
            return {}
        known = set(allowed)
        for key in value:
            if key not in known:
                self.report(join(path, key), "unknown field (a typo?)")
        return value

    def field(self, parent: dict[str, Any], key: str, path: str, required: bool) -> Any:
        value = parent.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.report(join(path, key), "missing")
            return _MISSING
        return value

    def string(
        self,
        parent: dict[str, Any],
        key: str,
        path: str,
        *,
        required: bool = True,
        default: str = "",
        max_len: int = 200,
        pattern: re.Pattern[str] | None = None,
        pattern_hint: str = "",
    ) -> str:
        """A text field, stripped; `default` when absent or wrong."""
        value = self.field(parent, key, path, required)
        if value is _MISSING:
            return default
        where = join(path, key)
        if not isinstance(value, str):
            self.report(where, f"expected text, got {type_name(value)}")
            return default
        value = value.strip()
        if required and not value:
            self.report(where, "must not be empty")
            return default
        control = first_control(value)
        if control:
            self.report(where, f"contains the invisible character {control}; remove it")
            return default
        if len(value) > max_len:
            self.report(where, f"too long ({len(value)} characters, at most {max_len})")
        if pattern is not None and value and not pattern.fullmatch(value):
            self.report(where, f"{value!r} is not {pattern_hint}")
            return default
        return value

    def text(
        self, parent: dict[str, Any], key: str, path: str, *, required: bool = True, max_len: int
    ) -> Text:
        """A bilingual text: {"id": ..., "en": ...}, or a plain string for Indonesian only."""
        value = self.field(parent, key, path, required)
        where = join(path, key)
        if value is _MISSING:
            return Text("")
        if isinstance(value, str):
            value = {"id": value}
        if not isinstance(value, dict):
            self.report(
                where, f'expected an object like {{"id": ..., "en": ...}}, got {type_name(value)}'
            )
            return Text("")
        value = self.obj(value, where, ("id", "en"))
        indonesian = self.string(value, "id", where, required=required, max_len=max_len)
        english = self.string(value, "en", where, required=False, max_len=max_len)
        return Text(indonesian, english)

    def number(
        self,
        parent: dict[str, Any],
        key: str,
        path: str,
        *,
        default: float,
        low: float,
        high: float,
        integer: bool = False,
        required: bool = False,
    ) -> Any:
        """A number within [low, high]; `default` when absent or wrong."""
        value = self.field(parent, key, path, required)
        if value is _MISSING:
            return default
        where = join(path, key)
        wanted = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.report(where, f"expected {wanted}, got {type_name(value)}")
            return default
        if integer and not isinstance(value, int):
            self.report(where, f"expected {wanted}, got {value}")
            return default
        if not math.isfinite(value) or not low <= value <= high:
            self.report(where, f"{value} is out of range ({_num(low)}..{_num(high)})")
            return default
        return value

    def boolean(self, parent: dict[str, Any], key: str, path: str, default: bool) -> bool:
        value = self.field(parent, key, path, required=False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.report(join(path, key), f"expected true or false, got {type_name(value)}")
            return default
        return value

    def array(
        self, parent: dict[str, Any], key: str, path: str, *, required: bool, max_items: int
    ) -> list[Any]:
        value = self.field(parent, key, path, required)
        if value is _MISSING:
            return []
        where = join(path, key)
        if not isinstance(value, list):
            self.report(where, f"expected a list, got {type_name(value)}")
            return []
        if len(value) > max_items:
            self.report(where, f"too many entries ({len(value)}, at most {max_items})")
            return value[:max_items]
        return value


def join(path: str, key: str) -> str:
    """'festival' + 'colors' -> 'festival.colors'; '' + 'agencies' -> 'agencies'."""
    return f"{path}.{key}" if path else key


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
