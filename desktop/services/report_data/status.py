"""The consolidated status report: where implementation stands over a scope
of the register (its filter), with breakdowns by mechanism, theme, SDG goal
and lead agency, and every recommendation of the scope in sections by
mechanism or by theme, with its lead agencies, its latest progress and its
overdue actions.

Everything is read in one read transaction (ReportSnapshot). The figures,
breakdowns and sections' counts are counted by the database (GROUP BY over the
scope); the sections' lines are read only as the report is laid out, a chunk
at a time (status_lines), so that memory does not grow with the scope."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select, union
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.schedule import OPEN_ACTION_STATUSES
from desktop.domain.vocab import AgencyRole, ImplementationStatus
from desktop.reports.data import (
    ReportHeader,
    StatusCounts,
    StatusGrouping,
    StatusReportData,
    StatusSection,
)
from desktop.services.reference_names import mechanism_name, sdg_goal_title
from desktop.services.register_conditions import filter_conditions
from desktop.services.report_data.common import LazyLines, ReportSnapshot
from desktop.services.report_data.header import report_header
from desktop.services.report_data.status_lines import StatusLineReader
from desktop.services.report_request import ReportRequest
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    ImplementationPlan,
    Mechanism,
    Recommendation,
    SdgGoal,
    SdgTarget,
    Theme,
    action_recommendation,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
)

_STATUSES = tuple(ImplementationStatus)

Counted = dict[Any, dict[ImplementationStatus, int]]
"""Recommendations by status under each key (a mechanism, a theme…)."""


def zero_counts() -> dict[ImplementationStatus, int]:
    """Every status with 0: the report's tables show every column."""
    return dict.fromkeys(_STATUSES, 0)


def status_report_data(
    session_factory: sessionmaker[Session], request: ReportRequest, today: date
) -> StatusReportData:
    """The report's data. Its sections' lines are read from the database as
    they are iterated, in the read transaction the figures were counted in;
    ``release`` of the result ends it (letting go of the data does too)."""
    header = report_header(session_factory, request, today)
    snapshot = ReportSnapshot(session_factory)
    try:
        data = _read(snapshot, header, request, today)
    except BaseException:
        snapshot.close()
        raise
    if not data.sections:
        snapshot.close()
    return data


def _read(
    snapshot: ReportSnapshot, header: ReportHeader, request: ReportRequest, today: date
) -> StatusReportData:
    session = snapshot.session
    connection = session.connection()
    scope = filter_conditions(request.register_filter, session.get_bind().dialect.name)
    language = request.options.language
    agencies = {
        i: (name, bool(archived))
        for i, name, archived in connection.execute(
            select(Agency.id, Agency.name, Agency.archived).order_by(Agency.id)
        )
    }
    mechanisms = {
        i: (code, mechanism_name(code, language, name))
        for i, code, name in connection.execute(
            select(Mechanism.id, Mechanism.code, Mechanism.name).order_by(
                Mechanism.sort_order, Mechanism.code
            )
        )
    }
    themes = {
        i: str(name)
        for i, name in connection.execute(select(Theme.id, Theme.name).order_by(Theme.id))
    }
    goals = {
        i: f"{number} {sdg_goal_title(number, language, title)}"
        for i, number, title in connection.execute(
            select(SdgGoal.id, SdgGoal.number, SdgGoal.title).order_by(SdgGoal.number)
        )
    }
    plans = dict(connection.execute(select(ImplementationPlan.id, ImplementationPlan.title)).all())
    rec = Recommendation
    by_mechanism = _count(session, select(rec.mechanism_id, rec.status, func.count()).where(*scope))
    by_status = zero_counts()
    for counts in by_mechanism.values():
        for status, n in counts.items():
            by_status[status] += n
    theme = recommendation_theme.c
    by_theme = _count(
        session,
        select(theme.theme_id, rec.status, func.count())
        .join_from(recommendation_theme, rec, rec.id == theme.recommendation_id)
        .where(*scope),
    )
    leads = _count(
        session,
        select(Assignment.agency_id, rec.status, func.count())
        .join_from(Assignment, rec, rec.id == Assignment.recommendation_id)
        .where(*scope, Assignment.role == AgencyRole.LEAD),
    )
    live_agencies = {i: name for i, (name, archived) in agencies.items() if not archived}
    reader = StatusLineReader(
        session,
        scope,
        agencies=agencies,
        mechanism_codes={i: code for i, (code, _) in mechanisms.items()},
        plans=plans,
        today=today,
        snapshot=snapshot,
    )
    if request.grouping == StatusGrouping.THEME:
        sections = _theme_sections(session, reader, scope, themes, by_theme)
    else:
        sections = [
            _section(
                reader, _mechanism_title(*mechanisms[m]), by_mechanism[m], rec.mechanism_id == m
            )
            for m in mechanisms
            if m in by_mechanism
        ]
    return StatusReportData(
        header=header,
        grouping=request.grouping,
        total=sum(by_status.values()),
        by_status=by_status,
        by_mechanism=_breakdown(
            by_mechanism, {i: code for i, (code, _) in mechanisms.items()}, by_total=False
        ),
        by_theme=_breakdown(by_theme, themes),
        by_sdg_goal=_breakdown(_goal_counts(session, scope), goals, by_total=False),
        by_agency=_breakdown(leads, live_agencies),
        overdue_action_count=_overdue_actions(session, scope, today),
        sections=tuple(sections),
        release=snapshot.close,
    )


def _count(session: Session, statement: Select[Any, Any, Any]) -> Counted:
    """``statement`` (key, status, count) grouped by key and status, as counts by key."""
    key, status = statement.selected_columns[0], statement.selected_columns[1]
    counted: Counted = {}
    for found, code, n in session.connection().execute(statement.group_by(key, status)):
        counts = counted.get(found)
        if counts is None:
            counts = counted[found] = zero_counts()
        counts[ImplementationStatus(code)] += n
    return counted


def _goal_counts(session: Session, scope: list[ColumnElement[bool]]) -> Counted:
    """By SDG goal: a goal counts once, whether linked itself or through its targets."""
    in_scope = select(Recommendation.id).where(*scope)
    target, goal = recommendation_sdg_target.c, recommendation_sdg_goal.c
    pairs = union(
        select(target.recommendation_id.label("rec_id"), SdgTarget.goal_id.label("goal_id"))
        .join(SdgTarget, SdgTarget.id == target.sdg_target_id)
        .where(target.recommendation_id.in_(in_scope)),
        select(goal.recommendation_id, goal.sdg_goal_id).where(
            goal.recommendation_id.in_(in_scope)
        ),
    ).subquery()
    return _count(
        session,
        select(pairs.c.goal_id, Recommendation.status, func.count()).join_from(
            pairs, Recommendation, Recommendation.id == pairs.c.rec_id
        ),
    )


def _overdue_actions(session: Session, scope: list[ColumnElement[bool]], today: date) -> int:
    """The actions serving the scope that are overdue on ``today``
    (desktop.domain.schedule.action_is_overdue)."""
    act = action_recommendation.c
    found = session.connection().scalar(
        select(func.count(Action.id.distinct()))
        .join(action_recommendation, act.action_id == Action.id)
        .join(Recommendation, Recommendation.id == act.recommendation_id)
        .where(
            *scope,
            Action.due_date.is_not(None),
            Action.due_date < today,
            Action.status.in_(list(OPEN_ACTION_STATUSES)),
        )
    )
    return int(found or 0)


def _theme_sections(
    session: Session,
    reader: StatusLineReader,
    scope: list[ColumnElement[bool]],
    themes: Mapping[int, str],
    by_theme: Counted,
) -> list[StatusSection]:
    """A section per theme (by name), then the recommendations with no theme."""
    theme = recommendation_theme.c
    named = sorted((t for t in themes if t in by_theme), key=lambda t: (themes[t].casefold(), t))
    sections = [
        _section(
            reader,
            themes[t],
            by_theme[t],
            Recommendation.id.in_(select(theme.recommendation_id).where(theme.theme_id == t)),
        )
        for t in named
    ]
    no_theme = ~exists().where(theme.recommendation_id == Recommendation.id)
    rec = Recommendation
    unthemed = zero_counts()
    for code, n in session.connection().execute(
        select(rec.status, func.count()).where(*scope, no_theme).group_by(rec.status)
    ):
        unthemed[ImplementationStatus(code)] += n
    if any(unthemed.values()):
        sections.append(_section(reader, "", unthemed, no_theme))
    return sections


def _section(
    reader: StatusLineReader,
    title: str,
    counts: dict[ImplementationStatus, int],
    condition: ColumnElement[bool],
) -> StatusSection:
    return StatusSection(
        title=title,
        counts=dict(counts),
        recommendations=LazyLines(sum(counts.values()), partial(reader.lines, condition)),
    )


def _breakdown(
    counted: Counted, labels: Mapping[int, str], *, by_total: bool = True
) -> tuple[StatusCounts, ...]:
    """The counts under each key that has a label, in the labels' order (or by
    total, then label)."""
    rows = [StatusCounts(labels[key], dict(counted[key])) for key in labels if key in counted]
    if by_total:
        rows.sort(key=lambda row: (-row.total, row.label.casefold()))
    return tuple(rows)


def _mechanism_title(code: str, name: str) -> str:
    return f"{code} — {name}" if name and name != code else code
