"""Column helpers shared by the model modules."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, String, Table
from sqlalchemy import Enum as SAEnum
from sqlalchemy.types import TypeEngine

from desktop.store.base import Base


def code_enum(enum_cls: type[Enum], length: int = 32) -> SAEnum:
    """Store a domain enum as its string code, with no engine-specific type
    and no CHECK constraint, so vocabularies can grow without a migration
    (but for ImplementationStatus: an index holds its codes, store.status_weights)."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=_values,
        validate_strings=True,
    )


def byte_ordered_string(length: int) -> TypeEngine[str]:
    """A string column that compares code point by code point on both engines:
    SQLite's default (BINARY) already does; PostgreSQL needs the "C" collation,
    as the database's locale collation would ignore punctuation and case."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def _values(enum_cls: type[Enum]) -> list[Any]:
    return [str(member.value) for member in enum_cls]


def link_table(
    name: str, left: tuple[str, str], right: tuple[str, str], *, index_right: bool = True
) -> Table:
    """A many-to-many link table: ``left`` and ``right`` are (column, referred
    table) pairs. Rows go when either side goes. The primary key serves lookups
    from the left; ``index_right`` adds one for the other direction."""
    (left_column, left_table), (right_column, right_table) = left, right
    extra = [Index(f"ix_{name}_{right_column}", right_column)] if index_right else []
    return Table(
        name,
        Base.metadata,
        Column(left_column, ForeignKey(f"{left_table}.id", ondelete="CASCADE"), primary_key=True),
        Column(right_column, ForeignKey(f"{right_table}.id", ondelete="CASCADE"), primary_key=True),
        *extra,
    )
