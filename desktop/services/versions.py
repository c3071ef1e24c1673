"""The version check of every edit: a record is saved only over the version
the user opened (optimistic locking; the row's ``version`` column moves on with
every save)."""

from __future__ import annotations

from typing import Protocol, TypeVar, cast

from desktop.domain.errors import ConflictError, NotFoundError


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


V = TypeVar("V")  # any record with a ``version`` (a union of models stays that union)


def check_version(
    record: V | None,
    expected_version: int | None,
    noun: str,
    *,
    where: str | None = None,
    missing: str | None = None,
    conflict: str | None = None,
) -> V:
    """``record`` when it exists and is still at ``expected_version`` (``None``:
    any version). Otherwise NotFoundError (``missing``, by default "the {noun}
    no longer exists") or ConflictError (``conflict``, by default "someone else
    changed this {noun} since you opened it"), both naming ``where``."""
    if record is None:
        raise NotFoundError(
            missing or f"the {noun} no longer exists", where=where, code="record.not_found"
        )
    if expected_version is not None and cast(Versioned, record).version != expected_version:
        raise ConflictError(
            conflict or f"someone else changed this {noun} since you opened it",
            where=where,
            code="record.conflict",
        )
    return record
