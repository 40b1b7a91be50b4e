"""Releasing the stick after an export: the mount table and sysfs read as they are written,
the commands as udisks and eject take them, their refusals in staff's words, and a real
release of a plain folder (flushed, reported as not a removable drive)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.staff.eject import (
    NO_TOOL,
    NOT_REMOVABLE,
    SYS_BLOCK,
    TIMED_OUT,
    UNKNOWN,
    Drive,
    Mount,
    Plan,
    Ran,
    Release,
    drive_of,
    eject_commands,
    mount_of,
    outcome,
    parse_mountinfo,
    plan_release,
    refusal_reason,
    release_stick,
    unescape_mount,
)
from kiosk.staff.receipts import closing_instruction

# Lines as /proc/self/mountinfo has them on a desktop with a stick plugged in.
MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 253:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw,errors=remount-ro
31 27 0:26 / /run rw,nosuid,nodev - tmpfs tmpfs rw,size=813300k,mode=755
812 27 8:17 / /media/petugas/DATA\\040PANITIA rw,nosuid shared:450 - vfat /dev/sdb1 rw,flush
813 27 8:33 / /media/petugas/STICK rw,nosuid,nodev,relatime shared:451 - exfat /dev/sdc rw,uid=1000
"""


def test_the_mount_table_is_read_with_its_escapes() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert [m.mount_point for m in mounts] == [
        Path("/proc"),
        Path("/"),
        Path("/run"),
        Path("/media/petugas/DATA PANITIA"),
        Path("/media/petugas/STICK"),
    ]
    assert mounts[3] == Mount(Path("/media/petugas/DATA PANITIA"), "/dev/sdb1", "vfat")
    assert unescape_mount("a\\040b\\011c\\134d") == "a b\tc\\d"
    assert unescape_mount("ends\\04") == "ends\\04"  # a cut escape stays as it is


def test_the_folder_belongs_to_the_deepest_mount_above_it() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    stick = mount_of(Path("/media/petugas/DATA PANITIA/gerai"), mounts)
    assert stick is not None and stick.source == "/dev/sdb1"
    assert mount_of(Path("/media/petugas/STICK"), mounts).source == "/dev/sdc"  # type: ignore[union-attr]
    home = mount_of(Path("/home/petugas"), mounts)
    assert home is not None and home.mount_point == Path("/")
    # a name that merely starts like a mount point is not under it
    assert mount_of(Path("/media/petugas/STICK2"), mounts).mount_point == Path("/")  # type: ignore[union-attr]


def test_udisks_unmounts_the_partition_then_powers_off_the_disk() -> None:
    drive = Drive("/dev/sdb1", "/dev/sdb", removable=True)
    installed = {"udisksctl": "/usr/bin/udisksctl", "eject": "/usr/bin/eject"}
    assert eject_commands(drive, installed.get) == [
        ["/usr/bin/udisksctl", "unmount", "-b", "/dev/sdb1", "--no-user-interaction"],
        ["/usr/bin/udisksctl", "power-off", "-b", "/dev/sdb", "--no-user-interaction"],
    ]
    assert eject_commands(drive, {"eject": "/usr/bin/eject"}.get) == [
        ["/usr/bin/eject", "/dev/sdb1"]
    ]
    assert eject_commands(drive, {}.get) == []


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        (
            "Error unmounting /dev/sdb1: GDBus.Error:org.freedesktop.UDisks2.Error.DeviceBusy:"
            " Error unmounting /dev/sdb1: target is busy\n",
            "flashdisk masih dipakai program lain",
        ),
        (
            "Error unmounting /dev/sdb1: GDBus.Error:org.freedesktop.UDisks2.Error."
            "NotAuthorizedCanObtain: Not authorized to perform operation\n",
            "sistem tidak memberi izin",
        ),
        (
            "Error unmounting /dev/sdb1: GDBus.Error:org.freedesktop.UDisks2.Error.NotMounted:"
            " Device `/dev/sdb1' is not mounted\n",
            "flashdisk sudah tidak terpasang",
        ),
        (
            "umount: /media/petugas/STICK: must be superuser to unmount.\n",
            "sistem tidak memberi izin",
        ),
        (
            "eject: unable to find or open device for: `/dev/sdb1'\n",
            "flashdisk sudah tidak terpasang",
        ),
        ("something new\n", UNKNOWN),
    ],
)
def test_refusals_are_told_in_staff_words(output: str, reason: str) -> None:
    assert refusal_reason(output) == reason


# Where a USB stick's partition and disk sit in sysfs (/sys/class/block links into it).
USB_DISK = "devices/pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0/block/sdb"
SATA_DISK = "devices/pci0000:00/0000:00:17.0/ata1/host0/target0:0:0/0:0:0:0/block/sda"


def sysfs(root: Path) -> Path:
    """A sysfs block tree laid out as the kernel lays it out for a USB stick with one
    partition (sdb, sdb1; `removable` 1) and a SATA disk (sda, sda2; `removable` 0)."""
    block = root / "class" / "block"
    block.mkdir(parents=True)
    for disk, part, removable in ((USB_DISK, "sdb1", "1"), (SATA_DISK, "sda2", "0")):
        (root / disk / part).mkdir(parents=True)
        (root / disk / "removable").write_text(removable + "\n")
        (root / disk / part / "partition").write_text(part[-1] + "\n")
        (block / Path(disk).name).symlink_to(Path("../..") / disk)
        (block / part).symlink_to(Path("../..") / disk / part)
    return block


def test_a_partition_leads_to_its_disk_and_its_bus(tmp_path: Path) -> None:
    block = sysfs(tmp_path)
    assert drive_of("/dev/sdb1", block) == Drive("/dev/sdb1", "/dev/sdb", removable=True)
    assert drive_of("/dev/sdb", block) == Drive("/dev/sdb", "/dev/sdb", removable=True)
    assert drive_of("/dev/sda2", block) == Drive("/dev/sda2", "/dev/sda", removable=False)
    assert drive_of("/dev/sdz1", block) is None and drive_of("overlay", block) is None


def test_what_to_run_for_a_folder(tmp_path: Path) -> None:
    """The decision on the desktop's mount table: a stick's folder is ejected with udisks
    (or eject); a folder on the SATA disk or on tmpfs is not removable; without a tool
    nothing runs, and staff are told why."""
    block = sysfs(tmp_path)
    mounts = parse_mountinfo(
        MOUNTINFO.replace("/dev/vda1", "/dev/sda2") + "900 27 0:50 / /tmp rw - tmpfs tmpfs rw\n"
    )
    udisks = {"udisksctl": "/usr/bin/udisksctl"}.get

    def plan(folder: str, which: object = udisks) -> Plan:
        return plan_release(Path(folder), mounts, lambda s: drive_of(s, block), which)  # type: ignore[arg-type]

    stick = plan("/media/petugas/DATA PANITIA/gerai")
    assert stick.commands[0][1:3] == ["unmount", "-b"] and stick.commands[0][3] == "/dev/sdb1"
    assert stick.commands[1][1:4] == ["power-off", "-b", "/dev/sdb"] and stick.reason == ""
    assert plan("/home/petugas/ekspor") == Plan([], NOT_REMOVABLE)
    assert plan("/tmp/ekspor") == Plan([], NOT_REMOVABLE)
    assert plan("/media/petugas/DATA PANITIA", {}.get) == Plan([], NO_TOOL)
    assert plan("/media/petugas/DATA PANITIA", {"eject": "/bin/eject"}.get).commands == [
        ["/bin/eject", "/dev/sdb1"]
    ]


def test_the_outcome_of_the_commands() -> None:
    ok, busy = Ran(0, ""), Ran(1, "Error unmounting /dev/sdb1: target is busy\n")
    assert outcome(ok, [ok]) == Release(True, True, "", powered_off=True)
    assert outcome(ok, [Ran(1, "NotAuthorized")]) == Release(True, True, "", powered_off=False)
    refused = outcome(busy, [])
    assert not refused.ejected and refused.flushed and refused.safe
    assert refused.reason == "flashdisk masih dipakai program lain"
    assert outcome(Ran(-1, "timed out"), []).reason == TIMED_OUT


def test_sysfs_names_this_machines_disks_as_they_are() -> None:
    """The machine's own root disk, read from the real sysfs: a block device, whose
    removable flag and bus are whatever the kernel says (a VM's disk is neither)."""
    root = mount_of(Path("/"), parse_mountinfo(Path("/proc/self/mountinfo").read_text()))
    assert root is not None
    drive = drive_of(root.source, SYS_BLOCK)
    if drive is None:  # a container's root (overlay...) is no block device in sysfs
        assert not (SYS_BLOCK / Path(root.source).name).exists()
        return
    disk = SYS_BLOCK / Path(drive.disk).name
    removable = (disk / "removable").read_text().strip() == "1" or "/usb" in str(disk.resolve())
    assert drive.removable == removable
    assert drive_of("tmpfs", SYS_BLOCK) is None and drive_of("/dev/no-such-disk", SYS_BLOCK) is None


def test_a_plain_folder_is_flushed_and_said_not_to_be_removable(tmp_path: Path) -> None:
    release = release_stick(tmp_path)
    assert release.flushed and not release.ejected and release.safe
    assert release.reason == NOT_REMOVABLE
    text = closing_instruction(True, release)
    assert "Flashdisk aman dicabut: semua data sudah tertulis." in text
    assert f"tidak dapat dilepas otomatis ({NOT_REMOVABLE})" in text
    assert NO_TOOL != NOT_REMOVABLE


def test_the_receipt_says_safe_only_once_the_stick_is_released() -> None:
    pending = closing_instruction(True, None)
    assert "aman dicabut" not in pending and "jangan dicabut dulu" in pending
    assert "aman dicabut: sudah dilepas" in closing_instruction(True, Release(True, True))
    unsafe = closing_instruction(True, Release(False, False))
    assert "aman dicabut" not in unsafe and "Jangan cabut" in unsafe
    unsaved = closing_instruction(False, Release(True, True))
    assert "Struk tidak dapat disimpan di flashdisk" in unsaved and "aman dicabut" in unsaved
