"""The reporting calendar: deadline states on boundary dates, the summary,
what a report covers, edits with version checks, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.schedule import DeadlineState
from desktop.domain.vocab import ReportKind
from desktop.services.database import Database, open_database
from desktop.services.deadline_edits import (
    create_deadline,
    delete_deadline,
    mark_submitted,
    set_deadline_recommendations,
    update_deadline,
)
from desktop.services.deadlines import (
    DeadlineData,
    deadline_recommendation_ids,
    deadline_summary,
    deadlines_of_recommendation,
    get_deadline,
    list_deadlines,
    mechanism_choices,
    source_coverage,
)
from desktop.services.demo import create_demo_data
from desktop.services.editing import set_archived
from desktop.store.models import (
    Mechanism,
    Recommendation,
    ReportingDeadline,
    SourceDocument,
    deadline_recommendation,
)

TODAY = date(2026, 6, 15)


@pytest.fixture
def demo(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


@pytest.fixture
def empty(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    yield db
    db.dispose()


def mechanism_id(db: Database, code: str) -> int:
    with db.session_factory() as session:
        found = session.scalar(select(Mechanism.id).where(Mechanism.code == code))
        assert found is not None
        return found


def sources(db: Database, code: str) -> dict[str, int]:
    with db.session_factory() as session:
        return {
            str(symbol): int(i)
            for i, symbol in session.execute(
                select(SourceDocument.id, SourceDocument.symbol)
                .join(Mechanism, Mechanism.id == SourceDocument.mechanism_id)
                .where(Mechanism.code == code)
            )
        }


def live_of(db: Database, source_id: int) -> set[int]:
    with db.session_factory() as session:
        return set(
            session.scalars(
                select(Recommendation.id).where(
                    Recommendation.source_id == source_id, Recommendation.archived.is_(False)
                )
            )
        )


def test_states_on_boundary_dates_and_the_summary(empty: Database) -> None:
    factory = empty.session_factory
    upr = mechanism_id(empty, "UPR")

    def add(title: str, due: date, submitted: date | None = None) -> int:
        data = DeadlineData(upr, ReportKind.OTHER, due, title, submitted)
        return create_deadline(factory, data, today=TODAY)

    add("due today", TODAY)
    add("due yesterday", TODAY - timedelta(days=1))
    add("submitted late", TODAY - timedelta(days=30), TODAY - timedelta(days=2))
    add("submitted early", TODAY + timedelta(days=10), TODAY)
    add("due in 90 days", TODAY + timedelta(days=90))
    add("due in 91 days", TODAY + timedelta(days=91))
    states = {r.title: r.state for r in list_deadlines(factory, TODAY)}
    assert states == {
        "due today": DeadlineState.UPCOMING,
        "due yesterday": DeadlineState.OVERDUE,
        "submitted late": DeadlineState.SUBMITTED,
        "submitted early": DeadlineState.SUBMITTED,
        "due in 90 days": DeadlineState.UPCOMING,
        "due in 91 days": DeadlineState.LATER,
    }
    rows = list_deadlines(factory, TODAY)
    assert [r.due_date for r in rows] == sorted(r.due_date for r in rows)
    assert deadline_summary(factory, TODAY) == (1, 2, TODAY)
    overdue, upcoming, next_due = deadline_summary(factory, TODAY + timedelta(days=1))
    assert (overdue, upcoming, next_due) == (2, 2, TODAY + timedelta(days=90))
    assert deadline_summary(factory, TODAY + timedelta(days=200)) == (4, 0, None)


def test_a_new_deadline_covers_the_latest_documents(demo: Database) -> None:
    factory = demo.session_factory
    upr = mechanism_id(demo, "UPR")
    docs = sources(demo, "UPR")
    new_id = create_deadline(
        factory,
        DeadlineData(upr, ReportKind.UPR_MIDTERM, date(2027, 6, 1), "Mid-term report, 4th"),
        today=TODAY,
    )
    assert set(deadline_recommendation_ids(factory, new_id)) == live_of(demo, docs["A/HRC/46/12"])
    coverage = {c.symbol: c for c in source_coverage(factory, upr, new_id)}
    assert [c.symbol for c in source_coverage(factory, upr)] == ["A/HRC/46/12", "A/HRC/32/9"]
    assert coverage["A/HRC/46/12"].proposed and not coverage["A/HRC/32/9"].proposed
    assert len(coverage["A/HRC/46/12"].covered_ids) == coverage["A/HRC/46/12"].live == 170
    assert coverage["A/HRC/32/9"].covered_ids == ()
    empty_one = create_deadline(
        factory,
        DeadlineData(mechanism_id(demo, "CED"), ReportKind.TREATY_PERIODIC, date(2027, 1, 1)),
        today=TODAY,
    )
    assert get_deadline(factory, empty_one, TODAY).recommendations == 0
    chosen = create_deadline(
        factory,
        DeadlineData(upr, ReportKind.OTHER, date(2027, 1, 1)),
        today=TODAY,
        recommendation_ids=[],
    )
    assert deadline_recommendation_ids(factory, chosen) == []


def test_cover_by_documents_and_ids(demo: Database) -> None:
    factory = demo.session_factory
    docs = sources(demo, "UPR")
    row = next(r for r in list_deadlines(factory, TODAY) if r.mechanism_code == "CCPR")
    old_cycle = live_of(demo, docs["A/HRC/32/9"])
    archived = sorted(old_cycle)[:5]
    set_archived(factory, archived, True)
    ccpr = sorted(live_of(demo, sources(demo, "CCPR")["CCPR/C/ALD/CO/4"]))[:2]
    count = set_deadline_recommendations(
        factory, row.id, row.version, recommendation_ids=ccpr, source_ids=[docs["A/HRC/32/9"]]
    )
    assert count == len(old_cycle) - 5 + 2
    covered = set(deadline_recommendation_ids(factory, row.id))
    assert covered == (old_cycle - set(archived)) | set(ccpr)
    after = get_deadline(factory, row.id, TODAY)
    assert after.recommendations == count and after.version == row.version + 1
    with pytest.raises(ConflictError):
        set_deadline_recommendations(factory, row.id, row.version, recommendation_ids=[])
    with pytest.raises(ValidationError):
        set_deadline_recommendations(factory, row.id, after.version, recommendation_ids=[999_999])
    assert set(deadline_recommendation_ids(factory, row.id)) == covered
    assert [d.id for d in deadlines_of_recommendation(factory, ccpr[0], TODAY)] == [row.id]
    in_upr = sorted(old_cycle - set(archived))[0]
    assert [d.title for d in deadlines_of_recommendation(factory, in_upr, TODAY)] == [
        "Follow-up report"
    ]
    assert deadlines_of_recommendation(factory, 999_999, TODAY) == []


def test_edit_mark_submitted_and_delete_with_version_checks(demo: Database) -> None:
    factory = demo.session_factory
    row = next(r for r in list_deadlines(factory, TODAY) if r.mechanism_code == "CEDAW")
    assert row.state is DeadlineState.OVERDUE and row.recommendations == 28
    renamed = DeadlineData(**{**row.data.__dict__, "title": "Ninth periodic report"})
    update_deadline(factory, row.id, row.version, renamed, today=TODAY)
    edited = get_deadline(factory, row.id, TODAY)
    assert edited.title == "Ninth periodic report" and edited.recommendations == 28
    assert edited.version == row.version + 1
    with pytest.raises(ConflictError):
        update_deadline(factory, row.id, row.version, row.data, today=TODAY)
    with pytest.raises(ConflictError):
        mark_submitted(factory, row.id, row.version, TODAY, today=TODAY)
    mark_submitted(factory, row.id, edited.version, TODAY - timedelta(days=3), today=TODAY)
    done = get_deadline(factory, row.id, TODAY)
    assert done.state is DeadlineState.SUBMITTED
    assert done.submitted_on == TODAY - timedelta(days=3)
    with pytest.raises(ConflictError):
        delete_deadline(factory, row.id, edited.version)
    delete_deadline(factory, row.id, done.version)
    with pytest.raises(NotFoundError):
        get_deadline(factory, row.id, TODAY)
    with factory() as session:
        assert not session.scalar(
            select(func.count())
            .select_from(deadline_recommendation)
            .where(deadline_recommendation.c.deadline_id == row.id)
        )
        assert session.scalar(select(func.count()).select_from(Recommendation)) == 412
    delete_deadline(factory, row.id)  # already gone: no error
    with pytest.raises(NotFoundError):
        update_deadline(factory, row.id, 1, row.data, today=TODAY)


def test_validation_names_the_field_and_changes_nothing(demo: Database) -> None:
    factory = demo.session_factory
    upr = mechanism_id(demo, "UPR")
    due = date(2026, 9, 1)
    cases = [
        (DeadlineData(None, ReportKind.OTHER, due), "mechanism"),
        (DeadlineData(999_999, ReportKind.OTHER, due), "mechanism"),
        (DeadlineData(upr, ReportKind.OTHER, None), "due date"),
        (DeadlineData(upr, ReportKind.OTHER, due, "x" * 301), "title"),
        (DeadlineData(upr, ReportKind.OTHER, due, "", TODAY + timedelta(days=1)), "submitted"),
        (DeadlineData(upr, ReportKind.OTHER, due, "", date(2016, 9, 1)), "submitted"),
    ]
    with factory() as session:
        before = session.scalar(select(func.count()).select_from(ReportingDeadline))
    for data, where in cases:
        with pytest.raises(ValidationError) as error:
            create_deadline(factory, data, today=TODAY)
        assert error.value.where == where
    row = list_deadlines(factory, TODAY)[0]
    with pytest.raises(ValidationError):
        mark_submitted(factory, row.id, row.version, TODAY + timedelta(days=1), today=TODAY)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(ReportingDeadline)) == before
    assert get_deadline(factory, row.id, TODAY) == row
    assert create_deadline(
        factory, DeadlineData(upr, ReportKind.OTHER, due, "x" * 300, date(2021, 9, 5)), today=TODAY
    )


def test_mechanism_choices(empty: Database) -> None:
    choices = mechanism_choices(empty.session_factory)
    assert ("UPR", "Universal Periodic Review") in [(code, name) for _, code, name in choices]
    assert choices[0][1] == "UPR"
