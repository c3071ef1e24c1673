"""Progress updates, status history, evidence, and the status actions suggest;
the time rules (dates only); on both engines where a database is involved."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.schedule import DeadlineState, action_is_overdue, deadline_state
from desktop.domain.status_rules import SuggestionRule, suggest_status
from desktop.domain.vocab import ActionStatus, AgencyRole, ImplementationStatus
from desktop.services.actions import ActionAgency, ActionFields, create_action, get_action
from desktop.services.attachments import attachment_content, read_attachment_file
from desktop.services.database import Database, open_database
from desktop.services.plans import PlanFields, create_plan
from desktop.services.progress import (
    ProgressEntry,
    action_history,
    recommendation_follow_up,
    record_action_progress,
    record_recommendation_progress,
)
from desktop.store.models import Attachment, ProgressUpdate, Recommendation
from tests.unit.planning_data import Register, make_register

TODAY = date(2026, 6, 15)
S = ActionStatus


@pytest.mark.parametrize(
    ("statuses", "status", "rule"),
    [
        ([], None, SuggestionRule.NO_ACTIONS),
        ([S.CANCELLED, S.CANCELLED], None, SuggestionRule.ALL_CANCELLED),
        ([S.COMPLETED, S.CANCELLED], ImplementationStatus.FULLY_IMPLEMENTED, "all_completed"),
        ([S.COMPLETED, S.PLANNED], ImplementationStatus.PARTIALLY_IMPLEMENTED, "some_completed"),
        ([S.PLANNED, S.DELAYED], ImplementationStatus.IN_PROGRESS, SuggestionRule.UNDER_WAY),
        ([S.PLANNED, S.CANCELLED], ImplementationStatus.NOT_STARTED, "none_started"),
    ],
)
def test_status_suggestion_rules(
    statuses: list[ActionStatus], status: ImplementationStatus | None, rule: str
) -> None:
    suggestion = suggest_status(statuses)
    assert (suggestion.status, suggestion.rule) == (status, rule)
    assert sum(suggestion.counts.values()) == len(statuses)


def test_overdue_is_a_matter_of_dates() -> None:
    due = date(2026, 6, 14)
    assert action_is_overdue(due, S.ONGOING, date(2026, 6, 15))
    assert not action_is_overdue(due, S.ONGOING, due)  # due today: not yet overdue
    assert not action_is_overdue(due, S.COMPLETED, date(2027, 1, 1))
    assert not action_is_overdue(due, S.CANCELLED, date(2027, 1, 1))
    assert not action_is_overdue(None, S.DELAYED, date(2027, 1, 1))
    today = date(2026, 6, 15)
    assert deadline_state(date(2026, 6, 14), None, today) == DeadlineState.OVERDUE
    assert deadline_state(date(2026, 6, 15), None, today) == DeadlineState.UPCOMING
    assert deadline_state(date(2026, 9, 13), None, today) == DeadlineState.UPCOMING  # day 90
    assert deadline_state(date(2026, 9, 14), None, today) == DeadlineState.LATER
    assert deadline_state(date(2020, 1, 1), date(2020, 1, 2), today) == DeadlineState.SUBMITTED


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


@pytest.fixture
def reg(db: Database) -> Register:
    return make_register(db.session_factory)


def _plan_with_actions(db: Database, reg: Register, *statuses: ActionStatus) -> list[int]:
    f = db.session_factory
    plan_id = create_plan(f, PlanFields(title="P"), propose_actions=False)
    lead = (ActionAgency(reg.agencies["MOE"], AgencyRole.LEAD),)
    return [
        create_action(
            f,
            plan_id,
            ActionFields(
                title=f"Action {n}",
                status=status,
                due_date=date(2026, 6, 1),
                recommendation_ids=(reg.recs["E1"],),
                agencies=lead,
            ),
        )
        for n, status in enumerate(statuses)
    ]


def test_action_progress_changes_status_and_keeps_history(
    db: Database, reg: Register, tmp_path: Path
) -> None:
    f = db.session_factory
    (action_id,) = _plan_with_actions(db, reg, S.PLANNED)
    evidence = tmp_path / "décret n°12.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    version = get_action(f, action_id).version
    record_action_progress(
        f,
        action_id,
        version,
        ProgressEntry(
            reported_on=date(2026, 3, 1),
            narrative="Drafting started",
            new_status=S.ONGOING,
            agency_id=reg.agencies["MOE"],
            reporter="A. Focal",
            attachments=(read_attachment_file(evidence),),
        ),
        TODAY,
    )
    version = get_action(f, action_id).version
    record_action_progress(
        f, action_id, version, ProgressEntry(date(2026, 5, 2), new_status=S.COMPLETED), TODAY
    )
    assert get_action(f, action_id).fields.status == S.COMPLETED
    history = action_history(f, action_id)
    assert [(h.reported_on, h.new_status) for h in history] == [
        (date(2026, 5, 2), "completed"),
        (date(2026, 3, 1), "ongoing"),
    ]
    assert history[1].agency == "Ministry of Education" and history[1].reporter == "A. Focal"
    (stored,) = history[1].attachments
    assert stored.file_name == "décret n°12.pdf" and stored.size == 17
    assert attachment_content(f, stored.id) == b"%PDF-1.4 evidence"


def test_bad_progress_is_refused_and_changes_nothing(
    db: Database, reg: Register, tmp_path: Path
) -> None:
    f = db.session_factory
    (action_id,) = _plan_with_actions(db, reg, S.PLANNED)
    version = get_action(f, action_id).version
    entries = [
        (ProgressEntry(date(2026, 6, 16), narrative="tomorrow"), "reported_on"),
        (ProgressEntry(date(2026, 6, 1)), "narrative"),
        (ProgressEntry(date(2026, 6, 1), new_status="fully_implemented"), "new_status"),
    ]
    for entry, where in entries:
        with pytest.raises(ValidationError) as caught:
            record_action_progress(f, action_id, version, entry, TODAY)
        assert caught.value.where == where
    with pytest.raises(ConflictError):
        record_action_progress(
            f, action_id, version - 1, ProgressEntry(date(2026, 6, 1), narrative="x"), TODAY
        )
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as caught:
        read_attachment_file(empty)
    assert caught.value.where == "empty.pdf"
    with f() as session:
        assert session.scalar(select(func.count()).select_from(ProgressUpdate)) == 0
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
    assert get_action(f, action_id).fields.status == S.PLANNED


def test_damaged_evidence_is_detected(db: Database, reg: Register, tmp_path: Path) -> None:
    f = db.session_factory
    (action_id,) = _plan_with_actions(db, reg, S.PLANNED)
    path = tmp_path / "minutes.txt"
    path.write_text("minutes of the meeting")
    record_action_progress(
        f,
        action_id,
        get_action(f, action_id).version,
        ProgressEntry(date(2026, 6, 1), attachments=(read_attachment_file(path),)),
        TODAY,
    )
    with f.begin() as session:
        attachment = session.scalars(select(Attachment)).one()
        attachment.content = b"minutes of the meeting, altered"
        attachment_id = attachment.id
    with pytest.raises(Exception, match="damaged"):
        attachment_content(f, attachment_id)


def test_recommendation_follow_up_suggests_but_a_person_decides(
    db: Database, reg: Register
) -> None:
    f = db.session_factory
    _plan_with_actions(db, reg, S.COMPLETED, S.ONGOING, S.CANCELLED)
    follow = recommendation_follow_up(f, reg.recs["E1"], TODAY)
    assert [a.title for a in follow.actions] == ["Action 0", "Action 1", "Action 2"]
    assert [a.overdue for a in follow.actions] == [False, True, False]
    assert follow.actions[0].lead == "Ministry of Education"
    assert follow.suggestion.status == ImplementationStatus.PARTIALLY_IMPLEMENTED
    assert follow.suggestion.rule == SuggestionRule.SOME_COMPLETED
    # The suggestion is not applied by itself.
    assert follow.status == ImplementationStatus.NOT_ASSESSED
    record_recommendation_progress(
        f,
        reg.recs["E1"],
        follow.version,
        ProgressEntry(
            date(2026, 6, 15),
            narrative="Accepted the suggestion",
            new_status=follow.suggestion.status,
        ),
        TODAY,
    )
    after = recommendation_follow_up(f, reg.recs["E1"], TODAY)
    assert after.status == ImplementationStatus.PARTIALLY_IMPLEMENTED
    assert [h.narrative for h in after.history] == ["Accepted the suggestion"]
    with f() as session:
        assert session.get(Recommendation, reg.recs["E1"]).status == "partially_implemented"  # type: ignore[union-attr]
    with pytest.raises(ConflictError):
        record_recommendation_progress(
            f,
            reg.recs["E1"],
            follow.version,
            replace(ProgressEntry(date(2026, 6, 1)), narrative="stale"),
            TODAY,
        )


def test_an_agency_merged_away_meanwhile_is_refused(db: Database, reg: Register) -> None:
    f = db.session_factory
    (action_id,) = _plan_with_actions(db, reg, S.PLANNED)
    entry = ProgressEntry(date(2026, 6, 1), narrative="x", agency_id=987654)
    with pytest.raises(ValidationError) as caught:
        record_action_progress(f, action_id, get_action(f, action_id).version, entry, TODAY)
    assert caught.value.where == "agency_id"
    assert action_history(f, action_id) == []
