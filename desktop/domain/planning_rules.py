"""What makes an implementation plan or an action valid.

Each rule names the field it concerns, so that the screen can point at it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

MAX_TITLE = 300
MAX_COST = Decimal("9999999999999999.99")  # Numeric(18, 2)
_CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Problem:
    """A broken rule: the field, the English message, and the code and params
    a screen words it from in the user's language."""

    field: str
    message: str
    code: str = ""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


def action_problems(
    *,
    title: str,
    start_date: date | None,
    due_date: date | None,
    estimated_cost: Decimal | None,
    currency: str,
    has_lead_agency: bool,
    plan_adopted: bool,
) -> list[Problem]:
    """Every rule an action breaks, in the order of the form."""
    problems: list[Problem] = []
    if not title.strip():
        problems.append(Problem("title", "an action needs a title", "field.required"))
    elif len(title) > MAX_TITLE:
        problems.append(
            Problem(
                "title",
                f"the title is longer than {MAX_TITLE} characters",
                "field.too_long",
                {"limit": MAX_TITLE},
            )
        )
    if start_date and due_date and due_date < start_date:
        problems.append(
            Problem("due_date", "the due date is before the start date", "date.end_before_start")
        )
    if estimated_cost is not None:
        if not estimated_cost.is_finite() or estimated_cost < 0:
            problems.append(
                Problem("estimated_cost", "the cost must be zero or more", "number.negative")
            )
        elif estimated_cost > MAX_COST:
            problems.append(Problem("estimated_cost", "the cost is too large", "number.too_large"))
        elif estimated_cost.as_tuple().exponent < -2:  # type: ignore[operator]
            problems.append(
                Problem("estimated_cost", "the cost has more than two decimals", "number.decimals")
            )
        if not currency:
            problems.append(
                Problem("currency", "a cost needs its currency (e.g. USD)", "field.required")
            )
    if currency and not _CURRENCY.fullmatch(currency):
        problems.append(
            Problem("currency", "the currency must be a three-letter ISO code", "currency.not_iso")
        )
    if plan_adopted and not has_lead_agency:
        problems.append(
            Problem(
                "lead_agency",
                "an action of an adopted plan needs a lead agency",
                "plan.action_needs_lead",
            )
        )
    return problems


def plan_problems(
    *,
    title: str,
    period_start: date | None,
    period_end: date | None,
    adopted: bool,
    adoption_date: date | None,
    actions_without_lead: list[str],
) -> list[Problem]:
    """Every rule a plan breaks; ``actions_without_lead`` are the titles of its
    actions that have no lead agency (an adopted plan may have none)."""
    problems: list[Problem] = []
    if not title.strip():
        problems.append(Problem("title", "a plan needs a title", "field.required"))
    elif len(title) > MAX_TITLE:
        problems.append(
            Problem(
                "title",
                f"the title is longer than {MAX_TITLE} characters",
                "field.too_long",
                {"limit": MAX_TITLE},
            )
        )
    if period_start and period_end and period_end < period_start:
        problems.append(
            Problem("period_end", "the period ends before it starts", "date.end_before_start")
        )
    if adopted and adoption_date is None:
        problems.append(
            Problem("adoption_date", "an adopted plan needs its adoption date", "field.required")
        )
    if adopted and actions_without_lead:
        shown = "; ".join(actions_without_lead[:3])
        more = len(actions_without_lead) - 3
        problems.append(
            Problem(
                "status",
                f"{len(actions_without_lead)} action(s) have no lead agency: {shown}"
                + (f" and {more} more" if more > 0 else ""),
            )
        )
    return problems
