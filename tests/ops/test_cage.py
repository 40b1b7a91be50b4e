"""The kiosk inside cage, as the cage unit runs it: a non-root user, cage's headless backend.

It must reach its first frame on cage's Wayland display, and when the kiosk is
stopped (SIGTERM, as the unit's ExecStop sends it) it must end cleanly and cage
must exit by itself, so systemd can start both again.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.ops.autostart import closed_to
from kiosk.system import apt_line, missing_cage_packages

pytestmark = [pytest.mark.ui, pytest.mark.slow]

# Qt's render loop logs every frame it has rendered and swapped: the first one is the marker.
FRAME_LOG_RULES = "qt.scenegraph.time.renderloop.debug=true"
FIRST_FRAME = re.compile(r"frame rendered", re.IGNORECASE)
START_TIMEOUT = 120  # a first start on a loaded 2-core machine imports and renders slowly
EXIT_TIMEOUT = 10


def why_cage_cannot_run() -> str | None:
    if sys.platform != "linux":
        return "cage is a Linux Wayland compositor"
    missing = missing_cage_packages(seat=False)  # the headless backend needs no seat
    if missing:
        return f"cage cannot run here: missing {', '.join(missing)} ({apt_line(missing)})"
    if os.geteuid() == 0 and not (shutil.which("useradd") and shutil.which("setpriv")):
        return "running as root without useradd/setpriv to start cage as a normal user"
    return None


@dataclass
class BoothUser:
    name: str
    uid: int
    gid: int
    home: Path
    run_as: list[str]  # the command prefix that runs a program as this user


@pytest.fixture
def booth_user() -> Iterator[BoothUser]:
    """This user when not root; as root (cage refuses root) a throwaway user, deleted after."""
    home = Path(tempfile.mkdtemp(prefix="gerai-cage-"))
    if os.geteuid() != 0:
        yield BoothUser(os.environ.get("USER", "me"), os.getuid(), os.getgid(), home, [])
        shutil.rmtree(home)
        return
    name = f"gerai-cage-{os.getpid()}"
    subprocess.run(
        ["useradd", "--no-create-home", "--home-dir", str(home), "--shell", "/bin/false", name],
        check=True,
        timeout=30,
    )
    try:
        import pwd

        entry = pwd.getpwnam(name)
        shutil.chown(home, entry.pw_uid, entry.pw_gid)
        run_as = [
            "setpriv",
            f"--reuid={entry.pw_uid}",
            f"--regid={entry.pw_gid}",
            "--init-groups",
        ]
        if closed_to(name, Path(sys.executable)):
            # This machine keeps the test's Python where a normal user may not enter
            # (/root/.pyenv): let the user read through folders, and nothing more. It
            # stays a non-root user, which is what cage checks.
            run_as += ["--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]
        yield BoothUser(name, entry.pw_uid, entry.pw_gid, home, run_as)
    finally:
        subprocess.run(["userdel", name], check=False, timeout=30)
        shutil.rmtree(home, ignore_errors=True)


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        if fields[1] == str(pid):
            found.append(int(stat.parent.name))
    return found


@dataclass
class Cage:
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for(self, pattern: re.Pattern[str], timeout: float, what: str) -> None:
        """Until cage's output (its own and the program's) matches, or cage ends."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            if pattern.search(self.output()):
                return
            time.sleep(0.1)
        raise AssertionError(
            f"{what} within {timeout:g} s; cage's output:\n{self.output()[-4000:]}"
        )

    def program(self) -> int:
        """The program cage started (cage may also have started Xwayland)."""
        for pid in children(self.process.pid):
            if b"python" in Path(f"/proc/{pid}/cmdline").read_bytes():
                return pid
        raise AssertionError("cage runs no program")

    def end(self) -> None:
        """Kill whatever is left, so a failed test leaves no compositor behind."""
        if self.process.poll() is None:
            for pid in children(self.process.pid):
                os.kill(pid, signal.SIGKILL)
            self.process.kill()
            self.process.wait(timeout=EXIT_TIMEOUT)


def start_in_cage(user: BoothUser, program: list[str], extra_env: dict[str, str]) -> Cage:
    """Start `program` in cage's headless backend as `user`, as the cage unit would."""
    runtime = user.home / "runtime"
    runtime.mkdir(mode=0o700)
    for path in [user.home, *user.home.rglob("*")]:
        os.chown(path, user.uid, user.gid)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(user.home),
        "USER": user.name,
        "XDG_RUNTIME_DIR": str(runtime),  # what pam_systemd gives the unit's session
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "PYTHONUNBUFFERED": "1",
        **extra_env,
    }
    log = user.home / "cage.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*user.run_as, "cage", "-d", "--", *program],
            env=env,
            cwd=user.home,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return Cage(process, log)


@pytest.mark.skipif(why_cage_cannot_run() is not None, reason=str(why_cage_cannot_run()))
def test_kiosk_runs_in_cage_and_cage_exits_with_it(booth_user: BoothUser) -> None:
    from kiosk.pack.demo import write_demo_pack

    pack = write_demo_pack(booth_user.home / "pack")
    db_dir = booth_user.home / "db"
    db_dir.mkdir(mode=0o700)
    kiosk = [sys.executable, "-m", "kiosk", "run", "--db", str(db_dir / "booth.sqlite")]
    cage = start_in_cage(
        booth_user, [*kiosk, "--pack", str(pack)], {"QT_LOGGING_RULES": FRAME_LOG_RULES}
    )
    try:
        cage.wait_for(FIRST_FRAME, START_TIMEOUT, "no first frame")
        pid = cage.program()
        # Qt drew on cage's Wayland display itself, not through Xwayland.
        assert "libqwayland" in Path(f"/proc/{pid}/maps").read_text()
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        uids = next(line for line in status if line.startswith("Uid:")).split()[1:]
        assert set(uids) == {str(booth_user.uid)} != {"0"}

        os.kill(pid, signal.SIGTERM)
        stopped = time.monotonic()
        assert cage.process.wait(timeout=EXIT_TIMEOUT) == 0, cage.output()
        took = time.monotonic() - stopped
    finally:
        cage.end()
    assert took < EXIT_TIMEOUT  # measured here: about 2 s, the kiosk's own clean exit
    kiosk_log = (db_dir / "logs" / "kiosk.log").read_text()
    assert "kiosk run ended cleanly" in kiosk_log  # the visit in progress was closed
    assert not (db_dir / "kiosk.running").exists()


# Qt's Wayland plugin warns that qtvirtualkeyboard "is not supported at client-side";
# this checks that Gerai's keyboard still opens for a focused field inside cage.
KEYBOARD_QML = """
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
Window {
    id: window; visible: true; width: 1280; height: 800
    TextField { id: field; width: 400 }
    InputPanel { id: panel; y: window.height - height; width: window.width }
    Timer {
        interval: 500; running: true
        onTriggered: { field.forceActiveFocus(); Qt.inputMethod.show(); report.start() }
    }
    Timer {
        id: report; interval: 1000
        onTriggered: {
            console.log("keyboard:", panel.active, Qt.platform.pluginName)
            Qt.quit()
        }
    }
}
"""
KEYBOARD_SCRIPT = """
import os, sys
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # as kiosk.ui.qtapp sets it
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication(sys.argv)
engine = QQmlApplicationEngine(sys.argv[1])
sys.exit(app.exec())
"""


@pytest.mark.skipif(why_cage_cannot_run() is not None, reason=str(why_cage_cannot_run()))
def test_on_screen_keyboard_opens_in_cage(booth_user: BoothUser) -> None:
    qml, script = booth_user.home / "keyboard.qml", booth_user.home / "keyboard.py"
    qml.write_text(KEYBOARD_QML)
    script.write_text(KEYBOARD_SCRIPT)
    cage = start_in_cage(booth_user, [sys.executable, str(script), str(qml)], {})
    try:
        assert cage.process.wait(timeout=START_TIMEOUT) == 0, cage.output()
    finally:
        cage.end()
    assert "keyboard: true wayland" in cage.output()
