"""A small hand-made register for the planning tests: two clusters, five
recommendations, three agencies; every expected figure can be counted by hand."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.vocab import AgencyRole, Priority
from desktop.store.models import (
    Agency,
    Assignment,
    Cluster,
    FocalPoint,
    Mechanism,
    Recommendation,
    SourceDocument,
)


@dataclass(frozen=True)
class Register:
    recs: dict[str, int]
    """reference -> id: E1, E2 (education), W1, W2 (women), X1 (no cluster)"""
    clusters: dict[str, int]
    """education (high priority), women (medium)"""
    agencies: dict[str, int]
    """MOE, MOJ, NSO"""
    focal_points: dict[str, int]
    """MOE's focal point"""


def make_register(factory: sessionmaker[Session]) -> Register:
    with factory.begin() as session:
        upr = session.scalars(select(Mechanism).where(Mechanism.code == "UPR")).one()
        doc = SourceDocument(mechanism=upr, symbol="A/HRC/52/1", cycle=4)
        education = Cluster(
            name="Education", priority=Priority.HIGH, priority_rationale="Budget year"
        )
        women = Cluster(name="Women's rights", priority=Priority.MEDIUM)
        moe = Agency(name="Ministry of Education", acronym="MOE")
        moj = Agency(name="Ministry of Justice", acronym="MOJ")
        nso = Agency(name="National Statistics Office", acronym="NSO")
        session.add_all([doc, education, women, moe, moj, nso])
        recs = {}
        for order, (ref, cluster) in enumerate(
            [("E1", education), ("E2", education), ("W1", women), ("W2", women), ("X1", None)]
        ):
            rec = Recommendation(
                mechanism=upr,
                source=doc,
                reference=ref,
                text=f"Recommendation {ref}",
                cluster=cluster,
                sort_key=order,
            )
            session.add(rec)
            recs[ref] = rec
        focal = FocalPoint(agency=moe, name="A. Focal", primary=True)
        session.add(focal)
        session.flush()
        session.add(Assignment(agency=moe, role=AgencyRole.LEAD, cluster_id=education.id))
        session.add(Assignment(agency=moj, role=AgencyRole.LEAD, recommendation_id=recs["W1"].id))
        session.flush()
        return Register(
            recs={ref: rec.id for ref, rec in recs.items()},
            clusters={"education": education.id, "women": women.id},
            agencies={"MOE": moe.id, "MOJ": moj.id, "NSO": nso.id},
            focal_points={"MOE": focal.id},
        )
