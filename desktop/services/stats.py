"""Headline figures of a database (``nmrf-desk stats``, the start page)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.vocab import ImplementationStatus, Position
from desktop.services.dashboard import DueDeadline, due_deadlines, overdue_actions
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
    mechanisms: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per mechanism code: {"recommendations": n, "by_status": {status: n}}."""
    overdue_actions: int | None = None
    """With a ``today``: actions overdue on that day (desktop.domain.schedule)."""
    upcoming_deadlines: tuple[DueDeadline, ...] | None = None
    """With a ``today``: reporting deadlines overdue or due within the horizon."""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(data.pop("extra"))
        for key in ("overdue_actions", "upcoming_deadlines"):
            if data[key] is None:
                del data[key]
        if self.upcoming_deadlines is not None:
            data["upcoming_deadlines"] = [
                {
                    "mechanism": d.mechanism,
                    "kind": d.report_kind.value,
                    "title": d.title,
                    "due_date": d.due_date.isoformat(),
                    "state": d.state.value,
                }
                for d in self.upcoming_deadlines
            ]
        return data


def compute_stats(session_factory: sessionmaker[Session], today: date | None = None) -> Stats:
    """Counts over recommendations that are not archived, in one read transaction;
    with ``today`` (the caller's calendar date) also what is overdue and due.

    One grouped query over a covering index gives every breakdown at once.
    """
    by_response = {position.value: 0 for position in Position}
    by_status = {status.value: 0 for status in ImplementationStatus}
    per_mechanism: dict[int, dict[str, int]] = {}
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
            statuses = per_mechanism.setdefault(
                mechanism_id, {s.value: 0 for s in ImplementationStatus}
            )
            statuses[str(status)] = statuses.get(str(status), 0) + count
        codes: dict[int, str] = {
            mechanism_id: code
            for mechanism_id, code in session.execute(
                select(Mechanism.id, Mechanism.code).where(Mechanism.id.in_(per_mechanism))
            )
        }
        ordered = sorted(per_mechanism.items(), key=lambda i: codes[i[0]])
        return Stats(
            recommendations=sum(sum(s.values()) for s in per_mechanism.values()),
            by_response=by_response,
            by_mechanism={codes[m]: sum(s.values()) for m, s in ordered},
            by_status=by_status,
            agencies=_count(session, Agency, Agency.archived.is_(False)),
            plans=_count(session, ImplementationPlan),
            actions=_count(session, Action),
            mechanisms={
                codes[m]: {"recommendations": sum(s.values()), "by_status": s} for m, s in ordered
            },
            overdue_actions=None if today is None else overdue_actions(session, today, limit=0)[0],
            upcoming_deadlines=None if today is None else due_deadlines(session, today),
        )


def _count(session: Session, model: type[Any], *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
