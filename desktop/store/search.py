"""Full-text search over recommendations, one backend per engine, both built
on ``Recommendation.search_text`` (see desktop.domain.text_search).

A backend turns a user's query into a WHERE clause, so that search combines
with filters and sorting in one SQL statement.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import ColumnElement, Integer, column, func, literal_column, text

from desktop.domain.text_search import Term, parse_query
from desktop.store.models import Recommendation


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
        return Recommendation.id.in_(matching)


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
        document = func.to_tsvector(config, Recommendation.search_text)
        return document.bool_op("@@")(func.to_tsquery(config, self.tsquery(terms)))


def backend_for(dialect_name: str) -> SearchBackend:
    if dialect_name == "sqlite":
        return SqliteFtsSearch()
    if dialect_name == "postgresql":
        return PostgresSearch()
    raise ValueError(f"no search backend for {dialect_name}")


def search_clause(dialect_name: str, query: str) -> ColumnElement[bool] | None:
    """The WHERE clause for ``query``, or None when it has nothing to search for."""
    terms = parse_query(query)
    if not terms:
        return None
    return backend_for(dialect_name).clause(terms)
