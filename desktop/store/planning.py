"""Implementation plans, their actions, indicators and measurements."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.vocab import ActionStatus, IndicatorKind, PlanStatus, ReportingFrequency
from desktop.store.base import Base, RecordMixin
from desktop.store.columns import code_enum, link_table
from desktop.store.register import Cluster, Recommendation

action_recommendation = link_table(
    "action_recommendation", ("action_id", "action"), ("recommendation_id", "recommendation")
)
action_cluster = link_table("action_cluster", ("action_id", "action"), ("cluster_id", "cluster"))
# The recommendations a plan covers; the plan groups them by their cluster.
plan_recommendation = link_table(
    "plan_recommendation",
    ("plan_id", "implementation_plan"),
    ("recommendation_id", "recommendation"),
)


class ImplementationPlan(RecordMixin, Base):
    """A recommendation implementation plan (seed paragraph 28)."""

    __tablename__ = "implementation_plan"

    title: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlanStatus] = mapped_column(code_enum(PlanStatus), default=PlanStatus.DRAFT)
    adoption_date: Mapped[date | None] = mapped_column(Date)
    decision_reference: Mapped[str | None] = mapped_column(String(200))
    national_plan_reference: Mapped[str | None] = mapped_column(String(300))
    """The national human rights action plan or development plan it belongs to."""

    actions: Mapped[list[Action]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Action.sort_order"
    )
    recommendations: Mapped[list[Recommendation]] = relationship(secondary=plan_recommendation)


class Action(RecordMixin, Base):
    __tablename__ = "action"
    __table_args__ = (
        CheckConstraint("estimated_cost IS NULL OR estimated_cost >= 0", name="cost_not_negative"),
        Index("ix_action_status_due_date", "status", "due_date"),
    )

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("implementation_plan.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    estimated_cost: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    funding_source: Mapped[str | None] = mapped_column(String(300))
    within_existing_budget: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[ActionStatus] = mapped_column(
        code_enum(ActionStatus), default=ActionStatus.PLANNED
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[ImplementationPlan] = relationship(back_populates="actions")
    recommendations: Mapped[list[Recommendation]] = relationship(secondary=action_recommendation)
    clusters: Mapped[list[Cluster]] = relationship(secondary=action_cluster)
    # Deleting an action deletes its indicators (the database cascades; without
    # passive_deletes the ORM would instead orphan them with action_id NULL).
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="action", cascade="all, delete-orphan", passive_deletes=True
    )


class Indicator(RecordMixin, Base):
    """A human rights indicator (OHCHR framework) measuring an action or a
    recommendation."""

    __tablename__ = "indicator"

    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[IndicatorKind] = mapped_column(code_enum(IndicatorKind))
    unit: Mapped[str | None] = mapped_column(String(100))
    baseline_value: Mapped[Decimal | None] = mapped_column(Numeric(20, 4))
    baseline_year: Mapped[int | None] = mapped_column(SmallInteger)
    target_value: Mapped[Decimal | None] = mapped_column(Numeric(20, 4))
    target_year: Mapped[int | None] = mapped_column(SmallInteger)
    data_source: Mapped[str | None] = mapped_column(String(300))
    frequency: Mapped[ReportingFrequency | None] = mapped_column(code_enum(ReportingFrequency))
    data_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    """The agency that reports the data, e.g. the statistics office."""

    action: Mapped[Action | None] = relationship(back_populates="indicators")
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="Measurement.measured_on"
    )


class Measurement(RecordMixin, Base):
    __tablename__ = "measurement"

    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(Numeric(20, 4))
    source: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)
    source_form: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """The UUID of the agency update form it came from, if any (kept when
    the form's record goes: it is part of the audit trail)."""
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    """The SHA-256 of the returned file it came from, if any."""

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")
