"""What needs attention now: overdue actions and reports, reports due soon.
Shown in the status bar of every page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.schedule import OPEN_ACTION_STATUSES
from desktop.services.deadlines import deadline_summary
from desktop.store.models import Action


@dataclass(frozen=True)
class Alerts:
    overdue_actions: int
    overdue_reports: int
    upcoming_reports: int
    next_report_due: date | None

    @property
    def any(self) -> bool:
        return bool(self.overdue_actions or self.overdue_reports or self.upcoming_reports)


def follow_up_alerts(session_factory: sessionmaker[Session], today: date) -> Alerts:
    with session_factory() as session:
        overdue_actions = session.scalar(
            select(func.count())
            .select_from(Action)
            .where(Action.due_date < today, Action.status.in_(OPEN_ACTION_STATUSES))
        )
    reports = deadline_summary(session_factory, today)
    return Alerts(int(overdue_actions or 0), reports.overdue, reports.upcoming, reports.next_due)
