"""Adding, editing and deleting indicators and their measurements.

Edits carry the version the user started from; a stale one is refused with a
ConflictError and nothing is written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.indicator_checks import measurement_values, validate_indicator
from desktop.services.indicators import (
    IndicatorFields,
    IndicatorInfo,
    MeasurementInfo,
    get_indicator,
    indicator_infos,
    measurement_info,
)
from desktop.services.versions import check_version
from desktop.store.models import Action, Agency, Indicator, Measurement, Recommendation


def _apply(session: Session, indicator: Indicator, fields: IndicatorFields) -> None:
    if fields.data_agency_id is not None and session.get(Agency, fields.data_agency_id) is None:
        raise ValidationError(
            "the agency chosen no longer exists", where="data_agency_id", code="field.choice_gone"
        )
    assert fields.kind is not None
    indicator.name = fields.name
    indicator.kind = fields.kind
    indicator.unit = fields.unit or None
    indicator.baseline_value = fields.baseline_value
    indicator.baseline_year = fields.baseline_year
    indicator.target_value = fields.target_value
    indicator.target_year = fields.target_year
    indicator.data_source = fields.data_source or None
    indicator.frequency = fields.frequency
    indicator.data_agency_id = fields.data_agency_id


def _get_measurement(session: Session, measurement_id: int) -> Measurement:
    measurement = session.get(Measurement, measurement_id)
    if measurement is None:
        raise NotFoundError(
            "this measurement no longer exists", where=f"#{measurement_id}", code="record.not_found"
        )
    return measurement


def create_indicator(
    session_factory: sessionmaker[Session],
    fields: IndicatorFields,
    action_id: int | None = None,
    recommendation_id: int | None = None,
) -> IndicatorInfo:
    """A new indicator measuring exactly one action or one recommendation."""
    if (action_id is None) == (recommendation_id is None):
        raise ValidationError(
            "an indicator measures exactly one action or one recommendation", where="owner"
        )
    fields = validate_indicator(fields)
    with session_factory.begin() as session:
        if action_id is not None and session.get(Action, action_id) is None:
            raise NotFoundError(
                "this action no longer exists",
                where=f"action #{action_id}",
                code="record.not_found",
            )
        if recommendation_id is not None and session.get(Recommendation, recommendation_id) is None:
            raise NotFoundError(
                "this recommendation no longer exists",
                where=f"recommendation #{recommendation_id}",
                code="record.not_found",
            )
        indicator = Indicator(action_id=action_id, recommendation_id=recommendation_id)
        _apply(session, indicator, fields)
        session.add(indicator)
        session.flush()
        return indicator_infos(session, [indicator])[0]


def update_indicator(
    session_factory: sessionmaker[Session],
    indicator_id: int,
    expected_version: int,
    fields: IndicatorFields,
) -> IndicatorInfo:
    """Save an edit made to version ``expected_version`` of the indicator."""
    fields = validate_indicator(fields)
    try:
        with session_factory.begin() as session:
            indicator = get_indicator(session, indicator_id)
            check_version(
                indicator,
                expected_version,
                "indicator",
                where=indicator.name,
                conflict="someone else saved this indicator after you opened it; your changes "
                "were not saved",
            )
            _apply(session, indicator, fields)
            session.flush()
            return indicator_infos(session, [indicator])[0]
    except StaleDataError as exc:
        raise ConflictError(
            "someone else saved this indicator at the same moment; your changes were not saved",
            where=fields.name,
        ) from exc


def delete_indicator(
    session_factory: sessionmaker[Session],
    indicator_id: int,
    expected_version: int | None = None,
) -> None:
    """Delete an indicator with its measurements (``expected_version``, when
    given, must still be the stored one)."""
    with session_factory.begin() as session:
        indicator = get_indicator(session, indicator_id)
        check_version(
            indicator,
            expected_version,
            "indicator",
            where=indicator.name,
            conflict="someone else changed this indicator; reopen it before deleting",
        )
        session.delete(indicator)  # the relationship cascades to the measurements


def add_measurement(
    session_factory: sessionmaker[Session],
    indicator_id: int,
    measured_on: date | None,
    value: Decimal | None,
    source: str = "",
    note: str = "",
) -> MeasurementInfo:
    when, number, source, note = measurement_values(measured_on, value, source, note)
    with session_factory.begin() as session:
        get_indicator(session, indicator_id)
        measurement = Measurement(
            indicator_id=indicator_id,
            measured_on=when,
            value=number,
            source=source or None,
            note=note or None,
        )
        session.add(measurement)
        session.flush()
        return measurement_info(measurement)


def update_measurement(
    session_factory: sessionmaker[Session],
    measurement_id: int,
    expected_version: int,
    measured_on: date | None,
    value: Decimal | None,
    source: str = "",
    note: str = "",
) -> MeasurementInfo:
    when, number, source, note = measurement_values(measured_on, value, source, note)
    try:
        with session_factory.begin() as session:
            measurement = _get_measurement(session, measurement_id)
            check_version(
                measurement,
                expected_version,
                "measurement",
                where=when.isoformat(),
                conflict="someone else changed this measurement after you opened it; your "
                "changes were not saved",
            )
            measurement.measured_on = when
            measurement.value = number
            measurement.source = source or None
            measurement.note = note or None
            session.flush()
            return measurement_info(measurement)
    except StaleDataError as exc:
        raise ConflictError(
            "someone else changed this measurement at the same moment; your changes were not saved",
            where=when.isoformat(),
        ) from exc


def delete_measurement(session_factory: sessionmaker[Session], measurement_id: int) -> None:
    with session_factory.begin() as session:
        session.delete(_get_measurement(session, measurement_id))
