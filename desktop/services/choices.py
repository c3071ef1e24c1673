"""The values a user picks from (filters, pickers), as plain tuples."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Agency, Cluster, Mechanism


@dataclass(frozen=True)
class FilterChoices:
    mechanisms: list[tuple[str, str]]  # code, name
    clusters: list[tuple[int, str]]
    agencies: list[tuple[int, str]]


def filter_choices(session_factory: sessionmaker[Session]) -> FilterChoices:
    with session_factory() as session:
        mechanisms = [
            (str(code), str(name))
            for code, name in session.execute(
                select(Mechanism.code, Mechanism.name).order_by(
                    Mechanism.sort_order, Mechanism.code
                )
            )
        ]
        clusters = [
            (int(i), str(n))
            for i, n in session.execute(select(Cluster.id, Cluster.name).order_by(Cluster.name))
        ]
        agencies = [
            (int(i), str(n))
            for i, n in session.execute(
                select(Agency.id, Agency.name)
                .where(Agency.archived.is_(False))
                .order_by(Agency.name)
            )
        ]
    return FilterChoices(mechanisms, clusters, agencies)
