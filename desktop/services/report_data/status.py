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
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.vocab import ImplementationStatus, Position
from desktop.reports.data import (
    OverdueActionLine,
    StatusCounts,
    StatusGrouping,
    StatusRecommendationLine,
    StatusReportData,
    StatusSection,
)
from desktop.services.reference_names import mechanism_name, sdg_goal_title
from desktop.services.register import filter_conditions
from desktop.services.report_data.header import report_header
from desktop.services.report_data.status_links import (
    ScopeLinks,
    action_leads,
    names_by_id,
    read_links,
)
from desktop.services.report_request import ReportRequest
from desktop.store.models import (
    REGISTER_ORDER,
    Agency,
    ImplementationPlan,
    Mechanism,
    Recommendation,
    SdgGoal,
    SourceDocument,
    Theme,
)

_STATUSES = tuple(ImplementationStatus)


def zero_counts() -> dict[ImplementationStatus, int]:
    """Every status with 0: the report's tables show every column."""
    return dict.fromkeys(_STATUSES, 0)


@dataclass(slots=True)
class _Rec:
    id: int
    reference: str
    mechanism_id: int
    source: str
    position: Position
    status: ImplementationStatus
    text: str


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
        links = read_links(session, ids, agencies, today)
        language = request.options.language
        mechanisms = {
            i: (code, mechanism_name(code, language, name))
            for i, code, name in session.execute(
                select(Mechanism.id, Mechanism.code, Mechanism.name).order_by(
                    Mechanism.sort_order, Mechanism.code
                )
            )
        }
        themes = names_by_id(
            session, Theme.id, Theme.name, {t for ts in links.themes.values() for t in ts}
        )
        goals = {
            i: (number, sdg_goal_title(number, language, title))
            for i, number, title in session.execute(
                select(SdgGoal.id, SdgGoal.number, SdgGoal.title).order_by(SdgGoal.number)
            )
        }
        plans = dict(session.execute(select(ImplementationPlan.id, ImplementationPlan.title)).all())
        leads_of_actions = action_leads(
            session, sorted({a for os in links.overdue.values() for a in os})
        )
    lead_names = {i: name for i, (name, _) in agencies.items()}
    lines = {
        rec.id: _line(rec, mechanisms, links, lead_names, plans, leads_of_actions) for rec in recs
    }
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
    rows = session.connection().execute(
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
        .order_by(*REGISTER_ORDER)
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


def _line(
    rec: _Rec,
    mechanisms: Mapping[int, tuple[str, str]],
    links: ScopeLinks,
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
                counts = counted.get(key)
                if counts is None:
                    counts = counted[key] = zero_counts()
                counts[rec.status] += 1
    rows = [StatusCounts(labels[key], counted[key]) for key in labels if key in counted]
    if by_total:
        rows.sort(key=lambda row: (-row.total, row.label.casefold()))
    return tuple(rows)


def _sections(
    grouping: StatusGrouping,
    recs: Sequence[_Rec],
    lines: Mapping[int, StatusRecommendationLine],
    links: ScopeLinks,
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
