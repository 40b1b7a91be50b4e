"""What the staff pages' controllers need from staff mode, without the controller itself.

`StaffController` makes one `StaffContext` and hands it to the dashboard,
editor, settings and hand-over pages, so they do not import the controller
(which makes them): no import cycle, and each page's needs are written down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.domain.clock import Clock
from kiosk.storage.content import booth_agency
from kiosk.storage.database import BoothDatabase
from kiosk.storage.records import WriteFailure
from kiosk.ui.images import PhotoFiles


class Tell(Protocol):
    """Shows a line in staff mode's banner (errors in red)."""

    def __call__(self, text: str, error: bool = False) -> None: ...


@dataclass(frozen=True)
class StaffContext:
    """The booth file, its clock and photos, the banner, and what the visitor side hears."""

    db: BoothDatabase
    db_path: Path
    clock: Clock
    photos: PhotoFiles
    tell: Tell
    write_failure: Callable[[], WriteFailure | None]  # the last visitor record refused
    content_changed: Callable[[], None]  # after every saved content edit
    settings_changed: Callable[[], None]  # after every saved setting

    @property
    def agency_code(self) -> str:
        """The booth's agency as the file says now (staff set-up may change it)."""
        return booth_agency(self.db) or ""
