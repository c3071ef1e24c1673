"""The data of the PDF reports, read through the services on both engines from
the demonstration country: counts that agree with the register for the same
filter, the scope restricting every breakdown, sections by theme, the overdue
boundary, unknown plans and agencies, and the emblem's validation."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import event, func, select

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.schedule import OPEN_ACTION_STATUSES, action_is_overdue
from desktop.domain.vocab import ActionStatus, AgencyRole, ImplementationStatus, ReportKind
from desktop.reports.data import (
    AgencyBriefData,
    PlanReportData,
    RegisterListData,
    ReportOptions,
    Scope,
    ScopeKind,
    StatusGrouping,
    StatusReportData,
)
from desktop.services.dashboard import BreakdownKind, load_dashboard
from desktop.services.database import Database, open_database
from desktop.services.register import (
    RegisterFilter,
    Sort,
    register_count,
    register_ids,
    register_rows,
)
from desktop.services.report_data import (
    find_agency_id,
    find_plan_id,
    mechanism_scope,
    report_data,
)
from desktop.services.reporting import ReportRequest, ReportType
from desktop.services.settings import (
    OrganisationSettings,
    load_emblem,
    save_emblem,
    save_settings,
)
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    ImplementationPlan,
    Indicator,
    Mechanism,
    ProgressUpdate,
    Recommendation,
    ReportingDeadline,
    Theme,
    action_recommendation,
    recommendation_theme,
)
from tests.unit.planning_data import make_register

TODAY = date(2026, 11, 24)  # the demo's "as of"
PLAN = "National Recommendations Implementation Plan 2022–2026"
ALL = RegisterFilter()


def status(
    db: Database,
    filt: RegisterFilter = ALL,
    *,
    grouping: StatusGrouping = StatusGrouping.MECHANISM,
    today: date = TODAY,
) -> StatusReportData:
    request = ReportRequest(ReportType.STATUS, register_filter=filt, grouping=grouping)
    data = report_data(db.session_factory, request, today)
    assert isinstance(data, StatusReportData)
    return data


def brief(db: Database, agency_id: int, today: date = TODAY) -> AgencyBriefData:
    data = report_data(
        db.session_factory, ReportRequest(ReportType.AGENCY, agency_id=agency_id), today
    )
    assert isinstance(data, AgencyBriefData)
    return data


def plan_report(db: Database, today: date = TODAY) -> PlanReportData:
    plan_id = find_plan_id(db.session_factory, PLAN)
    data = report_data(db.session_factory, ReportRequest(ReportType.PLAN, plan_id=plan_id), today)
    assert isinstance(data, PlanReportData)
    return data


SCOPES = [
    RegisterFilter(),
    RegisterFilter(mechanisms=("CEDAW",)),
    RegisterFilter(statuses=(ImplementationStatus.IN_PROGRESS,), cycles=(3,)),
    RegisterFilter(text="women"),
]


# --- the status report ----------------------------------------------------------------


@pytest.mark.parametrize("filt", SCOPES, ids=["all", "cedaw", "in-progress-cycle-3", "search"])
def test_status_counts_agree_with_the_register(demo: Database, filt: RegisterFilter) -> None:
    factory = demo.session_factory
    data = status(demo, filt)
    assert data.total == register_count(factory, filt) > 0
    for code, count in data.by_status.items():
        if filt.statuses and code not in filt.statuses:
            assert count == 0
        else:
            assert count == register_count(factory, replace(filt, statuses=(code,))), code
    assert sum(len(s.recommendations) for s in data.sections) == data.total
    for row in data.by_mechanism:
        assert row.total == register_count(factory, replace(filt, mechanisms=(row.label,)))
    with factory() as session:
        themes = dict(session.execute(select(Theme.name, Theme.id)).all())
        agencies = dict(session.execute(select(Agency.name, Agency.id)).all())
    for row in data.by_theme:
        assert row.total == register_count(factory, replace(filt, theme_ids=(themes[row.label],)))
    for row in data.by_sdg_goal:
        number = int(row.label.split()[0])
        assert row.total == register_count(factory, replace(filt, sdg_goals=(number,)))
    lead = AgencyRole.LEAD
    for row in data.by_agency:
        by_agency = replace(filt, agency_id=agencies[row.label], agency_role=lead)
        assert row.total == register_count(factory, by_agency)


def test_status_of_everything_matches_the_dashboard(demo: Database) -> None:
    data = status(demo)
    board = load_dashboard(demo.session_factory, TODAY)
    assert {str(k): v for k, v in data.by_status.items()} == dict(board.by_status)
    for kind, ours in (
        (BreakdownKind.MECHANISM, data.by_mechanism),
        (BreakdownKind.THEME, data.by_theme),
        (BreakdownKind.SDG_GOAL, data.by_sdg_goal),
        (BreakdownKind.AGENCY, data.by_agency),
    ):
        theirs = {row.label: row.total for row in board.breakdowns[kind]}
        assert {row.label: row.total for row in ours} == theirs, kind


def test_the_scope_restricts_every_breakdown(demo: Database) -> None:
    everything = status(demo)
    cedaw = status(demo, RegisterFilter(mechanisms=("CEDAW",)))
    assert [row.label for row in cedaw.by_mechanism] == ["CEDAW"]
    assert [s.title.split(" ")[0] for s in cedaw.sections] == ["CEDAW"]
    assert 0 < cedaw.total < everything.total
    for part, whole in (
        (cedaw.by_theme, everything.by_theme),
        (cedaw.by_agency, everything.by_agency),
        (cedaw.by_sdg_goal, everything.by_sdg_goal),
    ):
        totals = {row.label: row.total for row in whole}
        assert part and sum(r.total for r in part) < sum(totals.values())
        assert all(row.total <= totals[row.label] for row in part)
    assert all(r.mechanism == "CEDAW" for s in cedaw.sections for r in s.recommendations)


def test_an_empty_scope_gives_no_sections(demo: Database) -> None:
    data = status(demo, RegisterFilter(text="qqqzzzxnothing"))
    assert data.total == 0 and data.sections == () and data.overdue_action_count == 0
    assert set(data.by_status.values()) == {0} and set(data.by_status) == set(ImplementationStatus)
    assert data.by_mechanism == data.by_theme == data.by_sdg_goal == data.by_agency == ()
    listing = report_data(
        demo.session_factory,
        ReportRequest(ReportType.LIST, register_filter=RegisterFilter(text="qqqzzzxnothing")),
        TODAY,
    )
    assert isinstance(listing, RegisterListData) and listing.rows == () and listing.total == 0


def test_sections_by_theme(demo: Database) -> None:
    with demo.session_factory() as session:
        link = recommendation_theme.c
        rec_id = session.scalar(
            select(link.recommendation_id)
            .group_by(link.recommendation_id)
            .having(func.count() >= 2)
            .order_by(link.recommendation_id)
        )
        rec = session.get(Recommendation, rec_id)
        assert rec is not None
        reference, text = rec.reference, rec.text
        names = {t.name for t in rec.themes}
    data = status(demo, grouping=StatusGrouping.THEME)
    holding = {
        s.title
        for s in data.sections
        if any(r.reference == reference and r.text == text for r in s.recommendations)
    }
    assert holding == names and len(names) >= 2
    titles = [s.title for s in data.sections if s.title]
    assert titles == sorted(titles, key=str.casefold)
    for section in data.sections:
        assert sum(section.counts.values()) == len(section.recommendations)


def _open_action_due(db: Database) -> tuple[int, date, str]:
    """An unfinished action addressing a recommendation: its recommendation, due date, title."""
    with db.session_factory() as session:
        row = session.execute(
            select(action_recommendation.c.recommendation_id, Action.due_date, Action.title)
            .join(Action, Action.id == action_recommendation.c.action_id)
            .where(Action.status.in_(sorted(OPEN_ACTION_STATUSES)), Action.due_date.is_not(None))
            .order_by(Action.due_date.desc(), Action.id)
        ).first()
    assert row is not None
    return row[0], row[1], row[2]


def test_an_action_due_today_is_not_yet_overdue(demo: Database) -> None:
    rec_id, due, title = _open_action_due(demo)
    only = RegisterFilter(recommendation_ids=(rec_id,))
    on_the_day = status(demo, only, today=due).sections[0].recommendations[0]
    day_after = status(demo, only, today=due + timedelta(days=1)).sections[0].recommendations[0]
    assert title not in [a.title for a in on_the_day.overdue_actions]
    late = [a for a in day_after.overdue_actions if a.title == title]
    assert late and late[0].due_date == due and late[0].plan == PLAN and late[0].lead
    assert (
        plan_report(demo, due).overdue_count
        < plan_report(demo, due + timedelta(days=1)).overdue_count
    )


def test_latest_progress_and_leads(demo: Database) -> None:
    data = status(demo)
    lines = [r for s in data.sections for r in s.recommendations]
    noted = [r for r in lines if r.latest_progress is not None]
    assert noted and all(r.latest_progress and r.latest_progress.narrative for r in noted)
    assert any(
        r.latest_progress and r.latest_progress.narrative == "Assessed at the annual review."
        for r in noted
    )
    assert sum(1 for r in lines if r.lead) == register_count(
        demo.session_factory, RegisterFilter()
    ) - register_count(demo.session_factory, RegisterFilter(without_lead_agency=True))


def test_status_report_reads_by_chunks_not_per_recommendation(demo: Database) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(demo.engine, "before_cursor_execute", count)
    try:
        data = status(demo)
    finally:
        event.remove(demo.engine, "before_cursor_execute", count)
    assert data.total > 400
    assert len(statements) < 30, statements


# --- the plan report ---------------------------------------------------------------------


def test_plan_report(demo: Database) -> None:
    data = plan_report(demo)
    assert data.header.scope == Scope(ScopeKind.PLAN, PLAN)
    assert data.title == PLAN and data.decision_reference == "Cabinet Decision No. 14/2022"
    with demo.session_factory() as session:
        actions = list(session.scalars(select(Action).order_by(Action.sort_order)))
        indicators = session.scalar(select(func.count()).select_from(Indicator))
        first = actions[0]
        first_refs = sorted(r.reference for r in first.recommendations)
        first_latest = [
            max(i.measurements, key=lambda m: m.measured_on).value for i in first.indicators
        ]
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for a in actions:
            totals[a.currency or "?"] += a.estimated_cost or Decimal(0)
        overdue = sum(action_is_overdue(a.due_date, a.status, TODAY) for a in actions)
    assert data.action_count == len(actions) and data.overdue_count == overdue > 0
    assert data.cost_totals == dict(totals)
    # An action shows under each cluster it serves: count each once.
    lines = {(a.title, a.due_date): a for c in data.clusters for a in c.actions}
    assert len(lines) == len(actions)
    assert sum(len(a.indicators) for a in lines.values()) == indicators
    line = lines[(first.title, first.due_date)]
    assert sorted(line.recommendation_references) == first_refs
    assert line.funding_source == first.funding_source and line.lead and line.supporting
    assert [i.latest for i in line.indicators] == first_latest
    assert all(i.action == first.title for i in line.indicators)
    usd = [c for c in data.cost_by_agency if c.currency == "USD"]
    assert sum(c.total for c in usd) >= data.cost_totals["USD"]
    recs = [r for c in data.clusters for r in c.recommendations]
    assert recs and all(r.mechanism and r.text and r.source for r in recs)


def test_unknown_plan_and_agency(demo: Database) -> None:
    factory = demo.session_factory
    for request in (
        ReportRequest(ReportType.PLAN, plan_id=987654),
        ReportRequest(ReportType.AGENCY, agency_id=987654),
        ReportRequest(ReportType.PLAN),
    ):
        with pytest.raises(NotFoundError):
            report_data(factory, request, TODAY)
    with pytest.raises(NotFoundError, match="Implementation Plan 2022"):
        find_plan_id(factory, "The plan nobody made")
    with pytest.raises(NotFoundError, match="Ministry of Justice"):
        find_agency_id(factory, "Ministry of Magic")
    with demo.session_factory() as session:
        moj = session.scalars(select(Agency).where(Agency.acronym == "MOJ")).one().id
        plan = session.scalars(select(ImplementationPlan)).one().id
    assert find_agency_id(factory, "Ministry of Justice") == moj
    assert find_agency_id(factory, "moj") == moj == find_agency_id(factory, "MINISTRY OF JUSTICE")
    assert find_plan_id(factory, PLAN.upper()) == plan
    assert mechanism_scope(factory, "cedaw") == (
        RegisterFilter(mechanisms=("CEDAW",)),
        Scope(ScopeKind.MECHANISM, "CEDAW"),
    )
    with pytest.raises(NotFoundError):
        mechanism_scope(factory, "XYZ")


# --- the agency brief ----------------------------------------------------------------------


def test_agency_brief(demo: Database) -> None:
    factory = demo.session_factory
    moj = find_agency_id(factory, "MOJ")
    data = brief(demo, moj)
    assert data.agency == "Ministry of Justice" and data.acronym == "MOJ" and data.focal_points
    assert data.header.scope == Scope(ScopeKind.AGENCY, "Ministry of Justice")
    assert len(data.assignments) == register_count(factory, RegisterFilter(agency_id=moj))
    roles = [a.role for a in data.assignments]
    assert roles == sorted(roles, key=lambda r: r != AgencyRole.LEAD)
    with factory() as session:
        actions = session.scalar(
            select(func.count()).where(
                Assignment.agency_id == moj, Assignment.action_id.is_not(None)
            )
        )
    assert len(data.actions) == actions
    assert all(not (a.overdue and a.due_soon) for a in data.actions)
    assert data.deadlines and all(d.recommendations > 0 for d in data.deadlines)
    assert "Voluntary mid-term report, third cycle" not in [d.title for d in data.deadlines]

    nso = find_agency_id(factory, "NSO")
    stats = brief(demo, nso)
    with factory() as session:
        measured = int(
            session.scalar(
                select(func.count()).select_from(Indicator).where(Indicator.data_agency_id == nso)
            )
            or 0
        )
    assert len(stats.indicators) == measured > 0 and all(i.action for i in stats.indicators)


def test_brief_due_soon_boundary(demo: Database) -> None:
    _, due, title = _open_action_due(demo)
    with demo.session_factory() as session:
        agency_id = session.scalar(
            select(Assignment.agency_id)
            .join(Action, Action.id == Assignment.action_id)
            .where(Action.title == title, Action.due_date == due)
        )
    assert agency_id is not None

    def line(today: date) -> tuple[bool, bool]:
        found = [
            a
            for a in brief(demo, agency_id, today).actions
            if a.title == title and a.due_date == due
        ]
        return found[0].overdue, found[0].due_soon

    assert line(due) == (False, True)
    assert line(due - timedelta(days=90)) == (False, True)
    assert line(due - timedelta(days=91)) == (False, False)
    assert line(due + timedelta(days=1)) == (True, False)


# --- the register list ---------------------------------------------------------------------


def test_register_list_follows_the_register(demo: Database) -> None:
    factory = demo.session_factory
    filt, sort = RegisterFilter(mechanisms=("UPR",)), Sort("status", descending=True)
    data = report_data(
        factory, ReportRequest(ReportType.LIST, register_filter=filt, sort=sort), TODAY
    )
    assert isinstance(data, RegisterListData)
    ids = register_ids(factory, filt, sort)
    expected = register_rows(factory, ids)
    assert data.total == len(ids) == len(data.rows) > 0
    assert [(r.reference, r.status, r.agencies) for r in data.rows] == [
        (r.reference, r.status, r.agencies) for r in expected
    ]


# --- the header and the emblem --------------------------------------------------------------


@pytest.fixture
def empty(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    yield db
    db.dispose()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 80, 160)).save(out, format="PNG")
    return out.getvalue()


def test_emblem_validation_and_round_trip(empty: Database) -> None:
    factory = empty.session_factory
    assert load_emblem(factory) is None
    for bad in (b"Not an image at all\n", b"", _png()[:60], b"\xff\xd8\xff" + b"\0" * 100):
        with pytest.raises(ValidationError) as caught:
            save_emblem(factory, bad)
        assert caught.value.where == "emblem"
    with pytest.raises(ValidationError, match="2 MB"):
        save_emblem(factory, _png() + b"\0" * (2 * 1024 * 1024))
    png = _png()
    save_emblem(factory, png)
    assert load_emblem(factory) == png
    save_settings(factory, OrganisationSettings("Office of the NMRF", "fr"))
    options = ReportOptions(language="fr", marking="RESTRICTED", draft=True)
    request = ReportRequest(ReportType.LIST, options=options, title="  Register  ")
    header = report_data(factory, request, TODAY).header
    assert (header.organisation, header.author, header.emblem) == ("Office of the NMRF",) * 2 + (
        png,
    )
    assert header.options == options and header.title == "Register" and header.generated_on == TODAY
    save_emblem(factory, None)
    assert load_emblem(factory) is None
    data = report_data(factory, ReportRequest(ReportType.STATUS), TODAY)
    assert isinstance(data, StatusReportData) and data.total == 0 and data.sections == ()


# --- a small hand-made register: every figure counted by hand ----------------------------


def test_a_small_register_by_hand(empty: Database) -> None:
    factory = empty.session_factory
    reg = make_register(factory)  # E1 E2 (education), W1 W2 (women), X1; MOJ leads W1
    with factory.begin() as session:
        recs = {ref: session.get(Recommendation, i) for ref, i in reg.recs.items()}
        e1, e2, w1, w2, x1 = (recs[r] for r in ("E1", "E2", "W1", "W2", "X1"))
        assert e1 and e2 and w1 and w2 and x1
        # The built-in theme: one vocabulary, so "Right to education" cannot be another one.
        education = session.scalars(
            select(Theme).where(Theme.name == "Right to education - general")
        ).one()
        gender = Theme(name="Gender equality")
        e1.themes, w1.themes = [education, gender], [gender]
        w2.archived = True
        plan = ImplementationPlan(title="Small plan")
        action = Action(
            plan=plan,
            title="Build schools",
            due_date=date(2025, 1, 1),
            status=ActionStatus.ONGOING,
            recommendations=[e1, w1],
        )
        upr = session.scalars(select(Mechanism).where(Mechanism.code == "UPR")).one()
        session.add_all([plan, action])
        session.flush()
        moj = reg.agencies["MOJ"]
        session.add_all(
            [
                Assignment(agency_id=moj, role=AgencyRole.SUPPORTING, recommendation_id=e2.id),
                Assignment(agency_id=moj, role=AgencyRole.SUPPORTING, recommendation_id=w2.id),
                Assignment(agency_id=moj, role=AgencyRole.LEAD, action_id=action.id),
                ProgressUpdate(
                    recommendation_id=e1.id, reported_on=date(2025, 3, 1), narrative="own"
                ),
                ProgressUpdate(
                    action_id=action.id, reported_on=date(2025, 3, 1), narrative="action, same day"
                ),
                ProgressUpdate(
                    action_id=action.id, reported_on=date(2025, 2, 1), narrative="earlier"
                ),
                ReportingDeadline(
                    mechanism=upr,
                    report_kind=ReportKind.UPR_MIDTERM,
                    title="Mid-term",
                    due_date=date(2025, 6, 1),
                    recommendations=[w1, w2, e2, x1],
                ),
                ReportingDeadline(
                    mechanism=upr,
                    report_kind=ReportKind.UPR_NATIONAL,
                    title="Submitted already",
                    due_date=date(2025, 1, 1),
                    submitted_on=date(2025, 1, 1),
                    recommendations=[w1],
                ),
            ]
        )
    today = date(2025, 6, 30)
    data = status(empty, grouping=StatusGrouping.THEME, today=today)
    sections = [(s.title, [r.reference for r in s.recommendations]) for s in data.sections]
    assert sections == [
        ("Gender equality", ["E1", "W1"]),
        ("Right to education - general", ["E1"]),
        ("", ["E2", "X1"]),
    ]
    assert data.total == 4 and data.overdue_action_count == 1
    assert [(row.label, row.total) for row in data.by_agency] == [("Ministry of Justice", 1)]
    lines = {r.reference: r for s in data.sections for r in s.recommendations}
    progress = {ref: line.latest_progress for ref, line in lines.items()}
    assert progress["E1"] and progress["E1"].narrative == "own"  # its own wins a tie
    assert progress["W1"] and progress["W1"].narrative == "action, same day"
    assert progress["E2"] is None and lines["W1"].lead == ("Ministry of Justice",)
    assert [(a.title, a.plan, a.lead) for a in lines["W1"].overdue_actions] == [
        ("Build schools", "Small plan", ("Ministry of Justice",))
    ]

    scoped = status(empty, RegisterFilter(cluster_ids=(reg.clusters["education"],)), today=today)
    assert [s.title.split(" ")[0] for s in scoped.sections] == ["UPR"]
    assert [r.reference for r in scoped.sections[0].recommendations] == ["E1", "E2"]
    assert scoped.by_agency == () and {r.label: r.total for r in scoped.by_theme} == {
        "Gender equality": 1,
        "Right to education - general": 1,
    }

    agency = brief(empty, reg.agencies["MOJ"], today)
    assert [(a.reference, a.role) for a in agency.assignments] == [
        ("W1", AgencyRole.LEAD),
        ("E2", AgencyRole.SUPPORTING),
    ]
    assert [(d.title, d.recommendations, d.overdue) for d in agency.deadlines] == [
        ("Mid-term", 2, True)
    ]
    assert [(a.title, a.plan, a.overdue, a.due_soon) for a in agency.actions] == [
        ("Build schools", "Small plan", True, False)
    ]
