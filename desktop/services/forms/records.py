"""The record of forms sent: to which agency, when, by which deadline, and
when each came back; what is outstanding and what is overdue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Agency, UpdateForm

SENT = "sent"
RETURNED = "returned"


@dataclass(frozen=True)
class FormRecord:
    id: int
    form: uuid.UUID
    agency: str
    language: str
    file_name: str
    rows: int
    sent_at: datetime
    deadline: date | None
    returned_at: datetime | None
    overdue: bool

    @property
    def outstanding(self) -> bool:
        return self.returned_at is None

    def as_dict(self) -> dict[str, object]:
        return {
            "form": str(self.form),
            "agency": self.agency,
            "language": self.language,
            "file": self.file_name,
            "rows": self.rows,
            "sent_at": self.sent_at.isoformat(),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "returned_at": self.returned_at.isoformat() if self.returned_at else None,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class FormsOutstanding:
    outstanding: int
    overdue: int


def list_forms(session_factory: sessionmaker[Session], today: date) -> list[FormRecord]:
    """Every form sent, the newest first."""
    with session_factory() as session:
        rows = session.execute(
            select(UpdateForm, Agency.name)
            .join(Agency, Agency.id == UpdateForm.agency_id)
            .order_by(UpdateForm.sent_at.desc(), UpdateForm.id.desc())
        ).all()
        return [
            FormRecord(
                id=form.id,
                form=form.uuid,
                agency=name,
                language=form.language,
                file_name=form.file_name,
                rows=form.rows,
                sent_at=form.sent_at,
                deadline=form.deadline,
                returned_at=form.returned_at,
                overdue=is_overdue(form.deadline, form.returned_at, today),
            )
            for form, name in rows
        ]


def is_overdue(deadline: date | None, returned_at: datetime | None, today: date) -> bool:
    return returned_at is None and deadline is not None and deadline < today


def forms_outstanding(session_factory: sessionmaker[Session], today: date) -> FormsOutstanding:
    """Forms not yet returned, and those of them past their deadline."""
    with session_factory() as session:
        deadlines = session.scalars(
            select(UpdateForm.deadline).where(UpdateForm.returned_at.is_(None))
        ).all()
    overdue = sum(1 for d in deadlines if d is not None and d < today)
    return FormsOutstanding(len(deadlines), overdue)
