"""Shared test builders: a small but real festival written into a real booth file."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kiosk.domain.festival import Agency, Festival, Innovation, Photo, Text, VotingRules
from kiosk.storage.content import ProcessedPhoto, replace_content
from kiosk.storage.database import BoothDatabase, open_booth_database


def jpeg(width: int = 640, height: int = 480, color: str = "#3a7ca5") -> bytes:
    image = Image.new("RGB", (width, height), color)
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width // 2, height // 2), "#f2a541")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def small_festival(rules: VotingRules | None = None) -> Festival:
    agencies = (
        Agency("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "A1", 0.2, 0.3),
        Agency("DINKES", "Dinas Kesehatan", "Dinkes", "A2", 0.6, 0.4),
    )
    innovations = (
        Innovation(
            "gerakan-rawat-jalan",
            "DPUPR",
            Text("Gerakan Rawat Jalan dan Sungai", "Road and River Care Movement"),
            Text(
                "Warga dan dinas merawat jalan bersama.", "Residents and the office care for roads."
            ),
            Text("Cerita panjang.", "Long story."),
            "Infrastruktur",
            2021,
            "https://example.go.id/rawat-jalan",
            "0281-123456",
            (Photo("media/jalan.jpg", Text("Kerja bakti", "Community work")),),
        ),
        Innovation(
            "lapor-jalan-rusak",
            "DPUPR",
            Text("Lapor Jalan Rusak", "Report a Damaged Road"),
            Text("Laporkan jalan rusak lewat WhatsApp.", "Report damaged roads by WhatsApp."),
            Text("Cerita.", "Story."),
            "Layanan Publik",
            2022,
            "https://example.go.id/lapor",
            "0281-654321",
            (),
        ),
        Innovation(
            "posyandu-remaja",
            "DINKES",
            Text("Posyandu Remaja Keliling", "Mobile Teen Health Post"),
            Text("Pemeriksaan kesehatan remaja.", "Health checks for teenagers."),
            Text("Cerita.", "Story."),
            "Kesehatan",
            2019,
            "https://example.go.id/posyandu",
            "0281-111222",
            (),
        ),
    )
    return Festival(
        slug="uji-2026",
        name=Text("Festival Uji", "Test Festival"),
        venue="Alun-Alun Purwokerto",
        starts_on="2026-08-20",
        ends_on="2026-08-21",
        voting=rules or VotingRules(),
        agencies=agencies,
        innovations=innovations,
        sample_data=True,
    )


def make_booth_db(path: Path, festival: Festival | None = None) -> BoothDatabase:
    """A booth database on disk with `festival` (default: small_festival) installed."""
    festival = festival or small_festival()
    db = open_booth_database(path)
    photos = [
        ProcessedPhoto(i.slug, n, p.caption, p.file, "0" * 64, 640, 480, jpeg(), jpeg(160, 120))
        for i in festival.innovations
        for n, p in enumerate(i.photos)
    ]
    replace_content(db, festival, photos, None, "f" * 64)
    return db


# Started by a small Python of its own: a child forked (or vforked) from a big process
# starts with that process's resident size as its peak (Linux keeps the larger of the
# two across exec), so a test worker that had grown would be measured, not the child.
_MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
print(f"\\npeak-rss-kb {usage.ru_maxrss}", flush=True)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def peak_rss(args: list[str]) -> tuple[int, str]:
    """The peak resident memory in bytes of a child process, and what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        check=False,
    )
    output, _, peak = done.stdout.decode().rpartition("\npeak-rss-kb ")
    assert done.returncode == 0, output
    return int(peak) * 1024, output  # Linux reports kilobytes


def kill_tree(pid: int) -> None:
    """SIGKILL `pid` and its children (a stuck speech-dispatcher ignores SIGTERM)."""
    import signal

    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for child in children:
        kill_tree(int(child))
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


@contextmanager
def own_runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A runtime directory (XDG_RUNTIME_DIR) and HOME of this test's own, with no audio
    server in it: a speech-dispatcher started for it (by the speech check) is killed after."""
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    monkeypatch.setenv("HOME", str(home))
    for name in ("PULSE_SERVER", "SPEECHD_ADDRESS", "PIPEWIRE_REMOTE"):
        monkeypatch.delenv(name, raising=False)
    try:
        yield run
    finally:
        pid_file = run / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if pid_file.exists():
            kill_tree(int(pid_file.read_text().split()[0]))
