"""What one agency's form lists: the recommendations it leads or supports
(directly or through a cluster), grouped by cluster; the plans' actions it
leads or supports; and the indicators it reports data for, each with what
the register holds now (status, latest progress, latest value)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.vocab import AgencyRole
from desktop.store.models import (
    REGISTER_ORDER,
    Action,
    Agency,
    Assignment,
    Cluster,
    FocalPoint,
    ImplementationPlan,
    Indicator,
    Measurement,
    Mechanism,
    ProgressUpdate,
    Recommendation,
)

UPDATE_READ_ONLY = (
    "reference",
    "mechanism",
    "role",
    "text",
    "due",
    "current_status",
    "latest_progress",
)
UPDATE_FILLED = ("status", "progress", "evidence", "next_steps")
INDICATOR_READ_ONLY = ("indicator", "unit", "baseline", "target", "latest_value", "latest_date")
INDICATOR_FILLED = ("value", "date", "source")
_IN_CHUNK = 1000


@dataclass(frozen=True)
class UpdateRow:
    kind: str
    """``recommendation`` or ``action`` (manifest.RowKind)."""
    record_id: int
    record: uuid.UUID
    version: int
    reference: str
    mechanism: str
    role: AgencyRole
    text: str
    due: date | None
    status: str
    latest_progress: str


@dataclass(frozen=True)
class IndicatorRow:
    record_id: int
    record: uuid.UUID
    version: int
    name: str
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    latest_value: Decimal | None
    latest_date: date | None


@dataclass(frozen=True)
class Section:
    title: str
    """A cluster's name; empty for recommendations in no cluster."""
    rows: list[UpdateRow]


@dataclass
class FormContent:
    agency_id: int
    agency: uuid.UUID
    agency_name: str
    acronym: str
    focal_point: str
    focal_email: str
    sections: list[Section] = field(default_factory=list)
    actions: list[UpdateRow] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sections) + len(self.actions) + len(self.indicators)


def primary_focal_point(session: Session, agency_id: int) -> FocalPoint | None:
    return session.scalars(
        select(FocalPoint)
        .where(FocalPoint.agency_id == agency_id)
        .order_by(FocalPoint.primary.desc(), FocalPoint.id)
        .limit(1)
    ).first()


def form_content(session: Session, agency: Agency) -> FormContent:
    focal = primary_focal_point(session, agency.id)
    content = FormContent(
        agency_id=agency.id,
        agency=agency.uuid,
        agency_name=agency.name,
        acronym=agency.acronym or "",
        focal_point=focal.name if focal else "",
        focal_email=(focal.email or "") if focal else "",
    )
    content.sections = _sections(session, agency.id)
    content.actions = _actions(session, agency.id)
    content.indicators = _indicators(session, agency.id)
    return content


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start : start + _IN_CHUNK]


def latest_narratives(session: Session, column: Any, ids: Sequence[int]) -> dict[int, str]:
    """The narrative of the newest progress update of each subject."""
    found: dict[int, str] = {}
    for chunk in _chunks(ids):
        newest = (
            select(func.max(ProgressUpdate.id))
            .where(column.in_(chunk))
            .group_by(column)
            .scalar_subquery()
        )
        for subject, narrative in session.execute(
            select(column, ProgressUpdate.narrative).where(ProgressUpdate.id.in_(newest))
        ):
            found[subject] = narrative
    return found


def assigned_recommendations(session: Session, agency_id: int) -> dict[int, AgencyRole]:
    """The live recommendations the agency leads or supports, with its role:
    a direct assignment wins over one through the recommendation's cluster."""
    roles: dict[int, AgencyRole] = {}
    through_cluster = (
        select(Recommendation.id, Assignment.role)
        .join(Assignment, Assignment.cluster_id == Recommendation.cluster_id)
        .where(Assignment.agency_id == agency_id, Recommendation.archived.is_(False))
    )
    direct = (
        select(Recommendation.id, Assignment.role)
        .join(Assignment, Assignment.recommendation_id == Recommendation.id)
        .where(Assignment.agency_id == agency_id, Recommendation.archived.is_(False))
    )
    for query in (through_cluster, direct):
        for rec_id, role in session.execute(query):
            roles[rec_id] = AgencyRole(role)
    return roles


def _sections(session: Session, agency_id: int) -> list[Section]:
    roles = assigned_recommendations(session, agency_id)
    if not roles:
        return []
    ids = list(roles)
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows += session.execute(
            select(
                Recommendation.id,
                Recommendation.uuid,
                Recommendation.version,
                Recommendation.reference,
                Mechanism.code,
                Recommendation.text,
                Recommendation.status,
                Cluster.name,
                *REGISTER_ORDER,
            )
            .join(Mechanism, Mechanism.id == Recommendation.mechanism_id)
            .outerjoin(Cluster, Cluster.id == Recommendation.cluster_id)
            .where(Recommendation.id.in_(chunk))
        ).all()
    rows.sort(key=lambda r: (r[7] is None, r[7] or "", r[8] or 0, r[9], r[10]))
    narratives = latest_narratives(session, ProgressUpdate.recommendation_id, ids)
    sections: dict[str, list[UpdateRow]] = {}
    for rec_id, rec_uuid, version, reference, code, text, status, cluster, *_ in rows:
        sections.setdefault(cluster or "", []).append(
            UpdateRow(
                kind="recommendation",
                record_id=rec_id,
                record=rec_uuid,
                version=version,
                reference=reference,
                mechanism=code,
                role=roles[rec_id],
                text=text,
                due=None,
                status=str(getattr(status, "value", status)),
                latest_progress=narratives.get(rec_id, ""),
            )
        )
    return [Section(title, section_rows) for title, section_rows in sections.items()]


def _actions(session: Session, agency_id: int) -> list[UpdateRow]:
    rows: Iterable[Any] = session.execute(
        select(
            Action.id,
            Action.uuid,
            Action.version,
            Action.sort_order,
            ImplementationPlan.title,
            Action.title,
            Action.description,
            Action.due_date,
            Action.status,
            Assignment.role,
        )
        .join(Assignment, Assignment.action_id == Action.id)
        .join(ImplementationPlan, ImplementationPlan.id == Action.plan_id)
        .where(Assignment.agency_id == agency_id)
        .order_by(ImplementationPlan.title, Action.sort_order, Action.id)
    ).all()
    rows = list(rows)
    narratives = latest_narratives(session, ProgressUpdate.action_id, [r[0] for r in rows])
    numbers: dict[str, int] = {}
    result = []
    for action_id, action_uuid, version, _, plan, title, description, due, status, role in rows:
        numbers[plan] = numbers.get(plan, 0) + 1
        text = f"{title}\n{description}" if description else title
        result.append(
            UpdateRow(
                kind="action",
                record_id=action_id,
                record=action_uuid,
                version=version,
                reference=f"{plan} / {numbers[plan]}",
                mechanism="",
                role=AgencyRole(role),
                text=text,
                due=due,
                status=str(getattr(status, "value", status)),
                latest_progress=narratives.get(action_id, ""),
            )
        )
    return result


def _indicators(session: Session, agency_id: int) -> list[IndicatorRow]:
    indicators = session.execute(
        select(
            Indicator.id,
            Indicator.uuid,
            Indicator.version,
            Indicator.name,
            Indicator.unit,
            Indicator.baseline_value,
            Indicator.target_value,
        )
        .where(Indicator.data_agency_id == agency_id)
        .order_by(Indicator.name, Indicator.id)
    ).all()
    latest: dict[int, tuple[Decimal, date]] = {}
    ids = [row[0] for row in indicators]
    for chunk in _chunks(ids):
        for indicator_id, value, measured_on in session.execute(
            select(Measurement.indicator_id, Measurement.value, Measurement.measured_on)
            .where(Measurement.indicator_id.in_(chunk))
            .order_by(Measurement.measured_on, Measurement.id)
        ):
            latest[indicator_id] = (value, measured_on)
    return [
        IndicatorRow(
            record_id=i,
            record=u,
            version=v,
            name=name,
            unit=unit or "",
            baseline=baseline,
            target=target,
            latest_value=latest[i][0] if i in latest else None,
            latest_date=latest[i][1] if i in latest else None,
        )
        for i, u, v, name, unit, baseline, target in indicators
    ]
