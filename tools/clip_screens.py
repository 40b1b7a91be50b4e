"""Render docs/screens/detail-clip-{id,en}.png and attract-clip-{id,en}.png: a 1080p
clip playing with captions on a detail page and in the attract loop.

    python -m tools.clip_screens

The demo festival (benchmarks' journey booth, photos at phone size) with the
benchmarks' 1080p test clip on every innovation; the first innovation's page,
its clip tapped and playing for 1.5 s, the caption on it; then the same clip
chosen for the attract loop (as staff choose it), playing there for 1.5 s. 256
colours, like the other screenshots.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PIL import Image

from benchmarks.common import work_dir
from benchmarks.journey import add_clips, journey_booth

if TYPE_CHECKING:
    from kiosk.ui.wiring import KioskUi

SCREENS = Path(__file__).resolve().parent.parent / "docs" / "screens"


def main() -> int:
    from kiosk.booth import Booth
    from kiosk.domain.clock import ManualClock
    from kiosk.staff.clips import choose_for_attract
    from kiosk.storage.clips import clips_of
    from kiosk.storage.database import open_booth_database
    from kiosk.ui.qtapp import application
    from kiosk.ui.testing import find_item, process_events, settle, wait_until_started
    from kiosk.ui.wiring import build_ui

    application()
    db_path = work_dir("clip-screens") / "booth.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    source = open_booth_database(journey_booth())
    source.execute("VACUUM INTO ?", [str(db_path)])
    source.close()
    add_clips(db_path)
    for lang in ("id", "en"):
        clock = ManualClock(datetime(2026, 8, 20, 2, 0, tzinfo=UTC))
        db = open_booth_database(db_path)
        ui = build_ui(Booth(db, "DPUPR", clock), db_path, size=(1920, 1080), lang=lang)
        wait_until_started(ui.window)
        ui.flow.start()
        slug = ui.booth.innovations[0].slug
        ui.flow.openInnovation(slug)
        settle(ui, 1.0)
        ui.clips.play(clips_of(db, slug)[0].id, find_item(ui, "clipScreen"))
        process_events(1.5)
        save(ui, SCREENS / f"detail-clip-{lang}.png")
        ui.close()
        db.close()
    db = open_booth_database(db_path)
    first = clips_of(db, Booth(db, "DPUPR").innovations[0].slug)[0].id
    choose_for_attract(db, first, True)
    db.close()
    for lang in ("id", "en"):
        db = open_booth_database(db_path)
        ui = build_ui(Booth(db, "DPUPR"), db_path, size=(1920, 1080), lang=lang)
        wait_until_started(ui.window)
        ui.attract.set_timing(slide_ms=1000, photos_between=1)  # the clip after one photo
        for _ in range(200):
            if ui.clips.property("hasFrame") and ui.clips.property("caption"):
                break
            process_events(0.05)
        process_events(1.5)  # the clip slide's fade is over
        save(ui, SCREENS / f"attract-clip-{lang}.png")
        ui.close()
        db.close()
    return 0


def save(ui: KioskUi, out: Path) -> None:
    """The window as a 256-colour PNG, and what it shows of the clip."""
    ui.window.grabWindow().save(str(out))
    Image.open(out).convert("RGB").quantize(256).save(out, optimize=True)
    print(out, repr(ui.clips.property("caption")))


if __name__ == "__main__":
    sys.exit(main())
