"""Known storage problems, each with a message an operator can act on."""


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
