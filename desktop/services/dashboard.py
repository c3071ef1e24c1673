"""The dashboard: where implementation stands, what is late and what falls due.

Counts are over the live register (recommendations not archived). Each
breakdown is one grouped query; every row and every count carries the
RegisterFilter that lists exactly those recommendations, so that the UI can
open the register on any number it shows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, case, exists, func, select, text, union_all
from sqlalchemy.orm import Session, aliased, sessionmaker

from desktop.domain.schedule import (
    OPEN_ACTION_STATUSES,
    UPCOMING_DAYS,
    DeadlineState,
    days_overdue,
    deadline_state,
    upcoming_until,
)
from desktop.domain.vocab import ActionStatus, AgencyRole, ImplementationStatus, ReportKind
from desktop.services.reference_names import mechanism_name, sdg_goal_title
from desktop.services.register import RegisterFilter
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    ImplementationPlan,
    Indicator,
    Mechanism,
    Recommendation,
    ReportingDeadline,
    SdgGoal,
    SdgTarget,
    Theme,
    UpdateForm,
    deadline_recommendation,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
)

LIST_LIMIT = 200
"""Rows kept in each list (the full count is kept beside it)."""

STATUS_CODES: tuple[str, ...] = tuple(status.value for status in ImplementationStatus)


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


@dataclass(frozen=True)
class ActionItem:
    """An action in a list: overdue, or without an indicator."""

    id: int
    title: str
    plan_id: int
    plan_title: str
    due_date: date | None
    status: ActionStatus
    lead_agency: str
    """Names of the lead agencies, comma-separated; empty when none."""
    days_overdue: int = 0


@dataclass(frozen=True)
class DueDeadline:
    """A reporting deadline not yet met: overdue, or due within the horizon."""

    id: int
    mechanism: str
    report_kind: ReportKind
    title: str
    due_date: date
    state: DeadlineState
    recommendations: int
    """Recommendations the report covers (archived ones too, as
    desktop.services.deadlines counts them: the set the office chose)."""


@dataclass(frozen=True)
class Dashboard:
    today: date
    horizon_days: int
    recommendations: int
    by_status: Mapping[str, int]
    breakdowns: Mapping[BreakdownKind, tuple[BreakdownRow, ...]]
    overdue_actions: int
    overdue: tuple[ActionItem, ...]
    """The first LIST_LIMIT overdue actions, oldest due date first."""
    deadlines: tuple[DueDeadline, ...]
    """Overdue and upcoming deadlines, by due date."""
    actions_without_indicators: int
    without_indicators: tuple[ActionItem, ...]
    """The first LIST_LIMIT, in the order they were entered."""
    without_lead_agency: int
    forms_outstanding: int = 0
    """Agency update forms sent and not yet returned."""
    forms_overdue: int = 0
    """Of those, the ones past their deadline."""
    all_filter: RegisterFilter = field(default_factory=RegisterFilter)
    without_lead_filter: RegisterFilter = field(
        default_factory=lambda: RegisterFilter(without_lead_agency=True)
    )

    @property
    def upcoming_deadlines(self) -> int:
        return sum(d.state == DeadlineState.UPCOMING for d in self.deadlines)

    @property
    def overdue_deadlines(self) -> int:
        return sum(d.state == DeadlineState.OVERDUE for d in self.deadlines)


def _forms_outstanding(session: Session, today: date) -> tuple[int, int]:
    """Agency update forms not returned, and how many of them are overdue."""
    deadlines = session.scalars(
        select(UpdateForm.deadline).where(UpdateForm.returned_at.is_(None))
    ).all()
    return len(deadlines), sum(1 for d in deadlines if d is not None and d < today)


def load_dashboard(
    session_factory: sessionmaker[Session],
    today: date,
    horizon_days: int = UPCOMING_DAYS,
    kinds: Collection[BreakdownKind] = tuple(BreakdownKind),
    language: str = "en",
) -> Dashboard:
    """Every figure of the dashboard on ``today`` (the user's calendar date),
    read in one session. The breakdown by mechanism always comes (it gives the
    totals); the others are read only when in ``kinds``: each walks a link
    table of the whole register, so a page asks for the one it shows."""
    with session_factory() as session:
        mechanisms = _by_mechanism(session, language)
        by_status = {code: sum(row.counts[code] for row in mechanisms) for code in STATUS_CODES}
        breakdowns = {kind: _BREAKDOWNS[kind](session, language) for kind in kinds}
        breakdowns[BreakdownKind.MECHANISM] = mechanisms
        overdue_count, overdue = overdue_actions(session, today)
        missing_count, missing = _actions_without_indicators(session)
        forms_outstanding, forms_overdue = _forms_outstanding(session, today)
        return Dashboard(
            today=today,
            horizon_days=horizon_days,
            recommendations=sum(by_status.values()),
            by_status=by_status,
            breakdowns=breakdowns,
            overdue_actions=overdue_count,
            overdue=overdue,
            deadlines=due_deadlines(session, today, horizon_days),
            actions_without_indicators=missing_count,
            without_indicators=missing,
            without_lead_agency=_without_lead_agency(session, sum(by_status.values())),
            forms_outstanding=forms_outstanding,
            forms_overdue=forms_overdue,
        )


def load_breakdown(
    session_factory: sessionmaker[Session], kind: BreakdownKind, language: str = "en"
) -> tuple[BreakdownRow, ...]:
    """One breakdown on its own (a page showing another one); mechanism names
    and SDG titles in ``language``."""
    with session_factory() as session:
        return _BREAKDOWNS[kind](session, language)


# -- breakdowns ------------------------------------------------------------------
_live = Recommendation.archived.is_(False)
_lead_role = (Assignment.role == AgencyRole.LEAD,)
_lead = (*_lead_role, Assignment.recommendation_id.is_not(None))


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


# A recommendation as the breakdowns read it: its state from the index (id,
# archived, status), not from its wide row (see _read_state_from_index). Live
# as "archived IS NOT true" (the same rows: the column is never NULL), so that
# the indexes on "archived" do not tempt SQLite to seek every link at random.
_state = aliased(Recommendation, name="state_of")
# Two statuses a column: the first counts 1, the second 2**32 (each count stays
# far below 2**31), so a row is read with half the sums.
_PAIRS = [STATUS_CODES[n : n + 2] for n in range(0, len(STATUS_CODES), 2)]
_per_status = [
    func.sum(
        case(*((_state.status == code, 1 << (32 * k)) for k, code in enumerate(pair)), else_=0)
    )
    for pair in _PAIRS
]


def _counts(sums: Sequence[Any]) -> dict[str, int]:
    """The counts by status of one row of _per_status."""
    counts = {}
    for pair, total in zip(_PAIRS, sums, strict=True):
        packed = int(total or 0)
        for k, code in enumerate(pair):
            counts[code] = (packed >> (32 * k)) & 0xFFFFFFFF
    return counts


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
        row[0]: _counts(row[1:]) for row in session.execute(_read_state_from_index(session, query))
    }


def _read_state_from_index(session: Session, query: Select[Any]) -> Any:
    """On SQLite, the query with each recommendation's state read from its index
    (id, archived, status) instead of its wide row: SQLite would seek the row by
    rowid, and SQLAlchemy renders no index hints for SQLite."""
    if session.get_bind().dialect.name != "sqlite":
        return query
    from sqlalchemy.dialects import sqlite

    compiled = query.compile(dialect=sqlite.dialect(paramstyle="named"))
    sql = str(compiled).replace(
        "recommendation AS state_of",
        "recommendation AS state_of INDEXED BY ix_recommendation_state_by_id",
    )
    return text(sql).bindparams(**compiled.params)


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
        counts = _counts(found)
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
    counted = _linked_by_status(session, Assignment.agency_id, Assignment.recommendation_id, *_lead)
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


def _without_lead_agency(session: Session, live: int) -> int:
    """Live recommendations no agency leads: the live ones less those led,
    counted from the assignments' index (no join over the register)."""
    led_count = session.scalar(
        select(func.count(func.distinct(Assignment.recommendation_id))).where(*_lead)
    )
    led = exists().where(Assignment.recommendation_id == Recommendation.id, *_lead_role)
    archived_led = session.scalar(
        select(func.count())
        .select_from(Recommendation)
        .where(Recommendation.archived.is_(True), led)
    )
    return live - int(led_count or 0) + int(archived_led or 0)


# -- actions and deadlines --------------------------------------------------------
def overdue_actions(
    session: Session, today: date, limit: int = LIST_LIMIT
) -> tuple[int, tuple[ActionItem, ...]]:
    """How many actions are overdue on ``today`` (desktop.domain.schedule), and
    the first ``limit`` of them, the longest overdue first."""
    return _actions(
        session,
        (Action.due_date < today, Action.status.in_(sorted(OPEN_ACTION_STATUSES))),
        (Action.due_date, Action.id),
        limit,
        today,
    )


def _actions_without_indicators(session: Session) -> tuple[int, tuple[ActionItem, ...]]:
    """Actions not cancelled that no indicator measures, in the order they were
    entered (by due date would sort them all: 50 ms of 50,000 actions)."""
    return _actions(
        session,
        (
            Action.status != ActionStatus.CANCELLED,
            ~exists().where(Indicator.action_id == Action.id),
        ),
        (Action.id,),
    )


def _actions(
    session: Session,
    where: tuple[Any, ...],
    order: tuple[Any, ...],
    limit: int = LIST_LIMIT,
    today: date | None = None,
) -> tuple[int, tuple[ActionItem, ...]]:
    """How many actions match, and the first ``limit`` in ``order``."""
    count = int(session.scalar(select(func.count()).select_from(Action).where(*where)) or 0)
    if not limit:
        return count, ()
    columns = (Action.id, Action.title, Action.plan_id, ImplementationPlan.title)
    rows = session.execute(
        select(*columns, Action.due_date, Action.status)
        .join(ImplementationPlan, ImplementationPlan.id == Action.plan_id)
        .where(*where)
        .order_by(*order)
        .limit(limit)
    ).all()
    leads: dict[int, list[str]] = defaultdict(list)
    for action_id, name in session.execute(
        select(Assignment.action_id, Agency.name)
        .join(Agency, Agency.id == Assignment.agency_id)
        .where(Assignment.action_id.in_([row[0] for row in rows]), *_lead_role)
        .order_by(Agency.name)
    ):
        if action_id is not None:
            leads[action_id].append(str(name))
    return count, tuple(
        ActionItem(
            *row[:5],
            ActionStatus(row[5]),
            ", ".join(leads[row[0]]),
            days_overdue(row[4], today) if row[4] and today else 0,
        )
        for row in rows
    )


def due_deadlines(
    session: Session, today: date, horizon_days: int = UPCOMING_DAYS
) -> tuple[DueDeadline, ...]:
    """Reporting deadlines not submitted that are overdue on ``today`` or due
    within ``horizon_days``, by due date."""
    deadline = ReportingDeadline
    rows = session.execute(
        select(deadline.id, Mechanism.code, deadline.report_kind, deadline.title)
        .add_columns(deadline.due_date, deadline.submitted_on)
        .join(Mechanism, Mechanism.id == ReportingDeadline.mechanism_id)
        .where(
            ReportingDeadline.submitted_on.is_(None),
            ReportingDeadline.due_date <= upcoming_until(today, horizon_days),
        )
        .order_by(ReportingDeadline.due_date, ReportingDeadline.id)
    ).all()
    link = deadline_recommendation.c
    covered: dict[int, int] = dict(
        session.execute(
            select(link.deadline_id, func.count())
            .where(link.deadline_id.in_([row[0] for row in rows]))
            .group_by(link.deadline_id)
        ).all()
    )
    return tuple(
        DueDeadline(
            i,
            code,
            ReportKind(kind),
            title or "",
            due,
            deadline_state(due, submitted, today, horizon_days),
            covered.get(i, 0),
        )
        for i, code, kind, title, due, submitted in rows
    )
