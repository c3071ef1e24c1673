"""Model rules that must hold on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.vocab import ActionStatus, AgencyRole, IndicatorKind, Position
from desktop.services.database import open_database
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    Attachment,
    Cluster,
    FocalPoint,
    ImplementationPlan,
    Indicator,
    Measurement,
    Mechanism,
    ProgressUpdate,
    Recommendation,
    SourceDocument,
)


@pytest.fixture
def factory(db_url: str) -> Iterator[sessionmaker[Session]]:
    database = open_database(db_url, create=True)
    yield database.session_factory
    database.dispose()


def _recommendation(session: Session, reference: str = "121.2") -> Recommendation:
    upr = session.scalars(select(Mechanism).where(Mechanism.code == "UPR")).one()
    source = SourceDocument(mechanism=upr, symbol="A/HRC/43/15", cycle=3)
    rec = Recommendation(
        mechanism=upr,
        source=source,
        reference=reference,
        text="Ratify the OP-CAT",
        response=Position.SUPPORTED,
    )
    session.add(rec)
    session.flush()
    return rec


def test_every_record_gets_a_uuid_timestamps_and_version(factory: sessionmaker[Session]) -> None:
    with factory.begin() as session:
        rec = _recommendation(session)
        first_uuid, rec_id = rec.uuid, rec.id
        assert rec.version == 1
        assert rec.created_at.tzinfo is not None
    with factory.begin() as session:
        rec = session.get_one(Recommendation, rec_id)
        rec.notes = "discussed with the Ministry of Justice"
    with factory() as session:
        rec = session.get_one(Recommendation, rec_id)
        assert rec.uuid == first_uuid
        assert rec.version == 2
        assert rec.updated_at >= rec.created_at
        assert rec.updated_at.tzinfo == UTC


def test_concurrent_edit_is_detected_by_the_version_counter(
    factory: sessionmaker[Session],
) -> None:
    """As the services work: read in one short session, write in another."""
    with factory.begin() as session:
        rec_id = _recommendation(session).id
    with factory() as session:
        mine = session.get_one(Recommendation, rec_id)  # detached when the session closes
    with factory.begin() as session:
        session.get_one(Recommendation, rec_id).notes = "their edit"
    with factory() as session:
        session.add(mine)
        mine.notes = "my edit"
        with pytest.raises(StaleDataError):
            session.commit()
    with factory() as session:
        assert session.get_one(Recommendation, rec_id).notes == "their edit"


def test_reference_is_unique_within_its_source(factory: sessionmaker[Session]) -> None:
    with factory() as session:
        rec = _recommendation(session)
        session.add(
            Recommendation(
                mechanism=rec.mechanism, source=rec.source, reference="121.2", text="again"
            )
        )
        with pytest.raises(IntegrityError):
            session.flush()


def test_foreign_keys_are_enforced(factory: sessionmaker[Session]) -> None:
    with factory() as session:
        session.add(Recommendation(mechanism_id=999_999, reference="1", text="x"))
        with pytest.raises(IntegrityError):
            session.flush()


def test_an_assignment_targets_exactly_one_thing(factory: sessionmaker[Session]) -> None:
    with factory() as session:
        rec = _recommendation(session)
        agency = Agency(name="Ministry of Justice")
        cluster = Cluster(name="Justice")
        session.add_all([agency, cluster])
        session.flush()
        session.add(
            Assignment(
                agency=agency, role=AgencyRole.LEAD, recommendation_id=rec.id, cluster_id=cluster.id
            )
        )
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()


def test_plan_actions_indicators_and_progress_fit_together(
    factory: sessionmaker[Session],
) -> None:
    with factory.begin() as session:
        rec = _recommendation(session)
        agency = Agency(name="Ministry of Justice", focal_points=[FocalPoint(name="A. Official")])
        plan = ImplementationPlan(title="National plan 2025-2028")
        action = Action(
            plan=plan,
            title="Draft the OP-CAT ratification bill",
            recommendations=[rec],
            start_date=date(2025, 1, 1),
            due_date=date(2025, 12, 31),
            estimated_cost=Decimal("125000.50"),
            currency="USD",
            status=ActionStatus.ONGOING,
        )
        indicator = Indicator(
            action=action,
            name="Bill submitted to parliament",
            kind=IndicatorKind.STRUCTURAL,
            measurements=[Measurement(measured_on=date(2025, 6, 1), value=Decimal("1"))],
        )
        session.add_all([agency, plan, indicator])
        session.flush()
        session.add(Assignment(agency=agency, role=AgencyRole.LEAD, action_id=action.id))
        update = ProgressUpdate(
            action_id=action.id,
            reported_on=date(2025, 6, 2),
            new_status="ongoing",
            narrative="Bill drafted",
            attachments=[Attachment(file_name="bill.txt", size=3, sha256="0" * 64, content=b"abc")],
        )
        session.add(update)
    with factory() as session:
        action = session.scalars(select(Action)).one()
        assert action.estimated_cost == Decimal("125000.50")
        assert [r.reference for r in action.recommendations] == ["121.2"]
        assert action.indicators[0].measurements[0].value == Decimal("1")
        stored = session.scalars(select(Attachment)).one()
        assert stored.content == b"abc"
        assert stored.created_at < datetime.now(UTC)


def test_a_progress_update_has_exactly_one_subject(factory: sessionmaker[Session]) -> None:
    with factory() as session:
        session.add(ProgressUpdate(reported_on=date(2025, 1, 1), narrative="orphan"))
        with pytest.raises(IntegrityError):
            session.flush()
