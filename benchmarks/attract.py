"""Attract loop: CPU of the kiosk's idle screen in a real 1920x1080 X window, per renderer.

Each side runs in a new process on its own virtual X display (Xvfb) and is measured
over 60 s after a warm-up, the X server's CPU included (it receives every frame).
The product is `kiosk run` on the demo festival's attract loop; the bare side is a
window cross-fading two of the same photos with the same cadence
(benchmarks/attract_child.py). Both renderers are measured: Qt Quick's software
scene graph, and OpenGL, which without a GPU is Mesa's llvmpipe on the CPU (what
`kiosk run` would get on a VM or a PC without its driver if it did not switch).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result, work_dir
from kiosk.pack.demo import write_demo_pack
from kiosk.pack.format import load_pack
from kiosk.pack.importer import install_pack
from kiosk.staff.pin import StaffPin
from kiosk.storage.content import set_booth_agency
from kiosk.storage.database import open_booth_database

ROOT = Path(__file__).resolve().parents[1]
RENDERERS = {
    "software": {"QT_QUICK_BACKEND": "software"},
    # "rhi" is Qt Quick's default scene graph; set, it keeps `kiosk run` from switching.
    "opengl": {"QT_QUICK_BACKEND": "rhi", "QSG_RHI_BACKEND": "opengl"},
}
TARGET_RATIO = 1.5


def virtual_display() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server at 1920x1080 on a display number nobody uses, and that display."""
    # Chosen here, not by -displayfd: other programs on a shared machine may hold :0 oddly.
    number = next(n for n in range(160, 400) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"Xvfb did not start on :{number}")
        time.sleep(0.05)
    return server, f":{number}"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_percent(command: list[str], env: dict[str, str], seconds: float, warmup: float) -> float:
    """CPU (% of one core) of `command` and its X server over `seconds`, after `warmup`."""
    server, display = virtual_display()
    log = work_dir("attract") / "child.log"
    try:
        with log.open("wb") as out:
            child = subprocess.Popen(
                command, cwd=ROOT, env=env | {"DISPLAY": display}, stdout=out, stderr=out
            )
        try:
            time.sleep(warmup)
            if child.poll() is not None:
                raise RuntimeError(f"{command[2:4]} exited: {log.read_text()[-800:]}")
            start, used = time.monotonic(), cpu_seconds(child.pid) + cpu_seconds(server.pid)
            time.sleep(seconds)
            used = cpu_seconds(child.pid) + cpu_seconds(server.pid) - used
            elapsed = time.monotonic() - start
        finally:
            child.terminate()
            child.wait(30)
    finally:
        server.terminate()
        server.wait(30)
    return 100 * used / elapsed


def set_up_booth(path: Path) -> Path:
    """A booth file with the demo festival, its agency and staff PIN chosen: as on a festival
    morning, `kiosk run` then opens on the attract loop, not on staff set-up."""
    if not path.exists():
        db = open_booth_database(path)
        try:
            install_pack(db, load_pack(write_demo_pack(path.parent / "demo-booth")))
            set_booth_agency(db, "DPUPR", editor="benchmark")
            StaffPin(db).set_first_pin("482916")
        finally:
            db.close()
    return path


def run(quick: bool) -> list[Result]:
    """Kiosk against bare window, for each renderer."""
    folder = work_dir("attract")
    pack = folder / "demo"
    if not (pack / "pack.json").exists():
        write_demo_pack(pack)
    photos = sorted(str(p) for p in (pack / "media").rglob("*.jpg"))[:2]
    booth = set_up_booth(folder / "booth.sqlite")
    seconds, warmup = (15.0, 10.0) if quick else (60.0, 10.0)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "QSG_"))}
    base |= {"QT_QPA_PLATFORM": "xcb", "QT_QUICK_CONTROLS_STYLE": "Basic"}
    kiosk = [sys.executable, "-m", "kiosk", "run", "--db", str(booth)]
    bare = [sys.executable, "-m", "benchmarks.attract_child", *photos]
    results = []
    for name, env in RENDERERS.items():
        product = cpu_percent(kiosk, base | env, seconds, warmup)
        plain = cpu_percent(bare, base | env, seconds, warmup)
        results.append(
            Result(
                name=f"attract_{name}",
                metric=f"CPU % of one core, attract loop, {name} renderer",
                product=round(product, 2),
                bare=round(plain, 2),
                target=f"<= {TARGET_RATIO}x bare window",
                passed=product <= TARGET_RATIO * plain,
                details={"seconds": seconds, "warmup": warmup, "display": "Xvfb 1920x1080x24"},
            )
        )
    return results
