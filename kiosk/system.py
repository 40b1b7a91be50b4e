"""What the operating system must provide for Qt, and the apt-get line that provides it.

Run as `python -m kiosk.system` (the Makefile does) to stop early with the
exact install command instead of an obscure Qt abort.
"""

from __future__ import annotations

import ctypes.util
import shutil
import subprocess
import sys
from pathlib import Path

# Shared library -> Debian package that provides it (bookworm names).
QT_LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
    "pulse": "libpulse0",  # the Qt Virtual Keyboard plugin links it
}
FONT_PACKAGES = ("fontconfig", "fonts-dejavu-core")
# What the tests need beyond Qt: zbarimg's library, to read QR codes back.
TEST_LIBRARIES = {"zbar": "libzbar0"}
# The tests read booth files as organizers do, render ballot-card sheets to PNG and
# make short video clips with ffmpeg; the fullscreen window on a real X display with no
# window manager (test_fullscreen.py).
TEST_PROGRAMS = {
    "sqlite3": "sqlite3",
    "pdftoppm": "poppler-utils",
    "Xvfb": "xvfb",
    "xwininfo": "x11-utils",
    "ffmpeg": "ffmpeg",
}
# The locked kiosk session (`install-autostart --kind cage`): the compositor, Xwayland
# for X11-only programs, pkill for the unit's stop, and what Qt's Wayland plugin loads
# (without libwayland-cursor0 it does not load and Qt falls back to X11).
CAGE_PROGRAMS = {"cage": "cage", "Xwayland": "xwayland", "pkill": "procps"}
WAYLAND_LIBRARIES = {
    "wayland-client": "libwayland-client0",
    "wayland-cursor": "libwayland-cursor0",
    "wayland-egl": "libwayland-egl1",
}
SEAT_DAEMON = "seatd"  # gives cage the screen and input where systemd-logind does not run

# Read-aloud (optional: without it the accessibility panel says it is not available):
# Qt's speech-dispatcher plugin links libspeechd; speech-dispatcher speaks through
# espeak-ng (which has an Indonesian voice) to a PulseAudio-compatible audio server.
SPEECH_PROGRAMS = {"speech-dispatcher": "speech-dispatcher", "espeak-ng": "espeak-ng"}
SPEECH_LIBRARIES = {"speechd": "libspeechd2"}
AUDIO_SERVERS = {"pipewire-pulse": "pipewire-pulse", "pulseaudio": "pulseaudio"}
# The read-aloud test runs its own PulseAudio with a null sink and records it (parec).
TEST_AUDIO_PACKAGES = {"pulseaudio": "pulseaudio", "parec": "pulseaudio-utils"}
# The jury workbook's test opens it in LibreOffice (`soffice --headless --convert-to`).
TEST_OFFICE_PROGRAMS = {"soffice": "libreoffice-calc-nogui"}

# What Qt's xcb plugin needs on a real X display beyond the list above (measured
# under Xvfb with PySide6 6.12).
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-image": "libxcb-image0",
}
# The attract-loop benchmark opens real X windows on a virtual display (`make bench`).
BENCH_PROGRAMS = {"Xvfb": "xvfb", "xauth": "xauth"}


def missing_packages(include_test: bool = False, include_bench: bool = False) -> list[str]:
    """Debian packages whose libraries, programs or fonts this machine lacks.

    With `include_test`, also what the tests need, which includes the cage session,
    read-aloud with an audio server to record from, and LibreOffice for the workbook;
    with `include_bench`, what the benchmarks' real X windows need.
    """
    wanted = dict(QT_LIBRARIES)
    programs: dict[str, str] = {}
    if include_test:
        wanted.update(TEST_LIBRARIES | SPEECH_LIBRARIES | XCB_LIBRARIES)
        programs.update(TEST_PROGRAMS | SPEECH_PROGRAMS | TEST_AUDIO_PACKAGES)
        programs.update(TEST_OFFICE_PROGRAMS)
    if include_bench:
        wanted.update(XCB_LIBRARIES)
        programs.update(BENCH_PROGRAMS)
    missing = [pkg for lib, pkg in wanted.items() if ctypes.util.find_library(lib) is None]
    missing.extend(pkg for prog, pkg in programs.items() if shutil.which(prog) is None)
    if include_test:
        missing.extend(missing_cage_packages(seat=False))  # cage's headless test needs no seat
    if not _has_fonts():
        missing.extend(FONT_PACKAGES)
    return sorted(set(missing))


def missing_cage_packages(seat: bool = True) -> list[str]:
    """Debian packages the kiosk needs to run inside cage that this machine lacks.

    `seat`: also a seat daemon where logind does not run (a real screen needs one).
    """
    missing = [pkg for prog, pkg in CAGE_PROGRAMS.items() if shutil.which(prog) is None]
    missing.extend(
        pkg for lib, pkg in WAYLAND_LIBRARIES.items() if ctypes.util.find_library(lib) is None
    )
    if seat and not has_logind() and shutil.which(SEAT_DAEMON) is None:
        missing.append(SEAT_DAEMON)
    return sorted(missing)


def missing_speech_packages() -> list[str]:
    """Debian packages read-aloud needs that this machine lacks (an audio server included:
    pipewire-pulse, unless PulseAudio itself is installed)."""
    missing = [pkg for prog, pkg in SPEECH_PROGRAMS.items() if shutil.which(prog) is None]
    missing.extend(
        pkg for lib, pkg in SPEECH_LIBRARIES.items() if ctypes.util.find_library(lib) is None
    )
    if not any(shutil.which(prog) for prog in AUDIO_SERVERS):
        missing.append(AUDIO_SERVERS["pipewire-pulse"])
    return sorted(missing)


def has_logind() -> bool:
    """Booted with systemd, so systemd-logind hands out the seat (screen, input devices)."""
    return Path("/run/systemd/system").is_dir()


def _has_fonts() -> bool:
    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return bool(out.strip())


def apt_line(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def main(argv: list[str]) -> int:
    missing = missing_packages(include_test="--test" in argv, include_bench="--bench" in argv)
    speech = missing_speech_packages()
    if speech and not missing:
        print(
            "Read-aloud will not be offered (optional). For it, install:\n  " + apt_line(speech),
            file=sys.stderr,
        )
    if not missing:
        return 0
    print(
        "Gerai needs system libraries this machine lacks. Install them with:\n  "
        + apt_line(missing),
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
