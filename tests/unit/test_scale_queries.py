"""Queries that must stay fast on a large register: a search of thousands of
words answers (repeats count once) or is refused naming the limit; the
dashboard's breakdowns count links in index order, without sorting them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import sessionmaker

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import AgencyRole, ImplementationStatus
from desktop.services.dashboard import BreakdownKind, load_breakdown
from desktop.services.database import Database, open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.register import RegisterFilter, register_ids
from desktop.services.search import search_recommendations
from desktop.store.models import Agency, Assignment, Recommendation, Theme
from desktop.store.search import MAX_SEARCH_TERMS
from desktop.store.status_weights import WEIGHTS_INDEX

TEXTS = {
    "1.1": "Ratify the Optional Protocol to the Convention against Torture.",
    "1.2": "Strengthen the independence of the national human rights institution.",
    "1.3": "Adopt a law against torture and ill-treatment in detention.",
}


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation("UPR", ref, text, themes=["Torture"] if "orture" in text else [])
            for ref, text in TEXTS.items()
        ],
    )
    yield database
    database.dispose()


def test_a_search_of_thousands_of_repeated_words_answers(db: Database) -> None:
    query = " ".join(["torture", "against"] * 2000)
    result = search_recommendations(db.session_factory, query)
    assert sorted(hit.reference for hit in result.hits) == ["1.1", "1.3"]


def test_a_search_of_too_many_different_words_is_refused_naming_the_limit(db: Database) -> None:
    words = [f"word{n}" for n in range(3000)]
    with pytest.raises(ValidationError, match=f"at most {MAX_SEARCH_TERMS} different words"):
        search_recommendations(db.session_factory, " ".join(words))
    with pytest.raises(ValidationError, match="this one has 3000"):
        register_ids(db.session_factory, RegisterFilter(text=" ".join(words)))
    # As many as the limit are searched.
    most = ["torture", *words[: MAX_SEARCH_TERMS - 1]]
    assert search_recommendations(db.session_factory, " ".join(most)).total == 0
    assert search_recommendations(db.session_factory, " ".join(most[:1])).total == 2


def _statements(db: Database, run: Any) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []
    engine = db.engine

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def _every_text_on_torture(factory: Any) -> None:
    bulk_create_recommendations(
        factory,
        [NewRecommendation("UPR", ref, text, themes=["Torture"]) for ref, text in TEXTS.items()],
    )


def _columns_read_from_table(connection: Any, sql: str, params: Any, table: str) -> int:
    """How many instructions of ``sql``'s program read a column of ``table``'s rows
    (not of an index): those of a cursor opened on the table's root page."""
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    page = root.fetchone()[0]
    program = list(connection.execute(f"EXPLAIN {sql}", params))
    cursors = {row[2] for row in program if row[1] == "OpenRead" and row[3] == page}
    return sum(1 for row in program if row[1] == "Column" and row[2] in cursors)


@pytest.mark.parametrize("kind", [BreakdownKind.THEME, BreakdownKind.AGENCY])
def test_breakdowns_count_links_in_index_order_on_sqlite(
    tmp_path: Any, kind: BreakdownKind
) -> None:
    database = open_database(str(tmp_path / "plan.sqlite3"), create=True)
    try:
        factory = database.session_factory
        _every_text_on_torture(factory)
        with factory.begin() as session:
            agency = Agency(name="Ministry of Justice")
            session.add(agency)
            session.flush()
            for rid in session.query(Recommendation.id).limit(2):
                session.add(
                    Assignment(agency_id=agency.id, recommendation_id=rid[0], role=AgencyRole.LEAD)
                )
        rows: Any = None

        def load() -> None:
            nonlocal rows
            rows = load_breakdown(factory, kind)

        grouped = [
            (sql, params)
            for sql, params in _statements(database, load)
            if "GROUP BY" in sql and "JOIN recommendation" in sql
        ]
        assert len(grouped) == 1
        sql, params = grouped[0]
        with factory() as session:
            connection = session.connection().connection.driver_connection
            assert connection is not None
            plan = " | ".join(
                str(r[3]) for r in connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            )
            table_reads = _columns_read_from_table(connection, sql, params, "recommendation")
        assert f"USING INDEX {WEIGHTS_INDEX}" in plan
        assert "TEMP B-TREE" not in plan
        # Each link's status weights come from the index: no recommendation row is read.
        assert table_reads == 0
        expected = 3 if kind is BreakdownKind.THEME else 2
        assert [r.total for r in rows] == [expected]
        assert rows[0].counts[ImplementationStatus.NOT_ASSESSED.value] == expected
        if kind is BreakdownKind.THEME:
            with factory() as session:
                assert rows[0].key == session.query(Theme.id).filter_by(name="Torture").scalar()
    finally:
        database.dispose()


def test_register_ids_come_whole_on_a_connection_that_streams_its_results(db: Database) -> None:
    """register_ids reads the driver's cursor itself, except where SQLAlchemy
    has already begun reading it (results streamed): there no id is lost."""
    expected = register_ids(db.session_factory, RegisterFilter())
    streaming = sessionmaker(
        bind=db.engine.execution_options(stream_results=True, max_row_buffer=1)
    )
    assert len(expected) == len(TEXTS)
    assert register_ids(streaming, RegisterFilter()) == expected


def test_a_breakdown_counts_the_same_without_the_index_of_status_weights(
    tmp_path: Any,
) -> None:
    """A database that lost the index (a migration that rebuilt the table, a
    hand-made copy) still gets its breakdowns, read without the index."""
    database = open_database(str(tmp_path / "lost.sqlite3"), create=True)
    try:
        factory = database.session_factory
        _every_text_on_torture(factory)
        before = load_breakdown(factory, BreakdownKind.THEME)
        with database.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP INDEX {WEIGHTS_INDEX}")
        after = load_breakdown(factory, BreakdownKind.THEME)
        assert [r.counts for r in after] == [r.counts for r in before]
        assert after[0].counts[ImplementationStatus.NOT_ASSESSED.value] == len(TEXTS)
    finally:
        database.dispose()
