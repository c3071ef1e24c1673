"""Names for what audit entries point at, read a page at a time: ids of
agencies, recommendations and other records as their names; records without a
name (assignments, progress updates) by what they belong to; the labels the
services write as sentences (bulk changes, counted rows, exports) in parts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from desktop.domain.vocab import AgencyRole
from desktop.services.audit import ActivityFilter, AuditRow
from desktop.services.audit_export import export_activity
from desktop.services.audit_names import (
    named_activity,
    named_history,
    reference_table,
    subject_of,
)
from desktop.services.bulk import BulkAction, BulkKind, apply_bulk
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.store.models import Action, Agency, ProgressUpdate, Recommendation, SourceDocument


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("names") / "names.sqlite3")
    else:
        url = request.getfixturevalue("pg_server").create_database()
    database = open_database(url, create=True)
    create_demo_data(database.session_factory)
    yield database
    database.dispose()


def _first_recommendations(db: Database, count: int) -> list[int]:
    with db.session_factory() as session:
        return list(
            session.scalars(select(Recommendation.id).order_by(Recommendation.id).limit(count))
        )


def test_ids_read_as_names_and_deleted_records_are_left_out(db: Database) -> None:
    factory = db.session_factory
    with factory() as session:
        agency_id, agency_name = session.execute(
            select(Agency.id, Agency.name).order_by(Agency.id).limit(1)
        ).one()
        rec_id, reference, symbol = session.execute(
            select(Recommendation.id, Recommendation.reference, SourceDocument.symbol)
            .join(SourceDocument, SourceDocument.id == Recommendation.source_id)
            .where(Recommendation.reference.not_like("%/%"))
            .order_by(Recommendation.id)
            .limit(1)
        ).one()
    apply_bulk(factory, [rec_id], BulkAction(BulkKind.ASSIGN_AGENCY, agency_id, AgencyRole.LEAD))
    page = named_activity(factory, ActivityFilter(limit=400))
    bulk = next(r for r in page.rows if r.action == "bulk")
    assert reference_table(bulk, "value") == "agency"
    assert page.names.of("agency", bulk.changes["value"]) == agency_name  # type: ignore[index]
    assert subject_of(bulk).kind == "bulk" and subject_of(bulk).count == 1
    updates = [r for r in page.rows if r.entity == "progress_update" and r.changes]
    assert updates, "the demonstration records progress"
    names_of_work = {
        page.names.of("action", r.changes.get("action_id", [None, None])[1])  # type: ignore[union-attr]
        or page.names.of("recommendation", r.changes.get("recommendation_id", [None, None])[1])  # type: ignore[union-attr]
        for r in updates
    }
    assert None not in names_of_work and "" not in names_of_work
    made = next(
        r
        for r in page.rows
        if (r.entity, r.action) == ("assignment", "create")
        and (r.changes or {}).get("recommendation_id") == [None, rec_id]
    )
    assert made.changes == {
        "agency_id": [None, agency_id],
        "recommendation_id": [None, rec_id],
        "role": [None, "lead"],
    }  # made in bulk, with the fields one made alone records
    assert subject_of(made, page.names).text == f"{agency_name} · {reference} {symbol}"
    assert page.names.of("agency", 10**9) is None


def test_a_page_costs_the_same_few_queries_however_many_rows(db: Database) -> None:
    factory = db.session_factory
    counts = []
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        statements.append(sql)

    for limit in (20, 600):
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            page = named_activity(factory, ActivityFilter(limit=limit))
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
        assert len(page.rows) == limit
        counts.append(len([s for s in statements if s.lstrip().upper().startswith("SELECT")]))
    assert max(counts) <= 3  # the page, its ids, its unnamed records: never one per row


def test_labels_written_as_sentences_come_apart(db: Database, tmp_path: Path) -> None:
    factory = db.session_factory
    ids = _first_recommendations(db, 3)
    apply_bulk(factory, ids, BulkAction(BulkKind.PRIORITY, "low"))
    export_activity(factory, ActivityFilter(entity="cluster"), tmp_path / "c.xlsx")
    rows = named_activity(factory, ActivityFilter(limit=5)).rows
    export, bulk = rows[0], next(r for r in rows if r.action == "bulk")
    assert subject_of(export).kind == "file" and subject_of(export).text == "c.xlsx"
    assert (subject_of(bulk).code, subject_of(bulk).total) == ("priority", 3)
    assert reference_table(bulk, "value") is None  # a priority is a code, not an id
    counted = AuditRow(
        1, export.at, "x", "gui", "create", "recommendation_theme", None, "12 rows", None
    )
    assert (subject_of(counted).kind, subject_of(counted).count) == ("rows", 12)
    named = AuditRow(1, export.at, "x", "gui", "edit", "agency", None, "Ministry of 3 rows", None)
    assert subject_of(named).kind == "record"


def test_a_record_history_names_what_it_points_at(db: Database) -> None:
    factory = db.session_factory
    with factory() as session:
        update_id, action_id, agency_id = session.execute(
            select(ProgressUpdate.id, ProgressUpdate.action_id, ProgressUpdate.agency_id)
            .where(ProgressUpdate.action_id.is_not(None), ProgressUpdate.agency_id.is_not(None))
            .limit(1)
        ).one()
        action_title = session.scalar(select(Action.title).where(Action.id == action_id))
        agency_name = session.scalar(select(Agency.name).where(Agency.id == agency_id))
    history = named_history(factory, "progress_update", update_id)
    assert [r.action for r in history.rows] == ["create"]
    changes = history.rows[0].changes or {}
    assert changes["action_id"] == [None, action_id] and changes["agency_id"] == [None, agency_id]
    assert history.names.of("action", action_id) == action_title
    assert history.names.of("agency", agency_id) == agency_name


def test_a_recommendation_history_holds_its_agency_assignments_even_removed(db: Database) -> None:
    from dataclasses import replace

    from desktop.services import editing

    factory = db.session_factory
    rec_id = _first_recommendations(db, 5)[-1]
    with factory() as session:
        agencies = list(session.scalars(select(Agency.id).order_by(Agency.id).limit(2)))
    apply_bulk(factory, [rec_id], BulkAction(BulkKind.ASSIGN_AGENCY, agencies[0], AgencyRole.LEAD))
    detail = editing.load_recommendation(factory, rec_id)
    assert agencies[0] in detail.fields.lead_agency_ids
    fields = replace(detail.fields, lead_agency_ids=(agencies[1],), supporting_agency_ids=())
    editing.save_recommendation(factory, rec_id, detail.version, fields)
    history = named_history(factory, "recommendation", rec_id)
    kinds = [(r.action, r.entity) for r in history.rows]
    assert kinds[0] == ("create", "recommendation")
    assert [r.id for r in history.rows] == sorted(r.id for r in history.rows)
    removed = [r for r in history.rows if (r.action, r.entity) == ("delete", "assignment")]
    assert agencies[0] in [r.changes["agency_id"][0] for r in removed if r.changes]
    added = [r for r in history.rows if (r.action, r.entity) == ("create", "assignment")]
    assert any(r.changes and r.changes["agency_id"] == [None, agencies[1]] for r in added)
    others = named_history(factory, "recommendation", _first_recommendations(db, 6)[-1])
    assert {r.entity for r in others.rows} <= {"recommendation", "assignment"}
    assert all(
        r.record_uuid not in {x.record_uuid for x in history.rows}
        for r in others.rows
        if r.entity == "assignment"
    )  # another recommendation's assignments stay out, though ids share digits


def test_an_assignment_made_and_undone_in_bulk_stays_in_the_recommendation_history(
    db: Database,
) -> None:
    """A bulk change writes its assignments by one statement; undone, they
    are deleted by one statement. The recommendation's history still shows the
    assignment's making and its removal (found by what the removal says, then
    by the assignment's UUID)."""
    from desktop.services.bulk import undo_bulk

    factory = db.session_factory
    rec_id = _first_recommendations(db, 7)[-1]
    with factory() as session:
        agency = session.scalars(select(Agency.id).order_by(Agency.id.desc()).limit(1)).one()
    done = apply_bulk(
        factory, [rec_id], BulkAction(BulkKind.ASSIGN_AGENCY, agency, AgencyRole.LEAD)
    )
    assert undo_bulk(factory, done.undo) == 1
    rows = named_history(factory, "recommendation", rec_id).rows
    made = [r for r in rows if (r.action, r.entity) == ("create", "assignment")]
    removed = [r for r in rows if (r.action, r.entity) == ("delete", "assignment")]
    assert removed and removed[-1].changes
    assert removed[-1].changes["agency_id"] == [agency, None]
    assert removed[-1].changes["recommendation_id"] == [rec_id, None]
    assert [r.record_uuid for r in made][-1] == removed[-1].record_uuid
