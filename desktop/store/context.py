"""Context paragraphs: what a source document says besides recommendations.

A UHRI export carries an annotation type on every paragraph; besides
recommendations it holds concerns and observations, positive aspects and
other types. Those are kept here, linked to their source document, so that
nothing that counts recommendations (register, dashboard, plans, reports)
ever sees them."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text, event, inspect
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.natural_order import KEY_LENGTH, natural_key
from desktop.store.base import Base, RecordMixin
from desktop.store.columns import byte_ordered_string
from desktop.store.register import SourceDocument


class ContextParagraph(RecordMixin, Base):
    """One paragraph of a source document that is not a recommendation."""

    __tablename__ = "context_paragraph"
    __table_args__ = (
        # A document's paragraphs in natural order (140.2 before 140.10).
        Index("ix_context_paragraph_document_order", "source_id", "reference_key", "id"),
    )

    source_id: Mapped[int] = mapped_column(ForeignKey("source_document.id", ondelete="CASCADE"))
    reference: Mapped[str] = mapped_column(String(100))
    """How the office cites it, as for a recommendation (``49``, ``121.2``)."""
    paragraph: Mapped[str | None] = mapped_column(String(32))
    annotation_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    """OHCHR (UHRI) annotation id: the stable key a re-import matches on."""
    annotation_type: Mapped[str] = mapped_column(String(100))
    """The type as the file names it (``Concerns/Observations``, ``Positive aspects``)."""
    text: Mapped[str] = mapped_column(Text)
    official_digest: Mapped[str | None] = mapped_column(String(40))
    """A digest of the fields as last imported: a re-import skips an unchanged row."""
    reference_key: Mapped[str] = mapped_column(
        byte_ordered_string(KEY_LENGTH), default="", server_default=""
    )
    """The reference's natural-order key (desktop.domain.natural_order)."""

    source: Mapped[SourceDocument] = relationship()


@event.listens_for(ContextParagraph, "before_insert")
def _key_on_insert(_mapper: object, _connection: object, target: ContextParagraph) -> None:
    target.reference_key = natural_key(target.reference or "")


@event.listens_for(ContextParagraph, "before_update")
def _key_on_update(_mapper: object, _connection: object, target: ContextParagraph) -> None:
    if inspect(target).attrs["reference"].history.has_changes():
        target.reference_key = natural_key(target.reference or "")
