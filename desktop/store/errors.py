"""What can go wrong when opening a store. Each names the database it is about."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import NmrfError


class DatabaseError(NmrfError):
    """A database cannot be opened or used."""


class NoDatabaseError(DatabaseError):
    """There is no database where one was expected."""


class NotOurDatabaseError(DatabaseError):
    """The file is not a database, or a database of another program."""


class DamagedDatabaseError(DatabaseError):
    """The database fails its integrity check."""

    def __init__(
        self, message: str, *, where: str | None = None, newest_backup: Path | None = None
    ):
        super().__init__(message, where=where)
        self.newest_backup = newest_backup


class NewerSchemaError(DatabaseError):
    """The database was written by a newer version of the program."""


class MigrationError(DatabaseError):
    """An upgrade failed; the database was left as it was."""

    def __init__(self, message: str, *, where: str | None = None, backup: Path | None = None):
        super().__init__(message, where=where)
        self.backup = backup


class BackupError(DatabaseError):
    """A backup could not be made or did not verify."""
