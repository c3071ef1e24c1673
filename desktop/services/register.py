"""The recommendation register: which recommendations match a filter, in
what order, and their display rows a page at a time.

Sorting and filtering happen in SQL; a view holds the ordered ids and asks
for the rows it shows (ARCHITECTURE.md, pattern 2).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.vocab import AgencyRole, ImplementationStatus, Position, Priority
from desktop.services.reference_names import country_name
from desktop.services.register_conditions import filter_conditions
from desktop.services.register_sorts import (
    first_agency,
    first_sdg,
    first_theme,
    next_due,
    sdg_codes_in_order,
)
from desktop.services.register_states import countries_in_name_order, states_sort_key
from desktop.store import core_tables as core
from desktop.store.models import (
    action_recommendation,
    recommendation_recommending_state,
    recommendation_sdg_goal,
    recommendation_theme,
)


@dataclass(frozen=True)
class RegisterFilter:
    """What the register shows. Empty tuples mean "any"; fields combine with AND,
    values within a field with OR."""

    text: str = ""
    mechanisms: tuple[str, ...] = ()
    source_ids: tuple[int, ...] = ()
    cycles: tuple[int, ...] = ()
    responses: tuple[Position, ...] = ()
    action_categories: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    affected_persons_ids: tuple[int, ...] = ()
    sdg_goals: tuple[int, ...] = ()
    sdg_target_ids: tuple[int, ...] = ()
    recommending_state_ids: tuple[int, ...] = ()
    """Recommendations made by any of these States (UPR)."""
    agency_id: int | None = None
    agency_role: AgencyRole | None = None
    """With agency_id: only that role; None: any role."""
    without_lead_agency: bool = False
    """Only recommendations that no agency leads."""
    recommendation_ids: tuple[int, ...] = ()
    """Only these (a consultation's or a report's recommendations)."""
    priorities: tuple[Priority, ...] = ()
    statuses: tuple[ImplementationStatus, ...] = ()
    needs_parliament: bool | None = None
    cluster_ids: tuple[int, ...] = ()
    without_cluster: bool = False
    archived: bool = False
    """False: the live register; True: the archive."""


@dataclass(frozen=True)
class Sort:
    column: str = "reference"
    descending: bool = False


@dataclass(frozen=True)
class RegisterRow:
    id: int
    version: int
    reference: str
    mechanism: str
    source: str
    paragraph: str
    text: str
    recommending_states: str
    response: str
    action_category: int | None
    themes: str
    sdgs: str
    agencies: str
    priority: str
    status: str
    cluster: str
    due_date: date | None
    archived: bool
    extra: dict[str, Any] = field(default_factory=dict)


# Sortable columns: key -> SQL expression (ties broken by id for a stable order).
SORT_COLUMNS: dict[str, Any] = {
    "reference": core.recommendation.c.reference_key,
    "mechanism": core.mechanism.c.code,
    "source": core.source_document.c.symbol,
    "paragraph": core.recommendation.c.reference_key,
    "text": core.recommendation.c.text,
    "response": core.recommendation.c.response,
    "action_category": core.recommendation.c.action_category,
    "priority": core.recommendation.c.priority,
    "status": core.recommendation.c.status,
    "cluster": core.cluster.c.name,
    "due_date": next_due,
    "themes": first_theme,
    "sdgs": first_sdg,
    "agencies": first_agency,
    "id": core.recommendation.c.id,
}
COLUMNS: tuple[str, ...] = (
    "reference", "mechanism", "source", "paragraph", "text", "recommending_states",
    "response", "action_category", "themes", "sdgs", "agencies", "priority", "status",
    "cluster", "due_date",
)  # fmt: skip


def _ordered_ids(
    filt: RegisterFilter, sort: Sort, dialect: str, state_order: list[int] | None = None
) -> Select[Any]:
    key = SORT_COLUMNS.get(sort.column, core.recommendation.c.reference_key)
    if state_order is not None:
        key = states_sort_key(state_order, dialect)
    statement = select(core.recommendation.c.id).where(*filter_conditions(filt, dialect))
    if sort.column == "mechanism":
        statement = statement.join(
            core.mechanism, core.mechanism.c.id == core.recommendation.c.mechanism_id
        )
    elif sort.column == "source":
        statement = statement.outerjoin(
            core.source_document, core.source_document.c.id == core.recommendation.c.source_id
        )
    elif sort.column == "cluster":
        statement = statement.outerjoin(
            core.cluster, core.cluster.c.id == core.recommendation.c.cluster_id
        )
    if sort.column in ("reference", "paragraph"):
        # Register order (document, then paragraph in natural order), served by
        # an index (no NULLS LAST: it would defeat it).
        keys = [core.recommendation.c.source_id, core.recommendation.c.reference_key]
        ordered = [k.desc() if sort.descending else k.asc() for k in keys]
    else:
        # Empty values last in either direction, on both engines.
        ordered = [(key.desc() if sort.descending else key.asc()).nulls_last()]
    tie = core.recommendation.c.id.desc() if sort.descending else core.recommendation.c.id.asc()
    return statement.order_by(*ordered, tie)


def register_ids(
    session_factory: sessionmaker[Session],
    filt: RegisterFilter,
    sort: Sort = Sort(),
    language: str = "en",
    name_key: Callable[[str], Any] = str.casefold,
) -> list[int]:
    """The ids of every recommendation that matches, in display order. Sorted
    by recommending States, they follow the States' names in ``language``
    under ``name_key``, as :func:`register_rows` shows them."""
    with session_factory() as session:
        dialect = session.get_bind().dialect.name
        states = (
            countries_in_name_order(session, language, name_key)
            if sort.column == "recommending_states"
            else None
        )
        return _first_column(session, _ordered_ids(filt, sort, dialect, states))


def _first_column(session: Session, statement: Select[Any]) -> list[Any]:
    """The first column of every row, read straight from the driver's cursor:
    a whole register of ids (250,000 at the largest) in ~75 ms instead of the
    ~160 ms SQLAlchemy's row objects take, at every start and every filter.
    A connection set to stream its results, or a driver error while the rows
    are read, goes SQLAlchemy's own way (its errors translated as anywhere)."""
    connection = session.connection()
    options = connection.get_execution_options()
    if options.get("stream_results") or options.get("yield_per"):
        return list(session.scalars(statement))
    result = connection.execute(statement)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    except connection.dialect.loaded_dbapi.Error:
        result.close()
        return list(session.scalars(statement))  # again: its error, as SQLAlchemy raises it
    finally:
        result.close()


def register_count(session_factory: sessionmaker[Session], filt: RegisterFilter) -> int:
    with session_factory() as session:
        dialect = session.get_bind().dialect.name
        statement = (
            select(func.count())
            .select_from(core.recommendation)
            .where(*filter_conditions(filt, dialect))
        )
        return int(session.scalar(statement) or 0)


def register_rows(
    session_factory: sessionmaker[Session],
    ids: Sequence[int],
    language: str = "en",
    name_key: Callable[[str], Any] = str.casefold,
) -> list[RegisterRow]:
    """Display rows for ``ids``, in that order (a page of the register), with
    the recommending States named in ``language`` and sorted by ``name_key``
    (a screen passes its locale's collation)."""
    if not ids:
        return []
    rec, doc, cluster = core.recommendation.c, core.source_document.c, core.cluster.c
    with session_factory() as session:
        main = session.execute(
            select(
                rec.id,
                rec.version,
                rec.reference,
                core.mechanism.c.code,
                doc.symbol,
                rec.paragraph,
                rec.text,
                rec.response,
                rec.action_category,
                rec.priority,
                rec.status,
                cluster.name,
                rec.archived,
            )
            .join(core.mechanism, core.mechanism.c.id == rec.mechanism_id)
            .outerjoin(core.source_document, doc.id == rec.source_id)
            .outerjoin(core.cluster, cluster.id == rec.cluster_id)
            .where(rec.id.in_(ids))
        ).all()
        states = _state_names(session, ids, language, name_key)
        themes = _names(
            session, recommendation_theme, "theme_id", core.theme.c.id, core.theme.c.name, ids
        )
        sdgs = sdg_codes_in_order(session, ids)
        goals = _names(
            session,
            recommendation_sdg_goal,
            "sdg_goal_id",
            core.sdg_goal.c.id,
            core.sdg_goal.c.number,
            ids,
        )
        agencies: dict[int, list[str]] = defaultdict(list)
        assigned, agency = core.assignment.c, core.agency.c
        for rec_id, role, name, acronym in session.execute(
            select(assigned.recommendation_id, assigned.role, agency.name, agency.acronym)
            .join(core.agency, agency.id == assigned.agency_id)
            .where(assigned.recommendation_id.in_(ids))
            .order_by(assigned.role, agency.name)
        ):
            label = acronym or name
            if rec_id is not None:
                agencies[rec_id].append(label if role == AgencyRole.LEAD else f"({label})")
        due: dict[int, date | None] = dict(
            session.execute(
                select(action_recommendation.c.recommendation_id, func.min(core.action.c.due_date))
                .join(core.action, core.action.c.id == action_recommendation.c.action_id)
                .where(action_recommendation.c.recommendation_id.in_(ids))
                .group_by(action_recommendation.c.recommendation_id)
            ).all()
        )
    by_id = {}
    for row in main:
        by_id[row[0]] = RegisterRow(
            id=row[0],
            version=row[1],
            reference=row[2],
            mechanism=row[3],
            source=row[4] or "",
            paragraph=row[5] or "",
            text=row[6],
            recommending_states=", ".join(states[row[0]]),
            response=str(row[7]),
            action_category=row[8],
            themes="; ".join(themes[row[0]]),
            sdgs=", ".join([*sdgs[row[0]], *(f"SDG {g}" for g in goals[row[0]])]),
            agencies=", ".join(agencies[row[0]]),
            priority=str(row[9]) if row[9] else "",
            status=str(row[10]),
            cluster=row[11] or "",
            due_date=due.get(row[0]),
            archived=row[12],
        )
    return [by_id[i] for i in ids if i in by_id]


def _names(
    session: Session, link: Any, column: str, key: Any, label: Any, ids: Sequence[int]
) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for rec_id, name in session.execute(
        select(link.c.recommendation_id, label)
        .join(link, link.c[column] == key)
        .where(link.c.recommendation_id.in_(ids))
        .order_by(label)
    ):
        found[rec_id].append(str(name))
    return found


def _state_names(
    session: Session, ids: Sequence[int], language: str, name_key: Callable[[str], Any]
) -> dict[int, list[str]]:
    """Each recommendation's recommending States, named in ``language`` and sorted."""
    link = recommendation_recommending_state
    found: dict[int, list[str]] = defaultdict(list)
    for rec_id, name, code in session.execute(
        select(link.c.recommendation_id, core.country.c.name, core.country.c.iso2)
        .join(link, link.c.country_id == core.country.c.id)
        .where(link.c.recommendation_id.in_(ids))
    ):
        found[rec_id].append(country_name(code, language, str(name)))
    for names in found.values():
        names.sort(key=name_key)
    return found
