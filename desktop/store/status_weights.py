"""The weights the dashboard's breakdowns add up to count recommendations by
implementation status in one pass. The statuses go in pairs: the first of a
pair weighs 1, the second 2**32, so three sums give the six counts (exact
while a count stays below 2**31, where SQLite's 64-bit sum would overflow;
a whole register is far smaller).

An index of the recommendation table stores the three weights by id
(store.register), so that SQLite reads each linked recommendation's weights
from it instead of comparing its status over again. SQLite uses a stored
expression only where the query spells the same expression, with no bound
parameters: the breakdowns' query (services.breakdowns) takes it from here.

A new implementation status, or a new order of them, changes the index:
it needs a migration (as 0014 made it). So does a migration that rebuilds the
recommendation table (Alembic's batch mode on SQLite): it cannot read this
index back and would leave it out, so it must create it again (the
breakdowns' test of their query plan fails without it)."""

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
"""SQLite's index of (id, archived, the weights)."""
STATE_INDEX = "ix_recommendation_state_by_id"
"""PostgreSQL's index of (id, archived, status) instead: it would read no
weight from an index of expressions (no index-only scan of one), and this one
covers its joins of links to statuses."""


def weight_sql(pair: tuple[str, ...], column: str = "status") -> str:
    """``pair``'s weight of a recommendation whose status is ``column`` (a
    last status without a pair weighs 1)."""
    second = f" WHEN '{pair[1]}' THEN {1 << SECOND_SHIFT}" if len(pair) > 1 else ""
    return f"(CASE {column} WHEN '{pair[0]}' THEN 1{second} ELSE 0 END)"


def weight_sqls(column: str = "status") -> tuple[str, ...]:
    """Every pair's weight, in STATUS_PAIRS order."""
    return tuple(weight_sql(pair, column) for pair in STATUS_PAIRS)


def split_counts(sums: Sequence[Any]) -> dict[str, int]:
    """The count of each status from the sums of the weights (NULL: none)."""
    counts = {}
    mask = (1 << SECOND_SHIFT) - 1
    for pair, total in zip(STATUS_PAIRS, sums, strict=True):
        packed = int(total or 0)
        counts[pair[0]] = packed & mask
        if len(pair) > 1:
            counts[pair[1]] = packed >> SECOND_SHIFT
    return counts
