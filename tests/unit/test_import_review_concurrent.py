"""PostgreSQL: a source document another user commits while an import runs
(READ COMMITTED, no lock shared by the two) is the import's document too,
not created a second time. SQLite cannot meet this: an import holds the
write lock from its first statement (BEGIN IMMEDIATE)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.services.database import Database, open_database
from desktop.services.importing import reader_process
from desktop.services.importing.service import import_file
from desktop.store.models import Country, Mechanism, Recommendation, SourceDocument
from tests.pg_server import PgServer
from tests.unit.import_files import upr_info_bytes

pytestmark = pytest.mark.postgres

LINES = [
    "Sao Tome and Principe,Africa,AU,Ratify the Convention,France,WEOG,EU,Accepted,5,Labour,3",
    "Chile,GRULAC,,Continue its efforts in education,Brazil,GRULAC,,Noted,2,Labour,3",
]


@pytest.fixture
def db(pg_server: PgServer) -> Iterator[Database]:
    database = open_database(pg_server.create_database(), create=True)
    yield database
    database.dispose()


def test_a_document_committed_meanwhile_is_not_created_twice(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "upr-info.csv"
    path.write_bytes(upr_info_bytes(LINES))
    # the second row is read after the first's chunk
    monkeypatch.setattr(reader_process, "CHUNK", 1)

    def another_user_adds_the_document(done: int, _total: int) -> None:
        if done != 1:
            return
        with db.session_factory.begin() as session:
            upr = session.scalars(select(Mechanism.id).where(Mechanism.code == "UPR")).one()
            chile = session.scalars(select(Country.id).where(Country.name == "Chile")).one()
            session.add(
                SourceDocument(
                    mechanism_id=upr, session="3", country_id=chile, cycle=1, title="Theirs"
                )
            )

    summary = import_file(db, path, progress=another_user_adds_the_document)
    assert summary.new == 2
    with db.session_factory() as session:
        titles = session.scalars(
            select(SourceDocument.title)
            .join(Country, Country.id == SourceDocument.country_id)
            .where(Country.name == "Chile")
        ).all()
        placed = session.scalars(
            select(SourceDocument.title)
            .join(Recommendation, Recommendation.source_id == SourceDocument.id)
            .where(Recommendation.text == "Continue its efforts in education")
        ).all()
    assert titles == ["Theirs"]
    assert placed == ["Theirs"]
