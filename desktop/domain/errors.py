"""The project's own error types. Every failure a user can meet is one of these."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar


class NmrfError(Exception):
    """Base of every error the program reports to a user.

    ``where`` names the place (file, row, field, database) the problem is in.
    ``code`` and ``params`` say the same as ``message`` for a screen that
    words it in the user's language (``params`` fill the ``{placeholders}`` of
    the code's template); ``message`` is the English text the command line and
    the logs show, and the fallback for a code a screen does not know.
    """

    default_code: ClassVar[str | None] = None

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        code: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.code = code or self.default_code
        self.params: dict[str, object] = dict(params or {})

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled whole (a file read in a second process reports its errors
        # across): the default would call the class with the message alone,
        # which subclasses with keyword-only fields refuse.
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(cls: type[NmrfError], args: tuple[object, ...], state: dict[str, object]) -> NmrfError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ValidationError(NmrfError):
    """An edit or a value breaks a rule of the domain."""


class ConflictError(NmrfError):
    """A record was changed by someone else since it was read."""

    default_code = "record.conflict"


class NotFoundError(NmrfError):
    """A record asked for does not exist (any more)."""


class ImportFileError(NmrfError):
    """A file given to an importer cannot be read or is not what it claims.

    ``where`` names the file and, where it applies, the row and the column,
    e.g. ``report.xlsx, row 12, column "Text"``; a screen names them in the
    user's language from ``file``, ``row`` and ``column``.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str,
        row: int | None = None,
        column: str | None = None,
        code: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        super().__init__(
            message, where=import_location(file, row, column), code=code, params=params
        )


def import_location(file: str, row: int | None = None, column: str | None = None) -> str:
    """``file, row 12, column "Text"``: where a problem in an imported file is."""
    parts = [file]
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f'column "{column}"')
    return ", ".join(parts)
