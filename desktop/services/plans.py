"""Implementation plans: create (from clusters or a register filter), edit,
adopt, delete, and the recommendations they cover.

Opening a plan (its grouped view) is desktop.services.plan_view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import CompoundSelect, Integer, Select, delete, func, insert, literal, select, union
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.planning_rules import plan_problems
from desktop.domain.schedule import OPEN_ACTION_STATUSES
from desktop.domain.vocab import AgencyRole, PlanStatus
from desktop.services.cluster_agencies import cluster_supporters, proposed_leads
from desktop.services.register import RegisterFilter
from desktop.services.register_conditions import filter_conditions
from desktop.services.versions import check_version
from desktop.store.models import (
    Action,
    Assignment,
    Cluster,
    ImplementationPlan,
    Recommendation,
    action_cluster,
    action_recommendation,
    plan_recommendation,
)

DEFAULT_ACTION_TITLE = "Address the recommendations on {cluster}"


@dataclass(frozen=True)
class PlanFields:
    title: str
    description: str = ""
    period_start: date | None = None
    period_end: date | None = None
    status: PlanStatus = PlanStatus.DRAFT
    adoption_date: date | None = None
    decision_reference: str = ""
    national_plan_reference: str = ""


@dataclass(frozen=True)
class PlanSummary:
    id: int
    version: int
    fields: PlanFields
    actions: int
    recommendations: int
    overdue_actions: int


def plan_fields_of(plan: ImplementationPlan) -> PlanFields:
    return PlanFields(
        title=plan.title,
        description=plan.description or "",
        period_start=plan.period_start,
        period_end=plan.period_end,
        status=plan.status,
        adoption_date=plan.adoption_date,
        decision_reference=plan.decision_reference or "",
        national_plan_reference=plan.national_plan_reference or "",
    )


def list_plans(session_factory: sessionmaker[Session], today: date) -> list[PlanSummary]:
    """Every plan, newest period first, with its counts."""
    with session_factory() as session:
        actions = dict(
            session.execute(select(Action.plan_id, func.count()).group_by(Action.plan_id)).all()
        )
        overdue = dict(
            session.execute(
                select(Action.plan_id, func.count())
                .where(Action.due_date < today, Action.status.in_(OPEN_ACTION_STATUSES))
                .group_by(Action.plan_id)
            ).all()
        )
        covered: dict[int, int] = dict(
            session.execute(
                select(plan_recommendation.c.plan_id, func.count()).group_by(
                    plan_recommendation.c.plan_id
                )
            ).all()
        )
        plans = session.scalars(
            select(ImplementationPlan).order_by(
                ImplementationPlan.period_start.desc().nulls_last(), ImplementationPlan.title
            )
        ).all()
        return [
            PlanSummary(
                plan.id,
                plan.version,
                plan_fields_of(plan),
                actions.get(plan.id, 0),
                covered.get(plan.id, 0),
                overdue.get(plan.id, 0),
            )
            for plan in plans
        ]


def _check(session: Session, fields: PlanFields, plan_id: int | None) -> PlanFields:
    title = fields.title.strip()
    without_lead: list[str] = []
    if plan_id is not None and fields.status == PlanStatus.ADOPTED:
        with_lead = select(Assignment.action_id).where(
            Assignment.role == AgencyRole.LEAD, Assignment.action_id.is_not(None)
        )
        without_lead = list(
            session.scalars(
                select(Action.title)
                .where(Action.plan_id == plan_id, Action.id.not_in(with_lead))
                .order_by(Action.sort_order, Action.id)
            )
        )
    problems = plan_problems(
        title=title,
        period_start=fields.period_start,
        period_end=fields.period_end,
        adopted=fields.status == PlanStatus.ADOPTED,
        adoption_date=fields.adoption_date,
        actions_without_lead=without_lead,
    )
    if problems:
        first = problems[0]
        raise ValidationError(
            first.message, where=first.field, code=first.code or None, params=first.params
        )
    same = select(ImplementationPlan.id).where(
        func.lower(ImplementationPlan.title) == title.lower()
    )
    if plan_id is not None:
        same = same.where(ImplementationPlan.id != plan_id)
    if session.scalar(same) is not None:
        raise ValidationError(
            "another plan already has this title", where="title", code="field.title_taken"
        )
    for name, limit in (("decision_reference", 200), ("national_plan_reference", 300)):
        if len(getattr(fields, name)) > limit:
            raise ValidationError(
                f"longer than {limit} characters",
                where=name,
                code="field.too_long",
                params={"limit": limit},
            )
    return fields


def _flush_title(session: Session) -> None:
    """Write, turning the title's uniqueness into a message: the check above
    compares case-insensitively, which SQLite's lower() does for ASCII only."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise ValidationError(
            "another plan already has this title", where="title", code="field.title_taken"
        ) from exc


def _apply(plan: ImplementationPlan, fields: PlanFields) -> None:
    plan.title = fields.title.strip()
    plan.description = fields.description.strip() or None
    plan.period_start = fields.period_start
    plan.period_end = fields.period_end
    plan.status = fields.status
    plan.adoption_date = fields.adoption_date
    plan.decision_reference = fields.decision_reference.strip() or None
    plan.national_plan_reference = fields.national_plan_reference.strip() or None


def create_plan(
    session_factory: sessionmaker[Session],
    fields: PlanFields,
    *,
    cluster_ids: Sequence[int] = (),
    register_filter: RegisterFilter | None = None,
    recommendation_ids: Sequence[int] = (),
    propose_actions: bool = True,
    action_title: str = DEFAULT_ACTION_TITLE,
) -> int:
    """A new plan covering the live recommendations of ``cluster_ids``, those
    matching ``register_filter`` and ``recommendation_ids``. With
    ``propose_actions``, one draft action per cluster it covers is proposed to
    start from, addressing that cluster's recommendations in the plan and led by
    the cluster's lead agencies, else by the one lead agency its recommendations
    share, and supported by the cluster's supporting agencies (``action_title``
    takes ``{cluster}``)."""
    with session_factory.begin() as session:
        if fields.status == PlanStatus.ADOPTED:
            raise ValidationError("a new plan starts as a draft", where="status")
        _check(session, fields, None)
        plan = ImplementationPlan()
        _apply(plan, fields)
        session.add(plan)
        _flush_title(session)
        chosen = _chosen_recommendations(session, cluster_ids, register_filter, recommendation_ids)
        _link(session, plan.id, chosen)
        if propose_actions:
            _propose_actions(session, plan.id, action_title)
        return plan.id


_Chosen = Select[Any] | CompoundSelect[Any] | None


def _chosen_recommendations(
    session: Session,
    cluster_ids: Sequence[int],
    register_filter: RegisterFilter | None,
    recommendation_ids: Sequence[int],
) -> _Chosen:
    parts: list[Select[Any]] = []
    live = Recommendation.archived.is_(False)
    if cluster_ids:
        parts.append(
            select(Recommendation.id).where(live, Recommendation.cluster_id.in_(cluster_ids))
        )
    if register_filter is not None:
        dialect = session.get_bind().dialect.name
        parts.append(select(Recommendation.id).where(*filter_conditions(register_filter, dialect)))
    if recommendation_ids:
        parts.append(
            select(Recommendation.id).where(live, Recommendation.id.in_(recommendation_ids))
        )
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else union(*parts)


def _link(
    session: Session, plan_id: int, ids_select: Select[Any] | CompoundSelect[Any] | None
) -> None:
    if ids_select is None:
        return
    chosen = ids_select.subquery()
    present = select(plan_recommendation.c.recommendation_id).where(
        plan_recommendation.c.plan_id == plan_id
    )
    session.execute(
        insert(plan_recommendation).from_select(
            ["plan_id", "recommendation_id"],
            select(literal(plan_id, Integer), chosen.c[0]).where(chosen.c[0].not_in(present)),
        )
    )


def _propose_actions(session: Session, plan_id: int, action_title: str) -> None:
    clusters = session.execute(
        select(Cluster.id, Cluster.name)
        .join(Recommendation, Recommendation.cluster_id == Cluster.id)
        .join(plan_recommendation, plan_recommendation.c.recommendation_id == Recommendation.id)
        .where(plan_recommendation.c.plan_id == plan_id)
        .group_by(Cluster.id, Cluster.name)
        .order_by(Cluster.name)
    ).all()
    for order, (cluster_id, name) in enumerate(clusters):
        action = Action(plan_id=plan_id, title=action_title.replace("{cluster}", name)[:300])
        action.sort_order = order
        session.add(action)
        session.flush()
        session.execute(insert(action_cluster).values(action_id=action.id, cluster_id=cluster_id))
        addressed = (
            select(Recommendation.id)
            .join(
                plan_recommendation,
                plan_recommendation.c.recommendation_id == Recommendation.id,
            )
            .where(
                plan_recommendation.c.plan_id == plan_id,
                Recommendation.cluster_id == cluster_id,
            )
        )
        session.execute(
            insert(action_recommendation).from_select(
                ["action_id", "recommendation_id"],
                addressed.with_only_columns(literal(action.id, Integer), Recommendation.id),
            )
        )
        # Led by the cluster's lead, else by the one lead all its recommendations
        # share; supported by the cluster's supporting agencies.
        leads = proposed_leads(session, cluster_id, addressed)
        lead_ids = {agency_id for agency_id, _ in leads}
        supporters = [s for s in cluster_supporters(session, cluster_id) if s[0] not in lead_ids]
        for role, agencies in ((AgencyRole.LEAD, leads), (AgencyRole.SUPPORTING, supporters)):
            session.add_all(
                Assignment(
                    agency_id=agency_id,
                    role=role,
                    focal_point_id=focal_point_id,
                    action_id=action.id,
                )
                for agency_id, focal_point_id in agencies
            )


def update_plan(
    session_factory: sessionmaker[Session], plan_id: int, expected_version: int, fields: PlanFields
) -> None:
    """Save a plan's fields; adopting it checks that every action has a lead."""
    try:
        with session_factory.begin() as session:
            plan = check_version(session.get(ImplementationPlan, plan_id), expected_version, "plan")
            _check(session, fields, plan_id)
            _apply(plan, fields)
            _flush_title(session)
    except StaleDataError as exc:
        raise ConflictError("someone else changed this plan since you opened it") from exc


def delete_plan(session_factory: sessionmaker[Session], plan_id: int) -> None:
    """Delete a plan with its actions, their indicators and progress updates."""
    with session_factory.begin() as session:
        plan = session.get(ImplementationPlan, plan_id)
        if plan is None:
            raise NotFoundError("the plan no longer exists", code="record.not_found")
        session.delete(plan)


def add_to_plan(
    session_factory: sessionmaker[Session],
    plan_id: int,
    *,
    recommendation_ids: Sequence[int] = (),
    register_filter: RegisterFilter | None = None,
    cluster_ids: Sequence[int] = (),
) -> int:
    """Cover more recommendations; returns how many were added."""
    with session_factory.begin() as session:
        if session.get(ImplementationPlan, plan_id) is None:
            raise NotFoundError("the plan no longer exists", code="record.not_found")
        before = _covered(session, plan_id)
        chosen = _chosen_recommendations(session, cluster_ids, register_filter, recommendation_ids)
        _link(session, plan_id, chosen)
        return _covered(session, plan_id) - before


def remove_from_plan(
    session_factory: sessionmaker[Session], plan_id: int, recommendation_ids: Sequence[int]
) -> None:
    """Stop covering recommendations; the plan's actions stop addressing them."""
    with session_factory.begin() as session:
        session.execute(
            delete(plan_recommendation).where(
                plan_recommendation.c.plan_id == plan_id,
                plan_recommendation.c.recommendation_id.in_(recommendation_ids),
            )
        )
        session.execute(
            delete(action_recommendation).where(
                action_recommendation.c.recommendation_id.in_(recommendation_ids),
                action_recommendation.c.action_id.in_(
                    select(Action.id).where(Action.plan_id == plan_id)
                ),
            )
        )


def _covered(session: Session, plan_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(plan_recommendation)
            .where(plan_recommendation.c.plan_id == plan_id)
        )
        or 0
    )
