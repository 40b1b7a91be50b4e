"""An agency's `survey` object in pack.json: the SKM mode and the services it asks about."""

from __future__ import annotations

import re
from typing import Any

from kiosk.domain.festival import Service
from kiosk.pack.checker import Checker

SURVEY_FIELDS = ("enabled", "services")
SERVICE_FIELDS = ("code", "name", "population")
SERVICE_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SERVICES = 30
MAX_POPULATION = 100_000_000  # more than any regency's yearly service users


def read_survey(check: Checker, row: dict[str, Any], path: str) -> tuple[bool, tuple[Service, ...]]:
    """(enabled, services) of one agency; (False, ()) when it has no `survey` object."""
    if "survey" not in row:
        return False, ()
    where = f"{path}.survey"
    survey = check.obj(row["survey"], where, SURVEY_FIELDS)
    enabled = check.boolean(survey, "enabled", where, default=True)
    services = _services(check, survey, where)
    if enabled and not services and not _listed_with_problems(survey):
        check.report(f"{where}.services", "survey mode needs at least one service to ask about")
    return enabled, services


def _listed_with_problems(survey: dict[str, Any]) -> bool:
    """True when `services` has entries (their own problems were reported already)."""
    value = survey.get("services")
    return isinstance(value, list) and bool(value)


def _services(check: Checker, survey: dict[str, Any], where: str) -> tuple[Service, ...]:
    services: list[Service] = []
    seen: dict[str, str] = {}
    values = check.array(survey, "services", where, required=False, max_items=MAX_SERVICES)
    for n, value in enumerate(values):
        path = f"{where}.services[{n}]"
        service = _service(check, check.obj(value, path, SERVICE_FIELDS), path)
        if service.code in seen:
            check.report(
                f"{path}.code",
                f"duplicate service code '{service.code}' (also at {seen[service.code]})",
            )
        elif service.code:
            seen[service.code] = path
            services.append(service)
    return tuple(services)


def _service(check: Checker, row: dict[str, Any], path: str) -> Service:
    code = check.string(
        row,
        "code",
        path,
        max_len=40,
        pattern=SERVICE_CODE,
        pattern_hint="a service code (lowercase letters a-z, digits and hyphens, like 'ktp-el')",
    )
    name = check.text(row, "name", path, max_len=80)
    population = _population(check, row, path)
    return Service(code, name, population)


def _population(check: Checker, row: dict[str, Any], path: str) -> int | None:
    value = row.get("population")
    if value is None:  # absent or null: unknown, the sample size then assumes a large one
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        check.report(
            f"{path}.population",
            f"expected a positive whole number of yearly service users, got {value!r}",
        )
        return None
    if value > MAX_POPULATION:
        check.report(f"{path}.population", f"{value} is out of range (1..{MAX_POPULATION})")
        return None
    return value
