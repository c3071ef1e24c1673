"""Full-text search of the register (``nmrf-desk search``, the search box)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import REGISTER_ORDER, Mechanism, Recommendation, SourceDocument
from desktop.store.search import MAX_SEARCH_TERMS, SearchTooLong, search_clause

__all__ = [
    "MAX_SEARCH_TERMS",
    "SearchHit",
    "SearchResult",
    "SearchTooLong",
    "search_recommendations",
]


@dataclass(frozen=True)
class SearchHit:
    id: int
    reference: str
    mechanism: str
    source: str | None


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: list[SearchHit]


def search_recommendations(
    session_factory: sessionmaker[Session],
    query: str,
    *,
    limit: int = 50,
    include_archived: bool = False,
) -> SearchResult:
    """Recommendations whose reference, text or notes hold every term of
    ``query``, in register order, with the total count of matches. Raises
    SearchTooLong for a query of more than MAX_SEARCH_TERMS different words."""
    with session_factory() as session:
        clause = search_clause(session.get_bind().dialect.name, query)
        if clause is None:
            return SearchResult(query, 0, [])
        conditions = [clause]
        if not include_archived:
            conditions.append(Recommendation.archived.is_(False))
        total = session.scalar(select(func.count()).select_from(Recommendation).where(*conditions))
        rows = session.execute(
            select(
                Recommendation.id, Recommendation.reference, Mechanism.code, SourceDocument.symbol
            )
            .join(Mechanism, Mechanism.id == Recommendation.mechanism_id)
            .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
            .where(*conditions)
            .order_by(*REGISTER_ORDER)
            .limit(max(0, limit))
        )
        hits = [SearchHit(rid, ref, code, symbol) for rid, ref, code, symbol in rows]
    return SearchResult(query, int(total or 0), hits)
