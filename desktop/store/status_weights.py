"""The weights the dashboard's breakdowns add up to count recommendations by
implementation status in one pass. The statuses go in pairs: the first of a
pair weighs 1, the second 2**32 (a count stays far below 2**32), so three sums
give the six counts.

An index of the recommendation table stores the three weights by id
(store.register), so that SQLite reads each linked recommendation's weights
from it instead of comparing its status over again. SQLite uses a stored
expression only where the query spells the same expression, with no bound
parameters: the breakdowns' query (services.breakdowns) takes it from here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.domain.vocab import ImplementationStatus

STATUS_CODES: tuple[str, ...] = tuple(status.value for status in ImplementationStatus)
STATUS_PAIRS: tuple[tuple[str, ...], ...] = tuple(
    STATUS_CODES[n : n + 2] for n in range(0, len(STATUS_CODES), 2)
)
SECOND_SHIFT = 32
"""The second status of a pair counts in the bits from here up."""

WEIGHTS_INDEX = "ix_recommendation_status_weights_by_id"


def weight_sql(pair: tuple[str, ...], column: str = "status") -> str:
    """``pair``'s weight of a recommendation whose status is ``column``."""
    first, second = pair
    return (
        f"(CASE {column} WHEN '{first}' THEN 1 WHEN '{second}' THEN {1 << SECOND_SHIFT} ELSE 0 END)"
    )


def weight_sqls(column: str = "status") -> tuple[str, ...]:
    """Every pair's weight, in STATUS_PAIRS order."""
    return tuple(weight_sql(pair, column) for pair in STATUS_PAIRS)


def split_counts(sums: Sequence[Any]) -> dict[str, int]:
    """The count of each status from the sums of the weights (NULL: none)."""
    counts = {}
    mask = (1 << SECOND_SHIFT) - 1
    for (first, second), total in zip(STATUS_PAIRS, sums, strict=True):
        packed = int(total or 0)
        counts[first] = packed & mask
        counts[second] = packed >> SECOND_SHIFT
    return counts
