"""Recording, editing and deleting consultations and their evidence files.

What a consultation needs: a title (at most 300 characters) and the date it
was held (a future date is allowed: a consultation can be recorded when it is
scheduled). Participants are not required: the kind already says who was
consulted, and offices often record a meeting before its attendance list is
known; agencies present and other participants are filled in when known.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import ConsultationKind
from desktop.services.attachments import AttachmentInfo, NewAttachment, info, read_attachment_file
from desktop.services.consultations import ConsultationData
from desktop.services.versions import check_version
from desktop.store.base import utcnow
from desktop.store.models import (
    Agency,
    Attachment,
    Consultation,
    Recommendation,
    consultation_agency,
)

MAX_TITLE = 300


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
