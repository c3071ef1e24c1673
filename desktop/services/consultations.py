"""Consultations with the NHRI, civil society and parliament, as the screens
read them: the list, one consultation in full, the consultations that
discussed a recommendation, and the recommendations a picker offers.
Saving them is desktop.services.consultation_edits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.domain.vocab import ConsultationKind
from desktop.services.attachments import AttachmentInfo, info
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
