"""The agency directory: create, edit, validate, merge duplicates; both engines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.vocab import AgencyKind, AgencyRole
from desktop.services.agencies import (
    AgencyData,
    AgencyInfo,
    FocalPointData,
    list_agencies,
    merge_agencies,
    save_agency,
)
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.store.models import Assignment


@pytest.fixture
def demo(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def by_acronym(db: Database) -> dict[str, AgencyInfo]:
    return {a.data.acronym: a for a in list_agencies(db.session_factory)}


def test_directory_lists_focal_points_and_assignment_counts(demo: Database) -> None:
    agencies = by_acronym(demo)
    assert len(agencies) == 15
    moj = agencies["MOJ"]
    assert moj.data.focal_points[0].name == "Grace Mensah"
    with demo.session_factory() as session:
        lead = session.scalar(
            select(func.count())
            .select_from(Assignment)
            .where(
                Assignment.agency_id == moj.id,
                Assignment.role == AgencyRole.LEAD,
                Assignment.recommendation_id.is_not(None),
            )
        )
    assert moj.lead == lead and moj.actions > 0 and moj.clusters > 0


def test_create_and_edit_with_focal_points(demo: Database) -> None:
    factory = demo.session_factory
    new_id = save_agency(
        factory,
        AgencyData(
            name="  Ministry of  Environment ",
            acronym="MOEN",
            kind=AgencyKind.MINISTRY,
            focal_points=(FocalPointData("Ana Lima", "Director", "ana@env.example", "+1 555"),),
        ),
    )
    info = next(a for a in list_agencies(factory) if a.id == new_id)
    assert info.data.name == "Ministry of Environment"
    assert info.data.focal_points == (
        FocalPointData("Ana Lima", "Director", "ana@env.example", "+1 555"),
    )
    edited = AgencyData(
        name=info.data.name,
        acronym="MENV",
        focal_points=(
            FocalPointData("Ana Lima"),
            FocalPointData("Bo Chen", email="bo@env.example"),
        ),
    )
    save_agency(factory, edited, new_id, info.version)
    again = next(a for a in list_agencies(factory) if a.id == new_id)
    assert again.data.acronym == "MENV" and len(again.data.focal_points) == 2
    with pytest.raises(ConflictError):
        save_agency(factory, edited, new_id, info.version)


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (AgencyData(name=" "), "name"),
        (AgencyData(name="ministry of justice"), "name"),  # duplicate, ignoring case
        (AgencyData(name="X", focal_points=(FocalPointData(" "),)), "focal point 1"),
        (
            AgencyData(name="X", focal_points=(FocalPointData("A", email="not-an-email"),)),
            "focal point 1, e-mail",
        ),
    ],
)
def test_invalid_agencies_are_refused(demo: Database, data: AgencyData, where: str) -> None:
    before = list_agencies(demo.session_factory)
    with pytest.raises(ValidationError) as caught:
        save_agency(demo.session_factory, data)
    assert caught.value.where == where
    assert list_agencies(demo.session_factory) == before


def test_merge_duplicates(demo: Database) -> None:
    factory = demo.session_factory
    dup = save_agency(
        factory,
        AgencyData(
            name="Min. of Justice", acronym="MoJ-old", focal_points=(FocalPointData("Old Contact"),)
        ),
    )
    agencies = by_acronym(demo)
    moj = agencies["MOJ"]
    with factory.begin() as session:  # the duplicate serves some items too
        session.add(Assignment(agency_id=dup, role=AgencyRole.SUPPORTING, recommendation_id=1))
        session.add(Assignment(agency_id=dup, role=AgencyRole.LEAD, recommendation_id=400))
    moved = merge_agencies(factory, [dup], moj.id)
    after = by_acronym(demo)
    assert "MoJ-old" not in after
    assert {p.name for p in after["MOJ"].data.focal_points} >= {"Grace Mensah", "Old Contact"}
    with factory() as session:
        on_one = session.scalars(
            select(Assignment.agency_id).where(Assignment.recommendation_id == 1)
        ).all()
    assert moj.id in on_one and dup not in on_one
    assert moved in (1, 2)  # one may have been MOJ's already
    with pytest.raises(ValidationError):
        merge_agencies(factory, [moj.id], moj.id)
