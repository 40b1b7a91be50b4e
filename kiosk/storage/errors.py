"""Known storage problems, each with a message an operator can act on."""

from __future__ import annotations

import errno
import sqlite3


class StorageError(Exception):
    """A problem with a database file that the user can be told about plainly."""


class NotAKioskFile(StorageError):
    pass


class NewerSchemaError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class RecordNotStored(StorageError):
    """A visitor record could not be committed; it must not be acknowledged."""


# SQLite's primary result codes for a disk that refuses writes (sqlite3.h).
_SQLITE_DISK = {13: "the disk is full", 8: "the file or disk is read-only", 10: "the disk failed"}
_SQLITE_DISK[14] = "the file cannot be opened or created"
_OS_DISK = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "no permission to write there",
    errno.EPERM: "no permission to write there",
    errno.EIO: "the disk failed",
}


def disk_problem(exc: BaseException) -> str | None:
    """What is wrong with the disk, when `exc` is a disk refusing a write; else None."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return None if code is None else _SQLITE_DISK.get(code & 0xFF)
    if isinstance(exc, OSError):
        return _OS_DISK.get(exc.errno or 0)
    return None
