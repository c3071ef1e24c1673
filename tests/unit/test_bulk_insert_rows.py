"""Recommendations created in bulk (imports, demo data) go through the
driver's executemany on SQLite: they must store exactly what SQLAlchemy's own
insert stores, link what they name, and leave an audit row each (checked by
the user's role) on both engines."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Table, insert, select
from sqlalchemy.orm import selectinload

from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.services.audit import ActivityFilter, activity, verify_chain
from desktop.services.database import Database, open_database
from desktop.services.permissions import PermissionDeniedError, Role, User
from desktop.services.recommendation_content import recommendation_content, recommendation_row
from desktop.services.recommendations import (
    Lookups,
    NewRecommendation,
    bulk_create_recommendations,
)
from desktop.store.base import utcnow
from desktop.store.models import Mechanism, Recommendation, SourceDocument

ITEMS = [
    NewRecommendation(
        "UPR",
        "12.1",
        "Ratify the Convention against Torture.",
        paragraph="12",
        text_language="en",
        response=Position.SUPPORTED,
        status=ImplementationStatus.IN_PROGRESS,
        priority=Priority.HIGH,
        priority_rationale="Überfällig – 优先",
        needs_parliament=True,
        notes="Ministère de la Justice",
        annotation_id="ann-1",
        recommending_states=["France", "Brazil", "France"],
        themes=["Torture", "Detention"],
        sdg_targets=["16.3"],
        sdg_goals=[5],
        affected_persons=["Women"],
        upr_info_issues=["Justice"],
        official_digest="d" * 40,
    ),
    NewRecommendation("UPR", "12.2", "Protect human rights defenders."),
]


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


def test_bulk_rows_read_back_linked_and_audited(db: Database) -> None:
    assert bulk_create_recommendations(db.session_factory, ITEMS) == 2
    with db.session_factory() as session:
        first, second = session.scalars(
            select(Recommendation).options(selectinload("*")).order_by(Recommendation.sort_key)
        ).all()
        assert (first.reference, first.response, first.status, first.priority) == (
            "12.1",
            Position.SUPPORTED,
            ImplementationStatus.IN_PROGRESS,
            Priority.HIGH,
        )
        assert first.needs_parliament is True and first.archived is False
        assert first.priority_rationale == "Überfällig – 优先"
        assert first.created_at.tzinfo is not None and first.version == 1
        assert isinstance(first.uuid, uuid.UUID) and first.uuid != second.uuid
        assert sorted(c.name for c in first.recommending_states) == ["Brazil", "France"]
        assert sorted(t.name for t in first.themes) == ["Detention", "Torture"]
        assert [t.code for t in first.sdg_targets] == ["16.3"]
        assert second.response is Position.PENDING and second.priority is None
        assert not second.themes and second.needs_parliament is False
        uuids = {first.uuid, second.uuid}
    created = activity(db.session_factory, ActivityFilter(entity="recommendation", limit=None))
    assert {e.record_uuid for e in created if e.action == "create"} == uuids
    assert {e.label for e in created} == {"12.1", "12.2"}
    assert verify_chain(db.session_factory).ok


def test_each_new_row_s_audit_label_names_its_document(db: Database) -> None:
    """Rows of several documents (and of none) in one batch: each audit row
    reads "reference symbol", each document read once for the batch."""
    with db.session_factory.begin() as session:
        upr = session.scalars(select(Mechanism).where(Mechanism.code == "UPR")).one()
        documents = [
            SourceDocument(mechanism_id=upr.id, symbol=symbol) for symbol in ("A/HRC/1/1", None)
        ]
        session.add_all(documents)
        session.flush()
        first, unnamed = (d.id for d in documents)
    items = [
        NewRecommendation("UPR", f"{n}.1", f"Text {n}", source_id=source)
        for n, source in enumerate([first, unnamed, None, first], start=1)
    ]
    bulk_create_recommendations(db.session_factory, items)
    created = activity(db.session_factory, ActivityFilter(entity="recommendation", limit=None))
    assert sorted(e.label for e in created) == ["1.1 A/HRC/1/1", "2.1", "3.1", "4.1 A/HRC/1/1"]
    with db.session_factory() as session:
        stored = session.scalars(select(Recommendation.uuid)).all()
    assert len(set(stored)) == 4 and {u.version for u in stored} == {4}
    assert {e.record_uuid for e in created} == set(stored)
    assert verify_chain(db.session_factory).ok


def test_bulk_rows_store_what_sqlalchemy_stores(tmp_path: Path) -> None:
    path = tmp_path / "same.sqlite3"
    database = open_database(str(path), create=True)
    try:
        bulk_create_recommendations(database.session_factory, ITEMS[:1])
        with database.session_factory.begin() as session:
            # The same values through SQLAlchemy's own insert, as before.
            lookups = Lookups(session)
            row = recommendation_row(
                recommendation_content(ITEMS[0], lookups.mechanisms, 0), utcnow()
            )
            table = Recommendation.__table__
            assert isinstance(table, Table)
            session.execute(
                insert(table), [{**row, "reference": "12.1 (2)", "annotation_id": "ann-2"}]
            )
    finally:
        database.dispose()
    skip = {
        "id",
        "uuid",
        "reference",
        "annotation_id",
        "reference_key",
        "search_text",
        "created_at",
        "updated_at",
    }
    with sqlite3.connect(path) as conn:
        names = [r[1] for r in conn.execute("PRAGMA table_info(recommendation)")]
        kept = [n for n in names if n not in skip]
        listed = ", ".join(f'"{n}", typeof("{n}")' for n in kept)
        ours, theirs = conn.execute(f"SELECT {listed} FROM recommendation ORDER BY id").fetchall()
        shapes = conn.execute(
            "SELECT typeof(uuid), length(uuid), typeof(created_at), length(created_at),"
            " created_at = updated_at FROM recommendation ORDER BY id"
        ).fetchall()
    assert ours == theirs
    assert shapes[0] == shapes[1] and shapes[0][4] == 1


def test_bulk_insert_refused_for_a_reader(db: Database) -> None:
    from desktop.services.audit_guard import install_guard

    install_guard(db.session_factory, User("somebody", Role.READER))
    with pytest.raises(PermissionDeniedError):  # no new names: the insert itself is refused
        bulk_create_recommendations(db.session_factory, ITEMS[1:])
    with db.session_factory() as session:
        assert session.scalars(select(Recommendation.id)).all() == []
