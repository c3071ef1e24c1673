"""Reading, editing, creating, archiving and deleting single recommendations.

Edits carry the version the user started from: if someone saved the record
since, the save is refused with a ConflictError and nothing is overwritten
(the version counter also guards the instant between check and write)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, object_session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import AgencyRole, ImplementationStatus, Position, Priority
from desktop.services.versions import check_version
from desktop.store.base import utcnow
from desktop.store.models import (
    AffectedPersons,
    Agency,
    Assignment,
    Country,
    Mechanism,
    Recommendation,
    SdgGoal,
    SdgTarget,
    SourceDocument,
    Theme,
)


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
    theme_ids: tuple[int, ...] = ()
    affected_persons_ids: tuple[int, ...] = ()
    sdg_goal_ids: tuple[int, ...] = ()
    """Goals linked directly, without a target (OHCHR thematic lists)."""
    sdg_target_ids: tuple[int, ...] = ()
    recommending_state_ids: tuple[int, ...] = ()
    lead_agency_ids: tuple[int, ...] = ()
    supporting_agency_ids: tuple[int, ...] = ()


LINK_FIELDS: dict[str, str] = {
    "lead_agency_ids": "lead_agencies",
    "supporting_agency_ids": "supporting_agencies",
    "theme_ids": "themes",
    "affected_persons_ids": "affected_persons",
    "sdg_goal_ids": "sdg_goals",
    "sdg_target_ids": "sdg_targets",
    "recommending_state_ids": "recommending_states",
}
"""The linked fields of RecommendationFields, with the name a ValidationError
gives as ``where`` when one of them is at fault."""


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


def _agencies_of(rec: Recommendation, role: AgencyRole) -> tuple[int, ...]:
    session = object_session(rec)
    assert session is not None
    return tuple(
        sorted(
            session.scalars(
                select(Assignment.agency_id).where(
                    Assignment.recommendation_id == rec.id, Assignment.role == role
                )
            )
        )
    )


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
            theme_ids=tuple(sorted(t.id for t in rec.themes)),
            affected_persons_ids=tuple(sorted(p.id for p in rec.affected_persons)),
            sdg_goal_ids=tuple(sorted(g.id for g in rec.sdg_goals)),
            sdg_target_ids=tuple(sorted(t.id for t in rec.sdg_targets)),
            recommending_state_ids=tuple(sorted(c.id for c in rec.recommending_states)),
            lead_agency_ids=_agencies_of(rec, AgencyRole.LEAD),
            supporting_agency_ids=_agencies_of(rec, AgencyRole.SUPPORTING),
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
            raise NotFoundError(
                "this recommendation no longer exists",
                where=f"#{rec_id}",
                code="record.not_found",
            )
        return _detail(rec)


def validate(fields: RecommendationFields) -> RecommendationFields:
    """Trimmed fields, or a ValidationError naming the field at fault."""
    reference, text = fields.reference.strip(), fields.text.strip()
    if not reference:
        raise ValidationError(
            "a reference is required",
            where="reference",
            code="field.required",
        )
    if len(reference) > 100:
        raise ValidationError(
            "the reference is longer than 100 characters",
            where="reference",
            code="field.too_long",
            params={"limit": 100},
        )
    if not text:
        raise ValidationError(
            "the text of the recommendation is required", where="text", code="field.required"
        )
    if fields.action_category is not None and not 1 <= fields.action_category <= 5:
        raise ValidationError(
            "the action category is a number from 1 to 5",
            where="action_category",
            code="field.out_of_range",
            params={"low": 1, "high": 5},
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
            code="recommendation.duplicate_reference",
            params={"reference": reference},
        )


def _chosen(session: Session, model: Any, ids: tuple[int, ...], where: str) -> list[Any]:
    """The records chosen for a linked field; one that was deleted or merged
    since the user picked it is refused, naming the field, not dropped silently."""
    wanted = set(ids)
    found = list(session.scalars(select(model).where(model.id.in_(wanted)))) if wanted else []
    if len(found) != len(wanted):
        raise ValidationError(
            "a value chosen no longer exists (deleted or merged meanwhile); choose again",
            where=where,
            code="field.choice_gone",
        )
    return found


def _apply_links(session: Session, rec: Recommendation, fields: RecommendationFields) -> None:
    """Themes, affected persons, SDG goals and targets, recommending States and
    agencies as the user left them."""
    rec.themes = _chosen(session, Theme, fields.theme_ids, "themes")
    rec.affected_persons = _chosen(
        session, AffectedPersons, fields.affected_persons_ids, "affected_persons"
    )
    rec.sdg_goals = _chosen(session, SdgGoal, fields.sdg_goal_ids, "sdg_goals")
    rec.sdg_targets = _chosen(session, SdgTarget, fields.sdg_target_ids, "sdg_targets")
    rec.recommending_states = _chosen(
        session, Country, fields.recommending_state_ids, "recommending_states"
    )
    both = set(fields.lead_agency_ids) & set(fields.supporting_agency_ids)
    if both:
        raise ValidationError(
            "an agency cannot both lead and support the same recommendation",
            where="supporting_agencies",
            code="recommendation.lead_and_support",
        )
    wanted = {a: AgencyRole.LEAD for a in fields.lead_agency_ids}
    wanted.update({a: AgencyRole.SUPPORTING for a in fields.supporting_agency_ids})
    existing = {
        a.agency_id: a
        for a in session.scalars(select(Assignment).where(Assignment.recommendation_id == rec.id))
    }
    for agency_id, assignment in existing.items():
        if agency_id not in wanted:
            session.delete(assignment)
        elif assignment.role != wanted[agency_id]:
            assignment.role = wanted[agency_id]
    for agency_id, role in wanted.items():
        if agency_id not in existing:
            if session.get(Agency, agency_id) is None:
                raise ValidationError(
                    "an agency chosen no longer exists (deleted or merged meanwhile)",
                    code="field.choice_gone",
                    where=LINK_FIELDS[
                        "lead_agency_ids" if role == AgencyRole.LEAD else "supporting_agency_ids"
                    ],
                )
            session.add(Assignment(agency_id=agency_id, role=role, recommendation_id=rec.id))


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
            rec = check_version(
                session.get(Recommendation, rec_id),
                expected_version,
                "recommendation",
                where=fields.reference or f"#{rec_id}",
                missing="this recommendation was deleted meanwhile",
                conflict="someone else saved this recommendation after you opened it; your "
                "changes were not saved",
            )
            _check_unique_reference(session, rec.source_id, fields.reference, rec.id)
            _apply(rec, fields)
            # Links and assignments live in other tables: touching the row makes
            # every save one new version (set before the queries below
            # autoflush), so an edit of links alone is seen by an editor open
            # elsewhere (the version check above).
            rec.updated_at = utcnow()
            _apply_links(session, rec, fields)
            session.flush()
            detail = _detail(rec)
    except StaleDataError as exc:
        raise ConflictError(
            "someone else saved this recommendation at the same moment; your changes were "
            "not saved",
            where=fields.reference,
            code="record.conflict",
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
            raise ValidationError(
                f"unknown mechanism {mechanism_code!r}",
                where="mechanism",
                code="field.unknown_choice",
                params={"value": mechanism_code},
            )
        if source_id is not None:
            source = session.get(SourceDocument, source_id)
            if source is None or source.mechanism_id != mechanism.id:
                raise ValidationError(
                    "this document is not one of that mechanism's",
                    where="source",
                    code="recommendation.source_of_other_mechanism",
                )
        _check_unique_reference(session, source_id, fields.reference, None)
        rec = Recommendation(
            mechanism=mechanism, source_id=source_id, reference=fields.reference, text=fields.text
        )
        _apply(rec, fields)
        session.add(rec)
        session.flush()
        _apply_links(session, rec, fields)
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
                "only archived recommendations can be deleted; archive it first",
                where=live,
                code="recommendation.delete_unarchived",
            )
        result = session.execute(
            delete(Recommendation)
            .where(Recommendation.id.in_(ids))
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
