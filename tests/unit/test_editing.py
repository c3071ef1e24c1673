"""Editing single recommendations: validation, conflicts, archive, delete."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import ImplementationStatus, Priority
from desktop.services.database import Database, open_database
from desktop.services.editing import (
    RecommendationFields,
    create_recommendation,
    delete_permanently,
    load_recommendation,
    save_recommendation,
    set_archived,
)
from desktop.services.register import RegisterFilter, register_ids
from desktop.services.search import search_recommendations
from desktop.store.models import SourceDocument


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    yield db
    db.dispose()


def _source(database: Database) -> int:
    from sqlalchemy import select

    from desktop.store.models import Mechanism

    with database.session_factory.begin() as session:
        upr = session.scalars(select(Mechanism).where(Mechanism.code == "UPR")).one()
        doc = SourceDocument(mechanism=upr, symbol="A/HRC/46/12", cycle=3)
        session.add(doc)
        session.flush()
        return doc.id


def test_create_edit_and_reload(database: Database) -> None:
    source = _source(database)
    created = create_recommendation(
        database.session_factory,
        "UPR",
        RecommendationFields(reference=" 118.1 ", text="  Ratify OP-CAT  "),
        source_id=source,
    )
    assert created.fields.reference == "118.1" and created.fields.text == "Ratify OP-CAT"
    assert created.source == "A/HRC/46/12" and created.version == 1
    edited = replace(
        created.fields,
        status=ImplementationStatus.IN_PROGRESS,
        priority=Priority.HIGH,
        notes="Bill drafted",
        text="Ratify the OP-CAT",
    )
    saved = save_recommendation(database.session_factory, created.id, created.version, edited)
    assert saved.version == 2
    again = load_recommendation(database.session_factory, created.id)
    assert again.fields.status == ImplementationStatus.IN_PROGRESS
    assert again.fields.notes == "Bill drafted"
    assert [
        h.reference for h in search_recommendations(database.session_factory, "drafted").hits
    ] == ["118.1"]


def test_a_conflicting_edit_is_refused_and_nothing_is_overwritten(database: Database) -> None:
    rec = create_recommendation(
        database.session_factory, "UPR", RecommendationFields(reference="1", text="original")
    )
    theirs = save_recommendation(
        database.session_factory, rec.id, rec.version, replace(rec.fields, notes="their note")
    )
    with pytest.raises(ConflictError, match="someone else saved"):
        save_recommendation(
            database.session_factory, rec.id, rec.version, replace(rec.fields, notes="my note")
        )
    assert load_recommendation(database.session_factory, rec.id).fields.notes == "their note"
    assert theirs.version == rec.version + 1


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        (RecommendationFields(reference="  ", text="x"), "reference"),
        (RecommendationFields(reference="1", text=" \n "), "text"),
        (RecommendationFields(reference="1", text="x", action_category=7), "action_category"),
        (RecommendationFields(reference="x" * 101, text="x"), "reference"),
    ],
)
def test_invalid_fields_name_the_field(
    database: Database, fields: RecommendationFields, where: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_recommendation(database.session_factory, "UPR", fields)
    assert caught.value.where == where
    assert register_ids(database.session_factory, RegisterFilter()) == []


def test_duplicate_reference_within_a_document(database: Database) -> None:
    source = _source(database)
    first = create_recommendation(
        database.session_factory, "UPR", RecommendationFields(reference="118.1", text="a"), source
    )
    second = create_recommendation(
        database.session_factory, "UPR", RecommendationFields(reference="118.2", text="b"), source
    )
    with pytest.raises(ValidationError, match=r"already has the reference '118\.1'"):
        create_recommendation(
            database.session_factory,
            "UPR",
            RecommendationFields(reference="118.1", text="c"),
            source,
        )
    with pytest.raises(ValidationError) as caught:
        save_recommendation(
            database.session_factory,
            second.id,
            second.version,
            replace(second.fields, reference="118.1"),
        )
    assert caught.value.where == "reference"
    assert load_recommendation(database.session_factory, second.id).fields.reference == "118.2"
    # The same reference is fine in another document, or without one.
    create_recommendation(
        database.session_factory, "UPR", RecommendationFields(reference="118.1", text="d")
    )
    assert first.fields.reference == "118.1"


def test_archive_restore_and_delete(database: Database) -> None:
    factory = database.session_factory
    a = create_recommendation(factory, "UPR", RecommendationFields(reference="1", text="a"))
    b = create_recommendation(factory, "UPR", RecommendationFields(reference="2", text="b"))
    with pytest.raises(ValidationError, match="only archived"):
        delete_permanently(factory, [a.id])
    assert set_archived(factory, [a.id, b.id], True) == 2
    assert set_archived(factory, [a.id], True) == 0  # already archived
    assert register_ids(factory, RegisterFilter()) == []
    assert set(register_ids(factory, RegisterFilter(archived=True))) == {a.id, b.id}
    assert load_recommendation(factory, a.id).version == 2  # an open editor sees the change
    assert set_archived(factory, [b.id], False) == 1
    assert delete_permanently(factory, [a.id]) == 1
    with pytest.raises(NotFoundError):
        load_recommendation(factory, a.id)
    assert register_ids(factory, RegisterFilter()) == [b.id]
    assert search_recommendations(factory, "a", include_archived=True).total == 0
