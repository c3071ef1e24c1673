"""Follow-up: progress updates, evidence attachments, consultations,
reporting deadlines, and the database-wide settings."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.vocab import ConsultationKind, ReportKind
from desktop.store.base import Base, RecordMixin
from desktop.store.columns import code_enum, link_table
from desktop.store.register import Recommendation
from desktop.store.taxonomy import Mechanism

consultation_recommendation = link_table(
    "consultation_recommendation",
    ("consultation_id", "consultation"),
    ("recommendation_id", "recommendation"),
)
consultation_agency = link_table(
    "consultation_agency",
    ("consultation_id", "consultation"),
    ("agency_id", "agency"),
    index_right=False,
)
deadline_recommendation = link_table(
    "deadline_recommendation",
    ("deadline_id", "reporting_deadline"),
    ("recommendation_id", "recommendation"),
)


class ProgressUpdate(RecordMixin, Base):
    """What happened on an action or a recommendation, as reported on a date.
    The sequence of updates is the item's status history."""

    __tablename__ = "progress_update"
    __table_args__ = (
        CheckConstraint("(action_id IS NULL) <> (recommendation_id IS NULL)", name="one_subject"),
    )

    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    reported_on: Mapped[date] = mapped_column(Date)
    new_status: Mapped[str | None] = mapped_column(String(32))
    """An ActionStatus code for an action, an ImplementationStatus code for a
    recommendation; empty when the update changes no status."""
    narrative: Mapped[str] = mapped_column(Text, default="")
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    reporter: Mapped[str | None] = mapped_column(String(200))
    source_form: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """The UUID of the agency update form it came from, if any (kept when
    the form's record goes: it is part of the audit trail)."""
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    """The SHA-256 of the returned file it came from, if any."""

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="progress_update", cascade="all, delete-orphan"
    )


class Consultation(RecordMixin, Base):
    """A consultation with the NHRI, civil society or parliament."""

    __tablename__ = "consultation"

    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ConsultationKind] = mapped_column(
        code_enum(ConsultationKind), default=ConsultationKind.CIVIL_SOCIETY
    )
    other_participants: Mapped[str | None] = mapped_column(Text)
    """Organisations present that are not in the agency directory."""
    summary: Mapped[str | None] = mapped_column(Text)

    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary=consultation_recommendation
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="consultation", cascade="all, delete-orphan"
    )


class Attachment(RecordMixin, Base):
    """Evidence: a file stored in the database (``content``) or referenced by
    path, with its SHA-256 so that a copy can be checked."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint("content IS NOT NULL OR path IS NOT NULL", name="content_or_path"),
    )

    progress_update_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_update.id", ondelete="CASCADE"), index=True
    )
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    path: Mapped[str | None] = mapped_column(Text)

    progress_update: Mapped[ProgressUpdate | None] = relationship(back_populates="attachments")
    consultation: Mapped[Consultation | None] = relationship(back_populates="attachments")


class ReportingDeadline(RecordMixin, Base):
    """When the next report to a mechanism is due, and what it must cover."""

    __tablename__ = "reporting_deadline"

    mechanism_id: Mapped[int] = mapped_column(ForeignKey("mechanism.id"), index=True)
    report_kind: Mapped[ReportKind] = mapped_column(code_enum(ReportKind))
    title: Mapped[str | None] = mapped_column(String(300))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    mechanism: Mapped[Mechanism] = relationship()
    recommendations: Mapped[list[Recommendation]] = relationship(secondary=deadline_recommendation)


class Setting(RecordMixin, Base):
    """A setting that belongs to the database (shared by all its users),
    such as the organisation's name."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")
