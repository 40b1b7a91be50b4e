"""Screenshots of card mode (docs/screens/cards-*.png), on a throwaway card-mode demo booth.

    python -m tools.card_screens docs/screens   (from the repository's top folder)

A printed sheet (page 1 of `kiosk ballots make`, rendered by poppler's pdftoppm), and
the vote area asking for the card, refusing a forged card, and the thanks after an
accepted one. Nothing outside a temporary folder and `out_dir` is written.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.pack.cards import (
    Card,
    CardMaker,
    new_private_key,
    private_key_pem,
    public_key_text,
)
from kiosk.pack.demo import write_demo_pack
from kiosk.setup import prepare_booth
from kiosk.ui.qtapp import prepare_environment


def card_demo(workdir: Path) -> tuple[Path, Path]:
    """The demo pack in card mode (a fresh key), and the key file beside it."""
    pack = write_demo_pack(workdir / "pack")
    key = new_private_key()
    key_path = workdir / "kartu.key"
    key_path.write_bytes(private_key_pem(key))
    doc = json.loads((pack / "pack.json").read_text("utf-8"))
    doc["cards"] = {"mode": True, "public_key": public_key_text(key.public_key()), "quota": 3}
    (pack / "pack.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return pack, key_path


def main(out_dir: Path) -> None:
    prepare_environment(offscreen=True)
    from kiosk.pack.cards import load_private_key
    from kiosk.ui.cards_pdf import make_card_sheets
    from kiosk.ui.testing import settle, wait_until_started
    from kiosk.ui.wiring import build_ui

    out_dir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="gerai-card-screens-"))
    try:
        pack, key_path = card_demo(workdir)
        sheets = make_card_sheets(pack, key_path, workdir / "kartu", batch=1, first=1, count=15)
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-singlefile", str(sheets.pdf),
             str(out_dir / "cards-sheet")],
            check=True,
        )  # fmt: skip
        db, code, path = prepare_booth(workdir / "booth.sqlite", pack, None)
        clock = ManualClock(datetime(2026, 8, 20, 3, 0, tzinfo=UTC))
        booth = Booth(db, code, clock)
        slug = booth.innovations[0].slug
        maker = CardMaker(booth.festival.slug, load_private_key(key_path))
        ui = build_ui(booth, path, size=(1920, 1080))
        try:
            wait_until_started(ui.window)
            settle(ui, 0.3)
            flow = ui.flow
            flow.start()
            flow.openInnovation(slug)
            clock.advance(booth.festival.voting.min_dwell_seconds + 0.1)
            flow.tick()
            flow.vote()  # no card yet: the vote area asks for it

            def grab(name: str) -> None:
                settle(ui)
                ui.window.grabWindow().save(str(out_dir / name))
                print(out_dir / name)

            grab("cards-vote-asks-id.png")
            flow.cardScanned(CardMaker(booth.festival.slug, new_private_key()).text(Card(1, 7)))
            grab("cards-refused-id.png")
            flow.cardScanned(maker.text(Card(1, 7)))
            grab("cards-accepted-id.png")
        finally:
            ui.close()
            db.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens"))
