"""What the status report reads about a chunk of its recommendations, IN_LIMIT
ids at a time: lead agencies, the latest progress (its own or an action's) and
the actions serving each, with which are overdue."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.schedule import action_is_overdue
from desktop.domain.vocab import ActionStatus, AgencyRole
from desktop.reports.data import ProgressNote
from desktop.services.report_data.common import chunks
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    ProgressUpdate,
    action_recommendation,
)


@dataclass
class ScopeLinks:
    """What a chunk of recommendations is linked to, by recommendation id."""

    leads: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    progress: dict[int, tuple[tuple[date, int, int], ProgressNote]] = field(default_factory=dict)
    """rec id -> (sort key, note) of its latest update (its own or an action's)."""
    actions: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    overdue: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    action_rows: dict[int, tuple[str, int, date | None, ActionStatus]] = field(default_factory=dict)
    """action id -> (title, plan id, due date, status)."""


def read_links(
    session: Session, ids: Sequence[int], agencies: Mapping[int, tuple[str, bool]], today: date
) -> ScopeLinks:
    links = ScopeLinks()
    act = action_recommendation.c
    for chunk in chunks(ids):
        leads: Any = session.connection().execute(
            select(Assignment.recommendation_id, Assignment.agency_id).where(
                Assignment.recommendation_id.in_(chunk), Assignment.role == AgencyRole.LEAD
            )
        )
        for rec_id, agency_id in leads:
            links.leads[rec_id].append(agency_id)
        own: Any = session.connection().execute(
            select(
                ProgressUpdate.recommendation_id,
                ProgressUpdate.id,
                ProgressUpdate.reported_on,
                ProgressUpdate.new_status,
                ProgressUpdate.narrative,
                ProgressUpdate.agency_id,
                ProgressUpdate.reporter,
            ).where(ProgressUpdate.recommendation_id.in_(chunk))
        )
        for row in own:
            # Its own update comes before an action's of the same day.
            _keep_latest(links.progress, row[0], (row[2], 1, row[1]), _note(row[2:], agencies))
        for rec_id, action_id, title, plan_id, due, status in session.connection().execute(
            select(act.recommendation_id, Action.id, Action.title, Action.plan_id)
            .add_columns(Action.due_date, Action.status)
            .join(Action, Action.id == act.action_id)
            .where(act.recommendation_id.in_(chunk))
        ):
            status = ActionStatus(status)
            links.actions[rec_id].append(action_id)
            links.action_rows[action_id] = (title, plan_id, due, status)
            if action_is_overdue(due, status, today):
                links.overdue[rec_id].append(action_id)
    _action_progress(session, links, agencies)
    return links


def _note(row: Sequence[Any], agencies: Mapping[int, tuple[str, bool]]) -> ProgressNote:
    on, status, narrative, agency_id, reporter = row
    return ProgressNote(
        on=on,
        narrative=narrative or "",
        status=status or "",
        agency=agencies[agency_id][0] if agency_id in agencies else "",
        reported_by=reporter or "",
    )


def _keep_latest(
    found: dict[int, tuple[tuple[date, int, int], ProgressNote]],
    rec_id: int,
    key: tuple[date, int, int],
    note: ProgressNote,
) -> None:
    kept = found.get(rec_id)
    if kept is None or key > kept[0]:
        found[rec_id] = (key, note)


def _action_progress(
    session: Session, links: ScopeLinks, agencies: Mapping[int, tuple[str, bool]]
) -> None:
    """The latest update of each action serving the scope, offered to each
    recommendation it addresses as that recommendation's latest progress."""
    latest: dict[int, tuple[tuple[date, int, int], ProgressNote]] = {}
    for chunk in chunks(sorted(links.action_rows)):
        updates: Any = session.connection().execute(
            select(
                ProgressUpdate.action_id,
                ProgressUpdate.id,
                ProgressUpdate.reported_on,
                ProgressUpdate.new_status,
                ProgressUpdate.narrative,
                ProgressUpdate.agency_id,
                ProgressUpdate.reporter,
            ).where(ProgressUpdate.action_id.in_(chunk))
        )
        for row in updates:
            _keep_latest(latest, row[0], (row[2], 0, row[1]), _note(row[2:], agencies))
    for rec_id, action_ids in links.actions.items():
        for action_id in action_ids:
            if action_id in latest:
                key, note = latest[action_id]
                _keep_latest(links.progress, rec_id, key, note)


def action_leads(session: Session, action_ids: Sequence[int]) -> dict[int, list[str]]:
    leads: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(action_ids):
        rows: Any = session.connection().execute(
            select(Assignment.action_id, Agency.name)
            .join(Agency, Agency.id == Assignment.agency_id)
            .where(Assignment.action_id.in_(chunk), Assignment.role == AgencyRole.LEAD)
            .order_by(Agency.name)
        )
        for action_id, name in rows:
            leads[action_id].append(name)
    return leads
