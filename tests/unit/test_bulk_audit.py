"""Agency assignments made in bulk are recorded as one made alone is: each
audit entry says which agency was assigned to which recommendation in which
role, so the recommendation's history and the activity name them; on both
engines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.domain.vocab import AgencyRole
from desktop.services.audit import ActivityFilter, activity
from desktop.services.audit_names import named_activity, named_history, subject_of
from desktop.services.bulk import BulkAction, BulkKind, apply_bulk
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.editing import load_recommendation, save_recommendation
from desktop.store.models import Agency, Assignment, Recommendation


@pytest.fixture
def demo(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def _new_agency(db: Database, name: str) -> int:
    with db.session_factory.begin() as session:
        agency = Agency(name=name)
        session.add(agency)
        session.flush()
        return agency.id


def _unassigned(db: Database, count: int) -> list[int]:
    with db.session_factory() as session:
        assigned = select(Assignment.recommendation_id).where(
            Assignment.recommendation_id.is_not(None)
        )
        return list(
            session.scalars(
                select(Recommendation.id)
                .where(Recommendation.id.not_in(assigned))
                .order_by(Recommendation.id)
                .limit(count)
            )
        )


def _assignment_entries(db: Database) -> dict[object, dict[str, list[object]] | None]:
    rows = activity(db.session_factory, ActivityFilter(entity="assignment", action="create"))
    return {row.record_uuid: row.changes for row in rows}


def test_bulk_assignments_record_the_fields_a_single_assignment_records(demo: Database) -> None:
    factory = demo.session_factory
    alone, *bulk_ids = _unassigned(demo, 4)
    agency = _new_agency(demo, "Ministry of Audited Bulk")
    detail = load_recommendation(factory, alone)
    save_recommendation(
        factory, alone, detail.version, replace(detail.fields, lead_agency_ids=(agency,))
    )
    apply_bulk(factory, bulk_ids, BulkAction(BulkKind.ASSIGN_AGENCY, agency, AgencyRole.LEAD))
    with factory() as session:
        uuids = dict(
            session.execute(
                select(Assignment.recommendation_id, Assignment.uuid).where(
                    Assignment.agency_id == agency
                )
            ).all()
        )
    entries = _assignment_entries(demo)
    single = entries[uuids[alone]]
    assert single == {
        "agency_id": [None, agency],
        "recommendation_id": [None, alone],
        "role": [None, "lead"],
    }
    for rec_id in bulk_ids:
        assert entries[uuids[rec_id]] == {**single, "recommendation_id": [None, rec_id]}


def test_a_bulk_assignment_is_named_in_the_history_and_the_activity(demo: Database) -> None:
    factory = demo.session_factory
    rec_ids = _unassigned(demo, 3)
    agency = _new_agency(demo, "Ministry of Named Bulk")
    apply_bulk(factory, rec_ids, BulkAction(BulkKind.ASSIGN_AGENCY, agency, AgencyRole.SUPPORTING))
    with factory() as session:
        reference = session.scalars(
            select(Recommendation.reference).where(Recommendation.id == rec_ids[1])
        ).one()
    history = named_history(factory, "recommendation", rec_ids[1])
    [made] = [r for r in history.rows if (r.action, r.entity) == ("create", "assignment")]
    assert made.changes == {
        "agency_id": [None, agency],
        "recommendation_id": [None, rec_ids[1]],
        "role": [None, "supporting"],
    }
    page = named_activity(factory, ActivityFilter(entity="assignment", limit=50))
    ours = [r for r in page.rows if (r.changes or {}).get("agency_id") == [None, agency]]
    assert sorted(r.changes["recommendation_id"][1] for r in ours) == rec_ids  # type: ignore[index]
    named = next(r for r in ours if r.changes["recommendation_id"][1] == rec_ids[1])  # type: ignore[index]
    assert page.names.of("agency", agency) == "Ministry of Named Bulk"
    assert page.names.of("recommendation", rec_ids[1]) is not None
    assert reference in subject_of(named, page.names).text
