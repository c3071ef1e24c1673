"""The values a user picks from (filters, pickers), as plain tuples.

Mechanisms, SDG goals and targets and countries are named in the language
asked for (``desktop.services.reference_names``); countries come sorted by
that name (code-point order: a screen sorts them again by its locale's rules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.agencies import FocalPointData
from desktop.services.reference_names import (
    country_name,
    mechanism_name,
    sdg_goal_title,
    sdg_target_title,
)
from desktop.store import core_tables as core
from desktop.store.models import (
    recommendation_recommending_state,
)


@dataclass(frozen=True)
class FilterChoices:
    mechanisms: list[tuple[str, str]]  # code, name
    clusters: list[tuple[int, str]]
    agencies: list[tuple[int, str]]
    sources: list[tuple[int, str, str]] = field(default_factory=list)  # id, mechanism, symbol
    themes: list[tuple[int, str]] = field(default_factory=list)
    affected_persons: list[tuple[int, str]] = field(default_factory=list)
    sdg_goals: list[tuple[int, str]] = field(default_factory=list)  # number, title
    sdg_targets: list[tuple[int, str]] = field(default_factory=list)  # id, "code title"
    sdg_goals_by_id: list[tuple[int, str]] = field(default_factory=list)  # id, "number title"
    countries: list[tuple[int, str]] = field(default_factory=list)  # every State, for pickers
    recommending_states: list[tuple[int, str]] = field(default_factory=list)
    """The States that made at least one recommendation (the register's filter)."""
    country_search_names: dict[int, str] = field(default_factory=dict)
    """Each State's English (stored) name where it is shown in another
    language, so that a search typed in English finds it too."""
    cycles: list[int] = field(default_factory=list)  # the documents' review cycles
    focal_points: dict[int, list[FocalPointData]] = field(default_factory=dict)
    """Each agency's focal points, the primary ones first."""


def filter_choices(session_factory: sessionmaker[Session], language: str = "en") -> FilterChoices:
    """Every choice, with mechanism names and SDG titles in ``language``."""
    with session_factory() as session:
        mechanisms = [
            (str(code), mechanism_name(code, language, name))
            for code, name in session.execute(
                select(core.mechanism.c.code, core.mechanism.c.name).order_by(
                    core.mechanism.c.sort_order, core.mechanism.c.code
                )
            )
        ]
        clusters = [
            (int(i), str(n))
            for i, n in session.execute(
                select(core.cluster.c.id, core.cluster.c.name).order_by(core.cluster.c.name)
            )
        ]
        agencies = [
            (int(i), str(n))
            for i, n in session.execute(
                select(core.agency.c.id, core.agency.c.name)
                .where(core.agency.c.archived.is_(False))
                .order_by(core.agency.c.name)
            )
        ]
        sources = [
            (int(i), str(code), str(symbol))
            for i, code, symbol in session.execute(
                select(
                    core.source_document.c.id, core.mechanism.c.code, core.source_document.c.symbol
                )
                .join(core.mechanism, core.mechanism.c.id == core.source_document.c.mechanism_id)
                .where(core.source_document.c.symbol.is_not(None))
                .order_by(core.mechanism.c.code, core.source_document.c.symbol)
            )
        ]
        themes = _pairs(session, core.theme.c.id, core.theme.c.name)
        affected = _pairs(session, core.affected_persons.c.id, core.affected_persons.c.name)
        goals = [
            (number, sdg_goal_title(number, language, title))
            for number, title in _pairs(
                session, core.sdg_goal.c.number, core.sdg_goal.c.title, core.sdg_goal.c.number
            )
        ]
        goals_by_id = [
            (int(i), f"{number} {sdg_goal_title(number, language, title)}")
            for i, number, title in session.execute(
                select(core.sdg_goal.c.id, core.sdg_goal.c.number, core.sdg_goal.c.title).order_by(
                    core.sdg_goal.c.number
                )
            )
        ]
        stored = {
            int(i): (str(name), code)
            for i, name, code in session.execute(
                select(core.country.c.id, core.country.c.name, core.country.c.iso2)
            )
        }
        link = recommendation_recommending_state
        # An index probe per State (the link table's country index), not a scan.
        recommending = set(
            session.scalars(
                select(core.country.c.id).where(
                    exists().where(link.c.country_id == core.country.c.id)
                )
            )
        )
        cycles = [
            int(c or 0)
            for c in session.scalars(
                select(core.source_document.c.cycle)
                .where(core.source_document.c.cycle.is_not(None))
                .distinct()
                .order_by(core.source_document.c.cycle)
            )
        ]
        focal_points: dict[int, list[FocalPointData]] = {}
        points = core.focal_point.c
        for point in session.execute(
            select(
                points.agency_id, points.name, points.title, points.email, points.phone
            ).order_by(points.agency_id, points.primary.desc(), points.id)
        ):
            focal_points.setdefault(point.agency_id, []).append(
                FocalPointData(point.name, point.title or "", point.email or "", point.phone or "")
            )
        targets = [
            (int(i), f"{code} {sdg_target_title(code, language, title)}")
            for i, code, title in session.execute(
                select(
                    core.sdg_target.c.id, core.sdg_target.c.code, core.sdg_target.c.title
                ).order_by(core.sdg_target.c.goal_id, core.sdg_target.c.sort_order)
            )
        ]
    shown = {i: country_name(code, language, name) for i, (name, code) in stored.items()}
    countries = sorted(shown.items(), key=lambda pair: (pair[1].casefold(), pair[0]))
    states = [pair for pair in countries if pair[0] in recommending]
    search = {i: stored[i][0] for i, name in shown.items() if name != stored[i][0]}
    return FilterChoices(
        mechanisms,
        clusters,
        agencies,
        sources,
        themes,
        affected,
        goals,
        targets,
        goals_by_id,
        countries,
        states,
        search,
        cycles,
        focal_points,
    )


def _pairs(session: Session, key: Any, label: Any, order: Any = None) -> list[tuple[int, str]]:
    return [
        (int(k), str(v))
        for k, v in session.execute(
            select(key, label).order_by(order if order is not None else label)
        )
    ]
