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
    """Counts over recommendations that are not archived, in one read transaction."""
    live = Recommendation.archived.is_(False)
    with session_factory() as session:
        by_response = {position.value: 0 for position in Position}
        for response, count in session.execute(
            select(Recommendation.response, func.count())
            .where(live)
            .group_by(Recommendation.response)
        ):
            by_response[str(response)] = count
        by_status = {status.value: 0 for status in ImplementationStatus}
        for status, count in session.execute(
            select(Recommendation.status, func.count()).where(live).group_by(Recommendation.status)
        ):
            by_status[str(status)] = count
        by_mechanism = {
            str(code): int(count)
            for code, count in session.execute(
                select(Mechanism.code, func.count(Recommendation.id))
                .join(Recommendation, Recommendation.mechanism_id == Mechanism.id)
                .where(live)
                .group_by(Mechanism.code)
                .order_by(Mechanism.code)
            )
        }
        return Stats(
            recommendations=sum(by_response.values()),
            by_response=by_response,
            by_mechanism=by_mechanism,
            by_status=by_status,
            agencies=_count(session, Agency, Agency.archived.is_(False)),
            plans=_count(session, ImplementationPlan),
            actions=_count(session, Action),
        )


def _count(session: Session, model: type[Any], *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
