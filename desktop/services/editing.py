"""Reading, editing, creating, archiving and deleting single recommendations.

Edits carry the version the user started from: if someone saved the record
since, the save is refused with a ConflictError and nothing is overwritten
(the version counter also guards the instant between check and write)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.store.base import utcnow
from desktop.store.models import Mechanism, Recommendation, SourceDocument


@dataclass(frozen=True)
class RecommendationFields:
    """What a user edits on a recommendation."""

    reference: str
    text: str
    paragraph: str = ""
    text_language: str = ""
    response: Position = Position.PENDING
    action_category: int | None = None
    priority: Priority | None = None
    priority_rationale: str = ""
    needs_parliament: bool = False
    status: ImplementationStatus = ImplementationStatus.NOT_ASSESSED
    cluster_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class RecommendationDetail:
    id: int
    version: int
    mechanism: str
    source_id: int | None
    source: str
    archived: bool
    fields: RecommendationFields
    recommending_states: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    sdg_targets: list[str] = field(default_factory=list)


def _detail(rec: Recommendation) -> RecommendationDetail:
    return RecommendationDetail(
        id=rec.id,
        version=rec.version,
        mechanism=rec.mechanism.code,
        source_id=rec.source_id,
        source=(rec.source.symbol or "") if rec.source else "",
        archived=rec.archived,
        fields=RecommendationFields(
            reference=rec.reference,
            text=rec.text,
            paragraph=rec.paragraph or "",
            text_language=rec.text_language or "",
            response=rec.response,
            action_category=rec.action_category,
            priority=rec.priority,
            priority_rationale=rec.priority_rationale or "",
            needs_parliament=rec.needs_parliament,
            status=rec.status,
            cluster_id=rec.cluster_id,
            notes=rec.notes or "",
        ),
        recommending_states=sorted(c.name for c in rec.recommending_states),
        themes=sorted(t.name for t in rec.themes),
        sdg_targets=sorted(t.code for t in rec.sdg_targets),
    )


def load_recommendation(
    session_factory: sessionmaker[Session], rec_id: int
) -> RecommendationDetail:
    with session_factory() as session:
        rec = session.get(Recommendation, rec_id)
        if rec is None:
            raise NotFoundError("this recommendation no longer exists", where=f"#{rec_id}")
        return _detail(rec)


def validate(fields: RecommendationFields) -> RecommendationFields:
    """Trimmed fields, or a ValidationError naming the field at fault."""
    reference, text = fields.reference.strip(), fields.text.strip()
    if not reference:
        raise ValidationError("a reference is required", where="reference")
    if len(reference) > 100:
        raise ValidationError("the reference is longer than 100 characters", where="reference")
    if not text:
        raise ValidationError("the text of the recommendation is required", where="text")
    if fields.action_category is not None and not 1 <= fields.action_category <= 5:
        raise ValidationError(
            "the action category is a number from 1 to 5", where="action_category"
        )
    return RecommendationFields(
        **{**fields.__dict__, "reference": reference, "text": text, "notes": fields.notes.strip()}
    )


def _check_unique_reference(
    session: Session, source_id: int | None, reference: str, rec_id: int | None
) -> None:
    if source_id is None:
        return
    clash = session.scalar(
        select(Recommendation.id).where(
            Recommendation.source_id == source_id,
            Recommendation.reference == reference,
            Recommendation.id != (rec_id or 0),
        )
    )
    if clash is not None:
        raise ValidationError(
            f"another recommendation of this document already has the reference {reference!r}",
            where="reference",
        )


def _apply(rec: Recommendation, fields: RecommendationFields) -> None:
    rec.reference = fields.reference
    rec.text = fields.text
    rec.paragraph = fields.paragraph or None
    rec.text_language = fields.text_language or None
    rec.response = fields.response
    rec.action_category = fields.action_category
    rec.priority = fields.priority
    rec.priority_rationale = fields.priority_rationale or None
    rec.needs_parliament = fields.needs_parliament
    rec.status = fields.status
    rec.cluster_id = fields.cluster_id
    rec.notes = fields.notes or None


def save_recommendation(
    session_factory: sessionmaker[Session],
    rec_id: int,
    expected_version: int,
    fields: RecommendationFields,
) -> RecommendationDetail:
    """Save an edit made to version ``expected_version`` of the record."""
    fields = validate(fields)
    try:
        with session_factory.begin() as session:
            rec = session.get(Recommendation, rec_id)
            if rec is None:
                raise NotFoundError("this recommendation was deleted meanwhile", where=f"#{rec_id}")
            if rec.version != expected_version:
                raise ConflictError(
                    "someone else saved this recommendation after you opened it; your "
                    "changes were not saved",
                    where=rec.reference,
                )
            _check_unique_reference(session, rec.source_id, fields.reference, rec.id)
            _apply(rec, fields)
            session.flush()
            detail = _detail(rec)
    except StaleDataError as exc:
        raise ConflictError(
            "someone else saved this recommendation at the same moment; your changes were "
            "not saved",
            where=fields.reference,
        ) from exc
    return detail


def create_recommendation(
    session_factory: sessionmaker[Session],
    mechanism_code: str,
    fields: RecommendationFields,
    source_id: int | None = None,
) -> RecommendationDetail:
    fields = validate(fields)
    with session_factory.begin() as session:
        mechanism = session.scalars(
            select(Mechanism).where(Mechanism.code == mechanism_code)
        ).first()
        if mechanism is None:
            raise ValidationError(f"unknown mechanism {mechanism_code!r}", where="mechanism")
        if source_id is not None:
            source = session.get(SourceDocument, source_id)
            if source is None or source.mechanism_id != mechanism.id:
                raise ValidationError(
                    "this document is not one of that mechanism's", where="source"
                )
        _check_unique_reference(session, source_id, fields.reference, None)
        rec = Recommendation(
            mechanism=mechanism, source_id=source_id, reference=fields.reference, text=fields.text
        )
        _apply(rec, fields)
        session.add(rec)
        session.flush()
        return _detail(rec)


def set_archived(session_factory: sessionmaker[Session], ids: Sequence[int], archived: bool) -> int:
    """Archive (or restore) recommendations; returns how many changed."""
    with session_factory.begin() as session:
        result = session.execute(
            update(Recommendation)
            .where(Recommendation.id.in_(ids), Recommendation.archived.is_(not archived))
            .values(archived=archived, version=Recommendation.version + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def delete_permanently(session_factory: sessionmaker[Session], ids: Sequence[int]) -> int:
    """Delete archived recommendations for good; live ones must be archived first."""
    with session_factory.begin() as session:
        live = session.scalar(
            select(Recommendation.reference).where(
                Recommendation.id.in_(ids), Recommendation.archived.is_(False)
            )
        )
        if live is not None:
            raise ValidationError(
                "only archived recommendations can be deleted; archive it first", where=live
            )
        result = session.execute(
            delete(Recommendation)
            .where(Recommendation.id.in_(ids))
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
