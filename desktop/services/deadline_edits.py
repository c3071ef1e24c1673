"""Adding, editing, submitting and deleting reporting deadlines, and setting
the recommendations a report covers.

Rules of a deadline: a mechanism and a due date are required; the title is
at most 300 characters; a report cannot be marked submitted on a date after
``today`` (the caller's calendar date), nor more than five years before its due
date (a typed year that is off by ten, not an early report: a UPR cycle lasts
about five years). A new deadline with no set of recommendations given covers
the live recommendations of its mechanism's most recent document(s).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.vocab import ReportKind
from desktop.services.deadlines import DeadlineData, latest_sources
from desktop.services.versions import check_version
from desktop.store.base import utcnow
from desktop.store.models import (
    Mechanism,
    Recommendation,
    ReportingDeadline,
    deadline_recommendation,
)

MAX_TITLE = 300
EARLIEST_SUBMISSION_YEARS = 5


def _validate(session: Session, data: DeadlineData, today: date) -> DeadlineData:
    if data.mechanism_id is None or session.get(Mechanism, data.mechanism_id) is None:
        raise ValidationError(
            "choose the mechanism the report goes to", where="mechanism", code="field.required"
        )
    title = " ".join(data.title.split())
    if len(title) > MAX_TITLE:
        raise ValidationError(
            f"the title is longer than {MAX_TITLE} characters",
            where="title",
            code="field.too_long",
            params={"limit": MAX_TITLE},
        )
    if data.due_date is None:
        raise ValidationError("the due date is required", where="due date", code="field.required")
    submitted = data.submitted_on
    if submitted is not None:
        if submitted > today:
            raise ValidationError(
                "the submission date is in the future; mark the report submitted once it is sent",
                where="submitted",
                code="date.submitted_in_future",
            )
        earliest = data.due_date - timedelta(days=round(365.25 * EARLIEST_SUBMISSION_YEARS))
        if submitted < earliest:
            raise ValidationError(
                f"the submission date is more than {EARLIEST_SUBMISSION_YEARS} years before "
                "the due date; check the year",
                where="submitted",
                code="date.submitted_too_early",
                params={"years": EARLIEST_SUBMISSION_YEARS},
            )
    return replace(
        data, report_kind=ReportKind(data.report_kind), title=title, notes=data.notes.strip()
    )


def _cover(
    session: Session,
    d: ReportingDeadline,
    recommendation_ids: Sequence[int],
    source_ids: Sequence[int],
) -> int:
    """Make ``d`` cover exactly these recommendations and the live ones of
    these documents (link rows written directly: a UPR cycle has hundreds)."""
    wanted = set(recommendation_ids)
    if source_ids:
        live = Recommendation.source_id.in_(source_ids), Recommendation.archived.is_(False)
        wanted.update(session.scalars(select(Recommendation.id).where(*live)))
    found = session.scalar(select(func.count()).where(Recommendation.id.in_(wanted)))
    if found != len(wanted):
        raise ValidationError(
            "a recommendation chosen no longer exists",
            where="recommendations",
            code="field.choice_gone",
        )
    session.flush()
    link = deadline_recommendation
    session.execute(delete(link).where(link.c.deadline_id == d.id))
    if wanted:
        rows = [{"deadline_id": d.id, "recommendation_id": r} for r in sorted(wanted)]
        session.execute(insert(link), rows)
    session.expire(d, ["recommendations"])
    return len(wanted)


def _apply(d: ReportingDeadline, data: DeadlineData) -> None:
    assert data.mechanism_id is not None and data.due_date is not None
    d.mechanism_id = data.mechanism_id
    d.report_kind = data.report_kind
    d.title = data.title or None
    d.due_date = data.due_date
    d.submitted_on = data.submitted_on
    d.notes = data.notes or None


def create_deadline(
    session_factory: sessionmaker[Session],
    data: DeadlineData,
    *,
    today: date,
    recommendation_ids: Sequence[int] | None = None,
    source_ids: Sequence[int] | None = None,
) -> int:
    """Add a deadline; with neither ``recommendation_ids`` nor ``source_ids``
    it covers the mechanism's most recent document(s). Returns its id."""
    with session_factory.begin() as session:
        data = _validate(session, data, today)
        assert data.mechanism_id is not None
        if recommendation_ids is None and source_ids is None:
            source_ids = latest_sources(session, data.mechanism_id)
        d = ReportingDeadline()
        _apply(d, data)
        session.add(d)
        _cover(session, d, recommendation_ids or (), source_ids or ())
        return d.id


def _editable(session: Session, deadline_id: int, expected_version: int) -> ReportingDeadline:
    d = session.get(ReportingDeadline, deadline_id)
    return check_version(
        d,
        expected_version,
        "deadline",
        where=f"#{deadline_id}" if d is None else d.title or str(d.due_date),
        missing="this deadline was deleted meanwhile",
        conflict="someone else changed this deadline after you opened it; your changes were "
        "not saved",
    )


@contextmanager
def _editing(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """A write transaction; a save that raced another one is a ConflictError."""
    try:
        with session_factory.begin() as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError(
            "someone else changed this deadline at the same moment; your changes were not saved"
        ) from exc


def update_deadline(
    session_factory: sessionmaker[Session],
    deadline_id: int,
    expected_version: int,
    data: DeadlineData,
    *,
    today: date,
    recommendation_ids: Sequence[int] | None = None,
    source_ids: Sequence[int] | None = None,
) -> None:
    """Save an edit made to version ``expected_version``; the recommendations
    covered are replaced when ``recommendation_ids`` or ``source_ids`` is given."""
    with _editing(session_factory) as session:
        data = _validate(session, data, today)
        d = _editable(session, deadline_id, expected_version)
        _apply(d, data)
        d.updated_at = utcnow()  # the covered set may be all that changed
        if recommendation_ids is not None or source_ids is not None:
            _cover(session, d, recommendation_ids or (), source_ids or ())


def set_deadline_recommendations(
    session_factory: sessionmaker[Session],
    deadline_id: int,
    expected_version: int,
    recommendation_ids: Sequence[int] = (),
    source_ids: Sequence[int] = (),
) -> int:
    """Replace what a report covers with these recommendations and every live
    recommendation of these documents; returns how many it now covers."""
    with _editing(session_factory) as session:
        d = _editable(session, deadline_id, expected_version)
        d.updated_at = utcnow()
        return _cover(session, d, recommendation_ids, source_ids)


def mark_submitted(
    session_factory: sessionmaker[Session],
    deadline_id: int,
    expected_version: int,
    submitted_on: date,
    *,
    today: date,
) -> None:
    with _editing(session_factory) as session:
        d = _editable(session, deadline_id, expected_version)
        data = DeadlineData(d.mechanism_id, d.report_kind, d.due_date, submitted_on=submitted_on)
        d.submitted_on = _validate(session, data, today).submitted_on


def delete_deadline(
    session_factory: sessionmaker[Session], deadline_id: int, expected_version: int | None = None
) -> None:
    """Delete a deadline (the recommendations stay)."""
    with session_factory.begin() as session:
        d = session.get(ReportingDeadline, deadline_id)
        if d is None:
            return
        check_version(
            d,
            expected_version,
            "deadline",
            where=d.title or str(d.due_date),
            conflict="someone else changed this deadline after you opened it; reopen it "
            "before deleting",
        )
        session.delete(d)
