"""A plan as the Plans page shows it: grouped by theme cluster (by priority,
then name), each group with its recommendations and the actions addressing
them, with cost totals per currency (the cluster × status matrix is in
plan_matrix).

Opening a plan of 2,000 actions reads a fixed number of queries, each keyed on
the plan, never one per action.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.domain.schedule import action_is_overdue
from desktop.domain.vocab import (
    ActionStatus,
    AgencyRole,
    ImplementationStatus,
    Position,
    Priority,
)
from desktop.services.plan_matrix import PRIORITY_ORDER
from desktop.services.plans import PlanFields, plan_fields_of
from desktop.store.models import (
    REGISTER_ORDER,
    Action,
    Agency,
    Assignment,
    Cluster,
    ImplementationPlan,
    Indicator,
    Mechanism,
    Recommendation,
    SourceDocument,
    action_cluster,
    action_recommendation,
    plan_recommendation,
)


# The two rows a plan has thousands of are plain slotted dataclasses: a frozen
# one costs twice as much to build (4,400 recommendations: 50 → 25 ms).
@dataclass(slots=True)
class PlanAction:
    id: int
    version: int
    title: str
    status: ActionStatus
    start_date: date | None
    due_date: date | None
    overdue: bool
    lead: tuple[str, ...]
    supporting: tuple[str, ...]
    estimated_cost: Decimal | None
    currency: str
    within_existing_budget: bool
    indicators: int
    recommendation_ids: tuple[int, ...]
    cluster_ids: tuple[int, ...]


@dataclass(slots=True)
class PlanRecommendation:
    id: int
    reference: str
    mechanism: str
    source: str
    response: Position
    status: ImplementationStatus
    priority: Priority | None
    text: str
    lead: tuple[str, ...]


@dataclass(frozen=True)
class ClusterGroup:
    cluster_id: int | None
    """None: the recommendations and actions of no cluster."""
    name: str
    priority: Priority | None
    priority_rationale: str
    recommendations: list[PlanRecommendation]
    actions: list[PlanAction]
    cost_totals: dict[str, Decimal]


NO_ESTIMATE = ""
"""The currency of the row counting an agency's actions that have no cost estimate."""


@dataclass(frozen=True)
class AgencyCost:
    agency: str
    currency: str
    total: Decimal
    within_existing_budget: Decimal
    actions: int


@dataclass(frozen=True)
class PlanView:
    id: int
    version: int
    fields: PlanFields
    groups: list[ClusterGroup]
    action_count: int
    overdue_count: int
    cost_totals: dict[str, Decimal]
    cost_by_agency: list[AgencyCost] = field(default_factory=list)


def _totals(actions: list[PlanAction]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for action in actions:
        if action.estimated_cost is not None:
            totals[action.currency or "?"] += action.estimated_cost
    return dict(sorted(totals.items()))


def read_plan(session_factory: sessionmaker[Session], plan_id: int, today: date) -> PlanView:
    """The plan: its actions by cluster (late as of ``today``), recommendations, totals."""
    with session_factory() as session:
        plan = session.get(ImplementationPlan, plan_id)
        if plan is None:
            raise NotFoundError("the plan no longer exists", code="record.not_found")
        actions = _actions(session, plan_id, today)
        recommendations = _recommendations(session, plan_id)
        return _grouped(session, plan, actions, recommendations)


def _pairs(session: Session, link: Table, column: str, plan_id: int) -> dict[int, list[int]]:
    """Links of the plan's actions: action id -> ids of the other side."""
    out: dict[int, list[int]] = defaultdict(list)
    rows = session.connection().execute(
        select(link.c.action_id, link.c[column])
        .join(Action, Action.id == link.c.action_id)
        .where(Action.plan_id == plan_id)
    )
    for action_id, other in rows:
        out[action_id].append(other)
    return out


def _agencies_of_actions(session: Session, plan_id: int) -> dict[tuple[int, AgencyRole], list[str]]:
    out: dict[tuple[int, AgencyRole], list[str]] = defaultdict(list)
    rows: Any = session.connection().execute(
        select(Assignment.action_id, Assignment.role, Agency.name)
        .join(Agency, Agency.id == Assignment.agency_id)
        .join(Action, Action.id == Assignment.action_id)
        .where(Action.plan_id == plan_id)
        .order_by(Agency.name)
    )
    for action_id, role, name in rows:
        out[(action_id, role)].append(name)
    return out


def _actions(session: Session, plan_id: int, today: date) -> list[PlanAction]:
    recs = _pairs(session, action_recommendation, "recommendation_id", plan_id)
    clusters = _pairs(session, action_cluster, "cluster_id", plan_id)
    agencies = _agencies_of_actions(session, plan_id)
    indicators = dict(
        session.execute(
            select(Indicator.action_id, func.count())
            .join(Action, Action.id == Indicator.action_id)
            .where(Action.plan_id == plan_id)
            .group_by(Indicator.action_id)
        ).all()
    )
    rows = session.connection().execute(
        select(
            Action.id,
            Action.version,
            Action.title,
            Action.status,
            Action.start_date,
            Action.due_date,
            Action.estimated_cost,
            Action.currency,
            Action.within_existing_budget,
        )
        .where(Action.plan_id == plan_id)
        .order_by(Action.sort_order, Action.id)
    )
    lead, supporting = AgencyRole.LEAD, AgencyRole.SUPPORTING
    return [
        PlanAction(
            id=action_id,
            version=version,
            title=title,
            status=status,
            start_date=start,
            due_date=due,
            overdue=action_is_overdue(due, status, today),
            lead=tuple(agencies.get((action_id, lead), ())),
            supporting=tuple(agencies.get((action_id, supporting), ())),
            estimated_cost=cost,
            currency=currency or "",
            within_existing_budget=bool(within),
            indicators=int(indicators.get(action_id, 0)),
            recommendation_ids=tuple(sorted(recs.get(action_id, ()))),
            cluster_ids=tuple(sorted(clusters.get(action_id, ()))),
        )
        for action_id, version, title, status, start, due, cost, currency, within in rows
    ]


def _recommendations(
    session: Session, plan_id: int
) -> dict[int, tuple[int | None, PlanRecommendation]]:
    lead: dict[int, list[str]] = defaultdict(list)
    found: Any = session.connection().execute(
        select(Assignment.recommendation_id, Agency.name)
        .join(Agency, Agency.id == Assignment.agency_id)
        .join(
            plan_recommendation,
            plan_recommendation.c.recommendation_id == Assignment.recommendation_id,
        )
        .where(plan_recommendation.c.plan_id == plan_id, Assignment.role == AgencyRole.LEAD)
        .order_by(Agency.name)
    )
    for rec_id, name in found:
        lead[rec_id].append(name)
    rows = session.connection().execute(
        select(
            Recommendation.id,
            Recommendation.cluster_id,
            Recommendation.reference,
            Mechanism.code,
            SourceDocument.symbol,
            Recommendation.response,
            Recommendation.status,
            Recommendation.priority,
            Recommendation.text,
            Recommendation.archived,
        )
        .join(plan_recommendation, plan_recommendation.c.recommendation_id == Recommendation.id)
        .join(Mechanism, Mechanism.id == Recommendation.mechanism_id)
        .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
        # Archived ones are left out below, not here: a condition on "archived"
        # lets SQLite walk the register's index over every live recommendation
        # (250 ms on 250,000) instead of the plan's few thousand (15 ms).
        .where(plan_recommendation.c.plan_id == plan_id)
        .order_by(*REGISTER_ORDER)
    )
    return {
        rec_id: (
            cluster_id,
            PlanRecommendation(
                id=rec_id,
                reference=reference,
                mechanism=mechanism,
                source=symbol or "",
                response=response,
                status=status,
                priority=priority,
                text=text,
                lead=tuple(lead.get(rec_id, ())),
            ),
        )
        for (
            rec_id,
            cluster_id,
            reference,
            mechanism,
            symbol,
            response,
            status,
            priority,
            text,
            archived,
        ) in rows
        if not archived
    }


def _grouped(
    session: Session,
    plan: ImplementationPlan,
    actions: list[PlanAction],
    recommendations: dict[int, tuple[int | None, PlanRecommendation]],
) -> PlanView:
    recs_of: dict[int | None, list[PlanRecommendation]] = defaultdict(list)
    for cluster_id, rec in recommendations.values():
        recs_of[cluster_id].append(rec)
    actions_of: dict[int | None, list[PlanAction]] = defaultdict(list)
    for action in actions:
        # Under each cluster it addresses; else under its recommendations' clusters.
        homes: set[int | None] = set(action.cluster_ids) or {
            recommendations[r][0] for r in action.recommendation_ids if r in recommendations
        }
        for home in homes or {None}:
            actions_of[home].append(action)
    cluster_ids = [c for c in set(recs_of) | set(actions_of) if c is not None]
    clusters = {
        c.id: c for c in session.scalars(select(Cluster).where(Cluster.id.in_(cluster_ids)))
    }
    groups = [
        ClusterGroup(
            cluster_id=cid,
            name=clusters[cid].name,
            priority=clusters[cid].priority,
            priority_rationale=clusters[cid].priority_rationale or "",
            recommendations=recs_of.get(cid, []),
            actions=actions_of.get(cid, []),
            cost_totals=_totals(actions_of.get(cid, [])),
        )
        for cid in cluster_ids
        if cid in clusters
    ]
    groups.sort(key=lambda g: (PRIORITY_ORDER[g.priority], g.name.casefold()))
    if recs_of.get(None) or actions_of.get(None):
        groups.append(
            ClusterGroup(
                cluster_id=None,
                name="",
                priority=None,
                priority_rationale="",
                recommendations=recs_of.get(None, []),
                actions=actions_of.get(None, []),
                cost_totals=_totals(actions_of.get(None, [])),
            )
        )
    return PlanView(
        id=plan.id,
        version=plan.version,
        fields=plan_fields_of(plan),
        groups=groups,
        action_count=len(actions),
        overdue_count=sum(1 for a in actions if a.overdue),
        cost_totals=_totals(actions),
        cost_by_agency=_cost_by_agency(actions),
    )


def _cost_by_agency(actions: list[PlanAction]) -> list[AgencyCost]:
    """Costs per lead agency and currency; an action with several leads counts
    for each of them (so the agency figures may add up to more than the plan).
    Every action an agency leads is counted: those without a cost estimate in a
    row of their own with no currency (NO_ESTIMATE), so a ministry leading two
    actions shows two, whatever their costs."""
    totals: dict[tuple[str, str], list[Decimal]] = {}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for action in actions:
        cost = action.estimated_cost
        for agency in action.lead or ("",):
            key = (agency, NO_ESTIMATE if cost is None else action.currency or "?")
            total, within = totals.get(key, [Decimal(0), Decimal(0)])
            if cost is not None:
                total += cost
                within += cost if action.within_existing_budget else 0
            totals[key] = [total, within]
            counts[key] += 1
    return [
        AgencyCost(agency, currency, total, within, counts[(agency, currency)])
        for (agency, currency), (total, within) in sorted(totals.items())
    ]
