"""`kiosk doctor`'s session line: cage at boot, a desktop session, or nothing installed yet."""

from __future__ import annotations

from pathlib import Path

from kiosk.ops.autostart import CAGE_SERVICE, install_autostart
from kiosk.ops.check import FAIL, OK, WARN
from kiosk.ops.session import check_session, current_session, inside_cage

COMMAND = ["/usr/bin/python3", "-m", "kiosk", "run"]


def nothing_missing() -> list[str]:
    return []


def test_enabled_cage_unit_is_the_locked_session(tmp_path: Path) -> None:
    [unit] = install_autostart("cage", COMMAND, tmp_path, user="gerai", unit_dir=tmp_path)
    wants = tmp_path / "graphical.target.wants"
    wants.mkdir()
    (wants / CAGE_SERVICE).symlink_to(unit)  # what `systemctl enable` makes
    found = check_session({"HOME": str(tmp_path)}, "linux", tmp_path, nothing_missing)
    assert found.level == OK
    assert "at boot: cage on tty1" in found.message
    assert "here: no screen" in found.message


def test_cage_unit_not_enabled_is_a_warning(tmp_path: Path) -> None:
    install_autostart("cage", COMMAND, tmp_path, user="gerai", unit_dir=tmp_path)
    found = check_session({"HOME": str(tmp_path)}, "linux", tmp_path, nothing_missing)
    assert found.level == WARN
    assert "sudo systemctl enable --now gerai-kiosk-cage" in found.message


def test_cage_unit_without_cage_names_the_packages(tmp_path: Path) -> None:
    install_autostart("cage", COMMAND, tmp_path, user="gerai", unit_dir=tmp_path)
    found = check_session(
        {"HOME": str(tmp_path)}, "linux", tmp_path, lambda: ["cage", "libwayland-cursor0"]
    )
    assert found.level == FAIL
    assert "sudo apt-get install -y cage libwayland-cursor0" in found.message


def test_desktop_autostart_and_session(tmp_path: Path) -> None:
    install_autostart("xdg", COMMAND, tmp_path)
    env = {"HOME": str(tmp_path), "XDG_CURRENT_DESKTOP": "XFCE", "DISPLAY": ":0"}
    found = check_session(env, "linux", tmp_path / "system", nothing_missing)
    assert found.level == OK
    assert found.message.startswith("at boot: the desktop session (")
    assert "here: a XFCE desktop session (x11)" in found.message


def test_nothing_installed_points_at_cage(tmp_path: Path) -> None:
    found = check_session({"HOME": str(tmp_path)}, "linux", tmp_path, nothing_missing)
    assert found.level == OK
    assert "no autostart installed" in found.message
    assert "install-autostart --kind cage" in found.message


def test_where_a_kiosk_started_here_would_run() -> None:
    assert current_session({"DISPLAY": ":1"}) == "here: X11 without a desktop (:1)"
    assert current_session({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":1"}).endswith(
        "offscreen (no screen)"
    )
    gnome = {
        "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_SESSION_TYPE": "wayland",
        "WAYLAND_DISPLAY": "wayland-0",
    }
    assert current_session(gnome) == "here: a GNOME desktop session (wayland)"


def test_inside_cage_follows_the_parents(tmp_path: Path) -> None:
    def process(pid: str, parent: str, name: str) -> None:
        (tmp_path / pid).mkdir()
        # comm may hold spaces and parentheses: the state follows the last ")".
        (tmp_path / pid / "stat").write_text(f"{pid} ({name}) S {parent} 1 1\n")
        (tmp_path / pid / "comm").write_text(f"{name}\n")

    process("1", "0", "systemd")
    process("40", "1", "cage")
    process("41", "40", "python3 (kiosk)")
    (tmp_path / "self").symlink_to(tmp_path / "41")
    assert inside_cage(tmp_path)
    (tmp_path / "40" / "comm").write_text("sway\n")
    assert not inside_cage(tmp_path)
    assert not inside_cage(tmp_path / "missing")
