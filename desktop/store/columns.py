"""Column helpers shared by the model modules."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import Enum as SAEnum


def code_enum(enum_cls: type[Enum], length: int = 32) -> SAEnum:
    """Store a domain enum as its string code, with no engine-specific type
    and no CHECK constraint, so vocabularies can grow without a migration."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=_values,
        validate_strings=True,
    )


def _values(enum_cls: type[Enum]) -> list[Any]:
    return [str(member.value) for member in enum_cls]
