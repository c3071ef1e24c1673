"""Indicators of actions and recommendations, and their measurements; both engines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import AgencyKind, IndicatorKind, ReportingFrequency
from desktop.services.agencies import AgencyData, save_agency
from desktop.services.database import Database, open_database
from desktop.services.editing import RecommendationFields, create_recommendation
from desktop.services.indicator_edits import (
    add_measurement,
    create_indicator,
    delete_indicator,
    delete_measurement,
    update_indicator,
    update_measurement,
)
from desktop.services.indicators import (
    IndicatorFields,
    indicators_of_action,
    indicators_of_recommendation,
    load_indicator,
    progress_towards_target,
)
from desktop.store.models import Action, ImplementationPlan, Indicator, Measurement


@dataclass(frozen=True)
class World:
    db: Database
    action_id: int
    recommendation_id: int
    nso_id: int


@pytest.fixture
def world(db_url: str) -> Iterator[World]:
    db = open_database(db_url, create=True)
    with db.session_factory.begin() as session:
        plan = ImplementationPlan(title="National plan 2024-2027")
        action = Action(plan=plan, title="Train police officers")
        session.add_all([plan, action])
        session.flush()
        action_id = action.id
    rec = create_recommendation(
        db.session_factory, "UPR", RecommendationFields(reference="1", text="Reduce mortality")
    )
    nso = save_agency(
        db.session_factory,
        AgencyData(name="National Statistics Office", kind=AgencyKind.STATISTICS_OFFICE),
    )
    yield World(db, action_id, rec.id, nso)
    db.dispose()


TRAINED = IndicatorFields(
    name="  Share of  officers trained ",
    kind=IndicatorKind.PROCESS,
    unit=" % ",
    baseline_value=Decimal("10"),
    baseline_year=2021,
    target_value=Decimal("80.5"),
    target_year=2026,
    data_source="Police academy records",
    frequency=ReportingFrequency.ANNUAL,
)


def count(db: Database, model: type[Indicator] | type[Measurement]) -> int:
    with db.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_create_for_an_action(world: World) -> None:
    factory = world.db.session_factory
    created = create_indicator(
        factory, replace(TRAINED, data_agency_id=world.nso_id), action_id=world.action_id
    )
    assert created.fields.name == "Share of officers trained" and created.fields.unit == "%"
    assert created.fields.baseline_value == Decimal("10")
    assert created.fields.target_value == Decimal("80.5")
    assert created.data_agency == "National Statistics Office"
    assert created.action_id == world.action_id and created.recommendation_id is None
    assert created.measurements == () and created.latest_value is None
    assert created.progress is None and created.version == 1
    listed = indicators_of_action(factory, world.action_id)
    assert [i.id for i in listed] == [created.id]
    assert listed[0].fields == created.fields
    assert indicators_of_recommendation(factory, world.recommendation_id) == []


def test_create_for_a_recommendation(world: World) -> None:
    factory = world.db.session_factory
    fields = IndicatorFields(name="Maternal mortality ratio", kind=IndicatorKind.OUTCOME)
    created = create_indicator(factory, fields, recommendation_id=world.recommendation_id)
    assert created.recommendation_id == world.recommendation_id and created.action_id is None
    assert created.fields.unit == "" and created.fields.frequency is None
    assert [i.id for i in indicators_of_recommendation(factory, world.recommendation_id)] == [
        created.id
    ]
    assert indicators_of_action(factory, world.action_id) == []


def test_exactly_one_owner(world: World) -> None:
    factory = world.db.session_factory
    with pytest.raises(ValidationError) as none:
        create_indicator(factory, TRAINED)
    assert none.value.where == "owner"
    with pytest.raises(ValidationError) as both:
        create_indicator(
            factory,
            TRAINED,
            action_id=world.action_id,
            recommendation_id=world.recommendation_id,
        )
    assert both.value.where == "owner"
    with pytest.raises(NotFoundError):
        create_indicator(factory, TRAINED, action_id=world.action_id + 1000)
    assert count(world.db, Indicator) == 0


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"name": "   "}, "name"),
        ({"name": "x" * 501}, "name"),
        ({"kind": None}, "kind"),
        ({"unit": "u" * 101}, "unit"),
        ({"data_source": "s" * 301}, "data_source"),
        ({"baseline_year": 1899}, "baseline_year"),
        ({"baseline_year": 2101}, "baseline_year"),
        ({"target_year": 1850}, "target_year"),
        ({"baseline_year": 2024, "target_year": 2020}, "target_year"),
        ({"baseline_value": Decimal("NaN")}, "baseline_value"),
        ({"target_value": Decimal("Infinity")}, "target_value"),
        ({"target_value": Decimal("-Infinity")}, "target_value"),
        ({"baseline_value": Decimal("12345678901234567")}, "baseline_value"),
        ({"target_value": Decimal("1.23456")}, "target_value"),
        ({"data_agency_id": 987654}, "data_agency_id"),
    ],
)
def test_validation_names_the_field_and_saves_nothing(
    world: World, change: dict[str, object], where: str
) -> None:
    with pytest.raises(ValidationError) as error:
        create_indicator(
            world.db.session_factory, replace(TRAINED, **change), action_id=world.action_id
        )
    assert error.value.where == where
    assert count(world.db, Indicator) == 0


def test_limits_that_are_allowed(world: World) -> None:
    fields = replace(
        TRAINED,
        name="n" * 500,
        unit="u" * 100,
        data_source="s" * 300,
        baseline_year=1900,
        target_year=2100,
        baseline_value=Decimal("-9999999999999999.9999"),
        target_value=Decimal("9999999999999999"),
    )
    created = create_indicator(world.db.session_factory, fields, action_id=world.action_id)
    assert len(created.fields.name) == 500 and created.fields.target_year == 2100
    same_year = replace(TRAINED, baseline_year=2024, target_year=2024)
    create_indicator(world.db.session_factory, same_year, action_id=world.action_id)


def test_update_and_conflict_on_stale_version(world: World) -> None:
    factory = world.db.session_factory
    created = create_indicator(factory, TRAINED, action_id=world.action_id)
    edited = update_indicator(
        factory, created.id, created.version, replace(created.fields, target_value=Decimal(90))
    )
    assert edited.version == created.version + 1 and edited.fields.target_value == Decimal(90)
    with pytest.raises(ConflictError):
        update_indicator(
            factory, created.id, created.version, replace(created.fields, unit="per cent")
        )
    assert load_indicator(factory, created.id).fields.unit == "%"
    with pytest.raises(ValidationError):
        update_indicator(
            factory, created.id, edited.version, replace(edited.fields, target_year=2000)
        )
    assert load_indicator(factory, created.id) == edited
    with pytest.raises(ConflictError):
        delete_indicator(factory, created.id, created.version)
    with pytest.raises(NotFoundError):
        update_indicator(factory, created.id + 99, 1, TRAINED)


def test_measurements_ordered_by_date_with_latest_and_progress(world: World) -> None:
    factory = world.db.session_factory
    created = create_indicator(factory, TRAINED, action_id=world.action_id)
    add_measurement(factory, created.id, date(2024, 6, 30), Decimal("45.25"), " NSO ", "mid")
    add_measurement(factory, created.id, date(2022, 6, 30), Decimal("20"), "NSO", "")
    add_measurement(factory, created.id, date(2023, 6, 30), Decimal("30"))
    info = load_indicator(factory, created.id)
    assert [m.measured_on.year for m in info.measurements] == [2022, 2023, 2024]
    assert [m.value for m in info.measurements] == [Decimal(20), Decimal(30), Decimal("45.25")]
    assert info.measurements[-1].source == "NSO" and info.measurements[-1].note == "mid"
    assert info.latest_value == Decimal("45.25")
    assert info.progress == pytest.approx((45.25 - 10) / (80.5 - 10))


def test_progress_for_a_decreasing_target(world: World) -> None:
    factory = world.db.session_factory
    mortality = IndicatorFields(
        name="Maternal mortality ratio",
        kind=IndicatorKind.OUTCOME,
        unit="per 100,000 live births",
        baseline_value=Decimal(300),
        baseline_year=2020,
        target_value=Decimal(100),
        target_year=2030,
    )
    created = create_indicator(factory, mortality, recommendation_id=world.recommendation_id)
    add_measurement(factory, created.id, date(2023, 12, 31), Decimal(250))
    add_measurement(factory, created.id, date(2025, 12, 31), Decimal(150))
    assert load_indicator(factory, created.id).progress == pytest.approx(0.75)
    add_measurement(factory, created.id, date(2026, 12, 31), Decimal(350))  # worse than baseline
    assert load_indicator(factory, created.id).progress == pytest.approx(-0.25)


def test_progress_undefined() -> None:
    assert progress_towards_target(Decimal(5), Decimal(5), Decimal(7)) is None
    assert progress_towards_target(None, Decimal(5), Decimal(7)) is None
    assert progress_towards_target(Decimal(1), None, Decimal(7)) is None
    assert progress_towards_target(Decimal(1), Decimal(5), None) is None
    assert progress_towards_target(Decimal(0), Decimal(4), Decimal(1)) == pytest.approx(0.25)


def test_target_equal_to_baseline_has_no_progress(world: World) -> None:
    factory = world.db.session_factory
    flat = replace(TRAINED, baseline_value=Decimal(50), target_value=Decimal(50))
    created = create_indicator(factory, flat, action_id=world.action_id)
    add_measurement(factory, created.id, date(2024, 1, 1), Decimal(55))
    info = load_indicator(factory, created.id)
    assert info.latest_value == Decimal(55) and info.progress is None


def test_measurement_rules_update_and_delete(world: World) -> None:
    factory = world.db.session_factory
    created = create_indicator(factory, TRAINED, action_id=world.action_id)
    for when, value, where in (
        (None, Decimal(1), "measured_on"),
        (date(2024, 1, 1), None, "value"),
        (date(2024, 1, 1), Decimal("NaN"), "value"),
        (date(2024, 1, 1), Decimal("0.00001"), "value"),
    ):
        with pytest.raises(ValidationError) as error:
            add_measurement(factory, created.id, when, value)
        assert error.value.where == where
    with pytest.raises(ValidationError) as long_source:
        add_measurement(factory, created.id, date(2024, 1, 1), Decimal(1), "s" * 301)
    assert long_source.value.where == "source"
    with pytest.raises(NotFoundError):
        add_measurement(factory, created.id + 50, date(2024, 1, 1), Decimal(1))
    assert count(world.db, Measurement) == 0

    first = add_measurement(factory, created.id, date(2024, 1, 1), Decimal(12))
    changed = update_measurement(
        factory, first.id, first.version, date(2024, 2, 1), Decimal(13), "Survey", "revised"
    )
    assert changed.value == Decimal(13) and changed.measured_on == date(2024, 2, 1)
    assert changed.version == first.version + 1 and changed.note == "revised"
    with pytest.raises(ConflictError):
        update_measurement(factory, first.id, first.version, date(2024, 3, 1), Decimal(14))
    assert load_indicator(factory, created.id).measurements == (changed,)
    delete_measurement(factory, first.id)
    assert load_indicator(factory, created.id).measurements == ()
    with pytest.raises(NotFoundError):
        delete_measurement(factory, first.id)


def test_delete_cascades_measurements(world: World) -> None:
    factory = world.db.session_factory
    kept = create_indicator(factory, TRAINED, action_id=world.action_id)
    gone = create_indicator(factory, replace(TRAINED, name="Other"), action_id=world.action_id)
    for indicator in (kept, gone):
        add_measurement(factory, indicator.id, date(2023, 1, 1), Decimal(1))
        add_measurement(factory, indicator.id, date(2024, 1, 1), Decimal(2))
    delete_indicator(factory, gone.id, gone.version)
    assert [i.id for i in indicators_of_action(factory, world.action_id)] == [kept.id]
    assert count(world.db, Measurement) == 2
    with pytest.raises(NotFoundError):
        delete_indicator(factory, gone.id)
