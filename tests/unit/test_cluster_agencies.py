"""Agencies on clusters, on both engines: setting them with focal points, the
lead a proposed action takes, handing them on to the recommendations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.vocab import AgencyRole
from desktop.services.actions import ActionAgency
from desktop.services.cluster_agencies import (
    assign_to_recommendations,
    get_cluster_agencies,
    preview_assign_to_recommendations,
    set_cluster_agencies,
    undo_assign,
)
from desktop.services.clusters import list_clusters
from desktop.services.database import Database, open_database
from desktop.services.editing import load_recommendation, save_recommendation
from desktop.services.plan_view import read_plan
from desktop.services.plans import PlanFields, create_plan
from desktop.store.models import Assignment, FocalPoint
from tests.unit.planning_data import Register, make_register

TODAY = date(2026, 6, 15)
LEAD, SUPPORTING = AgencyRole.LEAD, AgencyRole.SUPPORTING


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


@pytest.fixture
def reg(db: Database) -> Register:
    return make_register(db.session_factory)


def rec_agencies(db: Database, rec_id: int) -> set[tuple[int, AgencyRole, int | None]]:
    with db.session_factory() as session:
        return {
            (a, role, fp)
            for a, role, fp in session.execute(
                select(Assignment.agency_id, Assignment.role, Assignment.focal_point_id).where(
                    Assignment.recommendation_id == rec_id
                )
            )
        }


def test_set_lead_and_supporting_with_focal_point(db: Database, reg: Register) -> None:
    f, a = db.session_factory, reg.agencies
    women = get_cluster_agencies(f, reg.clusters["women"])
    assert women.agencies == () and women.name == "Women's rights"
    set_cluster_agencies(
        f,
        women.cluster_id,
        women.version,
        [ActionAgency(a["NSO"], SUPPORTING), ActionAgency(a["MOE"], LEAD, reg.focal_points["MOE"])],
    )
    after = get_cluster_agencies(f, women.cluster_id)
    assert after.version > women.version  # an open dialog sees the change
    assert after.agencies == (
        ActionAgency(a["MOE"], LEAD, reg.focal_points["MOE"]),
        ActionAgency(a["NSO"], SUPPORTING, None),
    )
    info = next(c for c in list_clusters(f) if c.id == women.cluster_id)
    assert info.leads == ("Ministry of Education (A. Focal)",)
    assert info.supporting == ("National Statistics Office",)
    # Replacing them: the stale version is refused and nothing changes.
    with pytest.raises(ConflictError):
        set_cluster_agencies(f, women.cluster_id, women.version, [])
    assert get_cluster_agencies(f, women.cluster_id).agencies == after.agencies
    set_cluster_agencies(f, women.cluster_id, after.version, [ActionAgency(a["MOJ"], LEAD)])
    assert get_cluster_agencies(f, women.cluster_id).agencies == (ActionAgency(a["MOJ"], LEAD),)


def test_bad_agencies_are_refused_and_change_nothing(db: Database, reg: Register) -> None:
    f, a = db.session_factory, reg.agencies
    women = get_cluster_agencies(f, reg.clusters["women"])
    with pytest.raises(ValidationError, match="Ministry of Justice is listed twice") as twice:
        set_cluster_agencies(
            f,
            women.cluster_id,
            women.version,
            [ActionAgency(a["MOJ"], LEAD), ActionAgency(a["MOJ"], SUPPORTING)],
        )
    assert twice.value.where == "agencies"
    with pytest.raises(ValidationError, match="does not belong"):
        set_cluster_agencies(
            f,
            women.cluster_id,
            women.version,
            [ActionAgency(a["MOJ"], LEAD, reg.focal_points["MOE"])],
        )
    with pytest.raises(ValidationError, match="no longer exists"):
        set_cluster_agencies(f, women.cluster_id, women.version, [ActionAgency(9999, LEAD)])
    assert get_cluster_agencies(f, women.cluster_id) == women


def test_proposals_take_the_cluster_lead_and_supporters(db: Database, reg: Register) -> None:
    f, a = db.session_factory, reg.agencies
    women = get_cluster_agencies(f, reg.clusters["women"])
    set_cluster_agencies(
        f,
        women.cluster_id,
        women.version,
        [ActionAgency(a["NSO"], LEAD), ActionAgency(a["MOE"], SUPPORTING)],
    )
    plan = create_plan(f, PlanFields(title="P"), cluster_ids=[women.cluster_id])
    (group,) = read_plan(f, plan, TODAY).groups
    (action,) = group.actions
    # W1 is led by the Ministry of Justice, but the cluster's lead comes first.
    assert action.lead == ("National Statistics Office",)
    assert action.supporting == ("Ministry of Education",)


def test_proposals_fall_back_on_the_lead_all_recommendations_share(
    db: Database, reg: Register
) -> None:
    f, a = db.session_factory, reg.agencies
    # W1 is led by MOJ; W2 has no lead: no common lead, no lead proposed.
    first = create_plan(f, PlanFields(title="Before"), cluster_ids=[reg.clusters["women"]])
    assert read_plan(f, first, TODAY).groups[0].actions[0].lead == ()
    with f.begin() as session:
        point = FocalPoint(agency_id=a["MOJ"], name="J. Point", primary=True)
        session.add(point)
        session.add_all(
            [
                Assignment(agency_id=a["MOJ"], role=LEAD, recommendation_id=reg.recs["W2"]),
                Assignment(agency_id=a["NSO"], role=LEAD, recommendation_id=reg.recs["W2"]),
            ]
        )
    # Both lead-led by MOJ (W2 also by NSO): MOJ is the one lead they share,
    # with its primary focal point since they name none.
    second = create_plan(f, PlanFields(title="Shared"), cluster_ids=[reg.clusters["women"]])
    (action,) = read_plan(f, second, TODAY).groups[0].actions
    assert action.lead == ("Ministry of Justice",)
    with f() as session:
        focal = session.scalar(
            select(Assignment.focal_point_id).where(
                Assignment.action_id == action.id, Assignment.role == LEAD
            )
        )
        assert focal == session.scalar(select(FocalPoint.id).where(FocalPoint.name == "J. Point"))
    # Two shared leads are no single lead: none is proposed.
    with f.begin() as session:
        session.add(Assignment(agency_id=a["NSO"], role=LEAD, recommendation_id=reg.recs["W1"]))
    third = create_plan(f, PlanFields(title="Two"), cluster_ids=[reg.clusters["women"]])
    assert read_plan(f, third, TODAY).groups[0].actions[0].lead == ()


def test_assign_to_recommendations_counts_changes_and_undoes(db: Database, reg: Register) -> None:
    f, a, r = db.session_factory, reg.agencies, reg.recs
    women = get_cluster_agencies(f, reg.clusters["women"])
    set_cluster_agencies(
        f,
        women.cluster_id,
        women.version,
        [ActionAgency(a["MOJ"], LEAD), ActionAgency(a["NSO"], SUPPORTING)],
    )
    cluster = get_cluster_agencies(f, women.cluster_id)
    before_w1, before_w2 = rec_agencies(db, r["W1"]), rec_agencies(db, r["W2"])
    editor_version = load_recommendation(f, r["W2"]).version
    preview = preview_assign_to_recommendations(f, cluster.cluster_id)
    assert (preview.recommendations, preview.changed) == (2, 2)
    assert rec_agencies(db, r["W2"]) == before_w2  # a preview changes nothing
    result = assign_to_recommendations(f, cluster.cluster_id, cluster.version)
    assert (result.recommendations, result.changed) == (2, 2)
    assert rec_agencies(db, r["W1"]) == {(a["MOJ"], LEAD, None), (a["NSO"], SUPPORTING, None)}
    assert rec_agencies(db, r["W2"]) == {(a["MOJ"], LEAD, None), (a["NSO"], SUPPORTING, None)}
    assert rec_agencies(db, r["E1"]) == set()  # another cluster's: untouched
    # An editor opened on W2 before cannot save its old agencies back.
    stale = load_recommendation(f, r["W2"])
    assert stale.version > editor_version
    with pytest.raises(ConflictError):
        save_recommendation(f, r["W2"], editor_version, stale.fields)
    # Done again, nothing changes.
    again = assign_to_recommendations(f, cluster.cluster_id, cluster.version)
    assert (again.recommendations, again.changed) == (2, 0)
    assert undo_assign(f, result.undo) == 2
    assert (rec_agencies(db, r["W1"]), rec_agencies(db, r["W2"])) == (before_w1, before_w2)


def test_assign_changes_roles_and_focal_points(db: Database, reg: Register) -> None:
    f, a, r = db.session_factory, reg.agencies, reg.recs
    education = get_cluster_agencies(f, reg.clusters["education"])  # MOE leads
    with f.begin() as session:
        session.add(Assignment(agency_id=a["MOE"], role=SUPPORTING, recommendation_id=r["E1"]))
        session.add(Assignment(agency_id=a["MOE"], role=LEAD, recommendation_id=r["E2"]))
    set_cluster_agencies(
        f,
        education.cluster_id,
        education.version,
        [ActionAgency(a["MOE"], LEAD, reg.focal_points["MOE"])],
    )
    cluster = get_cluster_agencies(f, education.cluster_id)
    result = assign_to_recommendations(f, cluster.cluster_id, cluster.version)
    # E1's role changes, E2 gains the focal point: both change.
    assert result.changed == 2
    for rec in ("E1", "E2"):
        assert rec_agencies(db, r[rec]) == {(a["MOE"], LEAD, reg.focal_points["MOE"])}
    undo_assign(f, result.undo)
    assert rec_agencies(db, r["E1"]) == {(a["MOE"], SUPPORTING, None)}
    assert rec_agencies(db, r["E2"]) == {(a["MOE"], LEAD, None)}


def test_a_stale_cluster_version_is_refused(db: Database, reg: Register) -> None:
    f, a, r = db.session_factory, reg.agencies, reg.recs
    women = get_cluster_agencies(f, reg.clusters["women"])
    set_cluster_agencies(f, women.cluster_id, women.version, [ActionAgency(a["NSO"], LEAD)])
    before = rec_agencies(db, r["W2"])
    # The page read the cluster before its agencies changed: refused, nothing done.
    with pytest.raises(ConflictError, match="changed this cluster's agencies"):
        assign_to_recommendations(f, women.cluster_id, women.version)
    assert rec_agencies(db, r["W2"]) == before
    fresh = get_cluster_agencies(f, women.cluster_id)
    set_cluster_agencies(f, women.cluster_id, fresh.version, [])
    with pytest.raises(ValidationError, match="no agencies"):
        assign_to_recommendations(f, women.cluster_id, fresh.version + 1)
