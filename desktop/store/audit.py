"""Who may use the database (users and their roles) and what was done in it
(the audit trail, one row per change, never updated or deleted)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, RecordMixin, UTCDateTime, utcnow


class AppUser(RecordMixin, Base):
    """A person allowed in: their login (the operating-system login on SQLite,
    the server login on PostgreSQL), their role, and for an agency focal point
    the agency they speak for. No password is ever stored here."""

    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """One thing done: when (UTC), by whom, from where, to which record, and
    each changed field's old and new value (JSON). On SQLite ``hash`` chains
    each row to the one before it, so an edited or removed row shows."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Only the record is indexed (a record's history): each index costs every
    # import and bulk change a write per row; activity lists read newest first by id.
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    login: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(400))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    label: Mapped[str] = mapped_column(String(400), default="")
    changes: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[str | None] = mapped_column(String(64))
