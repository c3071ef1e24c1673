"""A recommendation's linked fields (agencies, themes, affected persons, SDG
goals and targets, recommending States): saved with the version check, refused
naming the field, and filtered in SQL, on SQLite and PostgreSQL (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.choices import filter_choices
from desktop.services.database import Database, open_database
from desktop.services.editing import (
    LINK_FIELDS,
    RecommendationDetail,
    load_recommendation,
    save_recommendation,
)
from desktop.services.register import RegisterFilter, register_count, register_ids, register_rows
from desktop.store.models import Agency, SdgGoal, SdgTarget
from tests.unit.states_import import NETHERLANDS, import_states


@pytest.fixture
def db(db_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    import_states(database, tmp_path)
    with database.session_factory.begin() as session:
        session.add_all(Agency(name=name) for name in ("Ministry of Justice", "Ministry of Health"))
    yield database
    database.dispose()


def references(db: Database, filt: RegisterFilter) -> list[str]:
    return [
        row.reference
        for row in register_rows(db.session_factory, register_ids(db.session_factory, filt))
    ]


def by_reference(db: Database, reference: str) -> RecommendationDetail:
    [rec_id] = [
        row.id
        for row in register_rows(
            db.session_factory, register_ids(db.session_factory, RegisterFilter())
        )
        if row.reference == reference
    ]
    return load_recommendation(db.session_factory, rec_id)


def state_id(db: Database, name: str) -> int:
    return next(i for i, n in filter_choices(db.session_factory).recommending_states if n == name)


def test_the_states_that_recommended_are_offered_and_filter(db: Database) -> None:
    choices = filter_choices(db.session_factory)
    assert [name for _, name in choices.recommending_states] == [
        "France",
        "Netherlands (Kingdom of the)",
        "Spain",
    ]
    assert len(choices.countries) > 150  # every State can be picked for a recommendation
    netherlands = state_id(db, "Netherlands (Kingdom of the)")
    filt = RegisterFilter(recommending_state_ids=(netherlands,))
    assert references(db, filt) == list(NETHERLANDS)
    assert register_count(db.session_factory, filt) == 3
    either = RegisterFilter(recommending_state_ids=(netherlands, state_id(db, "Spain")))
    assert references(db, either) == ["121.1", "121.2", "121.4", "121.5"]
    with db.session_factory() as session:
        target = session.scalars(select(SdgTarget.id).where(SdgTarget.code == "16.3")).one()
    both = RegisterFilter(recommending_state_ids=(netherlands,), sdg_target_ids=(target,))
    assert references(db, both) == ["121.4"]


def test_goals_linked_directly_or_through_a_target(db: Database) -> None:
    with db.session_factory() as session:
        goal_16 = session.scalars(select(SdgGoal.id).where(SdgGoal.number == 16)).one()
        target = session.scalars(select(SdgTarget.id).where(SdgTarget.code == "16.3")).one()
    moratorium = by_reference(db, "121.3")
    save_recommendation(
        db.session_factory,
        moratorium.id,
        moratorium.version,
        replace(moratorium.fields, sdg_goal_ids=(goal_16,)),
    )
    assert references(db, RegisterFilter(sdg_goals=(16,))) == ["121.3", "121.4"]
    assert references(db, RegisterFilter(sdg_target_ids=(target,))) == ["121.4"]
    [row] = register_rows(db.session_factory, [moratorium.id])
    assert row.sdgs == "SDG 16"


def test_every_linked_field_is_saved_and_read_back(db: Database) -> None:
    choices = filter_choices(db.session_factory)
    rec = by_reference(db, "121.5")
    chosen = {
        "lead_agency_ids": (choices.agencies[0][0],),
        "supporting_agency_ids": (choices.agencies[1][0],),
        "theme_ids": tuple(sorted(i for i, _ in choices.themes[:2])),
        "affected_persons_ids": (choices.affected_persons[0][0],),
        "sdg_goal_ids": (choices.sdg_goals_by_id[4][0],),
        "sdg_target_ids": tuple(sorted(i for i, _ in choices.sdg_targets[:3])),
        "recommending_state_ids": tuple(sorted(i for i, _ in choices.countries[:2])),
    }
    assert set(chosen) == set(LINK_FIELDS)
    saved = save_recommendation(
        db.session_factory, rec.id, rec.version, replace(rec.fields, **chosen)
    )
    again = load_recommendation(db.session_factory, rec.id)
    assert again == saved and again.version == rec.version + 1
    for key, ids in chosen.items():
        assert getattr(again.fields, key) == ids, key
    assert again.recommending_states == sorted(name for _, name in choices.countries[:2])


def test_an_edit_of_links_alone_is_a_new_version_and_conflicts(db: Database) -> None:
    choices = filter_choices(db.session_factory)
    opened = by_reference(db, "121.1")
    theirs = save_recommendation(
        db.session_factory,
        opened.id,
        opened.version,
        replace(opened.fields, theme_ids=(choices.themes[-1][0],)),
    )
    assert theirs.version == opened.version + 1
    mine = replace(opened.fields, lead_agency_ids=(choices.agencies[0][0],))
    with pytest.raises(ConflictError, match="someone else saved"):
        save_recommendation(db.session_factory, opened.id, opened.version, mine)
    assert load_recommendation(db.session_factory, opened.id) == theirs


@pytest.mark.parametrize("key", sorted(LINK_FIELDS))
def test_a_value_gone_meanwhile_is_refused_naming_the_field(db: Database, key: str) -> None:
    rec = by_reference(db, "121.2")
    with db.session_factory() as session:
        gone = int(session.scalar(select(func.max(Agency.id))) or 0) + 10_000
    with pytest.raises(ValidationError) as raised:
        save_recommendation(
            db.session_factory, rec.id, rec.version, replace(rec.fields, **{key: (gone,)})
        )
    assert raised.value.where == LINK_FIELDS[key]
    assert load_recommendation(db.session_factory, rec.id) == rec


def test_an_agency_cannot_lead_and_support(db: Database) -> None:
    agency = filter_choices(db.session_factory).agencies[0][0]
    rec = by_reference(db, "121.1")
    fields = replace(rec.fields, lead_agency_ids=(agency,), supporting_agency_ids=(agency,))
    with pytest.raises(ValidationError, match="both lead and support") as raised:
        save_recommendation(db.session_factory, rec.id, rec.version, fields)
    assert raised.value.where == "supporting_agencies"
