"""Inserting many rows of one table through the driver's ``executemany`` (SQLite).

SQLAlchemy's insert with a list of dicts builds and converts every parameter
of every row in Python (a third of a large import). Here the statement text
is built once, each column's conversion to what the driver stores is looked
up once, and values that repeat (enums, flags, timestamps) are converted once
each. The statement bypasses the session's execute events: the caller records
the rows in the audit trail (:func:`desktop.services.audit_guard.audit_inserts`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Enum, Table
from sqlalchemy.types import Boolean, TypeDecorator

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


def _converter(table: Table, name: str, connection: Connection) -> Converter | None:
    column_type = table.c[name].type
    dialect = connection.dialect
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    few_values = isinstance(column_type, Enum | Boolean | TypeDecorator)
    return _memoised(process) if few_values else process


def insert_rows(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """INSERT ``rows`` (each a mapping holding every name of ``columns``) in one
    executemany; values are converted as SQLAlchemy would bind them."""
    if not rows:
        return
    converters = [_converter(table, name, connection) for name in columns]
    plain = [name for name, convert in zip(columns, converters, strict=True) if convert is None]
    converted = [
        (name, convert)
        for name, convert in zip(columns, converters, strict=True)
        if convert is not None
    ]
    order = [*plain, *(name for name, _ in converted)]
    values = [
        (
            *(row[name] for name in plain),
            *(None if row[name] is None else convert(row[name]) for name, convert in converted),
        )
        for row in rows
    ]
    insert_tuples(connection, table, order, values)


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
