"""The reporting calendar as the screens read it: when each report to a
mechanism is due, whether it went in, and which recommendations it must cover.
Where a deadline stands (overdue, upcoming, later, submitted) follows
desktop.domain.schedule. Saving deadlines is desktop.services.deadline_edits.

The recommendations a report covers are an arbitrary set: chosen one by one,
or "every live recommendation of these documents", or both. Counts and id
lists include every linked recommendation, archived ones too: the set is what
the office decided the report covers.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.domain.schedule import DeadlineState, deadline_state, upcoming_until
from desktop.domain.vocab import ReportKind
from desktop.services.reference_names import mechanism_name
from desktop.store.models import (
    REGISTER_ORDER,
    Mechanism,
    Recommendation,
    ReportingDeadline,
    SourceDocument,
    deadline_recommendation,
)


@dataclass(frozen=True)
class DeadlineData:
    """What a user fills in for a deadline."""

    mechanism_id: int | None
    report_kind: ReportKind
    due_date: date | None
    title: str = ""
    submitted_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    version: int
    mechanism_id: int
    mechanism_code: str
    mechanism_name: str
    report_kind: ReportKind
    title: str
    due_date: date
    submitted_on: date | None
    notes: str
    state: DeadlineState
    recommendations: int

    @property
    def data(self) -> DeadlineData:
        return DeadlineData(**{f.name: getattr(self, f.name) for f in fields(DeadlineData)})


@dataclass(frozen=True)
class SourceCoverage:
    """A document of a mechanism and how much of it a deadline covers."""

    id: int
    symbol: str
    title: str
    document_date: date | None
    cycle: int | None
    live: int
    """Live recommendations of the document."""
    covered_ids: tuple[int, ...]
    """The deadline's recommendations from this document (any, archived too)."""
    proposed: bool
    """One of the mechanism's most recent documents."""


class DeadlineSummary(NamedTuple):
    overdue: int
    upcoming: int
    next_due: date | None
    """The nearest due date, today or later, of a report not yet submitted."""


def _rows_statement() -> Select[ReportingDeadline, Mechanism, int]:
    counts = (
        select(deadline_recommendation.c.deadline_id, func.count().label("n"))
        .group_by(deadline_recommendation.c.deadline_id)
        .subquery()
    )
    return (
        select(ReportingDeadline, Mechanism, func.coalesce(counts.c.n, 0))
        .join(Mechanism, Mechanism.id == ReportingDeadline.mechanism_id)
        .outerjoin(counts, counts.c.deadline_id == ReportingDeadline.id)
        .order_by(ReportingDeadline.due_date, ReportingDeadline.id)
    )


def _row(d: ReportingDeadline, m: Mechanism, count: int, today: date) -> DeadlineRow:
    return DeadlineRow(
        id=d.id,
        version=d.version,
        mechanism_id=m.id,
        mechanism_code=m.code,
        mechanism_name=m.name,
        report_kind=d.report_kind,
        title=d.title or "",
        due_date=d.due_date,
        submitted_on=d.submitted_on,
        notes=d.notes or "",
        state=deadline_state(d.due_date, d.submitted_on, today),
        recommendations=int(count),
    )


def list_deadlines(session_factory: sessionmaker[Session], today: date) -> list[DeadlineRow]:
    """Every deadline, the earliest due first."""
    with session_factory() as session:
        return [_row(d, m, n, today) for d, m, n in session.execute(_rows_statement())]


def get_deadline(
    session_factory: sessionmaker[Session], deadline_id: int, today: date
) -> DeadlineRow:
    with session_factory() as session:
        found = session.execute(
            _rows_statement().where(ReportingDeadline.id == deadline_id)
        ).one_or_none()
        if found is None:
            raise NotFoundError(
                "this deadline no longer exists", where=f"#{deadline_id}", code="record.not_found"
            )
        return _row(found[0], found[1], found[2], today)


def deadlines_of_recommendation(
    session_factory: sessionmaker[Session], recommendation_id: int, today: date
) -> list[DeadlineRow]:
    """The reports that must cover a recommendation, the earliest due first."""
    link = deadline_recommendation.c
    covering = select(link.deadline_id).where(link.recommendation_id == recommendation_id)
    with session_factory() as session:
        rows = session.execute(_rows_statement().where(ReportingDeadline.id.in_(covering)))
        return [_row(d, m, n, today) for d, m, n in rows]


def deadline_recommendation_ids(
    session_factory: sessionmaker[Session], deadline_id: int
) -> list[int]:
    """The recommendations a report must cover, in register order."""
    link = deadline_recommendation.c
    statement = (
        select(Recommendation.id)
        .join(deadline_recommendation, link.recommendation_id == Recommendation.id)
        .where(link.deadline_id == deadline_id)
        .order_by(*REGISTER_ORDER)
    )
    with session_factory() as session:
        return list(session.scalars(statement))


def deadline_summary(session_factory: sessionmaker[Session], today: date) -> DeadlineSummary:
    """How many reports are overdue, how many fall due in the next
    UPCOMING_DAYS days (today included), and the nearest due date."""
    pending = ReportingDeadline.submitted_on.is_(None)
    due = ReportingDeadline.due_date
    with session_factory() as session:
        overdue = session.scalar(select(func.count()).where(pending, due < today))
        upcoming = session.scalar(
            select(func.count()).where(pending, due >= today, due <= upcoming_until(today))
        )
        next_due = session.scalar(select(func.min(due)).where(pending, due >= today))
    return DeadlineSummary(int(overdue or 0), int(upcoming or 0), next_due)


def mechanism_choices(
    session_factory: sessionmaker[Session], language: str = "en"
) -> list[tuple[int, str, str]]:
    """Every mechanism as (id, code, name in ``language``), in the usual order."""
    columns = select(Mechanism.id, Mechanism.code, Mechanism.name)
    with session_factory() as session:
        rows = session.execute(columns.order_by(Mechanism.sort_order, Mechanism.code))
        return [(int(i), str(code), mechanism_name(code, language, name)) for i, code, name in rows]


def latest_sources(session: Session, mechanism_id: int) -> list[int]:
    """The mechanism's most recent document, with those of its cycle (or, with
    no cycle, of its date): a UPR report and its addendum come together."""
    docs = session.execute(
        select(SourceDocument.id, SourceDocument.cycle, SourceDocument.document_date).where(
            SourceDocument.mechanism_id == mechanism_id
        )
    ).all()
    if not docs:
        return []
    latest = max(docs, key=lambda d: (d.document_date or date.min, d.cycle or 0, d.id))
    if latest.cycle is not None:
        return [d.id for d in docs if d.cycle == latest.cycle]
    return [d.id for d in docs if d.document_date == latest.document_date]


def source_coverage(
    session_factory: sessionmaker[Session], mechanism_id: int, deadline_id: int | None = None
) -> list[SourceCoverage]:
    """The mechanism's documents, the newest first, each with its live
    recommendations and those of them the deadline covers."""
    link = deadline_recommendation.c
    with session_factory() as session:
        proposed = set(latest_sources(session, mechanism_id))
        live = dict(
            session.execute(
                select(Recommendation.source_id, func.count())
                .where(
                    Recommendation.mechanism_id == mechanism_id,
                    Recommendation.archived.is_(False),
                )
                .group_by(Recommendation.source_id)
            ).all()
        )
        covered: dict[int, list[int]] = {}
        if deadline_id is not None:
            for rec_id, source_id in session.execute(
                select(Recommendation.id, Recommendation.source_id)
                .join(deadline_recommendation, link.recommendation_id == Recommendation.id)
                .where(link.deadline_id == deadline_id, Recommendation.source_id.is_not(None))
            ):
                if source_id is not None:
                    covered.setdefault(source_id, []).append(rec_id)
        docs = session.scalars(
            select(SourceDocument)
            .where(SourceDocument.mechanism_id == mechanism_id)
            .order_by(SourceDocument.document_date.desc().nulls_last(), SourceDocument.id.desc())
        ).all()
        return [
            SourceCoverage(
                id=d.id,
                symbol=d.symbol or "",
                title=d.title or "",
                document_date=d.document_date,
                cycle=d.cycle,
                live=int(live.get(d.id, 0)),
                covered_ids=tuple(sorted(covered.get(d.id, []))),
                proposed=d.id in proposed,
            )
            for d in docs
        ]
