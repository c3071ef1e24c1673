"""Headline figures of a database (``nmrf-desk stats``, the start page)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.vocab import ImplementationStatus, Position
from desktop.store.models import Action, Agency, ImplementationPlan, Mechanism, Recommendation


@dataclass(frozen=True)
class Stats:
    recommendations: int
    by_response: dict[str, int]
    by_mechanism: dict[str, int]
    by_status: dict[str, int]
    agencies: int
    plans: int
    actions: int
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(data.pop("extra"))
        return data


def compute_stats(session_factory: sessionmaker[Session]) -> Stats:
    """Counts over recommendations that are not archived, in one read transaction.

    One grouped query over a covering index gives every breakdown at once.
    """
    by_response = {position.value: 0 for position in Position}
    by_status = {status.value: 0 for status in ImplementationStatus}
    per_mechanism: dict[int, int] = {}
    with session_factory() as session:
        rows = session.execute(
            select(
                Recommendation.mechanism_id,
                Recommendation.response,
                Recommendation.status,
                func.count(),
            )
            .where(Recommendation.archived.is_(False))
            .group_by(Recommendation.mechanism_id, Recommendation.response, Recommendation.status)
        )
        for mechanism_id, response, status, count in rows:
            by_response[str(response)] = by_response.get(str(response), 0) + count
            by_status[str(status)] = by_status.get(str(status), 0) + count
            per_mechanism[mechanism_id] = per_mechanism.get(mechanism_id, 0) + count
        codes: dict[int, str] = {
            mechanism_id: code
            for mechanism_id, code in session.execute(
                select(Mechanism.id, Mechanism.code).where(Mechanism.id.in_(per_mechanism))
            )
        }
        return Stats(
            recommendations=sum(per_mechanism.values()),
            by_response=by_response,
            by_mechanism={
                codes[m]: n for m, n in sorted(per_mechanism.items(), key=lambda i: codes[i[0]])
            },
            by_status=by_status,
            agencies=_count(session, Agency, Agency.archived.is_(False)),
            plans=_count(session, ImplementationPlan),
            actions=_count(session, Action),
        )


def _count(session: Session, model: type[Any], *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
