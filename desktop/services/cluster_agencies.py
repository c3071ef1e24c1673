"""Who leads and supports a thematic cluster (each with a focal point), the
lead an action proposed for a cluster takes, and handing a cluster's agencies
on to its recommendations (one transaction, undoable)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import AgencyRole
from desktop.services.actions import ActionAgency
from desktop.services.bulk import CHUNK, bump_versions
from desktop.services.transactions import retry_conflicts
from desktop.store.base import utcnow
from desktop.store.models import Agency, Assignment, Cluster, FocalPoint, Recommendation

CHANGED_MEANWHILE = "someone else changed this cluster's agencies; reopen them"


@dataclass(frozen=True)
class ClusterAgencies:
    cluster_id: int
    version: int
    name: str
    agencies: tuple[ActionAgency, ...]
    """Leads first, then supporting agencies, each by name."""


def get_cluster_agencies(
    session_factory: sessionmaker[Session], cluster_id: int
) -> ClusterAgencies:
    with session_factory() as session:
        cluster = session.get(Cluster, cluster_id)
        if cluster is None:
            raise NotFoundError("this cluster was deleted meanwhile", code="record.not_found")
        rows = session.execute(
            select(Assignment.agency_id, Assignment.role, Assignment.focal_point_id)
            .join(Agency, Agency.id == Assignment.agency_id)
            .where(Assignment.cluster_id == cluster_id)
            .order_by(Assignment.role != AgencyRole.LEAD, Agency.name)
        ).all()
        return ClusterAgencies(
            cluster.id,
            cluster.version,
            cluster.name,
            tuple(ActionAgency(a, role, fp) for a, role, fp in rows),
        )


def _check_agencies(session: Session, agencies: Sequence[ActionAgency]) -> None:
    seen: set[int] = set()
    for agency in agencies:
        name = session.scalar(select(Agency.name).where(Agency.id == agency.agency_id))
        if name is None:
            raise ValidationError(
                "one of the agencies no longer exists", where="agencies", code="field.choice_gone"
            )
        if agency.agency_id in seen:
            raise ValidationError(
                f"{name} is listed twice",
                where="agencies",
                code="field.named_twice",
                params={"name": name},
            )
        seen.add(agency.agency_id)
        AgencyRole(agency.role)
        if agency.focal_point_id is not None:
            owner = session.scalar(
                select(FocalPoint.agency_id).where(FocalPoint.id == agency.focal_point_id)
            )
            if owner != agency.agency_id:
                raise ValidationError(
                    f"the focal point chosen for {name} does not belong to it",
                    where="agencies",
                    code="agency.focal_point_elsewhere",
                )


def set_cluster_agencies(
    session_factory: sessionmaker[Session],
    cluster_id: int,
    expected_version: int,
    agencies: Sequence[ActionAgency],
) -> None:
    """Replace the cluster's lead and supporting agencies; refused when the
    cluster changed since version ``expected_version`` was read."""
    try:
        with session_factory.begin() as session:
            cluster = session.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError("this cluster was deleted meanwhile", code="record.not_found")
            if cluster.version != expected_version:
                raise ConflictError(
                    CHANGED_MEANWHILE, where=cluster.name, code="cluster.agencies_changed"
                )
            _check_agencies(session, agencies)
            session.execute(delete(Assignment).where(Assignment.cluster_id == cluster_id))
            session.add_all(
                Assignment(
                    agency_id=a.agency_id,
                    role=a.role,
                    focal_point_id=a.focal_point_id,
                    cluster_id=cluster_id,
                )
                for a in agencies
            )
            # Assignments alone do not touch the cluster's row: touch it, so its
            # version moves on and a page or dialog open on it sees the change.
            cluster.updated_at = utcnow()
            session.flush()
    except StaleDataError as exc:
        raise ConflictError(CHANGED_MEANWHILE, code="cluster.agencies_changed") from exc


# -- the lead of a proposed action ----------------------------------------------


def proposed_leads(
    session: Session, cluster_id: int, recommendations: Select[Any]
) -> list[tuple[int, int | None]]:
    """(agency, focal point) to lead an action for the cluster: its lead
    agencies; else the one lead agency every one of ``recommendations`` (a
    select of recommendation ids) shares, with their focal point when they all
    name the same one, else the agency's primary one; else none."""
    leads = session.execute(
        select(Assignment.agency_id, Assignment.focal_point_id)
        .join(Agency, Agency.id == Assignment.agency_id)
        .where(Assignment.cluster_id == cluster_id, Assignment.role == AgencyRole.LEAD)
        .order_by(Agency.name)
    ).all()
    if leads:
        return [(int(a), fp) for a, fp in leads]
    chosen = recommendations.subquery()
    total = session.scalar(select(func.count()).select_from(chosen)) or 0
    if not total:
        return []
    shared = session.execute(
        select(
            Assignment.agency_id,
            func.min(Assignment.focal_point_id),
            func.max(Assignment.focal_point_id),
            func.count(Assignment.focal_point_id),
        )
        .where(
            Assignment.role == AgencyRole.LEAD,
            Assignment.recommendation_id.in_(select(chosen.c[0])),
        )
        .group_by(Assignment.agency_id)
        .having(func.count() == total)
    ).all()
    if len(shared) != 1:
        return []
    agency_id, low, high, named = shared[0]
    if named == total and low == high:
        return [(int(agency_id), low)]
    primary = session.scalar(
        select(FocalPoint.id)
        .where(FocalPoint.agency_id == agency_id)
        .order_by(FocalPoint.primary.desc(), FocalPoint.name)
        .limit(1)
    )
    return [(int(agency_id), primary)]


def cluster_supporters(session: Session, cluster_id: int) -> list[tuple[int, int | None]]:
    """(agency, focal point) of the cluster's supporting agencies."""
    rows = session.execute(
        select(Assignment.agency_id, Assignment.focal_point_id).where(
            Assignment.cluster_id == cluster_id, Assignment.role == AgencyRole.SUPPORTING
        )
    ).all()
    return [(int(a), fp) for a, fp in rows]


# -- handing the cluster's agencies on to its recommendations ------------------


@dataclass
class AssignUndo:
    """What handing agencies on changed, to put it back."""

    cluster_id: int
    added: list[int] = field(default_factory=list)
    """Assignments created."""
    changed: list[tuple[int, AgencyRole, int | None]] = field(default_factory=list)
    """(assignment, old role, old focal point) of assignments changed."""
    touched: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class AssignResult:
    recommendations: int
    """Live recommendations in the cluster."""
    changed: int
    """Those that gained an agency, or whose agency's role or focal point changed."""
    undo: AssignUndo


def _live_recommendations(session: Session, cluster_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Recommendation.id)
            .where(Recommendation.cluster_id == cluster_id, Recommendation.archived.is_(False))
            .order_by(Recommendation.id)
        )
    )


def _hand_on(session: Session, cluster_id: int, write: bool) -> AssignResult:
    agencies = session.execute(
        select(Assignment.agency_id, Assignment.role, Assignment.focal_point_id).where(
            Assignment.cluster_id == cluster_id
        )
    ).all()
    recs = _live_recommendations(session, cluster_id)
    undo = AssignUndo(cluster_id)
    touched: set[int] = set()
    now = utcnow()
    for agency_id, role, focal_point_id in agencies:
        for start in range(0, len(recs), CHUNK):
            chunk = recs[start : start + CHUNK]
            existing = {
                int(rec): (a_id, old_role, old_fp)
                for a_id, rec, old_role, old_fp in session.execute(
                    select(
                        Assignment.id,
                        Assignment.recommendation_id,
                        Assignment.role,
                        Assignment.focal_point_id,
                    ).where(
                        Assignment.agency_id == agency_id,
                        Assignment.recommendation_id.in_(chunk),
                    )
                )
                if rec is not None
            }
            new = [r for r in chunk if r not in existing]
            differing = [
                (rec, a_id, old_role, old_fp)
                for rec, (a_id, old_role, old_fp) in existing.items()
                if old_role != role or (focal_point_id is not None and old_fp != focal_point_id)
            ]
            touched.update(new)
            touched.update(rec for rec, *_ in differing)
            if not write:
                continue
            for _rec, a_id, old_role, old_fp in differing:
                undo.changed.append((a_id, old_role, old_fp))
                session.execute(
                    update(Assignment)
                    .where(Assignment.id == a_id)
                    .values(
                        role=role,
                        focal_point_id=focal_point_id if focal_point_id is not None else old_fp,
                        version=Assignment.version + 1,
                        updated_at=now,
                    )
                    .execution_options(synchronize_session=False)
                )
            if new:
                table = Assignment.__table__
                assert isinstance(table, Table)
                rows = [
                    {
                        "uuid": uuid.uuid4(),
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                        "agency_id": agency_id,
                        "role": role,
                        "focal_point_id": focal_point_id,
                        "recommendation_id": rec,
                    }
                    for rec in new
                ]
                undo.added += list(session.scalars(insert(table).returning(table.c.id), rows))
    undo.touched = sorted(touched)
    return AssignResult(len(recs), len(touched), undo)


def preview_assign_to_recommendations(
    session_factory: sessionmaker[Session], cluster_id: int
) -> AssignResult:
    """What :func:`assign_to_recommendations` would change, without changing it."""
    with session_factory() as session:
        if session.get(Cluster, cluster_id) is None:
            raise NotFoundError("this cluster was deleted meanwhile", code="record.not_found")
        return _hand_on(session, cluster_id, write=False)


def assign_to_recommendations(
    session_factory: sessionmaker[Session], cluster_id: int, expected_version: int
) -> AssignResult:
    """Give each live recommendation of the cluster the cluster's agencies, in
    their roles and with their focal points; the recommendations' other
    agencies stay. Refused when the cluster (its agencies) changed since
    version ``expected_version`` was read."""

    def change() -> AssignResult:
        with session_factory.begin() as session:
            cluster = session.get(Cluster, cluster_id)
            if cluster is None:
                raise NotFoundError("this cluster was deleted meanwhile", code="record.not_found")
            if cluster.version != expected_version:
                raise ConflictError(
                    CHANGED_MEANWHILE, where=cluster.name, code="cluster.agencies_changed"
                )
            if session.scalar(select(Assignment.id).where(Assignment.cluster_id == cluster_id)):
                result = _hand_on(session, cluster_id, write=True)
            else:
                raise ValidationError("the cluster has no agencies to assign", where=cluster.name)
            bump_versions(session, result.undo.touched)
            return result

    return retry_conflicts(change)


def undo_assign(session_factory: sessionmaker[Session], undo: AssignUndo) -> int:
    """Put back what an assignment to the recommendations changed; returns how
    many recommendations it touched."""

    def change() -> int:
        with session_factory.begin() as session:
            for start in range(0, len(undo.added), CHUNK):
                session.execute(
                    delete(Assignment).where(Assignment.id.in_(undo.added[start : start + CHUNK]))
                )
            for assignment_id, role, focal_point_id in undo.changed:
                session.execute(
                    update(Assignment)
                    .where(Assignment.id == assignment_id)
                    .values(
                        role=role,
                        focal_point_id=focal_point_id,
                        version=Assignment.version + 1,
                        updated_at=utcnow(),
                    )
                    .execution_options(synchronize_session=False)
                )
            bump_versions(session, undo.touched)
            return len(undo.touched)

    return retry_conflicts(change)
