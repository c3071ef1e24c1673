"""What a user types for an indicator or a measurement, checked and trimmed
before anything is written: each fault is a ValidationError naming the field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from desktop.domain.errors import ValidationError
from desktop.domain.vocab import IndicatorKind, ReportingFrequency
from desktop.services.indicators import IndicatorFields

FIRST_YEAR, LAST_YEAR = 1900, 2100
# Numeric(20, 4): sixteen digits before the decimal point, four after.
_LIMIT = Decimal(10) ** 16
_PLACES = Decimal("0.0001")


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


def measurement_values(
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
