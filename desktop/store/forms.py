"""Agency update forms: each workbook sent to an agency, what came back, and
the key that signs the forms."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.agencies import Agency
from desktop.store.base import Base, RecordMixin, UTCDateTime


class UpdateForm(RecordMixin, Base):
    """A workbook sent to an agency for its focal point to fill in."""

    __tablename__ = "update_form"

    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    deadline: Mapped[date | None] = mapped_column(Date)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    rows: Mapped[int] = mapped_column(Integer, default=0)
    """Recommendations, actions and indicators the form lists."""
    status: Mapped[str] = mapped_column(String(16), default="sent")
    """``sent`` until a return is applied, then ``returned``."""
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_sha256: Mapped[str | None] = mapped_column(String(64))
    """The SHA-256 of the last returned file applied."""
    applied_json: Mapped[str] = mapped_column(Text, default="{}")
    """What was applied from this form so far, per record UUID: a second return
    of the same form is compared with it, so only what differs is a change."""

    agency: Mapped[Agency] = relationship()


class SigningKey(Base):
    """A secret kept in the database (never in a form) for signing forms."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(50), unique=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
