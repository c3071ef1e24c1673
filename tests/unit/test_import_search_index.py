"""An import indexes its new recommendations for search in one statement at
the end (SQLite): search finds exactly what it would have found with the
per-row triggers, the triggers are back as they were, and a dry run, a cancel
or an error leaves index and triggers untouched. On both engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlalchemy.orm import Session

from benchmarks.uhri_file import write_uhri_xlsx
from desktop.domain.errors import NmrfError
from desktop.domain.text_search import search_document
from desktop.services.database import Database, open_database
from desktop.services.importing.service import ImportCancelled, import_file
from desktop.services.recommendations import (
    Lookups,
    NewRecommendation,
    bulk_create_recommendations,
    insert_recommendations,
)
from desktop.services.search import search_recommendations
from desktop.store.models import Recommendation
from desktop.store.search import defer_indexing, index_deferred

QUERIES = ("discrim", "torture", "women", "children", "education", "law", "法律", "المرأة")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation("UPR", "old-1", "Abolish torture in detention centres."),
            NewRecommendation("UPR", "old-2", "Protect the rights of women and children."),
        ],
    )
    yield database
    database.dispose()


def _is_sqlite(db: Database) -> bool:
    with db.session_factory() as session:
        return session.get_bind().dialect.name == "sqlite"


def _triggers(db: Database) -> list[tuple[str, str]]:
    with db.session_factory() as session:
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        )
        return [(str(n), str(s)) for n, s in rows]


def _check_index(db: Database) -> None:
    """FTS5's own check that the index holds exactly the content table's text."""
    with db.session_factory.begin() as session:
        session.execute(
            text("INSERT INTO recommendation_fts(recommendation_fts) VALUES ('integrity-check')")
        )


def _results(db: Database) -> dict[str, tuple[int, list[str]]]:
    found = {}
    for query in QUERIES:
        result = search_recommendations(db.session_factory, query, limit=10_000)
        found[query] = (result.total, sorted(hit.reference for hit in result.hits))
    return found


def _rebuilt_results(db: Database) -> dict[str, tuple[int, list[str]]]:
    """The results with the index rebuilt from scratch (what the per-row triggers give)."""
    with db.session_factory.begin() as session:
        session.execute(
            text("INSERT INTO recommendation_fts(recommendation_fts) VALUES ('rebuild')")
        )
    return _results(db)


def test_search_after_an_import_and_a_reimport(db: Database, tmp_path: Path) -> None:
    path = write_uhri_xlsx(tmp_path / "uhri.xlsx", 300)
    sqlite = _is_sqlite(db)
    triggers = _triggers(db) if sqlite else []
    summary = import_file(db, path)
    assert summary.new == 300
    after_import = _results(db)
    assert after_import["torture"][0] >= 2  # the stored one and imported ones
    assert "old-1" in after_import["torture"][1]
    assert all(after_import[q][0] > 0 for q in ("women", "education"))
    if sqlite:
        assert _triggers(db) == triggers
        _check_index(db)
        assert _rebuilt_results(db) == after_import
    again = import_file(db, path)
    assert (again.new, again.unchanged) == (0, 300)
    assert _results(db) == after_import
    # The triggers index edits made after the import as before it.
    with db.session_factory.begin() as session:
        session.execute(
            update(Recommendation)
            .where(Recommendation.reference == "old-2")
            .values(text="Zyzzogeton", search_text=search_document("old-2", "Zyzzogeton"))
        )
    assert search_recommendations(db.session_factory, "zyzzogeton").total == 1
    assert search_recommendations(db.session_factory, "women").total == after_import["women"][0] - 1
    if sqlite:
        _check_index(db)


@pytest.mark.parametrize("how", ["dry run", "cancel"])
def test_nothing_written_leaves_index_and_triggers_as_they_were(
    db: Database, tmp_path: Path, how: str
) -> None:
    path = write_uhri_xlsx(tmp_path / "uhri.xlsx", 120)
    sqlite = _is_sqlite(db)
    triggers = _triggers(db) if sqlite else []
    before = _results(db)
    if how == "dry run":
        assert import_file(db, path, dry_run=True).new == 120
    else:
        with pytest.raises(ImportCancelled):
            import_file(db, path, cancelled=lambda: True)
    assert _results(db) == before
    if sqlite:
        assert _triggers(db) == triggers
        _check_index(db)


def test_rows_edited_or_deleted_while_indexing_is_deferred(tmp_path: Path) -> None:
    """Rows inserted while indexing is deferred may change or go before the
    index is filled; rows stored before are kept in step all along."""
    database = open_database(str(tmp_path / "d.sqlite3"), create=True)
    try:
        factory = database.session_factory
        bulk_create_recommendations(
            factory, [NewRecommendation("UPR", f"r{n}", f"Old text {n} alpha") for n in range(3)]
        )
        triggers = _triggers(database)
        with factory.begin() as session:
            deferred = defer_indexing(session)
            assert deferred is not None and deferred.after == 3
            assert _names(session) == ["recommendation_fts_delete", "recommendation_fts_update"]
            ids = insert_recommendations(
                session,
                [NewRecommendation("UPR", f"n{n}", f"New text {n} charlie") for n in range(4)],
                Lookups(session),
                10,
            )
            deferred.note_new(ids)
            for reference, words in (("r0", "Bravo"), ("n0", "Delta")):
                session.execute(
                    update(Recommendation)
                    .where(Recommendation.reference == reference)
                    .values(search_text=search_document(reference, words))
                )
            session.execute(text("DELETE FROM recommendation WHERE reference IN ('r1', 'n1')"))
            index_deferred(session, deferred)
        assert _triggers(database) == triggers
        _check_index(database)
        counts = {
            word: search_recommendations(factory, word).total
            for word in ("alpha", "bravo", "charlie", "delta")
        }
        assert counts == {"alpha": 1, "bravo": 1, "charlie": 2, "delta": 1}
    finally:
        database.dispose()


def _names(session: Session) -> list[str]:
    rows = session.execute(
        text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'recommendation_fts%' ORDER BY name"
        )
    )
    return [str(name) for name in rows.scalars()]


def test_a_failed_import_restores_the_triggers(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "f.sqlite3"), create=True)
    try:
        triggers = _triggers(database)
        broken = tmp_path / "broken.xlsx"
        broken.write_bytes(write_uhri_xlsx(tmp_path / "ok.xlsx", 50).read_bytes()[:4000])
        with pytest.raises(NmrfError):
            import_file(database, broken)
        assert _triggers(database) == triggers
    finally:
        database.dispose()
