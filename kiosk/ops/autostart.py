"""Starting the kiosk when the booth PC's desktop session starts, and again after a crash.

Two ways on Linux, both ending in the same systemd user service
(Restart=always with a start-rate limit, so a kiosk that crashes at once
does not restart forever):

- "systemd": the service is enabled for `graphical-session.target`, which
  GNOME (Ubuntu's desktop) and KDE start at login.
- "xdg": for desktops that do not start that target (XFCE, LXQt, MATE...):
  an XDG autostart entry hands the session's display to systemd and starts
  the same service.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from kiosk import paths

Kind = Literal["systemd", "xdg"]
KINDS: tuple[Kind, ...] = ("systemd", "xdg")
SERVICE = "gerai-kiosk.service"
DESKTOP = "gerai-kiosk.desktop"
RESTART_SEC = 3
# At most 10 starts in 5 minutes: a kiosk that dies at once stops and waits for staff
# (`systemctl --user restart gerai-kiosk`) instead of flickering all day.
START_LIMIT_INTERVAL_SEC = 300
START_LIMIT_BURST = 10
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "XDG_SESSION_TYPE")


def service_path(home: Path) -> Path:
    return home / ".config" / "systemd" / "user" / SERVICE


def desktop_path(home: Path) -> Path:
    return home / ".config" / "autostart" / DESKTOP


def planned_files(
    kind: Kind, command: list[str], home: Path, workdir: Path | None = None
) -> dict[Path, str]:
    """What `install_autostart` writes: {path under `home`: file text}."""
    if kind not in KINDS:
        raise ValueError(f"unknown autostart kind {kind!r}; use one of {', '.join(KINDS)}")
    files = {service_path(home): service_unit(command, workdir or paths.project_root(), kind)}
    if kind == "xdg":
        files[desktop_path(home)] = desktop_entry()
    return files


def install_autostart(
    kind: Kind, command: list[str], home: Path, workdir: Path | None = None
) -> list[Path]:
    """Write the service (and, for "xdg", the autostart entry) under `home`; return the paths."""
    files = planned_files(kind, command, home, workdir)
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)


def service_unit(command: list[str], workdir: Path, kind: Kind = "systemd") -> str:
    """The systemd user unit that runs `command` and restarts it after a crash."""
    install = (
        "\n[Install]\nWantedBy=graphical-session.target\n"
        if kind == "systemd"
        else ""  # started by the XDG autostart entry instead
    )
    return (
        "[Unit]\n"
        "Description=Gerai booth kiosk\n"
        f"Documentation={_systemd_escape(_guide_url())}\n"
        "PartOf=graphical-session.target\n"
        "After=graphical-session.target\n"
        f"StartLimitIntervalSec={START_LIMIT_INTERVAL_SEC}\n"
        f"StartLimitBurst={START_LIMIT_BURST}\n"
        "\n[Service]\n"
        "Type=simple\n"
        f"WorkingDirectory={_systemd_escape(str(workdir))}\n"
        "Environment=QT_IM_MODULE=qtvirtualkeyboard\n"
        "Environment=PYTHONUNBUFFERED=1\n"
        f"ExecStart={' '.join(_systemd_quote(arg) for arg in command)}\n"
        "Restart=always\n"
        f"RestartSec={RESTART_SEC}\n"
        "TimeoutStopSec=15\n" + install
    )


def _guide_url() -> str:
    """file:// URL of the install guide (spaces %-encoded: Documentation= splits on them)."""
    return "file://" + quote(str(paths.project_root() / "docs" / "install-booth-pc.md"))


def desktop_entry() -> str:
    """The XDG autostart entry: give systemd the session's display, then start the service."""
    script = (
        f"systemctl --user import-environment {' '.join(DISPLAY_VARIABLES)}; "
        f"exec systemctl --user start {SERVICE}"
    )
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Gerai kiosk\n"
        "Comment=Starts the Gerai booth kiosk (restarted by systemd after a crash)\n"
        f"Exec=sh -c {_desktop_quote(script)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def next_steps(kind: Kind) -> list[str]:
    """What the installer must do after the files are written, in order."""
    steps = ["systemctl --user daemon-reload"]
    if kind == "systemd":
        steps.append(f"systemctl --user enable --now {SERVICE.removesuffix('.service')}")
    else:
        steps.append("log out and in again (or restart the PC): the desktop starts the kiosk")
    steps.append(
        "sudo loginctl enable-linger $USER   # optional: your systemd user manager then runs "
        "from boot, not from login (the kiosk still waits for the desktop: it needs a screen)"
    )
    steps.append(f"systemctl --user status {SERVICE}   # check; logs: db/logs/kiosk.log")
    return steps


_SYSTEMD_PLAIN = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")


def _systemd_escape(text: str) -> str:
    """Specifiers start with %; a literal one is %%."""
    return text.replace("%", "%%")


def _systemd_quote(arg: str) -> str:
    """One ExecStart argument: quoted when needed; %, $ and \\ made literal."""
    text = _systemd_escape(arg).replace("$", "$$")
    if arg and _SYSTEMD_PLAIN.fullmatch(arg):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _desktop_quote(arg: str) -> str:
    r"""One Exec argument per the Desktop Entry spec: quoted, with `"`, `\``, `$`, `\` escaped.

    The value then passes the spec's string unescaping, which halves backslashes
    again; and % must be doubled because Exec expands field codes.
    """
    quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")
