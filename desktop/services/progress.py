"""Progress on actions and recommendations: dated updates that may change the
item's status, with their evidence files; the status history; and the
status a recommendation's actions suggest (shown, never applied by itself)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.schedule import action_is_overdue
from desktop.domain.status_rules import StatusSuggestion, suggest_status
from desktop.domain.vocab import ActionStatus, AgencyRole, ImplementationStatus
from desktop.services.attachments import AttachmentInfo, NewAttachment, info
from desktop.services.versions import check_version
from desktop.store.base import utcnow
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    ImplementationPlan,
    ProgressUpdate,
    Recommendation,
    action_recommendation,
)

MAX_REPORTER = 200


@dataclass(frozen=True)
class ProgressEntry:
    """What a person reports."""

    reported_on: date
    narrative: str = ""
    new_status: str | None = None
    """An ActionStatus code for an action, an ImplementationStatus code for a
    recommendation; None when the status does not change."""
    agency_id: int | None = None
    reporter: str = ""
    attachments: tuple[NewAttachment, ...] = ()


@dataclass(frozen=True)
class ProgressInfo:
    id: int
    reported_on: date
    new_status: str | None
    narrative: str
    agency: str
    reporter: str
    attachments: list[AttachmentInfo] = field(default_factory=list)


def _check(
    entry: ProgressEntry, statuses: type[ActionStatus | ImplementationStatus], today: date
) -> None:
    if entry.reported_on > today:
        raise ValidationError(
            "the date of an update cannot be in the future",
            where="reported_on",
            code="date.in_future",
        )
    if entry.new_status is not None and entry.new_status not in {s.value for s in statuses}:
        raise ValidationError(
            f"unknown status {entry.new_status!r}",
            where="new_status",
            code="field.unknown_choice",
            params={"value": entry.new_status},
        )
    if not entry.narrative.strip() and entry.new_status is None and not entry.attachments:
        raise ValidationError(
            "say what happened, change the status or attach evidence",
            where="narrative",
            code="progress.nothing_said",
        )
    if len(entry.reporter) > MAX_REPORTER:
        raise ValidationError(
            f"longer than {MAX_REPORTER} characters",
            where="reporter",
            code="field.too_long",
            params={"limit": MAX_REPORTER},
        )


def _check_agency(session: Session, entry: ProgressEntry) -> None:
    if entry.agency_id is not None and session.get(Agency, entry.agency_id) is None:
        raise ValidationError(
            "that agency no longer exists (merged?)", where="agency_id", code="field.choice_gone"
        )


def _update(entry: ProgressEntry) -> ProgressUpdate:
    update = ProgressUpdate(
        reported_on=entry.reported_on,
        new_status=entry.new_status,
        narrative=entry.narrative.strip(),
        agency_id=entry.agency_id,
        reporter=entry.reporter.strip() or None,
    )
    update.attachments = [a.to_record() for a in entry.attachments]
    return update


def record_action_progress(
    session_factory: sessionmaker[Session],
    action_id: int,
    expected_version: int,
    entry: ProgressEntry,
    today: date,
) -> int:
    """Record an update on an action; its new status, if any, becomes the
    action's status. ``expected_version`` is the action's version as the user saw it."""
    _check(entry, ActionStatus, today)
    return _record(session_factory, Action, action_id, expected_version, entry, "action")


def record_recommendation_progress(
    session_factory: sessionmaker[Session],
    recommendation_id: int,
    expected_version: int,
    entry: ProgressEntry,
    today: date,
) -> int:
    """Record an update on a recommendation; its new status, if any, becomes
    the recommendation's implementation status (a person's decision)."""
    _check(entry, ImplementationStatus, today)
    return _record(
        session_factory,
        Recommendation,
        recommendation_id,
        expected_version,
        entry,
        "recommendation",
    )


def _record(
    session_factory: sessionmaker[Session],
    model: type[Action | Recommendation],
    subject_id: int,
    expected_version: int,
    entry: ProgressEntry,
    noun: str,
) -> int:
    """The update and the subject's new status in one transaction, refused when
    the subject changed since the user read ``expected_version``."""
    conflict = f"someone else changed this {noun} since you opened it"
    try:
        with session_factory.begin() as session:
            found: Action | Recommendation | None = (
                session.get(Action, subject_id)
                if model is Action
                else session.get(Recommendation, subject_id)
            )
            # mypy joins the union to the models' base: say which it is.
            subject = cast("Action | Recommendation", check_version(found, expected_version, noun))
            _check_agency(session, entry)
            update = _update(entry)
            if isinstance(subject, Action):
                update.action_id = subject_id
                if entry.new_status is not None:
                    subject.status = ActionStatus(entry.new_status)
            else:
                update.recommendation_id = subject_id
                if entry.new_status is not None:
                    subject.status = ImplementationStatus(entry.new_status)
            session.add(update)
            subject.updated_at = utcnow()  # moves the version on, status or not
            session.flush()
            return update.id
    except StaleDataError as exc:
        raise ConflictError(conflict) from exc


def _history(session: Session, *where: ColumnElement[bool]) -> list[ProgressInfo]:
    updates = session.scalars(
        select(ProgressUpdate)
        .options(selectinload(ProgressUpdate.attachments))
        .where(*where)
        .order_by(ProgressUpdate.reported_on.desc(), ProgressUpdate.id.desc())
    ).all()
    names = dict(
        session.execute(
            select(Agency.id, Agency.name).where(
                Agency.id.in_({u.agency_id for u in updates if u.agency_id})
            )
        ).all()
    )
    return [
        ProgressInfo(
            id=u.id,
            reported_on=u.reported_on,
            new_status=u.new_status,
            narrative=u.narrative,
            agency=names.get(u.agency_id, "") if u.agency_id else "",
            reporter=u.reporter or "",
            attachments=[info(a) for a in u.attachments],
        )
        for u in updates
    ]


def action_history(session_factory: sessionmaker[Session], action_id: int) -> list[ProgressInfo]:
    """The updates of an action, newest first: its status history."""
    with session_factory() as session:
        return _history(session, ProgressUpdate.action_id == action_id)


def recommendation_history(
    session_factory: sessionmaker[Session], recommendation_id: int
) -> list[ProgressInfo]:
    with session_factory() as session:
        return _history(session, ProgressUpdate.recommendation_id == recommendation_id)


@dataclass(frozen=True)
class ServingAction:
    id: int
    title: str
    plan: str
    status: ActionStatus
    due_date: date | None
    overdue: bool
    lead: str


@dataclass(frozen=True)
class RecommendationFollowUp:
    """Everything about what is done for one recommendation."""

    recommendation_id: int
    version: int
    status: ImplementationStatus
    actions: list[ServingAction]
    suggestion: StatusSuggestion
    history: list[ProgressInfo]


def recommendation_follow_up(
    session_factory: sessionmaker[Session], recommendation_id: int, today: date
) -> RecommendationFollowUp:
    with session_factory() as session:
        rec = session.get(Recommendation, recommendation_id)
        if rec is None:
            raise NotFoundError("the recommendation no longer exists", code="record.not_found")
        rows = session.execute(
            select(
                Action.id,
                Action.title,
                ImplementationPlan.title,
                Action.status,
                Action.due_date,
            )
            .join(action_recommendation, action_recommendation.c.action_id == Action.id)
            .join(ImplementationPlan, ImplementationPlan.id == Action.plan_id)
            .where(action_recommendation.c.recommendation_id == recommendation_id)
            .order_by(Action.due_date, Action.id)
        ).all()
        leads = _leads(session, [row[0] for row in rows])
        actions = [
            ServingAction(
                id=action_id,
                title=title,
                plan=plan,
                status=ActionStatus(status),
                due_date=due,
                overdue=action_is_overdue(due, ActionStatus(status), today),
                lead=", ".join(leads.get(action_id, [])),
            )
            for action_id, title, plan, status, due in rows
        ]
        return RecommendationFollowUp(
            recommendation_id=rec.id,
            version=rec.version,
            status=rec.status,
            actions=actions,
            suggestion=suggest_status(a.status for a in actions),
            history=_history(session, ProgressUpdate.recommendation_id == recommendation_id),
        )


def _leads(session: Session, action_ids: Sequence[int]) -> dict[int, list[str]]:
    leads: dict[int, list[str]] = {}
    if not action_ids:
        return leads
    rows: Any = session.execute(
        select(Assignment.action_id, Agency.name)
        .join(Agency, Agency.id == Assignment.agency_id)
        .where(Assignment.action_id.in_(action_ids), Assignment.role == AgencyRole.LEAD)
        .order_by(Agency.name)
    )
    for action_id, name in rows:
        leads.setdefault(action_id, []).append(name)
    return leads
