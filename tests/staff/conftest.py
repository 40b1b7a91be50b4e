"""Fixtures for staff mode: a real booth file with a few visitor records in its chain."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.feedback import Feedback
from kiosk.domain.session import EndReason
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import BoothDatabase
from tests.helpers import jpeg, make_booth_db


@dataclass
class StaffedBooth:
    db: BoothDatabase
    path: Path
    clock: ManualClock
    booth: Booth


def visit(booth: Booth, clock: ManualClock, slug: str, rating: int | None = None) -> None:
    """One visitor: open `slug`, wait, vote, maybe rate it, finish."""
    booth.start_session()
    booth.open_innovation(slug)
    clock.advance(6)
    assert booth.cast_vote(slug).accepted
    if rating is not None:
        booth.submit_feedback(Feedback(rating=rating, innovation_slug=slug))
    booth.end_session(EndReason.FINISHED)
    clock.advance(30)


@pytest.fixture
def staffed(tmp_path: Path) -> StaffedBooth:
    """Booth DPUPR on 20 August 2026, 10:00 WIB, after three visitors."""
    clock = ManualClock(datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
    path = tmp_path / "db" / "booth.sqlite"
    db = make_booth_db(path)
    set_booth_agency(db, "DPUPR", editor="kiosk run --agency")
    booth = Booth(db, "DPUPR", clock)
    visit(booth, clock, "lapor-jalan-rusak", rating=4)
    visit(booth, clock, "lapor-jalan-rusak", rating=2)
    visit(booth, clock, "gerakan-rawat-jalan")
    return StaffedBooth(db, path, clock, booth)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A USB stick's folder with two photos, a macOS shadow file and a text file."""
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "b-depan.JPG").write_bytes(jpeg(2400, 1600, "#aa3344"))
    (folder / "a-kerja.png").write_bytes(_png())
    (folder / "._a-kerja.png").write_bytes(b"\x00\x05\x16\x07")
    (folder / "catatan.txt").write_text("bukan foto")
    return folder


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (800, 600), (10, 120, 60, 255)).save(out, "PNG")
    return out.getvalue()
