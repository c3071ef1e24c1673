"""Actions of an implementation plan: what they address, who leads and
supports them (with focal points), their timeline and resources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.planning_rules import action_problems
from desktop.domain.vocab import ActionStatus, AgencyRole, PlanStatus
from desktop.services.versions import check_version
from desktop.store.base import utcnow
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    Cluster,
    FocalPoint,
    ImplementationPlan,
    Recommendation,
    plan_recommendation,
)


@dataclass(frozen=True)
class ActionAgency:
    agency_id: int
    role: AgencyRole
    focal_point_id: int | None = None


@dataclass(frozen=True)
class ActionFields:
    title: str
    description: str = ""
    start_date: date | None = None
    due_date: date | None = None
    estimated_cost: Decimal | None = None
    currency: str = ""
    funding_source: str = ""
    within_existing_budget: bool = False
    status: ActionStatus = ActionStatus.PLANNED
    recommendation_ids: tuple[int, ...] = ()
    cluster_ids: tuple[int, ...] = ()
    agencies: tuple[ActionAgency, ...] = ()


@dataclass(frozen=True)
class ActionDetail:
    id: int
    version: int
    plan_id: int
    plan_title: str
    plan_adopted: bool
    fields: ActionFields
    recommendations: list[tuple[int, str]]
    """(id, reference) of what it addresses."""
    clusters: list[tuple[int, str]]


def get_action(session_factory: sessionmaker[Session], action_id: int) -> ActionDetail:
    with session_factory() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError("the action no longer exists", code="record.not_found")
        agencies = tuple(
            ActionAgency(a.agency_id, a.role, a.focal_point_id)
            for a in session.scalars(
                select(Assignment)
                .join(Agency, Agency.id == Assignment.agency_id)
                .where(Assignment.action_id == action_id)
                .order_by(Assignment.role, Agency.name)
            )
        )
        # Register order (natural paragraph order), as every list of recommendations.
        recs = sorted(
            action.recommendations, key=lambda r: (r.source_id or 0, r.reference_key, r.id)
        )
        clusters = sorted(action.clusters, key=lambda c: c.name.casefold())
        return ActionDetail(
            id=action.id,
            version=action.version,
            plan_id=action.plan_id,
            plan_title=action.plan.title,
            plan_adopted=action.plan.status == PlanStatus.ADOPTED,
            fields=ActionFields(
                title=action.title,
                description=action.description or "",
                start_date=action.start_date,
                due_date=action.due_date,
                estimated_cost=action.estimated_cost,
                currency=action.currency or "",
                funding_source=action.funding_source or "",
                within_existing_budget=action.within_existing_budget,
                status=action.status,
                recommendation_ids=tuple(r.id for r in recs),
                cluster_ids=tuple(c.id for c in clusters),
                agencies=agencies,
            ),
            recommendations=[(r.id, r.reference) for r in recs],
            clusters=[(c.id, c.name) for c in clusters],
        )


def _checked(session: Session, plan: ImplementationPlan, fields: ActionFields) -> ActionFields:
    currency = fields.currency.strip().upper()
    problems = action_problems(
        title=fields.title,
        start_date=fields.start_date,
        due_date=fields.due_date,
        estimated_cost=fields.estimated_cost,
        currency=currency,
        has_lead_agency=any(a.role == AgencyRole.LEAD for a in fields.agencies),
        plan_adopted=plan.status == PlanStatus.ADOPTED,
    )
    if problems:
        first = problems[0]
        raise ValidationError(
            first.message, where=first.field, code=first.code or None, params=first.params
        )
    if len(fields.funding_source) > 300:
        raise ValidationError(
            "longer than 300 characters",
            where="funding_source",
            code="field.too_long",
            params={"limit": 300},
        )
    seen: set[int] = set()
    for agency in fields.agencies:
        if agency.agency_id in seen:
            raise ValidationError(
                "an agency is listed twice", where="agencies", code="field.listed_twice"
            )
        seen.add(agency.agency_id)
        if agency.focal_point_id is not None:
            owner = session.scalar(
                select(FocalPoint.agency_id).where(FocalPoint.id == agency.focal_point_id)
            )
            if owner != agency.agency_id:
                raise ValidationError(
                    "the focal point does not belong to that agency",
                    where="agencies",
                    code="agency.focal_point_elsewhere",
                )
    _known(session, Agency, seen, "agencies")
    _known(session, Cluster, fields.cluster_ids, "clusters")
    _known(session, Recommendation, fields.recommendation_ids, "recommendations")
    return fields


def _known(
    session: Session, model: type[Agency | Cluster | Recommendation], ids: Iterable[int], where: str
) -> None:
    wanted = set(ids)
    if not wanted:
        return
    found = set(session.scalars(select(model.id).where(model.id.in_(wanted))))
    if found != wanted:
        raise ValidationError("one of them no longer exists", where=where, code="field.choice_gone")


def _apply(session: Session, action: Action, fields: ActionFields) -> None:
    action.title = fields.title.strip()
    action.description = fields.description.strip() or None
    action.start_date = fields.start_date
    action.due_date = fields.due_date
    action.estimated_cost = fields.estimated_cost
    action.currency = fields.currency.strip().upper() or None
    action.funding_source = fields.funding_source.strip() or None
    action.within_existing_budget = fields.within_existing_budget
    action.status = fields.status
    action.recommendations = list(
        session.scalars(
            select(Recommendation).where(Recommendation.id.in_(fields.recommendation_ids))
        )
    )
    action.clusters = list(
        session.scalars(select(Cluster).where(Cluster.id.in_(fields.cluster_ids)))
    )


def _set_agencies(session: Session, action_id: int, agencies: Sequence[ActionAgency]) -> None:
    session.execute(delete(Assignment).where(Assignment.action_id == action_id))
    session.add_all(
        Assignment(
            agency_id=a.agency_id,
            role=a.role,
            focal_point_id=a.focal_point_id,
            action_id=action_id,
        )
        for a in agencies
    )


def _cover(session: Session, plan_id: int, recommendation_ids: Sequence[int]) -> None:
    """An action's recommendations are covered by its plan."""
    present = set(
        session.scalars(
            select(plan_recommendation.c.recommendation_id).where(
                plan_recommendation.c.plan_id == plan_id
            )
        )
    )
    missing = [r for r in recommendation_ids if r not in present]
    if missing:
        session.execute(
            plan_recommendation.insert(),
            [{"plan_id": plan_id, "recommendation_id": r} for r in missing],
        )


def create_action(
    session_factory: sessionmaker[Session], plan_id: int, fields: ActionFields
) -> int:
    with session_factory.begin() as session:
        plan = session.get(ImplementationPlan, plan_id)
        if plan is None:
            raise NotFoundError("the plan no longer exists", code="record.not_found")
        _checked(session, plan, fields)
        action = Action(plan_id=plan_id, title=fields.title.strip())
        action.sort_order = 1 + int(
            session.scalar(
                select(func.coalesce(func.max(Action.sort_order), -1)).where(
                    Action.plan_id == plan_id
                )
            )
            or 0
        )
        _apply(session, action, fields)
        session.add(action)
        session.flush()
        _set_agencies(session, action.id, fields.agencies)
        _cover(session, plan_id, fields.recommendation_ids)
        return action.id


def update_action(
    session_factory: sessionmaker[Session],
    action_id: int,
    expected_version: int,
    fields: ActionFields,
) -> None:
    conflict = "someone else changed this action since you opened it"
    try:
        with session_factory.begin() as session:
            action = check_version(session.get(Action, action_id), expected_version, "action")
            _checked(session, action.plan, fields)
            _apply(session, action, fields)
            _set_agencies(session, action_id, fields.agencies)
            _cover(session, action.plan_id, fields.recommendation_ids)
            # Links and assignments alone do not touch the row: touch it, so that
            # its version moves on and a concurrent editor sees the conflict.
            action.updated_at = utcnow()
            session.flush()
    except StaleDataError as exc:
        raise ConflictError(conflict) from exc


def delete_action(session_factory: sessionmaker[Session], action_id: int) -> None:
    with session_factory.begin() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError("the action no longer exists", code="record.not_found")
        session.delete(action)


@dataclass(frozen=True)
class AgencyChoice:
    id: int
    name: str
    focal_points: tuple[tuple[int, str], ...]
    """(id, name) of its focal points, the primary one first."""
    archived: bool = False
    """Archived agencies are offered only where they are already assigned."""


def agency_choices(session_factory: sessionmaker[Session]) -> list[AgencyChoice]:
    """Every agency with its focal points, for the action editor (archived ones
    too, so that an action keeps an agency archived since it was assigned)."""
    with session_factory() as session:
        points: dict[int, list[tuple[int, str]]] = {}
        for point in session.scalars(
            select(FocalPoint).order_by(FocalPoint.primary.desc(), FocalPoint.name)
        ):
            points.setdefault(point.agency_id, []).append((point.id, point.name))
        return [
            AgencyChoice(agency_id, name, tuple(points.get(agency_id, ())), bool(archived))
            for agency_id, name, archived in session.execute(
                select(Agency.id, Agency.name, Agency.archived).order_by(Agency.name)
            )
        ]
