"""What can go wrong when opening a store. Each names the database it is about."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import NmrfError


class DatabaseError(NmrfError):
    """A database cannot be opened or used."""


class NoDatabaseError(DatabaseError):
    """There is no database where one was expected."""

    def __init__(
        self, message: str, *, where: str | None = None, newest_backup: Path | None = None
    ):
        super().__init__(message, where=where)
        self.newest_backup = newest_backup


class NotOurDatabaseError(DatabaseError):
    """The file is not a database, or a database of another program."""

    def __init__(
        self, message: str, *, where: str | None = None, newest_backup: Path | None = None
    ):
        super().__init__(message, where=where)
        self.newest_backup = newest_backup


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


class DatabaseBusyError(DatabaseError):
    """Another program held the database (its write lock, or rows a transaction
    needed) for longer than we wait. Nothing was changed; trying again works."""

    default_code = "database.busy"

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        retryable: bool = False,
        code: str | None = None,
    ):
        super().__init__(message, where=where, code=code)
        self.retryable = retryable
        """True for a PostgreSQL deadlock or serialization failure: the whole
        transaction may simply be run again."""


class ReadOnlyDatabaseError(DatabaseError):
    """The database is open read-only: a write was refused, nothing changed."""

    default_code = "database.read_only"


class DiskFullError(DatabaseError):
    """The disk (or the server's) is full: the transaction was rolled back."""

    default_code = "database.disk_full"
