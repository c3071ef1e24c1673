"""Human rights indicators (OHCHR framework: structural, process, outcome) of
an action or a recommendation, and their measurements over time.

Each call opens its own short session and returns frozen dataclasses. Edits
carry the version the user started from; a stale one is refused with a
ConflictError and nothing is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import IndicatorKind, ReportingFrequency
from desktop.services.versions import check_version
from desktop.store.models import Action, Agency, Indicator, Measurement, Recommendation

FIRST_YEAR, LAST_YEAR = 1900, 2100
# Numeric(20, 4): sixteen digits before the decimal point, four after.
_LIMIT = Decimal(10) ** 16
_PLACES = Decimal("0.0001")


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


def _measurement_info(m: Measurement) -> MeasurementInfo:
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
        _measurement_info(m)
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


def _infos(session: Session, indicators: list[Indicator]) -> list[IndicatorInfo]:
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
        return _infos(session, list(indicators))


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
        indicator = _get_indicator(session, indicator_id)
        return _infos(session, [indicator])[0]


# --- validation -----------------------------------------------------------------


def _text(value: str, limit: int, where: str, what: str) -> str:
    text = " ".join(value.split())
    if len(text) > limit:
        raise ValidationError(
            f"the {what} is longer than {limit} characters",
            where=where,
            code="field.too_long",
            params={"limit": limit},
        )
    return text


def check_value(value: Decimal | None, where: str) -> Decimal | None:
    """A finite number that fits Numeric(20, 4), or a ValidationError."""
    if value is None:
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError("not a number", where=where, code="field.not_a_number") from exc
    if not number.is_finite():
        raise ValidationError(
            "the value must be a finite number", where=where, code="number.not_finite"
        )
    if abs(number) >= _LIMIT:
        raise ValidationError(
            "the value has more than 16 digits before the point",
            where=where,
            code="number.too_many_digits",
        )
    if number != number.quantize(_PLACES):
        raise ValidationError(
            "the value has more than 4 decimal places", where=where, code="number.too_many_decimals"
        )
    return number


def _check_year(year: int | None, where: str) -> int | None:
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            f"the year must be from {FIRST_YEAR} to {LAST_YEAR}",
            where=where,
            code="date.year_out_of_range",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return year


def validate_indicator(fields: IndicatorFields) -> IndicatorFields:
    """Trimmed fields, or a ValidationError naming the field at fault."""
    name = " ".join(fields.name.split())
    if not name:
        raise ValidationError("an indicator needs a name", where="name", code="field.required")
    if len(name) > 500:
        raise ValidationError(
            "the name is longer than 500 characters",
            where="name",
            code="field.too_long",
            params={"limit": 500},
        )
    if fields.kind is None:
        raise ValidationError(
            "choose the kind of indicator (structural, process or outcome)",
            where="kind",
            code="field.required",
        )
    kind = IndicatorKind(fields.kind)
    frequency = ReportingFrequency(fields.frequency) if fields.frequency is not None else None
    unit = _text(fields.unit, 100, "unit", "unit")
    baseline_value = check_value(fields.baseline_value, "baseline_value")
    baseline_year = _check_year(fields.baseline_year, "baseline_year")
    target_value = check_value(fields.target_value, "target_value")
    target_year = _check_year(fields.target_year, "target_year")
    if baseline_year is not None and target_year is not None and target_year < baseline_year:
        raise ValidationError(
            "the target year is before the baseline year",
            where="target_year",
            code="indicator.target_before_baseline",
        )
    data_source = _text(fields.data_source, 300, "data_source", "data source")
    return IndicatorFields(
        name=name,
        kind=kind,
        unit=unit,
        baseline_value=baseline_value,
        baseline_year=baseline_year,
        target_value=target_value,
        target_year=target_year,
        data_source=data_source,
        frequency=frequency,
        data_agency_id=fields.data_agency_id,
    )


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


def _get_indicator(session: Session, indicator_id: int) -> Indicator:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise NotFoundError(
            "this indicator no longer exists",
            where=f"indicator #{indicator_id}",
            code="record.not_found",
        )
    return indicator


def _get_measurement(session: Session, measurement_id: int) -> Measurement:
    measurement = session.get(Measurement, measurement_id)
    if measurement is None:
        raise NotFoundError(
            "this measurement no longer exists", where=f"#{measurement_id}", code="record.not_found"
        )
    return measurement


# --- indicators -----------------------------------------------------------------


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
        return _infos(session, [indicator])[0]


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
            indicator = _get_indicator(session, indicator_id)
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
            return _infos(session, [indicator])[0]
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
        indicator = _get_indicator(session, indicator_id)
        check_version(
            indicator,
            expected_version,
            "indicator",
            where=indicator.name,
            conflict="someone else changed this indicator; reopen it before deleting",
        )
        session.delete(indicator)  # the relationship cascades to the measurements


# --- measurements ---------------------------------------------------------------


def _measurement_values(
    measured_on: date | None, value: Decimal | None, source: str, note: str
) -> tuple[date, Decimal, str, str]:
    if measured_on is None:
        raise ValidationError(
            "a measurement needs the date it was taken", where="measured_on", code="field.required"
        )
    if value is None:
        raise ValidationError("a measurement needs a value", where="value", code="field.required")
    checked = check_value(value, "value")
    assert checked is not None
    return measured_on, checked, _text(source, 300, "source", "source"), note.strip()


def add_measurement(
    session_factory: sessionmaker[Session],
    indicator_id: int,
    measured_on: date | None,
    value: Decimal | None,
    source: str = "",
    note: str = "",
) -> MeasurementInfo:
    when, number, source, note = _measurement_values(measured_on, value, source, note)
    with session_factory.begin() as session:
        _get_indicator(session, indicator_id)
        measurement = Measurement(
            indicator_id=indicator_id,
            measured_on=when,
            value=number,
            source=source or None,
            note=note or None,
        )
        session.add(measurement)
        session.flush()
        return _measurement_info(measurement)


def update_measurement(
    session_factory: sessionmaker[Session],
    measurement_id: int,
    expected_version: int,
    measured_on: date | None,
    value: Decimal | None,
    source: str = "",
    note: str = "",
) -> MeasurementInfo:
    when, number, source, note = _measurement_values(measured_on, value, source, note)
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
            return _measurement_info(measurement)
    except StaleDataError as exc:
        raise ConflictError(
            "someone else changed this measurement at the same moment; your changes were not saved",
            where=when.isoformat(),
        ) from exc


def delete_measurement(session_factory: sessionmaker[Session], measurement_id: int) -> None:
    with session_factory.begin() as session:
        session.delete(_get_measurement(session, measurement_id))
