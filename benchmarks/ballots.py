"""Ballot cards (issue #19): `kiosk ballots make --count 5000` (a new process, as
organizers run it), from a card-mode pack to the printable A4 PDF, under 30 s; and a
card's verification at the booth (signature and batch), under 2 ms a card, against a
bare Ed25519 verification of the same bytes. The tests check what is printed and read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from benchmarks.common import WORK, Result, median, work_dir
from tests.cards.sheets import card_pack

COUNT = 5_000
LIMIT_S = 30.0


def run(quick: bool = False) -> list[Result]:
    return [making(quick), reading()]


def reading() -> Result:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.pack.cards import Card, CardMaker, CardReader, public_key_text

    key = Ed25519PrivateKey.generate()
    reader = CardReader("bench-2026", public_key_text(key.public_key()))
    texts = [CardMaker("bench-2026", key).text(Card(1, n)) for n in range(1, 2001)]
    started = time.perf_counter()
    for text in texts:
        if not reader.read(text).valid:
            raise RuntimeError(f"a good card did not read: {text}")
    product = (time.perf_counter() - started) / len(texts) * 1000
    public, message = key.public_key(), b"GK1:" + bytes(20)
    signature = key.sign(message)
    started = time.perf_counter()
    for _ in texts:
        public.verify(signature, message)
    bare = (time.perf_counter() - started) / len(texts) * 1000
    return Result(
        name="card_read",
        metric="ms a card, the booth reading a scanned card",
        product=product,
        bare=bare,
        target="< 2 ms a card",
        passed=product < 2.0,
        details={"cards": len(texts)},
    )


def making(quick: bool) -> Result:
    folder = work_dir("ballots")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pack, key, _ = card_pack(folder)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    runs = []
    for n in range(1 if quick else 3):
        out = folder / f"kartu-{n}"
        command = [sys.executable, "-m", "kiosk", "ballots", "make", "--pack", str(pack)]
        command += ["--key", str(key), "--count", str(COUNT), "--out", str(out)]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=WORK.parents[1], env=env, capture_output=True, text=True)
        runs.append(time.perf_counter() - started)
        if done.returncode != 0 or f"{COUNT} cards of batch 1" not in done.stdout:
            raise RuntimeError(f"ballots make failed: {(done.stdout + done.stderr)[-800:]}")
    product = median(runs)
    return Result(
        name="ballots",
        metric=f"s, `kiosk ballots make` of {COUNT:,} cards (334 A4 pages)",
        product=product,
        bare=None,
        target=f"< {LIMIT_S:.0f} s",
        passed=product < LIMIT_S,
        details={"runs_s": [round(s, 2) for s in runs]},
    )
