"""The values a user picks from (filters, pickers), as plain tuples."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Agency, Cluster, Mechanism, SourceDocument


@dataclass(frozen=True)
class FilterChoices:
    mechanisms: list[tuple[str, str]]  # code, name
    clusters: list[tuple[int, str]]
    agencies: list[tuple[int, str]]
    sources: list[tuple[int, str, str]] = field(default_factory=list)  # id, mechanism, symbol


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
        sources = [
            (int(i), str(code), str(symbol))
            for i, code, symbol in session.execute(
                select(SourceDocument.id, Mechanism.code, SourceDocument.symbol)
                .join(Mechanism, Mechanism.id == SourceDocument.mechanism_id)
                .where(SourceDocument.symbol.is_not(None))
                .order_by(Mechanism.code, SourceDocument.symbol)
            )
        ]
    return FilterChoices(mechanisms, clusters, agencies, sources)
