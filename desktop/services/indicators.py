"""Human rights indicators (OHCHR framework: structural, process, outcome) of
an action or a recommendation, and their measurements over time, as the
screens read them. Checking what a user typed is
desktop.services.indicator_checks; saving is desktop.services.indicator_edits.

Each call opens its own short session and returns frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from desktop.domain.errors import NotFoundError
from desktop.domain.vocab import IndicatorKind, ReportingFrequency
from desktop.store.models import Agency, Indicator, Measurement


@dataclass(frozen=True)
class IndicatorFields:
    """What a user edits on an indicator."""

    name: str
    kind: IndicatorKind | None = None
    unit: str = ""
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    target_value: Decimal | None = None
    target_year: int | None = None
    data_source: str = ""
    frequency: ReportingFrequency | None = None
    data_agency_id: int | None = None
    """The agency that reports the data, e.g. the statistics office."""


@dataclass(frozen=True)
class MeasurementInfo:
    id: int
    measured_on: date
    value: Decimal
    source: str = ""
    note: str = ""
    version: int = 1


@dataclass(frozen=True)
class IndicatorInfo:
    id: int
    version: int
    fields: IndicatorFields
    data_agency: str = ""
    """The name of the agency reporting the data ("" when none)."""
    measurements: tuple[MeasurementInfo, ...] = ()
    """Oldest first."""
    latest_value: Decimal | None = None
    progress: float | None = None
    """(latest - baseline) / (target - baseline): 0 at the baseline, 1 at the
    target, whichever way the target lies; None when it cannot be said."""
    action_id: int | None = None
    recommendation_id: int | None = None


def progress_towards_target(
    baseline: Decimal | None, target: Decimal | None, latest: Decimal | None
) -> float | None:
    """How far ``latest`` has come from ``baseline`` to ``target`` (not clamped:
    below 0 went the wrong way, above 1 passed the target)."""
    if baseline is None or target is None or latest is None or target == baseline:
        return None
    return float((latest - baseline) / (target - baseline))


def measurement_info(m: Measurement) -> MeasurementInfo:
    return MeasurementInfo(
        id=m.id,
        measured_on=m.measured_on,
        value=m.value,
        source=m.source or "",
        note=m.note or "",
        version=m.version,
    )


def _info(indicator: Indicator, agency_names: dict[int, str]) -> IndicatorInfo:
    measurements = tuple(
        measurement_info(m)
        for m in sorted(indicator.measurements, key=lambda m: (m.measured_on, m.id))
    )
    latest = measurements[-1].value if measurements else None
    agency_id = indicator.data_agency_id
    return IndicatorInfo(
        id=indicator.id,
        version=indicator.version,
        fields=IndicatorFields(
            name=indicator.name,
            kind=indicator.kind,
            unit=indicator.unit or "",
            baseline_value=indicator.baseline_value,
            baseline_year=indicator.baseline_year,
            target_value=indicator.target_value,
            target_year=indicator.target_year,
            data_source=indicator.data_source or "",
            frequency=indicator.frequency,
            data_agency_id=agency_id,
        ),
        data_agency=agency_names.get(agency_id, "") if agency_id is not None else "",
        measurements=measurements,
        latest_value=latest,
        progress=progress_towards_target(indicator.baseline_value, indicator.target_value, latest),
        action_id=indicator.action_id,
        recommendation_id=indicator.recommendation_id,
    )


def indicator_infos(session: Session, indicators: list[Indicator]) -> list[IndicatorInfo]:
    """The indicators as plain data, their data agencies' names read in one query."""
    agency_ids = {i.data_agency_id for i in indicators if i.data_agency_id is not None}
    names = (
        dict(session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(agency_ids))).all())
        if agency_ids
        else {}
    )
    return [_info(i, names) for i in indicators]


def _indicators_where(
    session_factory: sessionmaker[Session], condition: ColumnElement[bool]
) -> list[IndicatorInfo]:
    with session_factory() as session:
        indicators = session.scalars(
            select(Indicator)
            .where(condition)
            .order_by(Indicator.id)
            .options(selectinload(Indicator.measurements))
        ).all()
        return indicator_infos(session, list(indicators))


def indicators_of_action(
    session_factory: sessionmaker[Session], action_id: int
) -> list[IndicatorInfo]:
    return _indicators_where(session_factory, Indicator.action_id == action_id)


def indicators_of_recommendation(
    session_factory: sessionmaker[Session], recommendation_id: int
) -> list[IndicatorInfo]:
    return _indicators_where(session_factory, Indicator.recommendation_id == recommendation_id)


def load_indicator(session_factory: sessionmaker[Session], indicator_id: int) -> IndicatorInfo:
    with session_factory() as session:
        indicator = get_indicator(session, indicator_id)
        return indicator_infos(session, [indicator])[0]


def get_indicator(session: Session, indicator_id: int) -> Indicator:
    """The stored indicator, or a NotFoundError naming it."""
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise NotFoundError(
            "this indicator no longer exists",
            where=f"indicator #{indicator_id}",
            code="record.not_found",
        )
    return indicator
