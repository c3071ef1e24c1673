"""Reading what an agency wrote in a form's open cells: a status chosen from
the drop-down (its localised name, or the code), texts within their limits,
a number and a date. A bad value raises CellProblem naming the field, with
a code and params a screen words in the user's language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.cell.cell import ERROR_CODES

from desktop.services.forms.manifest import canonical

LIMITS = {"progress": 10_000, "evidence": 2_000, "next_steps": 5_000, "source": 300}
MAX_VALUE = Decimal("1e15")


class CellProblem(ValueError):
    """``reason`` in English; ``code`` and ``params`` say the same for a screen."""

    def __init__(
        self, field: str, reason: str, *, code: str, params: dict[str, object] | None = None
    ) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason
        self.code = code
        self.params: dict[str, object] = dict(params or {})


def _formula_error(field: str, found: str) -> CellProblem:
    return CellProblem(
        field,
        f"the cell holds a formula error ({found})",
        code="form.formula_error",
        params={"value": found},
    )


def text(value: Any, field: str) -> str:
    found = canonical(value)
    if found in ERROR_CODES:
        raise _formula_error(field, found)
    limit = LIMITS[field]
    if len(found) > limit:
        raise CellProblem(
            field,
            f"longer than {limit:,} characters ({len(found):,})",
            code="form.text_too_long",
            params={"limit": limit, "length": len(found)},
        )
    return found


def status(value: Any, names: dict[str, str]) -> str | None:
    """The status code chosen, None for an empty cell."""
    found = canonical(value)
    if not found:
        return None
    if found in ERROR_CODES:
        raise _formula_error("status", found)
    if found in names:
        return names[found]
    folded = {name.casefold(): code for name, code in names.items()}
    if found.casefold() in folded:
        return folded[found.casefold()]
    if found in names.values():
        return found
    choices = "; ".join(names)
    raise CellProblem(
        "status",
        f"{found!r} is not a status of the list ({choices})",
        code="form.not_a_status",
        params={"value": found, "choices": choices},
    )


def number(value: Any) -> Decimal | None:
    if value is None or canonical(value) == "":
        return None
    if isinstance(value, bool):
        raise CellProblem("value", "not a number", code="field.not_a_number")
    try:
        if isinstance(value, int | float):
            found = Decimal(str(value))
        else:
            found = Decimal(canonical(value).replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        raise CellProblem(
            "value",
            f"{canonical(value)!r} is not a number",
            code="form.not_a_number",
            params={"value": canonical(value)},
        ) from None
    if not found.is_finite() or abs(found) >= MAX_VALUE:
        raise CellProblem(
            "value",
            f"{canonical(value)!r} is not a number within range",
            code="form.number_out_of_range",
            params={"value": canonical(value)},
        )
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
            raise CellProblem(
                "date",
                f"{canonical(value)!r} is not a date (YYYY-MM-DD)",
                code="form.not_a_date",
                params={"value": canonical(value)},
            ) from None
    if found > today:
        raise CellProblem(
            "date",
            f"{found.isoformat()} is in the future",
            code="form.date_in_future",
            params={"date": found.isoformat()},
        )
    if found.year < 1900:
        raise CellProblem(
            "date",
            f"{found.isoformat()} is too early",
            code="form.date_too_early",
            params={"date": found.isoformat()},
        )
    return found
