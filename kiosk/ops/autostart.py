"""Starting the kiosk when the booth PC starts, and again after a crash.

Three ways on Linux, all with Restart=always and a start-rate limit, so a
kiosk that crashes at once does not restart forever:

- "cage" (recommended): a systemd system unit logs the booth user in on tty1
  and runs the kiosk inside cage, a Wayland compositor that shows one
  application fullscreen and nothing else: no desktop behind the kiosk.
- "systemd": a user service enabled for `graphical-session.target`, which
  GNOME (Ubuntu's desktop) and KDE start at login.
- "xdg": for desktops that do not start that target (XFCE, LXQt, MATE...):
  an XDG autostart entry hands the session's display to systemd and starts
  the same user service.
"""

from __future__ import annotations

import re
import shutil
import stat
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from kiosk import paths

Kind = Literal["cage", "systemd", "xdg"]
KINDS: tuple[Kind, ...] = ("cage", "systemd", "xdg")
SERVICE = "gerai-kiosk.service"
CAGE_SERVICE = "gerai-kiosk-cage.service"
SYSTEM_UNIT_DIR = Path("/etc/systemd/system")
CAGE = "/usr/bin/cage"  # Debian's package puts it here
TTY = "tty1"  # the console the PC shows at boot
# $$ is a literal $ for systemd: the shell reads MAINPID (cage) from its environment.
STOP_KIOSK_FIRST = (
    "/bin/sh -c 'pkill -TERM -P $$MAINPID; while kill -0 $$MAINPID 2>/dev/null; do sleep 0.2; done'"
)
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
    kind: Kind,
    command: list[str],
    home: Path,
    workdir: Path | None = None,
    user: str | None = None,
    unit_dir: Path = SYSTEM_UNIT_DIR,
) -> dict[Path, str]:
    """What `install_autostart` writes: {path: file text}.

    The desktop kinds write under `home`; "cage" writes a system unit into
    `unit_dir` that runs as `user`.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown autostart kind {kind!r}; use one of {', '.join(KINDS)}")
    workdir = workdir or paths.project_root()
    if kind == "cage":
        if not user:
            raise ValueError("the cage kind needs the booth user's name")
        cage = shutil.which("cage") or CAGE
        return {unit_dir / CAGE_SERVICE: cage_unit(command, workdir, user, cage)}
    files = {service_path(home): service_unit(command, workdir, kind)}
    if kind == "xdg":
        files[desktop_path(home)] = desktop_entry()
    return files


def install_autostart(
    kind: Kind,
    command: list[str],
    home: Path,
    workdir: Path | None = None,
    user: str | None = None,
    unit_dir: Path = SYSTEM_UNIT_DIR,
) -> list[Path]:
    """Write the files of `planned_files`; return their paths."""
    files = planned_files(kind, command, home, workdir, user, unit_dir)
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
        + _start_limit()
        + "\n[Service]\n"
        + _run_kiosk(command, workdir)
        + install
    )


def cage_unit(command: list[str], workdir: Path, user: str, cage: str = CAGE) -> str:
    """The system unit that logs `user` in on tty1 and runs `command` inside cage.

    It takes tty1 from the login prompt and opens a logind session (PAM "login")
    so cage may use the screen and input devices. cage exits when the kiosk does,
    and systemd starts both again. Without cage's -s, Ctrl+Alt+F<n> cannot leave
    the kiosk for a console.
    """
    return (
        "[Unit]\n"
        f"Description=Gerai booth kiosk in cage on {TTY}\n"
        f"Documentation={_systemd_escape(_guide_url())}\n"
        # Logins must be allowed; with a boot splash, start as it goes away.
        "After=systemd-user-sessions.service plymouth-quit-wait.service\n"
        # logind gives the session the seat (screen, touch, keyboard) over D-Bus.
        "Wants=dbus.socket systemd-logind.service\n"
        "After=dbus.socket systemd-logind.service\n"
        f"Conflicts=getty@{TTY}.service\n"
        f"After=getty@{TTY}.service\n"
        "Before=graphical.target\n"
        "ConditionPathExists=/dev/tty0\n"  # no virtual consoles: nothing to show it on
        + _start_limit()
        + "\n[Service]\n"
        f"User={_systemd_escape(user)}\n"
        "PAMName=login\n"
        # pam_systemd reads the session type from here: a graphical session, not a text one.
        "Environment=XDG_SESSION_TYPE=wayland\n"
        f"TTYPath=/dev/{TTY}\n"
        "TTYReset=yes\n"
        "TTYVHangup=yes\n"
        "TTYVTDisallocate=yes\n"
        "StandardInput=tty-fail\n"
        "StandardOutput=journal\n"
        "StandardError=journal\n"
        # Shown by `who` and `w`, as the login prompt it replaces would be.
        f"UtmpIdentifier={TTY}\n"
        "UtmpMode=user\n"
        + _run_kiosk([cage, "-d", "--", *command], workdir)
        # Stop the kiosk first and let cage follow: a SIGTERM to both at once aborts cage
        # and cuts the kiosk's display away mid-exit, so every shutdown looked like a crash.
        + f"ExecStop={STOP_KIOSK_FIRST}\n"
        + "\n[Install]\nWantedBy=graphical.target\n"
    )


def _start_limit() -> str:
    return (
        f"StartLimitIntervalSec={START_LIMIT_INTERVAL_SEC}\nStartLimitBurst={START_LIMIT_BURST}\n"
    )


def _run_kiosk(command: list[str], workdir: Path) -> str:
    """The [Service] lines every kind shares: where and what to run, restart after a crash."""
    return (
        "Type=simple\n"
        f"WorkingDirectory={_systemd_escape(str(workdir))}\n"
        "Environment=QT_IM_MODULE=qtvirtualkeyboard\n"
        "Environment=PYTHONUNBUFFERED=1\n"
        f"ExecStart={' '.join(_systemd_quote(arg) for arg in command)}\n"
        "Restart=always\n"
        f"RestartSec={RESTART_SEC}\n"
        "TimeoutStopSec=15\n"
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
    if kind == "cage":
        return cage_next_steps()
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


ROOT_REFUSED = "cage refuses to run as root"


def booth_user_problem(user: str) -> str | None:
    """Why `user` cannot run the cage unit, or None (cage refuses root; systemd needs the user)."""
    import pwd  # Unix only, and this module is also read on Windows (by doctor)

    try:
        entry = pwd.getpwnam(user)
    except KeyError:
        return f"there is no user {user!r} on this PC: make it first (sudo adduser {user})"
    if entry.pw_uid == 0:
        return (
            f"{ROOT_REFUSED}: {user!r} is root. Give the booth's normal (not administrator) "
            "user with --user, e.g. --user gerai"
        )
    return None


def closed_to(user: str, path: Path) -> Path | None:
    """The first folder on the way to `path` that `user` may not enter, or None."""
    import grp
    import pwd

    entry = pwd.getpwnam(user)
    groups = {entry.pw_gid, *(g.gr_gid for g in grp.getgrall() if user in g.gr_mem)}
    for folder in [*reversed(path.resolve().parents), path.resolve()]:
        if not folder.is_dir():
            continue
        info = folder.stat()
        if info.st_uid == entry.pw_uid:
            allowed = info.st_mode & stat.S_IXUSR
        elif info.st_gid in groups:
            allowed = info.st_mode & stat.S_IXGRP
        else:
            allowed = info.st_mode & stat.S_IXOTH
        if not allowed:
            return folder
    return None


def cage_next_steps() -> list[str]:
    """Switching a PC over to the cage unit (as root: the unit is a system one)."""
    name = CAGE_SERVICE.removesuffix(".service")
    return [
        "sudo systemctl daemon-reload",
        f"sudo systemctl disable {' '.join(DISPLAY_MANAGERS)}   # if a desktop is installed: "
        f"its login screen would take {TTY} too (ignore 'does not exist')",
        "sudo systemctl set-default graphical.target   # boot into the kiosk, not a text console",
        f"sudo systemctl enable --now {name}   # the screen switches to the kiosk",
        f"systemctl status {name}   # check; logs: journalctl -u {name}, db/logs/kiosk.log",
    ]


# Login screens of Debian's and Ubuntu's desktops.
DISPLAY_MANAGERS = ("gdm3", "lightdm", "sddm")


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
