"""The values of a new recommendation's row besides its id, UUID, times and
version, in the order of :data:`CONTENT`, checked: the row the bulk insert
(desktop.services.recommendations) writes for each."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import ValidationError
from desktop.domain.natural_order import natural_key
from desktop.domain.text_search import fold, folded_document
from desktop.domain.vocab import ImplementationStatus, Position, Priority

if TYPE_CHECKING:
    from desktop.services.recommendations import NewRecommendation

CONTENT = (
    "mechanism_id",
    "source_id",
    "reference",
    "paragraph",
    "annotation_id",
    "official_digest",
    "text",
    "text_language",
    "response",
    "action_category",
    "priority",
    "priority_rationale",
    "needs_parliament",
    "status",
    "cluster_id",
    "notes",
    "archived",
    "sort_key",
    "reference_key",
    "search_text",
)
"""The columns of a new recommendation besides its id, UUID, times and version."""
# The columns whose values SQLAlchemy converts before the driver stores them.
CONVERTED = ("response", "priority", "needs_parliament", "status", "archived")


def recommendation_row(content: tuple[Any, ...], now: datetime) -> dict[str, Any]:
    """A new recommendation's row as SQLAlchemy's insert takes it (all but its id)."""
    return {"uuid": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1} | dict(
        zip(CONTENT, content, strict=True)
    )


def recommendation_content(
    item: NewRecommendation, mechanisms: dict[str, int], order: int
) -> tuple[Any, ...]:
    """The values of ``CONTENT`` for a new recommendation, checked."""
    mechanism_id = mechanisms.get(item.mechanism_code)
    if mechanism_id is None:
        raise ValidationError(f"unknown mechanism {item.mechanism_code!r}", where=item.reference)
    return content_values(
        mechanism_id,
        item.source_id,
        item.reference,
        item.paragraph,
        item.annotation_id,
        item.official_digest,
        item.text,
        item.text_language,
        item.response,
        item.action_category,
        item.priority,
        item.priority_rationale,
        item.needs_parliament,
        item.status,
        item.cluster_id,
        item.notes,
        order,
        item.folded_text,
    )


def content_values(
    mechanism_id: int,
    source_id: int | None,
    reference: str,
    paragraph: str | None,
    annotation_id: str | None,
    official_digest: str | None,
    text: str,
    text_language: str | None,
    response: Position,
    action_category: int | None,
    priority: Priority | None,
    priority_rationale: str | None,
    needs_parliament: bool,
    status: ImplementationStatus,
    cluster_id: int | None,
    notes: str | None,
    order: int,
    folded_text: str | None,
) -> tuple[Any, ...]:
    """The values of ``CONTENT``, checked, from each value given in turn (an
    import makes tens of thousands: no record object in between).
    ``folded_text``: ``fold(text)`` where already computed."""
    if not text or text.isspace():  # (what strip() would leave empty, without a copy)
        raise ValidationError("the recommendation text is empty", where=reference)
    if not reference or reference.isspace():
        raise ValidationError("the reference is empty", where=f"item {order + 1}")
    return (
        mechanism_id,
        source_id,
        reference,
        paragraph,
        annotation_id,
        official_digest,
        text,
        text_language,
        response,
        action_category,
        priority,
        priority_rationale,
        needs_parliament,
        status,
        cluster_id,
        notes,
        False,
        order,
        natural_key(reference),
        folded_document(
            fold(reference), fold(text) if folded_text is None else folded_text, fold(notes)
        ),
    )
