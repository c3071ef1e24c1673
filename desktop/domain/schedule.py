"""Rules of time: when an action is overdue, where a reporting deadline stands.

Every rule takes ``today`` as a calendar date chosen by the caller (the user's
local date), never a clock time, so that results do not depend on the time
zone of the machine or of the database server.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.vocab import ActionStatus

OPEN_ACTION_STATUSES: frozenset[ActionStatus] = frozenset(
    {ActionStatus.PLANNED, ActionStatus.ONGOING, ActionStatus.DELAYED}
)
"""Statuses of an action that is not finished: only these can be overdue."""

UPCOMING_DAYS = 90
"""How far ahead a reporting deadline counts as upcoming."""


def action_is_overdue(due_date: date | None, status: ActionStatus, today: date) -> bool:
    """An action is overdue from the day after its due date until it is
    completed or cancelled. An action with no due date is never overdue."""
    return due_date is not None and due_date < today and status in OPEN_ACTION_STATUSES


def days_overdue(due_date: date, today: date) -> int:
    return max(0, (today - due_date).days)


class DeadlineState(StrEnum):
    SUBMITTED = "submitted"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    LATER = "later"


def deadline_state(
    due_date: date, submitted_on: date | None, today: date, horizon_days: int = UPCOMING_DAYS
) -> DeadlineState:
    """Submitted reports are done; an unsubmitted report is overdue from the
    day after its due date, upcoming when due within ``horizon_days`` (the due
    day itself included), and later otherwise."""
    if submitted_on is not None:
        return DeadlineState.SUBMITTED
    if due_date < today:
        return DeadlineState.OVERDUE
    if due_date <= today + timedelta(days=horizon_days):
        return DeadlineState.UPCOMING
    return DeadlineState.LATER


def upcoming_until(today: date, horizon_days: int = UPCOMING_DAYS) -> date:
    """The last due date that still counts as upcoming."""
    return today + timedelta(days=horizon_days)
