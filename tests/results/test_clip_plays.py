"""Clip plays: visitor records on the chain, kept by the merge, watch time in the report."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.booth import Booth
from kiosk.domain.clock import ManualClock
from kiosk.domain.session import EndReason
from kiosk.results.analysis.figures import innovation_rows, load_report_figures
from kiosk.results.collect import merge_kiosk_files
from kiosk.results.merge.festival_file import read_festival_file
from kiosk.results.report.html import render_report
from kiosk.storage.records import verify_file
from tests.helpers import make_booth_db
from tests.results.kiosks import OPENING, export

ROAD, REPORT = "gerakan-rawat-jalan", "lapor-jalan-rusak"
CLIP = "c" * 64


def test_plays_are_chained_records_the_merge_keeps_and_the_report_sums(tmp_path: Path) -> None:
    raw = tmp_path / "DPUPR.sqlite"
    db = make_booth_db(raw)
    clock = ManualClock(OPENING)
    booth = Booth(db, "DPUPR", clock)
    for watched in (12_400, 30_000):
        booth.start_session()
        booth.open_innovation(ROAD)
        clock.advance(40)
        booth.record_clip_play(ROAD, CLIP, watched, 45_000)
        booth.cast_vote(ROAD)
        booth.end_session(EndReason.FINISHED)
        clock.advance(60)
    rows = db.execute(
        "SELECT innovation_slug, clip_sha256, watched_seconds, clip_seconds FROM clip_plays"
    ).fetchall()
    assert rows == [(ROAD, CLIP, 12.4, 45.0), (ROAD, CLIP, 30.0, 45.0)]
    db.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = export(raw, stick / "DPUPR-export.sqlite")
    chain, integrity = verify_file(exported)
    assert chain.ok and chain.count == 2 * 4 and integrity == "ok"  # on the chain

    out = tmp_path / "festival.sqlite"
    merge_kiosk_files(out, [stick], workers=1)
    merged = sqlite3.connect(out)
    assert merged.execute("SELECT count(*), sum(watched_seconds) FROM clip_plays").fetchone() == (
        2,
        42.4,
    )
    merged.close()
    with closing(read_festival_file(out)) as conn:
        by_slug = {r["innovation_slug"]: r for r in innovation_rows(conn)}
    assert (by_slug[ROAD]["clip_plays"], by_slug[ROAD]["clip_watch_seconds"]) == (2, 42.4)
    assert (by_slug[REPORT]["clip_plays"], by_slug[REPORT]["clip_watch_seconds"]) == (0, 0)
    html = render_report(load_report_figures(out, workers=1))
    assert "Video ditonton (dtk)" in html and "42.4" in html
