"""Consultations with the NHRI, civil society and parliament: list, read,
create, edit, delete, their evidence files, and the consultations that
discussed a recommendation.

What a consultation needs: a title (at most 300 characters) and the date it
was held (a future date is allowed: a consultation can be recorded when it is
scheduled). Participants are not required: the kind already says who was
consulted, and offices often record a meeting before its attendance list is
known; agencies present and other participants are filled in when known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import ConsultationKind
from desktop.services.attachments import AttachmentInfo, NewAttachment, info, read_attachment_file
from desktop.services.versions import check_version
from desktop.store.base import utcnow
from desktop.store.models import (
    REGISTER_ORDER,
    Agency,
    Attachment,
    Consultation,
    Mechanism,
    Recommendation,
    SourceDocument,
    consultation_agency,
    consultation_recommendation,
)
from desktop.store.search import search_clause

MAX_TITLE = 300
TEXT_PREVIEW = 200


@dataclass(frozen=True)
class ConsultationData:
    """What a user fills in for a consultation."""

    held_on: date | None
    title: str
    kind: ConsultationKind = ConsultationKind.CIVIL_SOCIETY
    agency_ids: tuple[int, ...] = ()
    other_participants: str = ""
    summary: str = ""
    recommendation_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ConsultationRow:
    """A consultation as the list shows it."""

    id: int
    version: int
    held_on: date
    title: str
    kind: ConsultationKind
    agencies: tuple[str, ...]
    other_participants: str
    recommendations: int
    attachments: int

    @property
    def organisations(self) -> tuple[str, ...]:
        """Agencies present, then the other participants."""
        other = (self.other_participants,) if self.other_participants else ()
        return (*self.agencies, *other)


@dataclass(frozen=True)
class RecommendationRef:
    id: int
    reference: str
    mechanism: str
    source: str
    text: str = ""
    """The start of the recommendation's text (at most TEXT_PREVIEW characters)."""

    @property
    def label(self) -> str:
        where = self.source or self.mechanism
        return f"{self.reference} ({where})" if where else self.reference


@dataclass(frozen=True)
class ConsultationDetail:
    id: int
    version: int
    data: ConsultationData
    recommendations: tuple[RecommendationRef, ...] = ()
    agencies: tuple[tuple[int, str], ...] = ()
    attachments: tuple[AttachmentInfo, ...] = field(default_factory=tuple)


def _validate(data: ConsultationData) -> ConsultationData:
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("a consultation needs a title", where="title", code="field.required")
    if len(title) > MAX_TITLE:
        raise ValidationError(
            f"the title is longer than {MAX_TITLE} characters",
            where="title",
            code="field.too_long",
            params={"limit": MAX_TITLE},
        )
    if data.held_on is None:
        raise ValidationError(
            "the date the consultation was held is required", where="date", code="field.required"
        )
    return ConsultationData(
        held_on=data.held_on,
        title=title,
        kind=ConsultationKind(data.kind),
        agency_ids=tuple(dict.fromkeys(data.agency_ids)),
        other_participants=data.other_participants.strip(),
        summary=data.summary.strip(),
        recommendation_ids=tuple(dict.fromkeys(data.recommendation_ids)),
    )


def _read_files(paths: Sequence[Path]) -> list[NewAttachment]:
    """Every file read and checked before anything is written: one bad file
    (a ValidationError naming it) and nothing is saved."""
    return [read_attachment_file(Path(p)) for p in paths]


def _add_files(
    session: Session, consultation_id: int, files: Sequence[NewAttachment]
) -> list[Attachment]:
    records = [f.to_record() for f in files]
    for record in records:
        record.consultation_id = consultation_id
        session.add(record)
    return records


def _counts(session: Session, column: Any, key: Any, ids: Sequence[int]) -> dict[int, int]:
    return {
        int(k): int(n)
        for k, n in session.execute(
            select(key, func.count(column)).where(key.in_(ids)).group_by(key)
        )
    }


def _rows(session: Session, condition: ColumnElement[bool] | None = None) -> list[ConsultationRow]:
    statement = select(Consultation).order_by(Consultation.held_on.desc(), Consultation.id.desc())
    if condition is not None:
        statement = statement.where(condition)
    consultations = session.scalars(statement).all()
    ids = [c.id for c in consultations]
    if not ids:
        return []
    link = consultation_recommendation.c
    recs = _counts(session, link.recommendation_id, link.consultation_id, ids)
    files = _counts(session, Attachment.id, Attachment.consultation_id, ids)
    agencies: dict[int, list[str]] = defaultdict(list)
    for consultation_id, name in session.execute(
        select(consultation_agency.c.consultation_id, Agency.name)
        .join(Agency, Agency.id == consultation_agency.c.agency_id)
        .where(consultation_agency.c.consultation_id.in_(ids))
        .order_by(Agency.name)
    ):
        agencies[consultation_id].append(name)
    return [
        ConsultationRow(
            id=c.id,
            version=c.version,
            held_on=c.held_on,
            title=c.title,
            kind=c.kind,
            agencies=tuple(agencies[c.id]),
            other_participants=c.other_participants or "",
            recommendations=recs.get(c.id, 0),
            attachments=files.get(c.id, 0),
        )
        for c in consultations
    ]


def list_consultations(session_factory: sessionmaker[Session]) -> list[ConsultationRow]:
    """Every consultation, the most recent first."""
    with session_factory() as session:
        return _rows(session)


def consultations_of_recommendation(
    session_factory: sessionmaker[Session], recommendation_id: int
) -> list[ConsultationRow]:
    """The consultations that discussed a recommendation, the most recent first."""
    link = consultation_recommendation.c
    discussed = select(link.consultation_id).where(link.recommendation_id == recommendation_id)
    with session_factory() as session:
        return _rows(session, Consultation.id.in_(discussed))


def _refs(session: Session, ids: Sequence[int]) -> list[RecommendationRef]:
    if not ids:
        return []
    rows = session.execute(
        select(
            Recommendation.id,
            Recommendation.reference,
            Mechanism.code,
            SourceDocument.symbol,
            func.substr(Recommendation.text, 1, TEXT_PREVIEW),
        )
        .join(Mechanism, Mechanism.id == Recommendation.mechanism_id)
        .outerjoin(SourceDocument, SourceDocument.id == Recommendation.source_id)
        .where(Recommendation.id.in_(ids))
        .order_by(*REGISTER_ORDER)
    )
    return [
        RecommendationRef(i, ref, code, symbol or "", text) for i, ref, code, symbol, text in rows
    ]


def get_consultation(
    session_factory: sessionmaker[Session], consultation_id: int
) -> ConsultationDetail:
    with session_factory() as session:
        c = session.get(Consultation, consultation_id)
        if c is None:
            raise NotFoundError(
                "this consultation no longer exists",
                where=f"#{consultation_id}",
                code="record.not_found",
            )
        link = consultation_recommendation.c
        rec_ids = list(
            session.scalars(select(link.recommendation_id).where(link.consultation_id == c.id))
        )
        refs = _refs(session, rec_ids)
        agencies = [
            (int(i), str(n))
            for i, n in session.execute(
                select(Agency.id, Agency.name)
                .join(consultation_agency, consultation_agency.c.agency_id == Agency.id)
                .where(consultation_agency.c.consultation_id == c.id)
                .order_by(Agency.name)
            )
        ]
        files = session.scalars(
            select(Attachment).where(Attachment.consultation_id == c.id).order_by(Attachment.id)
        ).all()
        return ConsultationDetail(
            id=c.id,
            version=c.version,
            data=ConsultationData(
                held_on=c.held_on,
                title=c.title,
                kind=c.kind,
                agency_ids=tuple(a for a, _ in agencies),
                other_participants=c.other_participants or "",
                summary=c.summary or "",
                recommendation_ids=tuple(r.id for r in refs),
            ),
            recommendations=tuple(refs),
            agencies=tuple(agencies),
            attachments=tuple(info(a) for a in files),
        )


def _apply(session: Session, c: Consultation, data: ConsultationData) -> None:
    assert data.held_on is not None
    c.held_on = data.held_on
    c.title = data.title
    c.kind = data.kind
    c.other_participants = data.other_participants or None
    c.summary = data.summary or None
    recs = list(
        session.scalars(
            select(Recommendation).where(Recommendation.id.in_(data.recommendation_ids))
        )
    )
    if len(recs) != len(data.recommendation_ids):
        raise ValidationError(
            "a recommendation chosen no longer exists",
            where="recommendations",
            code="field.choice_gone",
        )
    c.recommendations = recs
    found = set(session.scalars(select(Agency.id).where(Agency.id.in_(data.agency_ids))))
    if len(found) != len(data.agency_ids):
        raise ValidationError(
            "an agency chosen no longer exists", where="agencies", code="field.choice_gone"
        )
    session.flush()
    session.execute(
        delete(consultation_agency).where(consultation_agency.c.consultation_id == c.id)
    )
    if data.agency_ids:
        session.execute(
            insert(consultation_agency),
            [{"consultation_id": c.id, "agency_id": a} for a in data.agency_ids],
        )


def create_consultation(
    session_factory: sessionmaker[Session],
    data: ConsultationData,
    files: Sequence[Path] = (),
) -> int:
    """Record a consultation with its evidence files; returns its id."""
    data = _validate(data)
    new_files = _read_files(files)
    with session_factory.begin() as session:
        c = Consultation()
        session.add(c)
        _apply(session, c, data)  # the columns first: the row goes in once, whole
        _add_files(session, c.id, new_files)
        session.flush()
        return c.id


def update_consultation(
    session_factory: sessionmaker[Session],
    consultation_id: int,
    expected_version: int,
    data: ConsultationData,
    *,
    add_files: Sequence[Path] = (),
    remove_attachment_ids: Sequence[int] = (),
) -> None:
    """Save an edit made to version ``expected_version``, with files added and
    removed, all or nothing."""
    data = _validate(data)
    new_files = _read_files(add_files)
    try:
        with session_factory.begin() as session:
            c = check_version(
                session.get(Consultation, consultation_id),
                expected_version,
                "consultation",
                where=data.title,
                missing="this consultation was deleted meanwhile",
                conflict="someone else saved this consultation after you opened it; your "
                "changes were not saved",
            )
            _apply(session, c, data)
            c.updated_at = utcnow()  # links may be all that changed: still a new version
            if remove_attachment_ids:
                session.execute(
                    delete(Attachment).where(
                        Attachment.consultation_id == c.id,
                        Attachment.id.in_(remove_attachment_ids),
                    )
                )
            _add_files(session, c.id, new_files)
            session.flush()
    except StaleDataError as exc:
        raise ConflictError(
            "someone else saved this consultation at the same moment; your changes were not saved",
            where=data.title,
        ) from exc


def delete_consultation(
    session_factory: sessionmaker[Session],
    consultation_id: int,
    expected_version: int | None = None,
) -> None:
    """Delete a consultation with its attachments (the recommendations stay)."""
    with session_factory.begin() as session:
        c = session.get(Consultation, consultation_id)
        if c is None:
            return  # already gone: what the user wanted
        check_version(
            c,
            expected_version,
            "consultation",
            where=c.title,
            conflict="someone else changed this consultation after you opened it; reopen it "
            "before deleting",
        )
        session.execute(delete(Attachment).where(Attachment.consultation_id == c.id))
        session.delete(c)


def attach_files(
    session_factory: sessionmaker[Session], consultation_id: int, paths: Sequence[Path]
) -> list[AttachmentInfo]:
    """Store evidence files with a consultation: all of them, or (a file that
    cannot be read or stored) none."""
    new_files = _read_files(paths)
    with session_factory.begin() as session:
        c = session.get(Consultation, consultation_id)
        if c is None:
            raise NotFoundError(
                "this consultation no longer exists",
                where=f"#{consultation_id}",
                code="record.not_found",
            )
        records = _add_files(session, c.id, new_files)
        session.flush()
        return [info(r) for r in records]


def remove_attachment(session_factory: sessionmaker[Session], attachment_id: int) -> None:
    """Delete one evidence file of a consultation."""
    with session_factory.begin() as session:
        found = session.scalar(
            select(Attachment.consultation_id).where(Attachment.id == attachment_id)
        )
        if found is None:
            raise NotFoundError("this attachment no longer exists", code="record.not_found")
        session.execute(delete(Attachment).where(Attachment.id == attachment_id))


def find_recommendations(
    session_factory: sessionmaker[Session], query: str, limit: int = 100
) -> list[RecommendationRef]:
    """Live recommendations for a picker: those whose reference is exactly
    ``query`` first, then those whose reference, text or notes hold every word."""
    query = query.strip()
    if not query:
        return []
    with session_factory() as session:
        exact = list(
            session.scalars(
                select(Recommendation.id)
                .where(
                    func.lower(Recommendation.reference) == query.lower(),
                    Recommendation.archived.is_(False),
                )
                .limit(limit)
            )
        )
        found = list(exact)
        clause = search_clause(session.get_bind().dialect.name, query)
        if clause is not None and len(found) < limit:
            found += [
                i
                for i in session.scalars(
                    select(Recommendation.id)
                    .where(clause, Recommendation.archived.is_(False))
                    .order_by(*REGISTER_ORDER)
                    .limit(limit)
                )
                if i not in exact
            ]
        found = found[:limit]
        by_id = {r.id: r for r in _refs(session, found)}
        return [by_id[i] for i in found if i in by_id]
