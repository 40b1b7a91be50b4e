"""After an export: flush the stick, then eject it where the system allows.

The export has already fsynced its files and their folder; `release_stick` then
asks the kernel to write out everything still cached (`os.sync`), finds the
drive that holds the folder (`/proc/self/mountinfo`), and, when that drive is
removable (a USB stick), unmounts it and powers it off with `udisksctl` (the
desktop's own way, no root needed for a drive the desktop mounted), or with
`eject` where udisks is not installed. Whatever happens, the result says in
staff's words whether the stick was ejected and, if not, why: after the flush
it is safe to pull out either way.

Parsing and the commands are plain functions, tested on their own; only
`release_stick` runs anything. It may take seconds (a slow stick, udisks
waiting for a busy drive): call it off the GUI thread.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

COMMAND_SECONDS = 20  # udisks waits for a busy drive; a kiosk should not wait longer


@dataclass(frozen=True)
class Mount:
    mount_point: Path
    source: str  # e.g. /dev/sdb1; "overlay", "tmpfs"... for what is not a block device
    fstype: str


@dataclass(frozen=True)
class Drive:
    """A block device: the partition mounted, and the whole disk it is part of."""

    partition: str  # /dev/sdb1
    disk: str  # /dev/sdb (the same as `partition` for a stick without partitions)
    removable: bool  # the kernel says removable, or it sits on a USB bus


@dataclass(frozen=True)
class Release:
    """How the stick was left: `ejected` (unmounted, so nothing more is written to it)
    or not, and why not in staff's words; `flushed` when every cached write is out."""

    ejected: bool
    flushed: bool
    reason: str = ""  # why it was not ejected ("" when it was)
    powered_off: bool = False

    @property
    def safe(self) -> bool:
        return self.ejected or self.flushed


# ---------------------------------------------------------------- parsing


def unescape_mount(field: str) -> str:
    """Mount tables write space, tab, newline and backslash as octal escapes (\\040...)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 4 <= len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts of a `/proc/self/mountinfo` text, in its order."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if " - " not in line or len(fields) < 5:
            continue
        after = line.split(" - ", 1)[1].split()
        if len(after) < 2:
            continue
        mounts.append(Mount(Path(unescape_mount(fields[4])), unescape_mount(after[1]), after[0]))
    return mounts


def mount_of(folder: Path, mounts: list[Mount]) -> Mount | None:
    """The mount that holds `folder` (the deepest mount point above it; the last one
    mounted there when several are)."""
    best: Mount | None = None
    for mount in mounts:
        point = mount.mount_point
        if (folder == point or point in folder.parents) and (
            best is None or len(point.parts) >= len(best.mount_point.parts)
        ):
            best = mount
    return best


def drive_of(source: str, sys_block: Path) -> Drive | None:
    """The block device behind a mount's source, from sysfs; None when it is not one."""
    if not source.startswith("/dev/"):
        return None
    name = Path(os.path.realpath(source)).name
    node = sys_block / name
    if not node.exists():
        return None
    disk_node = node.resolve().parent if (node / "partition").exists() else node.resolve()
    removable = _read(disk_node / "removable") == "1" or "/usb" in str(disk_node)
    return Drive(f"/dev/{name}", f"/dev/{disk_node.name}", removable)


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""


# ---------------------------------------------------------------- commands


def eject_commands(drive: Drive, which: Callable[[str], str | None]) -> list[list[str]]:
    """The commands that unmount the drive, then power it off: udisks first (as the
    desktop does it), else `eject`; none when neither is installed."""
    udisksctl = which("udisksctl")
    if udisksctl:
        return [
            [udisksctl, "unmount", "-b", drive.partition, "--no-user-interaction"],
            [udisksctl, "power-off", "-b", drive.disk, "--no-user-interaction"],
        ]
    eject = which("eject")
    return [[eject, drive.partition]] if eject else []


# What udisks or eject says, and how staff read it (first match wins).
_REFUSALS = (
    ("DeviceBusy", "flashdisk masih dipakai program lain"),
    ("target is busy", "flashdisk masih dipakai program lain"),
    ("NotAuthorized", "sistem tidak memberi izin"),
    ("Permission denied", "sistem tidak memberi izin"),
    ("Operation not permitted", "sistem tidak memberi izin"),
    ("must be superuser", "sistem tidak memberi izin"),
    ("NotMounted", "flashdisk sudah tidak terpasang"),
    ("not mounted", "flashdisk sudah tidak terpasang"),
    ("No such file", "flashdisk sudah tidak terpasang"),
    ("unable to find", "flashdisk sudah tidak terpasang"),
)
NOT_REMOVABLE = "folder ini bukan flashdisk yang bisa dilepas"
NO_TOOL = "alat pelepas flashdisk tidak terpasang di komputer ini"
UNKNOWN = "sistem menolak"
TIMED_OUT = "flashdisk tidak menjawab"


def refusal_reason(output: str) -> str:
    """Why a command refused, in staff's words, from what it printed."""
    return next((words for key, words in _REFUSALS if key in output), UNKNOWN)


@dataclass(frozen=True)
class Ran:
    returncode: int
    output: str  # stdout and stderr together


def run_command(command: list[str]) -> Ran:
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=COMMAND_SECONDS,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return Ran(-1, "timed out")
    except OSError as exc:
        return Ran(-1, str(exc))
    return Ran(done.returncode, (done.stdout or "") + (done.stderr or ""))


# ---------------------------------------------------------------- decisions


@dataclass(frozen=True)
class Plan:
    """What to run for a folder: the commands (unmount first), or why none."""

    commands: list[list[str]]
    reason: str = ""  # why the stick is not ejected ("" when there are commands)


def plan_release(
    folder: Path,
    mounts: list[Mount],
    drive_for: Callable[[str], Drive | None],
    which: Callable[[str], str | None],
) -> Plan:
    """Which commands eject the drive holding `folder` (a real path), or why none do:
    not on a removable block device, or no tool to eject it with."""
    mount = mount_of(folder, mounts)
    drive = drive_for(mount.source) if mount is not None else None
    if drive is None or not drive.removable:
        return Plan([], NOT_REMOVABLE)
    commands = eject_commands(drive, which)
    return Plan(commands) if commands else Plan([], NO_TOOL)


def outcome(unmount: Ran, after: list[Ran]) -> Release:
    """How the stick was left (already flushed) once its commands ran: ejected when the
    unmount succeeded (powering off is a courtesy: unmounted is already safe)."""
    if unmount.returncode != 0:
        reason = TIMED_OUT if unmount.output == "timed out" else refusal_reason(unmount.output)
        return Release(False, True, reason)
    return Release(True, True, "", all(ran.returncode == 0 for ran in after))


# ---------------------------------------------------------------- the one that acts


MOUNTINFO = Path("/proc/self/mountinfo")
SYS_BLOCK = Path("/sys/class/block")


def release_stick(folder: Path) -> Release:
    """Flush every cached write, then eject the drive holding `folder` if it is a
    removable one and the system lets us."""
    os.sync()  # returns once the kernel has written out what it held
    try:
        return _eject(folder)
    except Exception:  # flushed all the same: say so, with the cause in the log
        log.exception("ejecting the drive of %s failed", folder)
        return Release(False, True, UNKNOWN)


def _eject(folder: Path) -> Release:
    try:
        mounts = parse_mountinfo(MOUNTINFO.read_text())
    except OSError as exc:
        log.warning("mount table not readable: %s", exc)
        return Release(False, True, NOT_REMOVABLE)
    plan = plan_release(
        Path(os.path.realpath(folder)),
        mounts,
        lambda source: drive_of(source, SYS_BLOCK),
        shutil.which,
    )
    if not plan.commands:
        log.info("%s: flushed, not ejected (%s)", folder, plan.reason)
        return Release(False, True, plan.reason)
    unmount, *rest = plan.commands
    ran = run_command(unmount)
    log.info("%s: %s -> %s %s", folder, " ".join(unmount), ran.returncode, ran.output.strip())
    after: list[Ran] = []
    if ran.returncode == 0:
        for command in rest:
            after.append(run_command(command))
            log.info("%s -> %s %s", " ".join(command), after[-1].returncode, after[-1].output)
    return outcome(ran, after)
