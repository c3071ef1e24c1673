"""The dashboard service on both engines: exact counts over a small hand-made
register, SDG goals counted once, the overdue and deadline boundaries, and
every drill-down filter listing exactly the number it stands for."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.schedule import DeadlineState
from desktop.domain.vocab import (
    ActionStatus,
    AgencyRole,
    ImplementationStatus,
    IndicatorKind,
    ReportKind,
)
from desktop.services.dashboard import (
    BreakdownKind,
    BreakdownRow,
    Dashboard,
    load_breakdown,
    load_dashboard,
)
from desktop.services.database import Database, open_database
from desktop.services.register import RegisterFilter, register_count, register_ids
from desktop.services.stats import compute_stats
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
)

TODAY = date(2025, 6, 30)
S = ImplementationStatus


@dataclass
class Ids:
    recs: dict[str, int]
    actions: dict[str, int]
    deadlines: dict[str, int]
    themes: dict[str, int]
    agencies: dict[str, int]


def _build(db: Database) -> Ids:
    """Six recommendations (one archived), two agencies, seven actions, five deadlines."""
    with db.session_factory.begin() as session:
        mech = {m.code: m for m in session.scalars(select(Mechanism))}
        target = {t.code: t for t in session.scalars(select(SdgTarget))}
        goal = {g.number: g for g in session.scalars(select(SdgGoal))}
        theme_a, theme_b = Theme(name="Dashboard theme A"), Theme(name="Dashboard theme B")
        x, y = Agency(name="Agency X", acronym="AX"), Agency(name="Agency Y")

        def rec(ref: str, code: str, status: S, **links: object) -> Recommendation:
            r = Recommendation(mechanism=mech[code], reference=ref, text=f"text {ref}")
            r.status = status
            for name, value in links.items():
                setattr(r, name, value)
            return r

        four, five = [target["4.1"], target["4.2"]], [target["5.1"]]
        recs = {
            "r1": rec("1", "UPR", S.IN_PROGRESS, themes=[theme_a, theme_b], sdg_targets=four),
            "r2": rec("2", "UPR", S.NOT_STARTED, themes=[theme_a], sdg_goals=[goal[5]]),
            "r3": rec("3", "CEDAW", S.FULLY_IMPLEMENTED, themes=[theme_b], sdg_targets=five),
            "r4": rec("4", "CEDAW", S.IN_PROGRESS),
            "r5": rec("5", "UPR", S.IN_PROGRESS, archived=True, themes=[theme_a]),
            "r6": rec("6", "CRC", S.NOT_ASSESSED),
        }
        recs["r1"].sdg_goals = [goal[4]]  # and its targets 4.1, 4.2: goal 4 once
        recs["r5"].sdg_targets = [target["4.1"]]
        plan = ImplementationPlan(title="Dashboard plan")
        actions = {
            name: Action(plan=plan, title=f"Action {name}", due_date=due, status=status)
            for name, due, status in (
                ("a1", TODAY - timedelta(days=1), ActionStatus.PLANNED),
                ("a2", TODAY, ActionStatus.ONGOING),
                ("a3", TODAY - timedelta(days=10), ActionStatus.COMPLETED),
                ("a4", TODAY - timedelta(days=5), ActionStatus.CANCELLED),
                ("a5", TODAY - timedelta(days=3), ActionStatus.DELAYED),
                ("a6", None, ActionStatus.PLANNED),
                ("a7", TODAY - timedelta(days=20), ActionStatus.ONGOING),
            )
        }
        session.add_all([*recs.values(), x, y, plan, *actions.values()])
        session.add(Indicator(action=actions["a1"], name="Measured", kind=IndicatorKind.OUTCOME))
        session.flush()
        lead, support = AgencyRole.LEAD, AgencyRole.SUPPORTING
        for agency, key, role in (
            (x, "r1", lead),
            (x, "r2", lead),
            (y, "r2", lead),
            (y, "r3", lead),
            (x, "r3", support),
            (x, "r4", support),
            (x, "r5", lead),
        ):
            session.add(Assignment(agency_id=agency.id, recommendation_id=recs[key].id, role=role))
        session.add(Assignment(agency_id=x.id, action_id=actions["a1"].id, role=lead))
        session.add(Assignment(agency_id=y.id, action_id=actions["a7"].id, role=support))
        deadlines = {
            name: ReportingDeadline(
                mechanism=mech["UPR"],
                report_kind=ReportKind.UPR_MIDTERM,
                title=name,
                due_date=TODAY + timedelta(days=days),
                submitted_on=submitted,
            )
            for name, days, submitted in (
                ("d1", -1, None),
                ("d2", 0, None),
                ("d3", 90, None),
                ("d4", 91, None),
                ("d5", -30, TODAY - timedelta(days=31)),
            )
        }
        deadlines["d1"].recommendations = [recs["r1"], recs["r5"]]
        session.add_all(deadlines.values())
        session.flush()
        return Ids(
            {k: v.id for k, v in recs.items()},
            {k: v.id for k, v in actions.items()},
            {k: v.id for k, v in deadlines.items()},
            {"A": theme_a.id, "B": theme_b.id},
            {"X": x.id, "Y": y.id},
        )


@pytest.fixture
def built(db_url: str) -> Iterator[tuple[Database, Ids]]:
    db = open_database(db_url, create=True)
    try:
        yield db, _build(db)
    finally:
        db.dispose()


def _counts(row: BreakdownRow) -> dict[str, int]:
    return {code: n for code, n in row.counts.items() if n}


def _rows(dashboard: Dashboard, kind: BreakdownKind) -> dict[object, dict[str, int]]:
    return {row.key: _counts(row) for row in dashboard.breakdowns[kind]}


def test_breakdowns_count_live_recommendations_by_status(built: tuple[Database, Ids]) -> None:
    db, ids = built
    dash = load_dashboard(db.session_factory, TODAY)
    assert dash.recommendations == 5
    assert {k: n for k, n in dash.by_status.items() if n} == {
        "in_progress": 2, "not_started": 1, "fully_implemented": 1, "not_assessed": 1,
    }  # fmt: skip
    assert _rows(dash, BreakdownKind.MECHANISM) == {
        "UPR": {"in_progress": 1, "not_started": 1},
        "CEDAW": {"fully_implemented": 1, "in_progress": 1},
        "CRC": {"not_assessed": 1},
    }
    assert _rows(dash, BreakdownKind.THEME) == {
        ids.themes["A"]: {"in_progress": 1, "not_started": 1},
        ids.themes["B"]: {"in_progress": 1, "fully_implemented": 1},
    }
    assert _rows(dash, BreakdownKind.AGENCY) == {
        ids.agencies["X"]: {"in_progress": 1, "not_started": 1},
        ids.agencies["Y"]: {"not_started": 1, "fully_implemented": 1},
    }
    assert dash.without_lead_agency == 2
    theme_a = next(r for r in dash.breakdowns[BreakdownKind.THEME] if r.key == ids.themes["A"])
    assert (theme_a.label, theme_a.total) == ("Dashboard theme A", 2)
    upr = dash.breakdowns[BreakdownKind.MECHANISM][0]
    assert upr.key == "UPR" and upr.description  # the mechanism's full name


def test_a_recommendation_counts_once_per_sdg_goal(built: tuple[Database, Ids]) -> None:
    """r1 links to goal 4 directly and through targets 4.1 and 4.2: once for goal 4."""
    db, _ = built
    rows = load_breakdown(db.session_factory, BreakdownKind.SDG_GOAL)
    assert {row.key: _counts(row) for row in rows} == {
        4: {"in_progress": 1},
        5: {"not_started": 1, "fully_implemented": 1},
    }
    assert [row.label.split()[0] for row in rows] == ["4", "5"]


def test_every_count_opens_exactly_its_recommendations(built: tuple[Database, Ids]) -> None:
    db, ids = built
    factory = db.session_factory
    dash = load_dashboard(factory, TODAY)
    for rows in dash.breakdowns.values():
        for row in rows:
            assert register_count(factory, row.filter) == row.total, row
            for status, count in row.counts.items():
                assert register_count(factory, row.status_filter(status)) == count, (row, status)
    assert register_count(factory, dash.all_filter) == dash.recommendations
    assert set(register_ids(factory, dash.without_lead_filter)) == {
        ids.recs["r4"],
        ids.recs["r6"],
    }


def test_without_lead_agency_filter(built: tuple[Database, Ids]) -> None:
    db, ids = built
    factory = db.session_factory
    unled = RegisterFilter(without_lead_agency=True)
    assert register_count(factory, unled) == 2
    in_progress = RegisterFilter(without_lead_agency=True, statuses=(S.IN_PROGRESS,))
    assert register_ids(factory, in_progress) == [ids.recs["r4"]]
    archived = RegisterFilter(without_lead_agency=True, archived=True)
    assert register_count(factory, archived) == 0  # r5 is archived but led
    with factory.begin() as session:  # r6 gets a lead; r1 loses its own
        y, r6 = ids.agencies["Y"], ids.recs["r6"]
        session.add(Assignment(agency_id=y, recommendation_id=r6, role=AgencyRole.LEAD))
        session.execute(
            Assignment.__table__.delete().where(Assignment.recommendation_id == ids.recs["r1"])
        )
    assert set(register_ids(factory, unled)) == {ids.recs["r1"], ids.recs["r4"]}
    assert load_dashboard(factory, TODAY, kinds=()).without_lead_agency == 2


def test_overdue_actions_from_the_day_after_their_due_date(built: tuple[Database, Ids]) -> None:
    db, ids = built
    dash = load_dashboard(db.session_factory, TODAY, kinds=())
    assert dash.overdue_actions == 3
    assert [a.id for a in dash.overdue] == [ids.actions[k] for k in ("a7", "a5", "a1")]
    assert [a.days_overdue for a in dash.overdue] == [20, 3, 1]
    first = dash.overdue[-1]
    assert (first.plan_title, first.lead_agency, first.status) == (
        "Dashboard plan", "Agency X", ActionStatus.PLANNED,
    )  # fmt: skip
    assert dash.overdue[0].lead_agency == ""  # a supporting agency is no lead
    # The day before, a1 is due that day: not overdue; a7 and a5 still are.
    earlier = load_dashboard(db.session_factory, TODAY - timedelta(days=1), kinds=())
    assert [a.id for a in earlier.overdue] == [ids.actions["a7"], ids.actions["a5"]]


def test_actions_without_indicators_leave_out_cancelled_ones(built: tuple[Database, Ids]) -> None:
    db, ids = built
    dash = load_dashboard(db.session_factory, TODAY, kinds=())
    expected = [ids.actions[k] for k in ("a2", "a3", "a5", "a6", "a7")]
    assert dash.actions_without_indicators == 5
    assert [a.id for a in dash.without_indicators] == expected


def test_deadlines_overdue_and_upcoming(built: tuple[Database, Ids]) -> None:
    db, _ = built
    dash = load_dashboard(db.session_factory, TODAY, kinds=())
    assert [(d.title, d.state) for d in dash.deadlines] == [
        ("d1", DeadlineState.OVERDUE),
        ("d2", DeadlineState.UPCOMING),
        ("d3", DeadlineState.UPCOMING),
    ]
    assert (dash.overdue_deadlines, dash.upcoming_deadlines) == (1, 2)
    d1 = dash.deadlines[0]
    assert (d1.mechanism, d1.report_kind, d1.recommendations) == ("UPR", ReportKind.UPR_MIDTERM, 2)
    shorter = load_dashboard(db.session_factory, TODAY, horizon_days=0, kinds=())
    assert [d.title for d in shorter.deadlines] == ["d1", "d2"]


def test_breakdowns_load_only_when_asked(built: tuple[Database, Ids]) -> None:
    db, _ = built
    dash = load_dashboard(db.session_factory, TODAY, kinds=(BreakdownKind.THEME,))
    assert set(dash.breakdowns) == {BreakdownKind.MECHANISM, BreakdownKind.THEME}
    full = load_dashboard(db.session_factory, TODAY)
    assert dash.breakdowns[BreakdownKind.THEME] == full.breakdowns[BreakdownKind.THEME]


def test_stats_carry_the_follow_up_figures(built: tuple[Database, Ids]) -> None:
    db, _ = built
    stats = compute_stats(db.session_factory, TODAY)
    data = stats.as_json()
    assert data["overdue_actions"] == 3
    assert [d["title"] for d in data["upcoming_deadlines"]] == ["d1", "d2", "d3"]
    assert data["upcoming_deadlines"][0] == {
        "mechanism": "UPR", "kind": "upr_midterm", "title": "d1",
        "due_date": "2025-06-29", "state": "overdue",
    }  # fmt: skip
    assert data["mechanisms"]["CEDAW"] == {
        "recommendations": 2,
        "by_status": {**dict.fromkeys(S, 0), "in_progress": 1, "fully_implemented": 1},
    }
    assert "overdue_actions" not in compute_stats(db.session_factory).as_json()


def test_demo_data_counts_match_the_register(demo: Database) -> None:
    factory = demo.session_factory
    dash = load_dashboard(factory, date(2026, 1, 15))
    assert dash.recommendations == register_count(factory, RegisterFilter()) > 300
    assert dash.without_lead_agency == register_count(factory, dash.without_lead_filter)
    for kind, rows in dash.breakdowns.items():
        assert rows, kind
        for row in rows:
            assert register_count(factory, row.filter) == row.total, (kind, row.label)
        busiest = max(rows, key=lambda r: r.total)
        for status, count in busiest.counts.items():
            assert register_count(factory, busiest.status_filter(status)) == count
