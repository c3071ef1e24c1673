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
