"""The implementation plan report: the plan as the Plans page groups it (by
cluster, high priority first), each action with its agencies, dates, costs,
the recommendations it addresses and its indicators; costs by agency.

Reads the plan through desktop.services.plan_view.read_plan and adds what the
page does not show (funding sources, references, indicators) in a fixed
number of queries keyed on the plan."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.reports.data import (
    AgencyCostLine,
    IndicatorLine,
    PlanActionLine,
    PlanCluster,
    PlanRecommendationLine,
    PlanReportData,
    Scope,
    ScopeKind,
)
from desktop.services.plan_view import ClusterGroup, PlanAction, read_plan
from desktop.services.report_data.common import indicator_lines
from desktop.services.report_data.header import report_header
from desktop.services.report_request import ReportRequest
from desktop.store.models import (
    REGISTER_ORDER,
    Action,
    Indicator,
    Recommendation,
    action_recommendation,
)


def plan_report_data(
    session_factory: sessionmaker[Session], request: ReportRequest, today: date
) -> PlanReportData:
    if request.plan_id is None:
        raise NotFoundError("no plan was chosen for the plan report", where="plan")
    try:
        view = read_plan(session_factory, request.plan_id, today)
    except NotFoundError as exc:
        raise NotFoundError(
            f"there is no implementation plan #{request.plan_id}", where="plan"
        ) from exc
    with session_factory() as session:
        extras = _action_extras(session, view.id)
    fields = view.fields
    header = report_header(
        session_factory, request, today, default_scope=Scope(ScopeKind.PLAN, fields.title)
    )
    return PlanReportData(
        header=header,
        title=fields.title,
        description=fields.description,
        period_start=fields.period_start,
        period_end=fields.period_end,
        status=fields.status,
        adoption_date=fields.adoption_date,
        decision_reference=fields.decision_reference,
        national_plan_reference=fields.national_plan_reference,
        clusters=tuple(_cluster(group, extras) for group in view.groups),
        cost_totals=dict(view.cost_totals),
        cost_by_agency=tuple(
            AgencyCostLine(c.agency, c.currency, c.total, c.within_existing_budget, c.actions)
            for c in view.cost_by_agency
        ),
        action_count=view.action_count,
        overdue_count=view.overdue_count,
    )


class _ActionExtras:
    """What the report shows of the plan's actions beyond the plan view."""

    def __init__(self) -> None:
        self.funding: dict[int, str] = {}
        self.references: dict[int, list[str]] = defaultdict(list)
        self.indicators: dict[int, list[IndicatorLine]] = defaultdict(list)


def _action_extras(session: Session, plan_id: int) -> _ActionExtras:
    extras = _ActionExtras()
    for action_id, funding in session.execute(
        select(Action.id, Action.funding_source).where(Action.plan_id == plan_id)
    ):
        extras.funding[action_id] = funding or ""
    link = action_recommendation.c
    for action_id, reference in session.execute(
        select(link.action_id, Recommendation.reference)
        .join(Recommendation, Recommendation.id == link.recommendation_id)
        .join(Action, Action.id == link.action_id)
        .where(Action.plan_id == plan_id)
        .order_by(*REGISTER_ORDER)
    ):
        extras.references[action_id].append(reference)
    in_plan = Indicator.action_id.in_(select(Action.id).where(Action.plan_id == plan_id))
    for measured_action, line in indicator_lines(session, in_plan):
        if measured_action is not None:
            extras.indicators[measured_action].append(line)
    return extras


def _cluster(group: ClusterGroup, extras: _ActionExtras) -> PlanCluster:
    return PlanCluster(
        name=group.name,
        priority=group.priority,
        priority_rationale=group.priority_rationale,
        recommendations=tuple(
            PlanRecommendationLine(
                reference=rec.reference,
                mechanism=rec.mechanism,
                source=rec.source,
                position=rec.response,
                status=rec.status,
                text=rec.text,
            )
            for rec in group.recommendations
        ),
        actions=tuple(_action(action, extras) for action in group.actions),
        cost_totals=dict(group.cost_totals),
    )


def _action(action: PlanAction, extras: _ActionExtras) -> PlanActionLine:
    return PlanActionLine(
        title=action.title,
        status=action.status,
        start_date=action.start_date,
        due_date=action.due_date,
        overdue=action.overdue,
        lead=action.lead,
        supporting=action.supporting,
        estimated_cost=action.estimated_cost,
        currency=action.currency,
        within_existing_budget=action.within_existing_budget,
        funding_source=extras.funding.get(action.id, ""),
        recommendation_references=tuple(extras.references.get(action.id, ())),
        indicators=tuple(extras.indicators.get(action.id, ())),
    )
