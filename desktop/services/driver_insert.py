"""Inserting many rows of one table through the driver's ``executemany`` (SQLite).

SQLAlchemy's insert with a list of dicts builds and converts every parameter
of every row in Python (a third of a large import). Here the statement text
is built once and the caller gives the rows as tuples of what the driver
stores, converting the few values SQLAlchemy would convert (enums, flags,
timestamps) once each with :func:`memoised_converter`. The statement bypasses
the session's execute events: the caller records the rows in the audit trail
(:func:`desktop.services.audit_guard.audit_inserts`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

Converter = Callable[[Any], Any]


def _memoised(convert: Converter) -> Converter:
    """``convert`` remembering its results (for columns of few distinct values)."""
    seen: dict[Any, Any] = {}

    def converted(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            seen[value] = result = convert(value)
            return result
        except TypeError:  # an unhashable value (a list of a JSON column)
            return convert(value)

    return converted


def memoised_converter(connection: Connection, table: Table, name: str) -> Converter:
    """What SQLAlchemy does to a value of column ``name`` before the driver
    stores it, remembering its results: for columns of few distinct values
    (enums, flags) or one value converted once (a time shared by a batch)."""
    dialect = connection.dialect
    process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return _same
    return _memoised(process)


def _same(value: Any) -> Any:
    return value


def insert_tuples(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    values: Sequence[tuple[Any, ...]],
) -> None:
    """INSERT ``values`` (tuples in the order of ``columns``, already as the
    driver stores them: integers and text) in one executemany."""
    if not values:
        return
    listed = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({listed}) VALUES ({marks})', list(values)
    )
