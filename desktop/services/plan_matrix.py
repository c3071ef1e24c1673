"""The cluster × implementation status matrix of the Plans page: how many live
recommendations each theme cluster holds in each status, over the register or
one plan, clusters by priority, then name."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.vocab import ImplementationStatus, Priority
from desktop.store.models import Cluster, Recommendation, plan_recommendation

PRIORITY_ORDER: dict[Priority | None, int] = {
    Priority.HIGH: 0,
    Priority.MEDIUM: 1,
    Priority.LOW: 2,
    None: 3,
}


@dataclass(frozen=True)
class MatrixRow:
    cluster_id: int | None
    name: str
    priority: Priority | None
    counts: dict[ImplementationStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def priority_matrix(
    session_factory: sessionmaker[Session], plan_id: int | None = None
) -> list[MatrixRow]:
    """Clusters (by priority, then name) × implementation status: how many live
    recommendations, in the plan when ``plan_id`` is given."""
    query = (
        select(Recommendation.cluster_id, Recommendation.status, func.count())
        .where(Recommendation.archived.is_(False))
        .group_by(Recommendation.cluster_id, Recommendation.status)
    )
    if plan_id is not None:
        query = query.join(
            plan_recommendation, plan_recommendation.c.recommendation_id == Recommendation.id
        ).where(plan_recommendation.c.plan_id == plan_id)
    counts: dict[int | None, dict[ImplementationStatus, int]] = defaultdict(dict)
    with session_factory() as session:
        for cluster_id, status, count in session.execute(query):
            counts[cluster_id][ImplementationStatus(status)] = count
        clusters = {
            c.id: c
            for c in session.scalars(
                select(Cluster).where(Cluster.id.in_([c for c in counts if c is not None]))
            )
        }
    rows = [
        MatrixRow(cid, clusters[cid].name, clusters[cid].priority, counts[cid])
        for cid in counts
        if cid is not None and cid in clusters
    ]
    rows.sort(key=lambda r: (PRIORITY_ORDER[r.priority], r.name.casefold()))
    if None in counts:
        rows.append(MatrixRow(None, "", None, counts[None]))
    return rows
