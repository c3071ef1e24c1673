"""Sort keys of the register's columns that show a list (agencies, themes,
SDGs, the next due date): each is a correlated subquery giving the value a
row shows first, so that sorted rows read in order down the column; and the
SDG codes of rows in the SDGs' own order (2.1 before 10.1).

(Recommending States are sorted by their names in the user's language, in
register_states.)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.store import core_tables as core
from desktop.store.models import (
    action_recommendation,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
)

SDG_GOAL_STEP = 1000
"""An SDG target's place: its goal's number times this, plus its place in the goal."""

next_due: Any = (
    select(func.min(core.action.c.due_date))
    .join(action_recommendation, action_recommendation.c.action_id == core.action.c.id)
    .where(action_recommendation.c.recommendation_id == core.recommendation.c.id)
    .correlate(core.recommendation)
    .scalar_subquery()
)

first_theme: Any = (
    select(func.min(core.theme.c.name))
    .join(recommendation_theme, recommendation_theme.c.theme_id == core.theme.c.id)
    .where(recommendation_theme.c.recommendation_id == core.recommendation.c.id)
    .correlate(core.recommendation)
    .scalar_subquery()
)

sdg_place: Any = core.sdg_goal.c.number * SDG_GOAL_STEP + core.sdg_target.c.sort_order
"""Where a target stands among all: 1.1, 1.2 … 2.1 … 10.1 (not 1.1, 10.1, 2.1)."""

_first_target = (
    select(func.min(sdg_place))
    .select_from(recommendation_sdg_target)
    .join(core.sdg_target, core.sdg_target.c.id == recommendation_sdg_target.c.sdg_target_id)
    .join(core.sdg_goal, core.sdg_goal.c.id == core.sdg_target.c.goal_id)
    .where(recommendation_sdg_target.c.recommendation_id == core.recommendation.c.id)
    .correlate(core.recommendation)
    .scalar_subquery()
)
_first_goal = (  # a goal named without a target: after that goal's targets
    select(func.min(core.sdg_goal.c.number * SDG_GOAL_STEP + (SDG_GOAL_STEP - 1)))
    .join(recommendation_sdg_goal, recommendation_sdg_goal.c.sdg_goal_id == core.sdg_goal.c.id)
    .where(recommendation_sdg_goal.c.recommendation_id == core.recommendation.c.id)
    .correlate(core.recommendation)
    .scalar_subquery()
)
first_sdg: Any = func.coalesce(_first_target, _first_goal)
"""The first SDG a row shows: its first target, else its first goal."""


def sdg_codes_in_order(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    """Each recommendation's SDG target codes, in the SDGs' order (as sorted)."""
    found: dict[int, list[str]] = defaultdict(list)
    for rec_id, code in session.execute(
        select(recommendation_sdg_target.c.recommendation_id, core.sdg_target.c.code)
        .join(core.sdg_target, core.sdg_target.c.id == recommendation_sdg_target.c.sdg_target_id)
        .join(core.sdg_goal, core.sdg_goal.c.id == core.sdg_target.c.goal_id)
        .where(recommendation_sdg_target.c.recommendation_id.in_(ids))
        .order_by(sdg_place, core.sdg_target.c.code)  # targets an import added share a place
    ):
        found[rec_id].append(str(code))
    return found


first_agency: Any = (
    select(func.coalesce(func.nullif(core.agency.c.acronym, ""), core.agency.c.name))
    .join(core.assignment, core.assignment.c.agency_id == core.agency.c.id)
    .where(core.assignment.c.recommendation_id == core.recommendation.c.id)
    .order_by(core.assignment.c.role, core.agency.c.name)
    .limit(1)
    .correlate(core.recommendation)
    .scalar_subquery()
)
"""The first agency a row shows: its lead's short name, else a supporting one's."""
