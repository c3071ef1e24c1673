"""Full-text search over recommendations, one backend per engine, both built
on ``Recommendation.search_text`` (see desktop.domain.text_search).

A backend turns a user's query into a WHERE clause, so that search combines
with filters and sorting in one SQL statement.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import ColumnElement, Integer, column, func, literal_column, text
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.text_search import Term, parse_query
from desktop.store import core_tables as core


class SearchBackend(Protocol):
    def clause(self, terms: list[Term]) -> ColumnElement[bool]: ...


class SqliteFtsSearch:
    """SQLite FTS5 table ``recommendation_fts`` (migration 0002)."""

    @staticmethod
    def match_expression(terms: list[Term]) -> str:
        parts = []
        for term in terms:
            phrase = '"' + " ".join(term.tokens) + '"'
            parts.append(phrase + "*" if term.prefix else phrase)
        return " ".join(parts)

    def clause(self, terms: list[Term]) -> ColumnElement[bool]:
        matching = (
            text("SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH :fts_query")
            .bindparams(fts_query=self.match_expression(terms))
            .columns(column("rowid", Integer))
        )
        return core.recommendation.c.id.in_(matching)


class PostgresSearch:
    """PostgreSQL full text (the 'simple' configuration: no stemming, any
    language) over a GIN expression index (migration 0002)."""

    @staticmethod
    def tsquery(terms: list[Term]) -> str:
        parts = []
        for term in terms:
            lexemes = [f"'{token}'" for token in term.tokens]
            if term.prefix:
                lexemes[-1] += ":*"
            parts.append("(" + " <-> ".join(lexemes) + ")")
        return " & ".join(parts)

    def clause(self, terms: list[Term]) -> ColumnElement[bool]:
        config: ColumnElement[str] = literal_column("'simple'::regconfig")
        document = func.to_tsvector(config, core.recommendation.c.search_text)
        return document.bool_op("@@")(func.to_tsquery(config, self.tsquery(terms)))


def backend_for(dialect_name: str) -> SearchBackend:
    if dialect_name == "sqlite":
        return SqliteFtsSearch()
    if dialect_name == "postgresql":
        return PostgresSearch()
    raise ValueError(f"no search backend for {dialect_name}")


MAX_SEARCH_TERMS = 32
"""The most different words (terms) one search looks for: every term is one
more pass over the index, and a longer query (a pasted page) would take
seconds; repeated terms count once."""


class SearchTooLong(ValidationError):
    """A query of more different words than MAX_SEARCH_TERMS."""


def search_terms(query: str) -> list[Term]:
    """The different terms of ``query`` in their order. Raises SearchTooLong
    for a query of more than MAX_SEARCH_TERMS."""
    terms = list(dict.fromkeys(parse_query(query)))
    if len(terms) > MAX_SEARCH_TERMS:
        raise SearchTooLong(
            f"a search looks for at most {MAX_SEARCH_TERMS} different words;"
            f" this one has {len(terms)}",
            where="search",
        )
    return terms


def search_clause(dialect_name: str, query: str) -> ColumnElement[bool] | None:
    """The WHERE clause for ``query``, or None when it has nothing to search for.
    Raises SearchTooLong for a query of more than MAX_SEARCH_TERMS."""
    terms = search_terms(query)
    if not terms:
        return None
    return backend_for(dialect_name).clause(terms)


# -- filling the SQLite index after a large insert ---------------------------------
_INDEX_TRIGGERS = (
    "recommendation_fts_insert",
    "recommendation_fts_update",
    "recommendation_fts_delete",
)
# While deferred: rows up to ``after`` are in the index and kept in step; newer
# rows are indexed all at once by index_deferred (their edits need nothing).
_DEFERRED_TRIGGERS = (
    "CREATE TRIGGER recommendation_fts_delete AFTER DELETE ON recommendation"
    " WHEN old.id <= {after} BEGIN"
    " INSERT INTO recommendation_fts(recommendation_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text);"
    " END",
    "CREATE TRIGGER recommendation_fts_update AFTER UPDATE OF search_text ON recommendation"
    " WHEN old.id <= {after} BEGIN"
    " INSERT INTO recommendation_fts(recommendation_fts, rowid, search_text)"
    " VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO recommendation_fts(rowid, search_text) VALUES (new.id, new.search_text);"
    " END",
)


@dataclass
class DeferredIndex:
    """The SQLite search index while a transaction inserts many recommendations:
    the triggers as they were, and the highest id indexed before."""

    after: int
    triggers: list[str]
    first_new_id: int | None = None
    """The lowest id inserted since (noted by the caller; None: ``after + 1``)."""

    def note_new(self, ids: Iterable[int]) -> None:
        lowest = min(ids, default=None)
        if lowest is not None and (self.first_new_id is None or lowest < self.first_new_id):
            self.first_new_id = lowest


def defer_indexing(session: Session) -> DeferredIndex | None:
    """Stop indexing each inserted recommendation, in the session's (write)
    transaction: FTS5 indexes a whole range in one statement faster than row by
    row (250,000 recommendation texts: 3.7 s against 13 s). Call index_deferred
    before the commit; a rollback restores the triggers by itself (DDL is
    transactional on SQLite). None elsewhere (PostgreSQL's expression index
    needs nothing) or when the triggers differ."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    names = ", ".join(f"'{name}'" for name in _INDEX_TRIGGERS)
    stored = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
    ).all()
    if len(stored) != len(_INDEX_TRIGGERS):
        return None
    after = int(
        connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM recommendation").scalar_one()
    )
    for name in _INDEX_TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    for statement in _DEFERRED_TRIGGERS:
        connection.exec_driver_sql(statement.format(after=after))
    return DeferredIndex(after, [str(sql) for _, sql in stored])


def index_deferred(session: Session, deferred: DeferredIndex) -> None:
    """Index the recommendations inserted since defer_indexing in one statement
    and put the triggers back as they were."""
    connection = session.connection()
    first = deferred.first_new_id if deferred.first_new_id is not None else deferred.after + 1
    # New ids count up from the highest one stored; only a deletion of the
    # newest rows before the first insert makes them start lower (first_new_id).
    connection.exec_driver_sql(
        "INSERT INTO recommendation_fts(rowid, search_text)"
        " SELECT id, search_text FROM recommendation WHERE id >= ?",
        (min(first, deferred.after + 1),),
    )
    for name in _INDEX_TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for statement in deferred.triggers:
        connection.exec_driver_sql(statement)
