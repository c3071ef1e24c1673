"""The implementation status a recommendation's actions suggest.

The suggestion is only shown: a person decides the status. The rule that
produced it travels with it, so the screen can say why.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.vocab import ActionStatus, ImplementationStatus


class SuggestionRule(StrEnum):
    NO_ACTIONS = "no_actions"
    """No action addresses the recommendation: nothing to suggest."""
    ALL_CANCELLED = "all_cancelled"
    """Every action was cancelled: nothing to suggest."""
    ALL_COMPLETED = "all_completed"
    """Every action that was not cancelled is completed → fully implemented."""
    SOME_COMPLETED = "some_completed"
    """Some actions are completed, others not → partially implemented."""
    UNDER_WAY = "under_way"
    """None completed, at least one ongoing or delayed → in progress."""
    NONE_STARTED = "none_started"
    """Every action is still planned → not started."""


@dataclass(frozen=True)
class StatusSuggestion:
    status: ImplementationStatus | None
    rule: SuggestionRule
    counts: dict[ActionStatus, int]
    """How many actions have each status (the evidence for the rule)."""


def suggest_status(action_statuses: Iterable[ActionStatus]) -> StatusSuggestion:
    counts = Counter(action_statuses)
    total = sum(counts.values())
    live = total - counts[ActionStatus.CANCELLED]
    completed = counts[ActionStatus.COMPLETED]
    under_way = counts[ActionStatus.ONGOING] + counts[ActionStatus.DELAYED]
    evidence = {status: counts[status] for status in ActionStatus if counts[status]}
    if total == 0:
        return StatusSuggestion(None, SuggestionRule.NO_ACTIONS, evidence)
    if live == 0:
        return StatusSuggestion(None, SuggestionRule.ALL_CANCELLED, evidence)
    if completed == live:
        return StatusSuggestion(
            ImplementationStatus.FULLY_IMPLEMENTED, SuggestionRule.ALL_COMPLETED, evidence
        )
    if completed > 0:
        return StatusSuggestion(
            ImplementationStatus.PARTIALLY_IMPLEMENTED, SuggestionRule.SOME_COMPLETED, evidence
        )
    if under_way > 0:
        return StatusSuggestion(
            ImplementationStatus.IN_PROGRESS, SuggestionRule.UNDER_WAY, evidence
        )
    return StatusSuggestion(ImplementationStatus.NOT_STARTED, SuggestionRule.NONE_STARTED, evidence)
