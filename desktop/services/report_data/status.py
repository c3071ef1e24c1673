"""The consolidated status report: where implementation stands over a scope
of the register (its filter), with breakdowns by mechanism, theme, SDG goal
and lead agency, and every recommendation of the scope in sections by
mechanism or by theme, with its lead agencies, its latest progress and its
overdue actions.

Everything is read in one session with a fixed number of queries per chunk of
IN_LIMIT recommendations (never one per recommendation); counts and groups are
made here from those rows, so the breakdowns cover exactly the scope."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.schedule import action_is_overdue
from desktop.domain.vocab import ActionStatus, AgencyRole, ImplementationStatus, Position
from desktop.reports.data import (
    OverdueActionLine,
    ProgressNote,
    StatusCounts,
    StatusGrouping,
    StatusRecommendationLine,
    StatusReportData,
    StatusSection,
)
from desktop.services.register import filter_conditions
from desktop.services.report_data.common import chunks
from desktop.services.report_data.header import report_header
from desktop.services.reporting import ReportRequest
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    ImplementationPlan,
    Mechanism,
    ProgressUpdate,
    Recommendation,
    SdgGoal,
    SdgTarget,
    SourceDocument,
    Theme,
    action_recommendation,
    recommendation_sdg_goal,
    recommendation_sdg_target,
    recommendation_theme,
)


def zero_counts() -> dict[ImplementationStatus, int]:
    """Every status with 0: the report's tables show every column."""
    return dict.fromkeys(ImplementationStatus, 0)


@dataclass(slots=True)
class _Rec:
    id: int
    reference: str
    mechanism_id: int
    source: str
    position: Position
    status: ImplementationStatus
    text: str


@dataclass
class _Links:
    """What the scope's recommendations are linked to, by recommendation id."""

    themes: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    goals: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    leads: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    progress: dict[int, tuple[tuple[date, int, int], ProgressNote]] = field(default_factory=dict)
    """rec id -> (sort key, note) of its latest update (its own or an action's)."""
    actions: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    overdue: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    action_rows: dict[int, tuple[str, int, date | None, ActionStatus]] = field(default_factory=dict)
    """action id -> (title, plan id, due date, status)."""


def status_report_data(
    session_factory: sessionmaker[Session], request: ReportRequest, today: date
) -> StatusReportData:
    with session_factory() as session:
        recs = _scope(session, request)
        ids = [rec.id for rec in recs]
        agencies = {
            i: (name, archived)
            for i, name, archived in session.execute(
                select(Agency.id, Agency.name, Agency.archived)
            )
        }
        links = _links(session, ids, agencies, today)
        mechanisms = {
            i: (code, name)
            for i, code, name in session.execute(
                select(Mechanism.id, Mechanism.code, Mechanism.name).order_by(
                    Mechanism.sort_order, Mechanism.code
                )
            )
        }
        themes = _names(
            session, Theme.id, Theme.name, {t for ts in links.themes.values() for t in ts}
        )
        goals = {
            i: (number, title)
            for i, number, title in session.execute(
                select(SdgGoal.id, SdgGoal.number, SdgGoal.title).order_by(SdgGoal.number)
            )
        }
        plans = dict(session.execute(select(ImplementationPlan.id, ImplementationPlan.title)).all())
        action_leads = _action_leads(
            session, sorted({a for os in links.overdue.values() for a in os})
        )
    lead_names = {i: name for i, (name, _) in agencies.items()}
    lines = {rec.id: _line(rec, mechanisms, links, lead_names, plans, action_leads) for rec in recs}
    by_status = zero_counts()
    for rec in recs:
        by_status[rec.status] += 1
    live_agencies = {i: name for i, (name, archived) in agencies.items() if not archived}
    return StatusReportData(
        header=report_header(session_factory, request, today),
        grouping=request.grouping,
        total=len(recs),
        by_status=by_status,
        by_mechanism=_breakdown(
            recs,
            lambda rec: (rec.mechanism_id,),
            {i: code for i, (code, _) in mechanisms.items()},
            by_total=False,
        ),
        by_theme=_breakdown(recs, lambda rec: links.themes.get(rec.id, ()), themes),
        by_sdg_goal=_breakdown(
            recs,
            lambda rec: links.goals.get(rec.id, ()),
            {i: f"{number} {title}" for i, (number, title) in goals.items()},
            by_total=False,
        ),
        by_agency=_breakdown(recs, lambda rec: links.leads.get(rec.id, ()), live_agencies),
        overdue_action_count=len({a for found in links.overdue.values() for a in found}),
        sections=_sections(request.grouping, recs, lines, links, mechanisms, themes),
    )


def _scope(session: Session, request: ReportRequest) -> list[_Rec]:
    """The scope's recommendations in register order (document, then order in it)."""
    dialect = session.get_bind().dialect.name
    rows = session.execute(
        select(
            Recommendation.id,
            Recommendation.reference,
            Recommendation.mechanism_id,
            SourceDocument.symbol,
            Recommendation.response,
            Recommendation.status,
            Recommendation.text,
        )
        .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
        .where(*filter_conditions(request.register_filter, dialect))
        .order_by(Recommendation.source_id, Recommendation.sort_key, Recommendation.id)
    )
    return [
        _Rec(
            i,
            reference,
            mechanism_id,
            symbol or "",
            Position(position),
            ImplementationStatus(s),
            text,
        )
        for i, reference, mechanism_id, symbol, position, s, text in rows
    ]


def _names(session: Session, key: Any, label: Any, ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in chunks(sorted(ids)):
        found.update(
            {i: str(name) for i, name in session.execute(select(key, label).where(key.in_(chunk)))}
        )
    return found


def _links(
    session: Session, ids: Sequence[int], agencies: Mapping[int, tuple[str, bool]], today: date
) -> _Links:
    links = _Links()
    theme, target, goal = (
        recommendation_theme.c,
        recommendation_sdg_target.c,
        recommendation_sdg_goal.c,
    )
    act = action_recommendation.c
    for chunk in chunks(ids):
        for rec_id, theme_id in session.execute(
            select(theme.recommendation_id, theme.theme_id).where(
                theme.recommendation_id.in_(chunk)
            )
        ):
            links.themes[rec_id].append(theme_id)
        # A goal counts once, whether linked itself or through its targets.
        for rec_id, goal_id in session.execute(
            select(target.recommendation_id, SdgTarget.goal_id)
            .join(SdgTarget, SdgTarget.id == target.sdg_target_id)
            .where(target.recommendation_id.in_(chunk))
        ):
            links.goals[rec_id].add(goal_id)
        for rec_id, goal_id in session.execute(
            select(goal.recommendation_id, goal.sdg_goal_id).where(
                goal.recommendation_id.in_(chunk)
            )
        ):
            links.goals[rec_id].add(goal_id)
        leads: Any = session.execute(
            select(Assignment.recommendation_id, Assignment.agency_id).where(
                Assignment.recommendation_id.in_(chunk), Assignment.role == AgencyRole.LEAD
            )
        )
        for rec_id, agency_id in leads:
            links.leads[rec_id].append(agency_id)
        own: Any = session.execute(
            select(
                ProgressUpdate.recommendation_id,
                ProgressUpdate.id,
                ProgressUpdate.reported_on,
                ProgressUpdate.new_status,
                ProgressUpdate.narrative,
                ProgressUpdate.agency_id,
                ProgressUpdate.reporter,
            ).where(ProgressUpdate.recommendation_id.in_(chunk))
        )
        for row in own:
            # Its own update comes before an action's of the same day.
            _keep_latest(links.progress, row[0], (row[2], 1, row[1]), _note(row[2:], agencies))
        for rec_id, action_id, title, plan_id, due, status in session.execute(
            select(act.recommendation_id, Action.id, Action.title, Action.plan_id)
            .add_columns(Action.due_date, Action.status)
            .join(Action, Action.id == act.action_id)
            .where(act.recommendation_id.in_(chunk))
        ):
            status = ActionStatus(status)
            links.actions[rec_id].append(action_id)
            links.action_rows[action_id] = (title, plan_id, due, status)
            if action_is_overdue(due, status, today):
                links.overdue[rec_id].append(action_id)
    _action_progress(session, links, agencies)
    return links


def _note(row: Sequence[Any], agencies: Mapping[int, tuple[str, bool]]) -> ProgressNote:
    on, status, narrative, agency_id, reporter = row
    return ProgressNote(
        on=on,
        narrative=narrative or "",
        status=status or "",
        agency=agencies[agency_id][0] if agency_id in agencies else "",
        reported_by=reporter or "",
    )


def _keep_latest(
    found: dict[int, tuple[tuple[date, int, int], ProgressNote]],
    rec_id: int,
    key: tuple[date, int, int],
    note: ProgressNote,
) -> None:
    kept = found.get(rec_id)
    if kept is None or key > kept[0]:
        found[rec_id] = (key, note)


def _action_progress(
    session: Session, links: _Links, agencies: Mapping[int, tuple[str, bool]]
) -> None:
    """The latest update of each action serving the scope, offered to each
    recommendation it addresses as that recommendation's latest progress."""
    latest: dict[int, tuple[tuple[date, int, int], ProgressNote]] = {}
    for chunk in chunks(sorted(links.action_rows)):
        updates: Any = session.execute(
            select(
                ProgressUpdate.action_id,
                ProgressUpdate.id,
                ProgressUpdate.reported_on,
                ProgressUpdate.new_status,
                ProgressUpdate.narrative,
                ProgressUpdate.agency_id,
                ProgressUpdate.reporter,
            ).where(ProgressUpdate.action_id.in_(chunk))
        )
        for row in updates:
            _keep_latest(latest, row[0], (row[2], 0, row[1]), _note(row[2:], agencies))
    for rec_id, action_ids in links.actions.items():
        for action_id in action_ids:
            if action_id in latest:
                key, note = latest[action_id]
                _keep_latest(links.progress, rec_id, key, note)


def _action_leads(session: Session, action_ids: Sequence[int]) -> dict[int, list[str]]:
    leads: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(action_ids):
        rows: Any = session.execute(
            select(Assignment.action_id, Agency.name)
            .join(Agency, Agency.id == Assignment.agency_id)
            .where(Assignment.action_id.in_(chunk), Assignment.role == AgencyRole.LEAD)
            .order_by(Agency.name)
        )
        for action_id, name in rows:
            leads[action_id].append(name)
    return leads


def _line(
    rec: _Rec,
    mechanisms: Mapping[int, tuple[str, str]],
    links: _Links,
    agency_names: Mapping[int, str],
    plans: Mapping[int, str],
    action_leads: Mapping[int, list[str]],
) -> StatusRecommendationLine:
    overdue = []
    for action_id in links.overdue.get(rec.id, ()):
        title, plan_id, due, _ = links.action_rows[action_id]
        assert due is not None  # an overdue action has a due date
        overdue.append(
            OverdueActionLine(
                title=title,
                due_date=due,
                lead=tuple(action_leads.get(action_id, ())),
                plan=plans.get(plan_id, ""),
            )
        )
    overdue.sort(key=lambda a: (a.due_date, a.title.casefold()))
    progress = links.progress.get(rec.id)
    return StatusRecommendationLine(
        reference=rec.reference,
        mechanism=mechanisms[rec.mechanism_id][0],
        source=rec.source,
        position=rec.position,
        status=rec.status,
        text=rec.text,
        lead=tuple(
            sorted((agency_names.get(a, "") for a in links.leads.get(rec.id, ())), key=str.casefold)
        ),
        latest_progress=progress[1] if progress else None,
        overdue_actions=tuple(overdue),
    )


def _breakdown(
    recs: Iterable[_Rec],
    keys_of: Any,
    labels: Mapping[int, str],
    *,
    by_total: bool = True,
) -> tuple[StatusCounts, ...]:
    """Recommendations counted by status under each of their keys that has a
    label, in the labels' order (or by total, then label)."""
    counted: dict[int, dict[ImplementationStatus, int]] = {}
    for rec in recs:
        for key in keys_of(rec):
            if key in labels:
                counted.setdefault(key, zero_counts())[rec.status] += 1
    rows = [StatusCounts(labels[key], counted[key]) for key in labels if key in counted]
    if by_total:
        rows.sort(key=lambda row: (-row.total, row.label.casefold()))
    return tuple(rows)


def _sections(
    grouping: StatusGrouping,
    recs: Sequence[_Rec],
    lines: Mapping[int, StatusRecommendationLine],
    links: _Links,
    mechanisms: Mapping[int, tuple[str, str]],
    themes: Mapping[int, str],
) -> tuple[StatusSection, ...]:
    members: dict[int | None, list[_Rec]] = defaultdict(list)
    titles: dict[int | None, str] = {}
    order: list[int | None] = []
    if grouping == StatusGrouping.THEME:
        for rec in recs:
            known: list[int | None] = [t for t in links.themes.get(rec.id, ()) if t in themes]
            for theme_id in known or [None]:
                members[theme_id].append(rec)
        named = sorted((t for t in themes if t in members), key=lambda t: (themes[t].casefold(), t))
        for theme_id in named:
            titles[theme_id] = themes[theme_id]
            order.append(theme_id)
    else:
        for rec in recs:
            members[rec.mechanism_id].append(rec)
        for mechanism_id, (code, name) in mechanisms.items():
            if mechanism_id in members:
                titles[mechanism_id] = _mechanism_title(code, name)
                order.append(mechanism_id)
    titles[None] = ""
    if None in members:
        order.append(None)
    sections = []
    for key in order:
        counts = zero_counts()
        for rec in members[key]:
            counts[rec.status] += 1
        sections.append(
            StatusSection(
                title=titles[key],
                counts=counts,
                recommendations=tuple(lines[rec.id] for rec in members[key]),
            )
        )
    return tuple(sections)


def _mechanism_title(code: str, name: str) -> str:
    return f"{code} — {name}" if name and name != code else code
