"""Reading context paragraphs: what a recommendation's source document says
besides recommendations (concerns and observations, positive aspects ...),
as kept by the UHRI import. Read-only; the import keeps them up to date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import ContextParagraph, Recommendation


@dataclass(frozen=True)
class ContextItem:
    id: int
    reference: str
    annotation_type: str
    text: str
    annotation_id: str | None


def context_of_document(
    session_factory: sessionmaker[Session], source_id: int
) -> list[ContextItem]:
    """The document's context paragraphs in paragraph order (natural order)."""
    with session_factory() as session:
        rows = session.execute(
            select(
                ContextParagraph.id,
                ContextParagraph.reference,
                ContextParagraph.annotation_type,
                ContextParagraph.text,
                ContextParagraph.annotation_id,
            )
            .where(ContextParagraph.source_id == source_id)
            .order_by(ContextParagraph.reference_key, ContextParagraph.id)
        )
        return [ContextItem(*row) for row in rows]


def context_of_recommendation(
    session_factory: sessionmaker[Session], recommendation_id: int
) -> list[ContextItem]:
    """The context paragraphs of the recommendation's source document."""
    with session_factory() as session:
        source_id = session.scalar(
            select(Recommendation.source_id).where(Recommendation.id == recommendation_id)
        )
    if source_id is None:
        return []
    return context_of_document(session_factory, source_id)


def context_counts(session_factory: sessionmaker[Session]) -> Counter[str]:
    """Context paragraphs stored, by annotation type."""
    with session_factory() as session:
        rows = session.execute(
            select(ContextParagraph.annotation_type, func.count()).group_by(
                ContextParagraph.annotation_type
            )
        )
        return Counter({str(label): int(n) for label, n in rows})
