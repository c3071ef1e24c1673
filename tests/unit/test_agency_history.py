"""An agency's history holds its assignments: made alone or in bulk, role
changes, removals, and entries written before assignments carried their
fields, grouped into one row per change (a bulk change of thousands is one
row with a count); another agency's assignments stay out; on both engines."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from desktop.domain.vocab import AgencyRole
from desktop.services.audit_agency import AssignmentGroup, agency_assignment_history
from desktop.services.audit_log import Entry, audit_source, write_rows
from desktop.services.audit_names import named_history
from desktop.services.bulk import BulkAction, BulkKind, UndoRecord, apply_bulk, undo_bulk
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.editing import load_recommendation, save_recommendation
from desktop.services.importing.records import ImportFormat
from desktop.services.importing.service import import_file
from desktop.store.models import Agency, Assignment, Recommendation
from tests.unit.import_files import upr_info_bytes


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


def _recommendations(db: Database, count: int, skip: int = 0) -> list[int]:
    with db.session_factory() as session:
        return list(
            session.scalars(
                select(Recommendation.id).order_by(Recommendation.id).offset(skip).limit(count)
            )
        )


def _groups(db: Database, agency_id: int) -> list[AssignmentGroup]:
    rows = named_history(db.session_factory, "agency", agency_id).rows
    return [row for row in rows if isinstance(row, AssignmentGroup)]


def _bulk(db: Database, ids: list[int], agency: int, role: AgencyRole, source: str) -> UndoRecord:
    """A bulk assignment from its own source (changes made from one source a
    few seconds apart read as one change)."""
    with audit_source(source):
        return apply_bulk(
            db.session_factory, ids, BulkAction(BulkKind.ASSIGN_AGENCY, agency, role)
        ).undo


def test_one_assignment_made_in_the_editor_names_its_recommendation(demo: Database) -> None:
    factory = demo.session_factory
    agency = _new_agency(demo, "Ministry of One Assignment")
    (rec_id,) = _recommendations(demo, 1, skip=7)
    detail = load_recommendation(factory, rec_id)
    fields = replace(detail.fields, lead_agency_ids=(agency,), supporting_agency_ids=())
    save_recommendation(factory, rec_id, detail.version, fields)

    history = named_history(factory, "agency", agency)
    assert next((r.action, r.entity) for r in history.rows) == ("create", "agency")
    (group,) = _groups(demo, agency)
    assert (group.change, group.role, group.target, group.count) == (
        "assigned",
        "lead",
        "recommendation",
        1,
    )
    assert group.sample == (rec_id,)
    assert group.changes is not None and group.changes["agency_id"] == [None, agency]
    with factory() as session:
        reference = session.scalar(
            select(Recommendation.reference).where(Recommendation.id == rec_id)
        )
    assert history.names.of("recommendation", rec_id).startswith(f"{reference} ")


def test_a_bulk_assignment_is_one_row_and_its_role_change_and_undo_are_rows_of_their_own(
    demo: Database,
) -> None:
    agency = _new_agency(demo, "Ministry of Bulk History")
    ids = _recommendations(demo, 120)
    _bulk(demo, ids, agency, AgencyRole.SUPPORTING, "cli first")
    _bulk(demo, ids[:30], agency, AgencyRole.LEAD, "cli second")  # 30 role changes
    undo = _bulk(demo, _recommendations(demo, 50, skip=150), agency, AgencyRole.LEAD, "cli third")
    with audit_source("cli undo"):
        undo_bulk(demo.session_factory, undo)

    groups = _groups(demo, agency)
    summary = [(g.change, g.was, g.role, g.count, g.source) for g in groups]
    assert summary == [
        ("assigned", None, "supporting", 120, "cli first"),
        ("role", "supporting", "lead", 30, "cli second"),
        ("assigned", None, "lead", 50, "cli third"),
        ("removed", None, "lead", 50, "cli undo"),
    ]
    assert groups[0].sample == tuple(ids[:3])
    assert groups[0].changes is None and groups[0].record_uuid is None
    assert [g.id for g in groups] == sorted(g.id for g in groups)
    names = named_history(demo.session_factory, "agency", agency).names
    assert all(names.of("recommendation", i) for i in groups[0].sample)


def test_a_removal_in_the_editor_and_another_agencys_assignments(demo: Database) -> None:
    factory = demo.session_factory
    agency = _new_agency(demo, "Ministry Taken Off")
    other = _new_agency(demo, "Ministry Next Door")
    # The other agency's assignments: one to the recommendation whose id is
    # this agency's id (its entry's text holds "[null, <agency id>]").
    _bulk(demo, [agency, *_recommendations(demo, 5, skip=300)], other, AgencyRole.LEAD, "cli o")
    (rec_id,) = _recommendations(demo, 1, skip=20)
    _bulk(demo, [rec_id], agency, AgencyRole.SUPPORTING, "cli a")
    detail = load_recommendation(factory, rec_id)
    kept = tuple(a for a in detail.fields.supporting_agency_ids if a != agency)
    save_recommendation(
        factory, rec_id, detail.version, replace(detail.fields, supporting_agency_ids=kept)
    )

    groups = _groups(demo, agency)
    assert [(g.change, g.role, g.count, g.sample) for g in groups] == [
        ("assigned", "supporting", 1, (rec_id,)),
        ("removed", "supporting", 1, (rec_id,)),
    ]
    assert all(g.source != "cli o" for g in groups)
    assert len(_groups(demo, other)) == 1


def test_entries_without_fields_are_found_through_the_current_assignments(
    demo: Database,
) -> None:
    """Assignments recorded before their entries carried fields: the entries
    name only the assignment's UUID; its record and role come from the
    assignment itself."""
    agency = _new_agency(demo, "Ministry of Old Entries")
    ids = _recommendations(demo, 4, skip=40)
    rows = [
        {"uuid": uuid.uuid4(), "agency_id": agency, "recommendation_id": i, "role": "lead"}
        for i in ids
    ]
    with demo.engine.begin() as connection:  # beside the session: no entries of its own
        connection.execute(insert(Assignment.__table__), rows)
        entries = [Entry("create", "assignment", r["uuid"], "assignment", None) for r in rows]
        write_rows(connection, "old.importer", entries)

    (group,) = _groups(demo, agency)
    assert (group.change, group.role, group.count, group.login) == (
        "assigned",
        "lead",
        4,
        "old.importer",
    )
    assert group.sample == tuple(ids[:3])
    assert group.target == "recommendation"


@pytest.fixture
def many(db_url: str, tmp_path: Path) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    lines = [
        f"Aldavia,Africa,AU,Recommendation number {n},France,WEOG,EU,Accepted,4,Labour,3"
        for n in range(5000)
    ]
    path = tmp_path / "many.csv"
    path.write_bytes(upr_info_bytes(lines, "utf-8", "\n"))
    import_file(db, path, fmt=ImportFormat.UPR_INFO)
    yield db
    db.dispose()


def test_five_thousand_assignments_make_a_few_rows(many: Database) -> None:
    agency = _new_agency(many, "Ministry of Five Thousand")
    ids = _recommendations(many, 5000)
    assert len(ids) == 5000
    undo = _bulk(many, ids, agency, AgencyRole.LEAD, "cli all")
    with audit_source("cli undo"):
        undo_bulk(many.session_factory, undo)
    with many.session_factory() as session:
        groups = agency_assignment_history(session, agency)
    assert [(g.change, g.role, g.count) for g in groups] == [
        ("assigned", "lead", 5000),
        ("removed", "lead", 5000),
    ]
    history = named_history(many.session_factory, "agency", agency)
    assert len(history.rows) == 3  # the agency's creation and the two groups
    assert len(history.names.by_id) <= 7  # the agency and the few recommendations named
