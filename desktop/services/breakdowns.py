"""The dashboard's breakdowns: live recommendations of each mechanism, theme,
SDG goal or lead agency, counted by implementation status. Each is one query
that walks its link table in index order (no sort) and reads each
recommendation's status from an index, not from its wide row; every row
carries the RegisterFilter that lists exactly its recommendations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, literal_column, select, text, union_all
from sqlalchemy.orm import Session, aliased

from desktop.domain.vocab import AgencyRole, ImplementationStatus
from desktop.services.reference_names import mechanism_name, sdg_goal_title
from desktop.services.register import RegisterFilter
from desktop.store.models import (
    Agency,
    Assignment,
    Mechanism,
    Recommendation,
    SdgGoal,
    SdgTarget,
    Theme,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
)
from desktop.store.status_weights import STATUS_CODES, WEIGHTS_INDEX, split_counts, weight_sqls


class BreakdownKind(StrEnum):
    MECHANISM = "mechanism"
    THEME = "theme"
    SDG_GOAL = "sdg_goal"
    AGENCY = "agency"


@dataclass(frozen=True)
class BreakdownRow:
    """One bar: recommendations of a mechanism, a theme, an SDG goal or a lead
    agency, counted by implementation status."""

    key: int | str
    """Mechanism code, theme id, SDG goal number or agency id."""
    label: str
    counts: Mapping[str, int]
    """Every ImplementationStatus code, zeros included."""
    total: int
    filter: RegisterFilter
    description: str = ""
    """A longer name (a mechanism's full name, an agency's acronym)."""

    def status_filter(self, status: str) -> RegisterFilter:
        """The recommendations of this row's cell for ``status``."""
        return replace(self.filter, statuses=(ImplementationStatus(status),))


# -- breakdowns ------------------------------------------------------------------
_live = Recommendation.archived.is_(False)
LEAD_ROLE = (Assignment.role == AgencyRole.LEAD,)
LEAD = (*LEAD_ROLE, Assignment.recommendation_id.is_not(None))


def _tally(rows: Iterable[Any]) -> dict[Any, dict[str, int]]:
    """(key, status, count) rows to {key: {status: count}} with every status."""
    found: dict[Any, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUS_CODES, 0))
    for key, status, count in rows:
        found[key][str(status)] += int(count)
    return found


def _row(
    key: int | str, label: str, counts: Mapping[str, int], filt: RegisterFilter, about: str = ""
) -> BreakdownRow:
    return BreakdownRow(key, label, dict(counts), sum(counts.values()), filt, about)


# A recommendation as the breakdowns read it: its state from the index of
# its weights by id (store.status_weights), not from its wide row (see
# _read_state_from_index). Live as "archived IS NOT true" (the same rows: the
# column is never NULL), so that the indexes on "archived" do not tempt SQLite
# to seek every link at random.
_state = aliased(Recommendation, name="state_of")
# Spelt as the index stores them (no bound parameters), so SQLite reads them from it.
_per_status: list[Any] = [
    func.sum(literal_column(weight)) for weight in weight_sqls("state_of.status")
]


def _linked_by_status(
    session: Session, link_key: Any, link_recommendation: Any, *where: Any
) -> dict[Any, dict[str, int]]:
    """Live recommendations counted by ``link_key`` through a link, by status.
    The links are read in the order of an index on their key and counted group
    by group as they come (one column per status), with no sort of every link."""
    query = (
        select(link_key, *_per_status)
        .join(_state, _state.id == link_recommendation)
        .where(_state.archived.is_not(True), *where)
        .group_by(link_key)
    )
    return {
        row[0]: split_counts(row[1:])
        for row in session.execute(_read_state_from_index(session, query))
    }


def _read_state_from_index(session: Session, query: Select[Any]) -> Any:
    """On SQLite, the query with each recommendation's state read from the index
    of its weights by id instead of its wide row: SQLite would seek the row by
    rowid, and SQLAlchemy renders no index hints for SQLite."""
    if session.get_bind().dialect.name != "sqlite" or not _has_weights_index(session):
        return query
    from sqlalchemy.dialects import sqlite

    compiled = query.compile(dialect=sqlite.dialect(paramstyle="named"))
    sql = str(compiled).replace(
        "recommendation AS state_of",
        f"recommendation AS state_of INDEXED BY {WEIGHTS_INDEX}",
    )
    return text(sql).bindparams(**compiled.params)


def _has_weights_index(session: Session) -> bool:
    """Whether the database has the index of status weights (an older or
    hand-altered one may not: INDEXED BY an index that is gone is an error;
    the query without it counts the same, only slower). Looked up once a
    session: the SDG breakdown runs a query a goal."""
    if _WEIGHTS_INDEXED not in session.info:
        found = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"),
            {"name": WEIGHTS_INDEX},
        )
        session.info[_WEIGHTS_INDEXED] = found.first() is not None
    return bool(session.info[_WEIGHTS_INDEXED])


_WEIGHTS_INDEXED = "breakdowns.weights_indexed"


def _by_mechanism(session: Session, language: str) -> tuple[BreakdownRow, ...]:
    # Grouped in the order of ix_recommendation_counts (no sort); the
    # responses are added up here.
    keys = (Recommendation.mechanism_id, Recommendation.response, Recommendation.status)
    counted = _tally(
        (mechanism_id, status, n)
        for mechanism_id, _, status, n in session.execute(
            select(*keys, func.count()).where(_live).group_by(*keys)
        )
    )
    mechanisms = session.execute(
        select(Mechanism.id, Mechanism.code, Mechanism.name)
        .where(Mechanism.id.in_(list(counted)))
        .order_by(Mechanism.sort_order, Mechanism.code)
    )
    return tuple(
        _row(
            code,
            code,
            counted[i],
            RegisterFilter(mechanisms=(code,)),
            mechanism_name(code, language, name),
        )
        for i, code, name in mechanisms
    )


def _by_theme(session: Session, _language: str) -> tuple[BreakdownRow, ...]:
    link = recommendation_theme.c
    counted = _linked_by_status(session, link.theme_id, link.recommendation_id)
    names = dict(
        session.execute(select(Theme.id, Theme.name).where(Theme.id.in_(list(counted)))).all()
    )
    rows = [
        _row(i, str(names[i]), counts, RegisterFilter(theme_ids=(i,)))
        for i, counts in counted.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.total, r.label)))


def _by_sdg_goal(session: Session, language: str) -> tuple[BreakdownRow, ...]:
    """A recommendation counts once for a goal, whether linked to the goal
    itself or to one or more of its targets (IN keeps each once). Goal by goal:
    its links are read from their indexes, with no sort of every link."""
    to_target, to_goal = recommendation_sdg_target.c, recommendation_sdg_goal.c
    goals = session.execute(
        select(SdgGoal.id, SdgGoal.number, SdgGoal.title).order_by(SdgGoal.number)
    )
    rows = []
    for goal_id, number, title in goals.all():
        linked = union_all(
            select(to_target.recommendation_id)
            .join(SdgTarget, SdgTarget.id == to_target.sdg_target_id)
            .where(SdgTarget.goal_id == goal_id),
            select(to_goal.recommendation_id).where(to_goal.sdg_goal_id == goal_id),
        )
        query = select(*_per_status).where(_state.archived.is_not(True), _state.id.in_(linked))
        found = session.execute(_read_state_from_index(session, query)).one()
        counts = split_counts(found)
        if any(counts.values()):
            rows.append(
                _row(
                    number,
                    f"{number} {sdg_goal_title(number, language, title)}",
                    counts,
                    RegisterFilter(sdg_goals=(number,)),
                )
            )
    return tuple(rows)


def _by_agency(session: Session, _language: str) -> tuple[BreakdownRow, ...]:
    """Live recommendations by lead agency (agencies of the directory, not the
    archived ones, as the register's agency filter offers)."""
    counted = _linked_by_status(session, Assignment.agency_id, Assignment.recommendation_id, *LEAD)
    agencies = session.execute(
        select(Agency.id, Agency.name, Agency.acronym).where(
            Agency.id.in_(list(counted)), Agency.archived.is_(False)
        )
    )
    rows = [
        _row(i, name, counted[i], RegisterFilter(agency_id=i, agency_role=AgencyRole.LEAD), a or "")
        for i, name, a in agencies
    ]
    return tuple(sorted(rows, key=lambda r: (-r.total, r.label)))


# Each takes the session and the language of mechanism names and SDG titles
# (themes and agencies are named by their users, one name for every language).
_BREAKDOWNS: dict[BreakdownKind, Callable[[Session, str], tuple[BreakdownRow, ...]]] = {
    BreakdownKind.MECHANISM: _by_mechanism,
    BreakdownKind.THEME: _by_theme,
    BreakdownKind.SDG_GOAL: _by_sdg_goal,
    BreakdownKind.AGENCY: _by_agency,
}


def breakdown(session: Session, kind: BreakdownKind, language: str) -> tuple[BreakdownRow, ...]:
    """One breakdown; mechanism names and SDG titles in ``language``."""
    return _BREAKDOWNS[kind](session, language)
