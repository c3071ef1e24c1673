"""Agencies with their focal points, and their assignments to work."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.vocab import AgencyKind, AgencyRole
from desktop.store.base import Base, RecordMixin
from desktop.store.columns import code_enum


class Agency(RecordMixin, Base):
    """A ministry, department, parliament, court, NHRI, statistics office,
    civil society organisation or local government."""

    __tablename__ = "agency"

    name: Mapped[str] = mapped_column(String(300), unique=True)
    acronym: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[AgencyKind] = mapped_column(code_enum(AgencyKind), default=AgencyKind.MINISTRY)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id", ondelete="SET NULL"), index=True
    )
    """A department's ministry."""
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    parent: Mapped[Agency | None] = relationship(remote_side="Agency.id")
    focal_points: Mapped[list[FocalPoint]] = relationship(
        back_populates="agency", cascade="all, delete-orphan", order_by="FocalPoint.id"
    )


class FocalPoint(RecordMixin, Base):
    """The named official who reports for an agency."""

    __tablename__ = "focal_point"

    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(64))
    primary: Mapped[bool] = mapped_column(Boolean, default=False)

    agency: Mapped[Agency] = relationship(back_populates="focal_points")


class Assignment(RecordMixin, Base):
    """An agency responsible, as lead or support, for exactly one of a
    recommendation, a cluster or an action."""

    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN recommendation_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN cluster_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN action_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_target",
        ),
        UniqueConstraint("agency_id", "recommendation_id"),
        UniqueConstraint("agency_id", "cluster_id"),
        UniqueConstraint("agency_id", "action_id"),
        # The recommendations some agency leads, read from the index alone
        # (the dashboard's "without a lead agency"; the register's filter).
        # Not led by "role": SQLite would then prefer it to the action_id index.
        Index("ix_assignment_recommendation_role", "recommendation_id", "role", "agency_id"),
        # Lead assignments agency by agency (the dashboard counts them in this order).
        Index("ix_assignment_by_agency_role", "agency_id", "role", "recommendation_id"),
    )

    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    role: Mapped[AgencyRole] = mapped_column(code_enum(AgencyRole))
    focal_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("focal_point.id", ondelete="SET NULL")
    )
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )

    agency: Mapped[Agency] = relationship()
    focal_point: Mapped[FocalPoint | None] = relationship()
