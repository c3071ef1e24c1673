"""The dashboard: where implementation stands, what is late and what falls due.

Counts are over the live register (recommendations not archived). Each
breakdown is one grouped query; every row and every count carries the
RegisterFilter that lists exactly those recommendations, so that the UI can
open the register on any number it shows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.schedule import (
    OPEN_ACTION_STATUSES,
    UPCOMING_DAYS,
    DeadlineState,
    days_overdue,
    deadline_state,
    upcoming_until,
)
from desktop.domain.vocab import ActionStatus, ReportKind
from desktop.services.breakdowns import (
    LEAD,
    LEAD_ROLE,
    BreakdownKind,
    BreakdownRow,
    breakdown,
)
from desktop.services.register import RegisterFilter
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    ImplementationPlan,
    Indicator,
    Mechanism,
    Recommendation,
    ReportingDeadline,
    UpdateForm,
    deadline_recommendation,
)
from desktop.store.status_weights import STATUS_CODES

__all__ = [
    "LIST_LIMIT",
    "STATUS_CODES",
    "ActionItem",
    "BreakdownKind",
    "BreakdownRow",
    "Dashboard",
    "DueDeadline",
    "due_deadlines",
    "load_breakdown",
    "load_dashboard",
    "overdue_actions",
]

LIST_LIMIT = 200
"""Rows kept in each list (the full count is kept beside it)."""


@dataclass(frozen=True)
class ActionItem:
    """An action in a list: overdue, or without an indicator."""

    id: int
    title: str
    plan_id: int
    plan_title: str
    due_date: date | None
    status: ActionStatus
    lead_agency: str
    """Names of the lead agencies, comma-separated; empty when none."""
    days_overdue: int = 0


@dataclass(frozen=True)
class DueDeadline:
    """A reporting deadline not yet met: overdue, or due within the horizon."""

    id: int
    mechanism: str
    report_kind: ReportKind
    title: str
    due_date: date
    state: DeadlineState
    recommendations: int
    """Recommendations the report covers (archived ones too, as
    desktop.services.deadlines counts them: the set the office chose)."""


@dataclass(frozen=True)
class Dashboard:
    today: date
    horizon_days: int
    recommendations: int
    by_status: Mapping[str, int]
    breakdowns: Mapping[BreakdownKind, tuple[BreakdownRow, ...]]
    overdue_actions: int
    overdue: tuple[ActionItem, ...]
    """The first LIST_LIMIT overdue actions, oldest due date first."""
    deadlines: tuple[DueDeadline, ...]
    """Overdue and upcoming deadlines, by due date."""
    actions_without_indicators: int
    without_indicators: tuple[ActionItem, ...]
    """The first LIST_LIMIT, in the order they were entered."""
    without_lead_agency: int
    forms_outstanding: int = 0
    """Agency update forms sent and not yet returned."""
    forms_overdue: int = 0
    """Of those, the ones past their deadline."""
    all_filter: RegisterFilter = field(default_factory=RegisterFilter)
    without_lead_filter: RegisterFilter = field(
        default_factory=lambda: RegisterFilter(without_lead_agency=True)
    )

    @property
    def upcoming_deadlines(self) -> int:
        return sum(d.state == DeadlineState.UPCOMING for d in self.deadlines)

    @property
    def overdue_deadlines(self) -> int:
        return sum(d.state == DeadlineState.OVERDUE for d in self.deadlines)


def _forms_outstanding(session: Session, today: date) -> tuple[int, int]:
    """Agency update forms not returned, and how many of them are overdue."""
    deadlines = session.scalars(
        select(UpdateForm.deadline).where(UpdateForm.returned_at.is_(None))
    ).all()
    return len(deadlines), sum(1 for d in deadlines if d is not None and d < today)


def load_dashboard(
    session_factory: sessionmaker[Session],
    today: date,
    horizon_days: int = UPCOMING_DAYS,
    kinds: Collection[BreakdownKind] = tuple(BreakdownKind),
    language: str = "en",
) -> Dashboard:
    """Every figure of the dashboard on ``today`` (the user's calendar date),
    read in one session. The breakdown by mechanism always comes (it gives the
    totals); the others are read only when in ``kinds``: each walks a link
    table of the whole register, so a page asks for the one it shows."""
    with session_factory() as session:
        mechanisms = breakdown(session, BreakdownKind.MECHANISM, language)
        by_status = {code: sum(row.counts[code] for row in mechanisms) for code in STATUS_CODES}
        breakdowns = {kind: breakdown(session, kind, language) for kind in kinds}
        breakdowns[BreakdownKind.MECHANISM] = mechanisms
        overdue_count, overdue = overdue_actions(session, today)
        missing_count, missing = _actions_without_indicators(session)
        forms_outstanding, forms_overdue = _forms_outstanding(session, today)
        return Dashboard(
            today=today,
            horizon_days=horizon_days,
            recommendations=sum(by_status.values()),
            by_status=by_status,
            breakdowns=breakdowns,
            overdue_actions=overdue_count,
            overdue=overdue,
            deadlines=due_deadlines(session, today, horizon_days),
            actions_without_indicators=missing_count,
            without_indicators=missing,
            without_lead_agency=_without_lead_agency(session, sum(by_status.values())),
            forms_outstanding=forms_outstanding,
            forms_overdue=forms_overdue,
        )


def load_breakdown(
    session_factory: sessionmaker[Session], kind: BreakdownKind, language: str = "en"
) -> tuple[BreakdownRow, ...]:
    """One breakdown on its own (a page showing another one); mechanism names
    and SDG titles in ``language``."""
    with session_factory() as session:
        return breakdown(session, kind, language)


def _without_lead_agency(session: Session, live: int) -> int:
    """Live recommendations no agency leads: the live ones less those led,
    counted from the assignments' index (no join over the register)."""
    led_count = session.scalar(
        select(func.count(func.distinct(Assignment.recommendation_id))).where(*LEAD)
    )
    led = exists().where(Assignment.recommendation_id == Recommendation.id, *LEAD_ROLE)
    archived_led = session.scalar(
        select(func.count())
        .select_from(Recommendation)
        .where(Recommendation.archived.is_(True), led)
    )
    return live - int(led_count or 0) + int(archived_led or 0)


# -- actions and deadlines --------------------------------------------------------
def overdue_actions(
    session: Session, today: date, limit: int = LIST_LIMIT
) -> tuple[int, tuple[ActionItem, ...]]:
    """How many actions are overdue on ``today`` (desktop.domain.schedule), and
    the first ``limit`` of them, the longest overdue first."""
    return _actions(
        session,
        (Action.due_date < today, Action.status.in_(sorted(OPEN_ACTION_STATUSES))),
        (Action.due_date, Action.id),
        limit,
        today,
    )


def _actions_without_indicators(session: Session) -> tuple[int, tuple[ActionItem, ...]]:
    """Actions not cancelled that no indicator measures, in the order they were
    entered (by due date would sort them all: 50 ms of 50,000 actions)."""
    return _actions(
        session,
        (
            Action.status != ActionStatus.CANCELLED,
            ~exists().where(Indicator.action_id == Action.id),
        ),
        (Action.id,),
    )


def _actions(
    session: Session,
    where: tuple[Any, ...],
    order: tuple[Any, ...],
    limit: int = LIST_LIMIT,
    today: date | None = None,
) -> tuple[int, tuple[ActionItem, ...]]:
    """How many actions match, and the first ``limit`` in ``order``."""
    count = int(session.scalar(select(func.count()).select_from(Action).where(*where)) or 0)
    if not limit:
        return count, ()
    columns = (Action.id, Action.title, Action.plan_id, ImplementationPlan.title)
    rows = session.execute(
        select(*columns, Action.due_date, Action.status)
        .join(ImplementationPlan, ImplementationPlan.id == Action.plan_id)
        .where(*where)
        .order_by(*order)
        .limit(limit)
    ).all()
    leads: dict[int, list[str]] = defaultdict(list)
    for action_id, name in session.execute(
        select(Assignment.action_id, Agency.name)
        .join(Agency, Agency.id == Assignment.agency_id)
        .where(Assignment.action_id.in_([row[0] for row in rows]), *LEAD_ROLE)
        .order_by(Agency.name)
    ):
        if action_id is not None:
            leads[action_id].append(str(name))
    return count, tuple(
        ActionItem(
            *row[:5],
            ActionStatus(row[5]),
            ", ".join(leads[row[0]]),
            days_overdue(row[4], today) if row[4] and today else 0,
        )
        for row in rows
    )


def due_deadlines(
    session: Session, today: date, horizon_days: int = UPCOMING_DAYS
) -> tuple[DueDeadline, ...]:
    """Reporting deadlines not submitted that are overdue on ``today`` or due
    within ``horizon_days``, by due date."""
    deadline = ReportingDeadline
    rows = session.execute(
        select(deadline.id, Mechanism.code, deadline.report_kind, deadline.title)
        .add_columns(deadline.due_date, deadline.submitted_on)
        .join(Mechanism, Mechanism.id == ReportingDeadline.mechanism_id)
        .where(
            ReportingDeadline.submitted_on.is_(None),
            ReportingDeadline.due_date <= upcoming_until(today, horizon_days),
        )
        .order_by(ReportingDeadline.due_date, ReportingDeadline.id)
    ).all()
    link = deadline_recommendation.c
    covered: dict[int, int] = dict(
        session.execute(
            select(link.deadline_id, func.count())
            .where(link.deadline_id.in_([row[0] for row in rows]))
            .group_by(link.deadline_id)
        ).all()
    )
    return tuple(
        DueDeadline(
            i,
            code,
            ReportKind(kind),
            title or "",
            due,
            deadline_state(due, submitted, today, horizon_days),
            covered.get(i, 0),
        )
        for i, code, kind, title, due, submitted in rows
    )
