"""Thematic clusters: list with counts and agencies, create, rename, merge,
delete. Setting a cluster's agencies is desktop.services.cluster_agencies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import AgencyRole, Priority
from desktop.store.models import (
    Agency,
    Assignment,
    Cluster,
    FocalPoint,
    Recommendation,
    action_cluster,
)


@dataclass(frozen=True)
class ClusterInfo:
    id: int
    version: int
    name: str
    description: str
    priority: Priority | None
    priority_rationale: str
    recommendations: int
    leads: tuple[str, ...] = ()
    """Names of its lead agencies, each with its focal point in brackets."""
    supporting: tuple[str, ...] = ()
    """Names of its supporting agencies, each with its focal point in brackets."""


def _agency_names(session: Session) -> dict[tuple[int, AgencyRole], list[str]]:
    """Every cluster's agencies by role, by name, with their focal points."""
    found: dict[tuple[int, AgencyRole], list[str]] = {}
    for cluster_id, role, agency, focal_point in session.execute(
        select(Assignment.cluster_id, Assignment.role, Agency.name, FocalPoint.name)
        .join(Agency, Agency.id == Assignment.agency_id)
        .outerjoin(FocalPoint, FocalPoint.id == Assignment.focal_point_id)
        .where(Assignment.cluster_id.is_not(None))
        .order_by(Agency.name)
    ):
        if cluster_id is None:  # excluded by the query; narrows the type
            continue
        shown = f"{agency} ({focal_point})" if focal_point else agency
        found.setdefault((cluster_id, role), []).append(shown)
    return found


def list_clusters(session_factory: sessionmaker[Session]) -> list[ClusterInfo]:
    """Every cluster with the number of live recommendations in it and its
    agencies, by name."""
    counts = (
        select(Recommendation.cluster_id, func.count().label("n"))
        .where(Recommendation.archived.is_(False))
        .group_by(Recommendation.cluster_id)
        .subquery()
    )
    with session_factory() as session:
        rows = session.execute(
            select(Cluster, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.cluster_id == Cluster.id)
            .order_by(Cluster.name)
        ).all()
        agencies = _agency_names(session)
        return [
            ClusterInfo(
                c.id,
                c.version,
                c.name,
                c.description or "",
                c.priority,
                c.priority_rationale or "",
                int(n),
                tuple(agencies.get((c.id, AgencyRole.LEAD), ())),
                tuple(agencies.get((c.id, AgencyRole.SUPPORTING), ())),
            )
            for c, n in rows
        ]


def _clean_name(session: Session, name: str, own_id: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("a cluster needs a name", where="name", code="field.required")
    if len(name) > 300:
        raise ValidationError(
            "the name is longer than 300 characters",
            where="name",
            code="field.too_long",
            params={"limit": 300},
        )
    clash = session.scalar(
        select(Cluster.id).where(
            func.lower(Cluster.name) == name.lower(), Cluster.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise ValidationError(
            f"there is already a cluster called {name!r}",
            where="name",
            code="cluster.name_taken",
            params={"name": name},
        )
    return name


def create_cluster(
    session_factory: sessionmaker[Session],
    name: str,
    description: str = "",
    priority: Priority | None = None,
    priority_rationale: str = "",
) -> int:
    with session_factory.begin() as session:
        cluster = Cluster(
            name=_clean_name(session, name, None),
            description=description.strip() or None,
            priority=priority,
            priority_rationale=priority_rationale.strip() or None,
        )
        session.add(cluster)
        session.flush()
        return cluster.id


def update_cluster(
    session_factory: sessionmaker[Session],
    cluster_id: int,
    expected_version: int,
    name: str,
    description: str = "",
    priority: Priority | None = None,
    priority_rationale: str = "",
) -> None:
    with session_factory.begin() as session:
        cluster = session.get(Cluster, cluster_id)
        if cluster is None:
            raise NotFoundError(
                "this cluster was deleted meanwhile", where=name, code="record.not_found"
            )
        if cluster.version != expected_version:
            raise ConflictError("someone else changed this cluster; reopen it", where=cluster.name)
        cluster.name = _clean_name(session, name, cluster_id)
        cluster.description = description.strip() or None
        cluster.priority = priority
        cluster.priority_rationale = priority_rationale.strip() or None


def merge_clusters(
    session_factory: sessionmaker[Session], sources: Sequence[int], target: int
) -> int:
    """Move everything of ``sources`` into ``target`` and delete them; returns
    how many recommendations moved."""
    sources = [s for s in dict.fromkeys(sources) if s != target]
    if not sources:
        raise ValidationError(
            "choose at least one other cluster to merge into this one", code="merge.choose_other"
        )
    with session_factory.begin() as session:
        if session.get(Cluster, target) is None:
            raise NotFoundError(
                "the cluster to merge into no longer exists", code="record.not_found"
            )
        moved = session.execute(
            update(Recommendation)
            .where(Recommendation.cluster_id.in_(sources))
            .values(cluster_id=target, version=Recommendation.version + 1)
            .execution_options(synchronize_session=False)
        ).rowcount  # type: ignore[attr-defined]
        # Agencies and actions of the merged clusters now serve the target,
        # unless they already did.
        has_agency = select(Assignment.agency_id).where(Assignment.cluster_id == target)
        session.execute(
            update(Assignment)
            .where(Assignment.cluster_id.in_(sources), Assignment.agency_id.not_in(has_agency))
            .values(cluster_id=target)
            .execution_options(synchronize_session=False)
        )
        has_action = select(action_cluster.c.action_id).where(action_cluster.c.cluster_id == target)
        session.execute(
            update(action_cluster)
            .where(
                action_cluster.c.cluster_id.in_(sources),
                action_cluster.c.action_id.not_in(has_action),
            )
            .values(cluster_id=target)
        )
        session.execute(delete(Cluster).where(Cluster.id.in_(sources)))
        return int(moved or 0)


def delete_cluster(session_factory: sessionmaker[Session], cluster_id: int) -> int:
    """Delete a cluster; its recommendations stay, without a cluster. Returns
    how many recommendations it held."""
    with session_factory.begin() as session:
        held = session.scalar(
            select(func.count())
            .select_from(Recommendation)
            .where(Recommendation.cluster_id == cluster_id)
        )
        session.execute(
            update(Recommendation)
            .where(Recommendation.cluster_id == cluster_id)
            .values(cluster_id=None, version=Recommendation.version + 1)
            .execution_options(synchronize_session=False)
        )
        session.execute(delete(Cluster).where(Cluster.id == cluster_id))
        return int(held or 0)
