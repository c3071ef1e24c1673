"""The agency brief: what one ministry or institution is asked to do, for its
focal points: the recommendations it leads or supports, the plans' actions it
leads or supports (with what is overdue and what falls due within 90 days),
the indicators it reports data for, and the reports to mechanisms that must
cover its recommendations."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.domain.schedule import (
    OPEN_ACTION_STATUSES,
    DeadlineState,
    action_is_overdue,
    deadline_state,
    upcoming_until,
)
from desktop.domain.vocab import (
    ActionStatus,
    AgencyRole,
    ImplementationStatus,
    Position,
    ReportKind,
)
from desktop.reports.data import (
    AgencyBriefData,
    AssignmentLine,
    BriefActionLine,
    BriefDeadlineLine,
    FocalPointLine,
    Scope,
    ScopeKind,
)
from desktop.services.report_data.common import indicator_lines
from desktop.services.report_data.header import report_header
from desktop.services.report_request import ReportRequest
from desktop.store.models import (
    REGISTER_ORDER,
    Action,
    Agency,
    Assignment,
    FocalPoint,
    ImplementationPlan,
    Indicator,
    Mechanism,
    Recommendation,
    ReportingDeadline,
    deadline_recommendation,
)

_ROLE_ORDER = {AgencyRole.LEAD: 0, AgencyRole.SUPPORTING: 1}


def agency_brief_data(
    session_factory: sessionmaker[Session], request: ReportRequest, today: date
) -> AgencyBriefData:
    if request.agency_id is None:
        raise NotFoundError("no agency was chosen for the agency brief", where="agency")
    agency_id = request.agency_id
    with session_factory() as session:
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(f"there is no agency #{agency_id}", where="agency")
        name, acronym = agency.name, agency.acronym or ""
        focal_points = tuple(
            FocalPointLine(f.name, f.title or "", f.email or "", f.phone or "")
            for f in session.scalars(
                select(FocalPoint)
                .where(FocalPoint.agency_id == agency_id)
                .order_by(FocalPoint.primary.desc(), FocalPoint.id)
            )
        )
        assignments = _assignments(session, agency_id)
        actions = _actions(session, agency_id, today)
        indicators = tuple(
            line for _, line in indicator_lines(session, Indicator.data_agency_id == agency_id)
        )
        deadlines = _deadlines(session, agency_id, today)
    header = report_header(
        session_factory, request, today, default_scope=Scope(ScopeKind.AGENCY, name)
    )
    return AgencyBriefData(
        header=header,
        agency=name,
        acronym=acronym,
        focal_points=focal_points,
        assignments=assignments,
        actions=actions,
        indicators=indicators,
        deadlines=deadlines,
    )


def _works_on(agency_id: int) -> Any:
    """The live recommendations the agency leads or supports."""
    return (
        select(Assignment.recommendation_id)
        .join(Recommendation, Recommendation.id == Assignment.recommendation_id)
        .where(Assignment.agency_id == agency_id, Recommendation.archived.is_(False))
    )


def _assignments(session: Session, agency_id: int) -> tuple[AssignmentLine, ...]:
    """Lead roles first, each in register order; archived recommendations left out."""
    rows: Any = session.execute(
        select(
            Assignment.role,
            Recommendation.reference,
            Mechanism.code,
            Recommendation.response,
            Recommendation.status,
            Recommendation.text,
        )
        .join(Recommendation, Recommendation.id == Assignment.recommendation_id)
        .join(Mechanism, Mechanism.id == Recommendation.mechanism_id)
        .where(Assignment.agency_id == agency_id, Recommendation.archived.is_(False))
        .order_by(*REGISTER_ORDER)
    ).all()
    lines = [
        AssignmentLine(
            reference=reference,
            mechanism=code,
            role=AgencyRole(role),
            position=Position(position),
            status=ImplementationStatus(status),
            text=text,
        )
        for role, reference, code, position, status, text in rows
    ]
    # sorted() is stable: register order holds within each role.
    return tuple(sorted(lines, key=lambda line: _ROLE_ORDER[line.role]))


def _actions(session: Session, agency_id: int, today: date) -> tuple[BriefActionLine, ...]:
    """The actions the agency leads or supports, the earliest due first (those
    without a due date last)."""
    rows: Any = session.execute(
        select(
            ImplementationPlan.title,
            Action.title,
            Assignment.role,
            Action.status,
            Action.start_date,
            Action.due_date,
        )
        .join(Action, Action.id == Assignment.action_id)
        .join(ImplementationPlan, ImplementationPlan.id == Action.plan_id)
        .where(Assignment.agency_id == agency_id)
        .order_by(
            Action.due_date.is_(None),
            Action.due_date,
            ImplementationPlan.title,
            Action.sort_order,
            Action.id,
        )
    ).all()
    soon_until = upcoming_until(today)
    lines = []
    for plan, title, role, status, start, due in rows:
        status = ActionStatus(status)
        overdue = action_is_overdue(due, status, today)
        due_soon = (
            not overdue
            and due is not None
            and status in OPEN_ACTION_STATUSES
            and today <= due <= soon_until
        )
        lines.append(
            BriefActionLine(
                plan=plan,
                title=title,
                role=AgencyRole(role),
                status=status,
                start_date=start,
                due_date=due,
                overdue=overdue,
                due_soon=due_soon,
            )
        )
    return tuple(lines)


def _deadlines(session: Session, agency_id: int, today: date) -> tuple[BriefDeadlineLine, ...]:
    """Reports not yet submitted that must cover some of the agency's live
    recommendations, by due date, each with how many of them it covers."""
    link = deadline_recommendation.c
    covered: dict[int, int] = defaultdict(int)
    for deadline_id, count in session.execute(
        select(link.deadline_id, func.count())
        .where(link.recommendation_id.in_(_works_on(agency_id)))
        .group_by(link.deadline_id)
    ):
        covered[deadline_id] = int(count)
    if not covered:
        return ()
    rows: Any = session.execute(
        select(
            ReportingDeadline.id,
            Mechanism.code,
            ReportingDeadline.report_kind,
            ReportingDeadline.title,
            ReportingDeadline.due_date,
            ReportingDeadline.submitted_on,
        )
        .join(Mechanism, Mechanism.id == ReportingDeadline.mechanism_id)
        .where(ReportingDeadline.id.in_(list(covered)), ReportingDeadline.submitted_on.is_(None))
        .order_by(ReportingDeadline.due_date, ReportingDeadline.id)
    ).all()
    return tuple(
        BriefDeadlineLine(
            mechanism=code,
            kind=ReportKind(kind),
            title=title or "",
            due_date=due,
            overdue=deadline_state(due, submitted, today) == DeadlineState.OVERDUE,
            recommendations=covered[deadline_id],
        )
        for deadline_id, code, kind, title, due, submitted in rows
    )
