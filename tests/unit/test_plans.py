"""Implementation plans and actions on both engines: building a plan from
clusters or a filter, the grouped view, validation, costs, the matrix."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.vocab import ActionStatus, AgencyRole, ImplementationStatus, PlanStatus
from desktop.services.actions import (
    ActionAgency,
    ActionFields,
    create_action,
    delete_action,
    get_action,
    update_action,
)
from desktop.services.database import Database, open_database
from desktop.services.plan_matrix import priority_matrix
from desktop.services.plan_view import NO_ESTIMATE, read_plan
from desktop.services.plans import (
    PlanFields,
    add_to_plan,
    create_plan,
    delete_plan,
    list_plans,
    remove_from_plan,
    update_plan,
)
from desktop.services.register import RegisterFilter
from tests.unit.planning_data import Register, make_register

TODAY = date(2026, 6, 15)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


@pytest.fixture
def reg(db: Database) -> Register:
    return make_register(db.session_factory)


def test_plan_from_clusters_proposes_one_action_per_cluster(db: Database, reg: Register) -> None:
    f = db.session_factory
    plan_id = create_plan(
        f,
        PlanFields(title="Plan 2026", period_start=date(2026, 1, 1)),
        cluster_ids=[reg.clusters["education"], reg.clusters["women"]],
        action_title="Act on {cluster}",
    )
    view = read_plan(f, plan_id, TODAY)
    # Grouped by priority: education (high) before women's rights (medium).
    assert [g.name for g in view.groups] == ["Education", "Women's rights"]
    education, women = view.groups
    assert [r.reference for r in education.recommendations] == ["E1", "E2"]
    assert [a.title for a in education.actions] == ["Act on Education"]
    assert education.actions[0].recommendation_ids == (reg.recs["E1"], reg.recs["E2"])
    # The cluster's lead agency leads the proposed action; the women cluster has none.
    assert education.actions[0].lead == ("Ministry of Education",)
    assert women.actions[0].lead == ()
    assert [r.lead for r in women.recommendations] == [("Ministry of Justice",), ()]
    assert view.action_count == 2
    summary = next(p for p in list_plans(f, TODAY) if p.id == plan_id)
    assert (summary.actions, summary.recommendations) == (2, 4)


def test_plan_from_filter_without_proposals_and_coverage_changes(
    db: Database, reg: Register
) -> None:
    f = db.session_factory
    plan_id = create_plan(
        f,
        PlanFields(title="Unclustered"),
        register_filter=RegisterFilter(without_cluster=True),
        propose_actions=False,
    )
    view = read_plan(f, plan_id, TODAY)
    assert [(g.cluster_id, [r.reference for r in g.recommendations]) for g in view.groups] == [
        (None, ["X1"])
    ]
    assert view.action_count == 0
    assert add_to_plan(f, plan_id, recommendation_ids=[reg.recs["W1"], reg.recs["X1"]]) == 1
    action = create_action(
        f, plan_id, ActionFields(title="Law reform", recommendation_ids=(reg.recs["W1"],))
    )
    remove_from_plan(f, plan_id, [reg.recs["W1"]])
    assert get_action(f, action).fields.recommendation_ids == ()
    assert [g.name for g in read_plan(f, plan_id, TODAY).groups] == [""]


def test_action_addressing_a_recommendation_brings_it_into_the_plan(
    db: Database, reg: Register
) -> None:
    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="Empty"), propose_actions=False)
    create_action(f, plan_id, ActionFields(title="Train", recommendation_ids=(reg.recs["W2"],)))
    view = read_plan(f, plan_id, TODAY)
    assert [(g.name, [r.reference for r in g.recommendations]) for g in view.groups] == [
        ("Women's rights", ["W2"])
    ]
    # The action sits under the cluster of the recommendation it addresses.
    assert [a.title for a in view.groups[0].actions] == ["Train"]


def test_action_validation_names_the_field(db: Database, reg: Register) -> None:
    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="P"), propose_actions=False)
    cases = [
        (ActionFields(title="  "), "title"),
        (
            ActionFields(title="A", start_date=date(2026, 5, 1), due_date=date(2026, 4, 30)),
            "due_date",
        ),
        (ActionFields(title="A", estimated_cost=Decimal("-1"), currency="USD"), "estimated_cost"),
        (ActionFields(title="A", estimated_cost=Decimal("10")), "currency"),
        (
            ActionFields(title="A", estimated_cost=Decimal("1.005"), currency="USD"),
            "estimated_cost",
        ),
        (ActionFields(title="A", currency="dollars"), "currency"),
        (
            ActionFields(
                title="A",
                agencies=(
                    ActionAgency(reg.agencies["MOJ"], AgencyRole.LEAD, reg.focal_points["MOE"]),
                ),
            ),
            "agencies",
        ),
    ]
    for fields, where in cases:
        with pytest.raises(ValidationError) as caught:
            create_action(f, plan_id, fields)
        assert caught.value.where == where, fields
    assert read_plan(f, plan_id, TODAY).action_count == 0
    # Due on the start day is fine; a lowercase currency is normalised.
    ok = create_action(
        f,
        plan_id,
        ActionFields(
            title="A",
            start_date=date(2026, 5, 1),
            due_date=date(2026, 5, 1),
            estimated_cost=Decimal("10.50"),
            currency="usd",
        ),
    )
    assert get_action(f, ok).fields.currency == "USD"


def test_adopting_needs_a_date_and_a_lead_for_every_action(db: Database, reg: Register) -> None:
    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="P"), cluster_ids=[reg.clusters["women"]])
    plan = next(p for p in list_plans(f, TODAY) if p.id == plan_id)
    adopted = replace(plan.fields, status=PlanStatus.ADOPTED)
    with pytest.raises(ValidationError) as caught:
        update_plan(f, plan_id, plan.version, adopted)
    assert caught.value.where == "adoption_date"
    with_date = replace(adopted, adoption_date=date(2026, 3, 1))
    with pytest.raises(ValidationError, match="no lead agency") as caught:
        update_plan(f, plan_id, plan.version, with_date)
    assert caught.value.where == "status"
    action = read_plan(f, plan_id, TODAY).groups[0].actions[0]
    detail = get_action(f, action.id)
    lead = (ActionAgency(reg.agencies["MOJ"], AgencyRole.LEAD),)
    update_action(f, action.id, detail.version, replace(detail.fields, agencies=lead))
    update_plan(f, plan_id, plan.version, with_date)
    # On an adopted plan, an action without a lead is refused.
    with pytest.raises(ValidationError) as caught:
        create_action(f, plan_id, ActionFields(title="No lead"))
    assert caught.value.where == "lead_agency"


def test_stale_edits_are_refused(db: Database, reg: Register) -> None:
    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="P"), propose_actions=False)
    action_id = create_action(f, plan_id, ActionFields(title="A"))
    seen = get_action(f, action_id)
    # Someone else changes only the agencies: the version still moves on.
    agencies = (ActionAgency(reg.agencies["NSO"], AgencyRole.SUPPORTING),)
    update_action(f, action_id, seen.version, replace(seen.fields, agencies=agencies))
    with pytest.raises(ConflictError):
        update_action(f, action_id, seen.version, replace(seen.fields, title="Mine"))
    assert get_action(f, action_id).fields.title == "A"
    plan = list_plans(f, TODAY)[0]
    update_plan(f, plan_id, plan.version, replace(plan.fields, title="P2"))
    with pytest.raises(ConflictError):
        update_plan(f, plan_id, plan.version, replace(plan.fields, title="P3"))
    with pytest.raises(ValidationError, match="already has this title"):
        create_plan(f, PlanFields(title="p2"))


def test_overdue_costs_and_totals_per_currency_and_agency(db: Database, reg: Register) -> None:
    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="P"), propose_actions=False)
    moe = (ActionAgency(reg.agencies["MOE"], AgencyRole.LEAD, reg.focal_points["MOE"]),)
    moj = (ActionAgency(reg.agencies["MOJ"], AgencyRole.LEAD),)
    specs = [
        ("a", date(2026, 6, 14), ActionStatus.ONGOING, "100.00", "USD", True, moe),
        ("b", date(2026, 6, 15), ActionStatus.PLANNED, "50.25", "USD", False, moe),
        ("c", date(2026, 1, 1), ActionStatus.COMPLETED, "70", "EUR", False, moj),
        ("d", date(2026, 1, 1), ActionStatus.DELAYED, None, "", False, moj),
        ("e", None, ActionStatus.PLANNED, "30", "EUR", True, moj),
    ]
    for title, due, status, cost, currency, within, agencies in specs:
        create_action(
            f,
            plan_id,
            ActionFields(
                title=title,
                due_date=due,
                status=status,
                estimated_cost=Decimal(cost) if cost else None,
                currency=currency,
                within_existing_budget=within,
                cluster_ids=(reg.clusters["education"],),
                agencies=agencies,
            ),
        )
    view = read_plan(f, plan_id, TODAY)
    overdue = {a.title for g in view.groups for a in g.actions if a.overdue}
    assert overdue == {"a", "d"}  # due yesterday and open; due today is not overdue
    assert view.overdue_count == 2
    assert view.cost_totals == {"EUR": Decimal("100"), "USD": Decimal("150.25")}
    assert view.groups[0].cost_totals == view.cost_totals
    by_agency = {(c.agency, c.currency): (c.total, c.within_existing_budget, c.actions)
                 for c in view.cost_by_agency}  # fmt: skip
    # Every action an agency leads counts (issue 12): MOJ leads three, one without a cost.
    assert by_agency == {
        ("Ministry of Education", "USD"): (Decimal("150.25"), Decimal("100"), 2),
        ("Ministry of Justice", "EUR"): (Decimal("100"), Decimal("30"), 2),
        ("Ministry of Justice", NO_ESTIMATE): (Decimal("0"), Decimal("0"), 1),
    }
    assert next(p for p in list_plans(f, TODAY)).overdue_actions == 2


def test_priority_matrix_counts_by_cluster_and_status(db: Database, reg: Register) -> None:
    f = db.session_factory
    rows = priority_matrix(f)
    assert [(r.name, r.total) for r in rows] == [("Education", 2), ("Women's rights", 2), ("", 1)]
    assert rows[0].counts == {ImplementationStatus.NOT_ASSESSED: 2}
    plan_id = create_plan(f, PlanFields(title="P"), cluster_ids=[reg.clusters["women"]])
    assert [(r.name, r.total) for r in priority_matrix(f, plan_id)] == [("Women's rights", 2)]


def test_delete_plan_and_action(db: Database, reg: Register) -> None:
    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="P"), cluster_ids=[reg.clusters["education"]])
    action_id = read_plan(f, plan_id, TODAY).groups[0].actions[0].id
    delete_action(f, action_id)
    assert read_plan(f, plan_id, TODAY).action_count == 0
    delete_plan(f, plan_id)
    assert list_plans(f, TODAY) == []


def test_deleting_an_action_or_a_plan_deletes_its_indicators(db: Database, reg: Register) -> None:
    from sqlalchemy import func, select

    from desktop.domain.vocab import IndicatorKind
    from desktop.services.indicator_edits import add_measurement, create_indicator
    from desktop.services.indicators import IndicatorFields
    from desktop.store.models import Indicator, Measurement

    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="P"), propose_actions=False)
    first, second = (create_action(f, plan_id, ActionFields(title=t)) for t in ("A", "B"))
    for action_id in (first, second):
        indicator = create_indicator(
            f,
            IndicatorFields(name="Share trained", kind=IndicatorKind.PROCESS),
            action_id=action_id,
        )
        add_measurement(f, indicator.id, date(2026, 1, 1), Decimal("12.5"))

    def counts() -> tuple[int, int]:
        with f() as session:
            return (
                int(session.scalar(select(func.count()).select_from(Indicator)) or 0),
                int(session.scalar(select(func.count()).select_from(Measurement)) or 0),
            )

    delete_action(f, first)
    assert counts() == (1, 1)
    delete_plan(f, plan_id)
    assert counts() == (0, 0)


def test_a_duplicate_title_in_any_script_is_a_validation_error(db: Database) -> None:
    f = db.session_factory
    create_plan(f, PlanFields(title="План Б"), propose_actions=False)
    with pytest.raises(ValidationError) as caught:
        create_plan(f, PlanFields(title="План Б"), propose_actions=False)
    assert caught.value.where == "title"
    assert [p.fields.title for p in list_plans(f, TODAY)] == ["План Б"]
