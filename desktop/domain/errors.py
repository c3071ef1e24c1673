"""The project's own error types. Every failure a user can meet is one of these."""

from __future__ import annotations


class NmrfError(Exception):
    """Base of every error the program reports to a user.

    ``where`` names the place (file, row, field, database) the problem is in.
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ValidationError(NmrfError):
    """An edit or a value breaks a rule of the domain."""


class ConflictError(NmrfError):
    """A record was changed by someone else since it was read."""


class NotFoundError(NmrfError):
    """A record asked for does not exist (any more)."""


class ImportFileError(NmrfError):
    """A file given to an importer cannot be read or is not what it claims.

    ``where`` names the file and, where it applies, the row and the column,
    e.g. ``report.xlsx, row 12, column "Text"``.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        super().__init__(message, where=import_location(file, row, column))


def import_location(file: str, row: int | None = None, column: str | None = None) -> str:
    """``file, row 12, column "Text"``: where a problem in an imported file is."""
    parts = [file]
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f'column "{column}"')
    return ", ".join(parts)
