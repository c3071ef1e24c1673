"""Reading what an agency wrote in a form's open cells: a status chosen from
the drop-down (its localised name, or the code), texts within their limits,
a number and a date. A bad value raises CellProblem naming the field."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.cell.cell import ERROR_CODES

from desktop.services.forms.manifest import canonical

LIMITS = {"progress": 10_000, "evidence": 2_000, "next_steps": 5_000, "source": 300}
MAX_VALUE = Decimal("1e15")


class CellProblem(ValueError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


def text(value: Any, field: str) -> str:
    found = canonical(value)
    if found in ERROR_CODES:
        raise CellProblem(field, f"the cell holds a formula error ({found})")
    limit = LIMITS[field]
    if len(found) > limit:
        raise CellProblem(field, f"longer than {limit:,} characters ({len(found):,})")
    return found


def status(value: Any, names: dict[str, str]) -> str | None:
    """The status code chosen, None for an empty cell."""
    found = canonical(value)
    if not found:
        return None
    if found in ERROR_CODES:
        raise CellProblem("status", f"the cell holds a formula error ({found})")
    if found in names:
        return names[found]
    folded = {name.casefold(): code for name, code in names.items()}
    if found.casefold() in folded:
        return folded[found.casefold()]
    if found in names.values():
        return found
    choices = "; ".join(names)
    raise CellProblem("status", f"{found!r} is not a status of the list ({choices})")


def number(value: Any) -> Decimal | None:
    if value is None or canonical(value) == "":
        return None
    if isinstance(value, bool):
        raise CellProblem("value", "not a number")
    try:
        if isinstance(value, int | float):
            found = Decimal(str(value))
        else:
            found = Decimal(canonical(value).replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        raise CellProblem("value", f"{canonical(value)!r} is not a number") from None
    if not found.is_finite() or abs(found) >= MAX_VALUE:
        raise CellProblem("value", f"{canonical(value)!r} is not a number within range")
    return found


def day(value: Any, today: date) -> date | None:
    if value is None or canonical(value) == "":
        return None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    else:
        try:
            found = date.fromisoformat(canonical(value))
        except ValueError:
            raise CellProblem("date", f"{canonical(value)!r} is not a date (YYYY-MM-DD)") from None
    if found > today:
        raise CellProblem("date", f"{found.isoformat()} is in the future")
    if found.year < 1900:
        raise CellProblem("date", f"{found.isoformat()} is too early")
    return found
