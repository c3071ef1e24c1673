"""A register filter as SQL conditions on the recommendation table (its Core
columns: the first page's queries run before the ORM's mappers are set up,
store.core_tables); the register, plans and reports select with them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, or_, select

from desktop.domain.vocab import AgencyRole
from desktop.store import core_tables as core
from desktop.store.models import (
    recommendation_affected_persons,
    recommendation_recommending_state,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
)
from desktop.store.search import search_clause

if TYPE_CHECKING:
    from desktop.services.register import RegisterFilter


def _linked(table: Any, column: str, ids: Any) -> ColumnElement[bool]:
    """Recommendations linked to any of ``ids`` (a list or a subquery) through
    ``table``: a semi-join that walks the link table's reverse index."""
    return core.recommendation.c.id.in_(
        select(table.c.recommendation_id).where(table.c[column].in_(ids))
    )


def _led_recommendations() -> Select[Any]:
    """The recommendations some agency leads (NOT IN is safe: no NULLs)."""
    return select(core.assignment.c.recommendation_id).where(
        core.assignment.c.role == AgencyRole.LEAD, core.assignment.c.recommendation_id.is_not(None)
    )


def filter_conditions(filt: RegisterFilter, dialect: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [core.recommendation.c.archived.is_(filt.archived)]
    if filt.text.strip():
        clause = search_clause(dialect, filt.text)
        if clause is not None:
            conditions.append(clause)
    if filt.mechanisms:
        conditions.append(
            core.recommendation.c.mechanism_id.in_(
                select(core.mechanism.c.id).where(core.mechanism.c.code.in_(filt.mechanisms))
            )
        )
    if filt.source_ids:
        conditions.append(core.recommendation.c.source_id.in_(filt.source_ids))
    if filt.cycles:
        conditions.append(
            core.recommendation.c.source_id.in_(
                select(core.source_document.c.id).where(
                    core.source_document.c.cycle.in_(filt.cycles)
                )
            )
        )
    if filt.responses:
        conditions.append(core.recommendation.c.response.in_(filt.responses))
    if filt.action_categories:
        conditions.append(core.recommendation.c.action_category.in_(filt.action_categories))
    if filt.theme_ids:
        conditions.append(_linked(recommendation_theme, "theme_id", filt.theme_ids))
    if filt.affected_persons_ids:
        conditions.append(
            _linked(
                recommendation_affected_persons, "affected_persons_id", filt.affected_persons_ids
            )
        )
    if filt.sdg_target_ids:
        conditions.append(_linked(recommendation_sdg_target, "sdg_target_id", filt.sdg_target_ids))
    if filt.recommending_state_ids:
        conditions.append(
            _linked(recommendation_recommending_state, "country_id", filt.recommending_state_ids)
        )
    if filt.sdg_goals:
        goal_ids = select(core.sdg_goal.c.id).where(core.sdg_goal.c.number.in_(filt.sdg_goals))
        goal_targets = select(core.sdg_target.c.id).where(core.sdg_target.c.goal_id.in_(goal_ids))
        conditions.append(
            or_(
                _linked(recommendation_sdg_target, "sdg_target_id", goal_targets),
                _linked(recommendation_sdg_goal, "sdg_goal_id", goal_ids),
            )
        )
    if filt.agency_id is not None:
        role = [] if filt.agency_role is None else [core.assignment.c.role == filt.agency_role]
        conditions.append(
            core.recommendation.c.id.in_(
                select(core.assignment.c.recommendation_id).where(
                    core.assignment.c.agency_id == filt.agency_id, *role
                )
            )
        )
    if filt.recommendation_ids:
        conditions.append(core.recommendation.c.id.in_(filt.recommendation_ids))
    if filt.without_lead_agency:
        conditions.append(core.recommendation.c.id.not_in(_led_recommendations()))
    if filt.priorities:
        conditions.append(core.recommendation.c.priority.in_(filt.priorities))
    if filt.statuses:
        conditions.append(core.recommendation.c.status.in_(filt.statuses))
    if filt.needs_parliament is not None:
        conditions.append(core.recommendation.c.needs_parliament.is_(filt.needs_parliament))
    if filt.cluster_ids or filt.without_cluster:
        either = []
        if filt.cluster_ids:
            either.append(core.recommendation.c.cluster_id.in_(filt.cluster_ids))
        if filt.without_cluster:
            either.append(core.recommendation.c.cluster_id.is_(None))
        conditions.append(or_(*either))
    return conditions
