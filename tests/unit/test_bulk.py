"""Bulk actions and their undo, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import AgencyRole, ImplementationStatus, Priority
from desktop.services.bulk import BulkAction, BulkCancelled, BulkKind, apply_bulk, undo_bulk
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.editing import load_recommendation
from desktop.services.register import RegisterFilter, register_ids
from desktop.store.models import (
    Agency,
    Assignment,
    Recommendation,
    Theme,
    recommendation_theme,
)


@pytest.fixture
def demo(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def snapshot(db: Database) -> dict[str, Any]:
    with db.session_factory() as session:
        return {
            "recs": sorted(
                session.execute(
                    select(
                        Recommendation.id,
                        Recommendation.status,
                        Recommendation.priority,
                        Recommendation.cluster_id,
                        Recommendation.archived,
                    )
                ).all()
            ),
            "assignments": sorted(
                session.execute(
                    select(
                        Assignment.agency_id, Assignment.recommendation_id, Assignment.role
                    ).where(Assignment.recommendation_id.is_not(None))
                ).all()
            ),
            "themes": sorted(session.execute(select(recommendation_theme)).all()),
        }


def agency(db: Database, acronym: str) -> int:
    with db.session_factory() as session:
        return int(session.scalars(select(Agency.id).where(Agency.acronym == acronym)).one())


def test_assign_an_agency_to_everything_matching_then_undo(demo: Database) -> None:
    before = snapshot(demo)
    moj = agency(demo, "MOJ")
    targets = RegisterFilter(mechanisms=("CEDAW", "CRC"))
    expected = set(register_ids(demo.session_factory, targets))
    result = apply_bulk(
        demo.session_factory,
        targets,
        BulkAction(BulkKind.ASSIGN_AGENCY, moj, AgencyRole.SUPPORTING),
    )
    assert result.selected == len(expected) and result.changed == len(expected)
    after = snapshot(demo)["assignments"]
    assert {(moj, rid, AgencyRole.SUPPORTING) for rid in expected} <= set(after)
    assert set(register_ids(demo.session_factory, RegisterFilter(agency_id=moj))) >= expected
    assert undo_bulk(demo.session_factory, result.undo) == len(expected)
    assert snapshot(demo) == before


def test_changing_the_role_of_existing_assignments_is_undone_too(demo: Database) -> None:
    moj = agency(demo, "MOJ")
    led = register_ids(
        demo.session_factory, RegisterFilter(agency_id=moj, agency_role=AgencyRole.LEAD)
    )
    assert led
    before = snapshot(demo)
    result = apply_bulk(
        demo.session_factory,
        led[:5],
        BulkAction(BulkKind.ASSIGN_AGENCY, moj, AgencyRole.SUPPORTING),
    )
    assert result.changed == 5 and not result.undo.added_assignments
    undo_bulk(demo.session_factory, result.undo)
    assert snapshot(demo) == before


@pytest.mark.parametrize(
    "action",
    [
        BulkAction(BulkKind.STATUS, ImplementationStatus.FULLY_IMPLEMENTED),
        BulkAction(BulkKind.PRIORITY, Priority.LOW),
        BulkAction(BulkKind.PRIORITY, None),
        BulkAction(BulkKind.CLUSTER, None),
        BulkAction(BulkKind.ARCHIVE),
    ],
)
def test_field_changes_and_undo(demo: Database, action: BulkAction) -> None:
    before = snapshot(demo)
    ids = register_ids(demo.session_factory, RegisterFilter())[:150]
    versions = {i: load_recommendation(demo.session_factory, i).version for i in ids[:3]}
    result = apply_bulk(demo.session_factory, ids, action)
    assert 0 < result.changed <= len(ids)
    if action.kind == BulkKind.ARCHIVE:
        assert not set(ids) & set(register_ids(demo.session_factory, RegisterFilter()))
    for rec_id, version in versions.items():  # open editors will see the change
        if rec_id in result.undo.touched:
            assert load_recommendation(demo.session_factory, rec_id).version == version + 1
    undo_bulk(demo.session_factory, result.undo)
    assert snapshot(demo) == before


def test_add_themes_and_undo(demo: Database) -> None:
    with demo.session_factory() as session:
        theme = int(session.scalars(select(Theme.id).where(Theme.name == "Death penalty")).one())
    before = snapshot(demo)
    ids = register_ids(demo.session_factory, RegisterFilter(mechanisms=("UPR",)))
    result = apply_bulk(demo.session_factory, ids, BulkAction(BulkKind.ADD_THEMES, [theme]))
    already = {rid for rid, tid in before["themes"] if tid == theme}
    assert result.changed == len(set(ids) - already)
    assert set(register_ids(demo.session_factory, RegisterFilter(theme_ids=(theme,)))) >= set(ids)
    undo_bulk(demo.session_factory, result.undo)
    assert snapshot(demo) == before


def test_cancel_leaves_the_database_as_it_was(demo: Database) -> None:
    before = snapshot(demo)
    ids = register_ids(demo.session_factory, RegisterFilter())
    calls: list[int] = []

    def cancel_after_first_chunk() -> bool:
        calls.append(1)
        return len(calls) > 1

    from desktop.services import bulk

    original, bulk.CHUNK = bulk.CHUNK, 100
    try:
        with pytest.raises(BulkCancelled):
            apply_bulk(
                demo.session_factory,
                ids,
                BulkAction(BulkKind.STATUS, ImplementationStatus.NOT_STARTED),
                cancelled=cancel_after_first_chunk,
            )
    finally:
        bulk.CHUNK = original
    assert snapshot(demo) == before


def test_a_vanished_agency_is_refused(demo: Database) -> None:
    before = snapshot(demo)
    with pytest.raises(ValidationError, match="agency no longer exists"):
        apply_bulk(demo.session_factory, [1, 2], BulkAction(BulkKind.ASSIGN_AGENCY, 999_999))
    assert snapshot(demo) == before
