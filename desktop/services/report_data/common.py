"""Pieces the report data modules share: id chunks for IN lists, indicator lines."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from desktop.domain.vocab import IndicatorKind
from desktop.reports.data import IndicatorLine
from desktop.store.models import Action, Agency, Indicator, Measurement, Recommendation

IN_LIMIT = 900
"""Ids per IN list: SQLite before 3.32 allows 999 bound parameters per statement."""

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = IN_LIMIT) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def indicator_lines(
    session: Session, condition: ColumnElement[bool]
) -> list[tuple[int | None, IndicatorLine]]:
    """The indicators matching ``condition`` (on Indicator), in the order they
    were entered, each with the action it belongs to (None: a recommendation's)
    and its latest measurement."""
    data_agency = aliased(Agency)
    rows: Any = session.execute(
        select(
            Indicator.id,
            Indicator.action_id,
            Indicator.name,
            Indicator.kind,
            Indicator.unit,
            Indicator.baseline_value,
            Indicator.baseline_year,
            Indicator.target_value,
            Indicator.target_year,
            Indicator.data_source,
            Indicator.frequency,
            data_agency.name,
            Action.title,
            Recommendation.reference,
        )
        .outerjoin(data_agency, data_agency.id == Indicator.data_agency_id)
        .outerjoin(Action, Action.id == Indicator.action_id)
        .outerjoin(Recommendation, Recommendation.id == Indicator.recommendation_id)
        .where(condition)
        .order_by(Indicator.id)
    ).all()
    latest: dict[int, tuple[date, Decimal]] = {}
    measured = session.execute(
        select(Measurement.indicator_id, Measurement.measured_on, Measurement.value)
        .where(Measurement.indicator_id.in_(select(Indicator.id).where(condition)))
        .order_by(Measurement.measured_on, Measurement.id)
    )
    for indicator_id, measured_on, measured_value in measured:
        latest[indicator_id] = (measured_on, measured_value)
    lines: list[tuple[int | None, IndicatorLine]] = []
    for row in rows:
        (ind_id, action_id, name, kind, unit, baseline, baseline_year) = row[:7]
        (target, target_year, source, frequency, agency, action, reference) = row[7:]
        on: date | None = None
        value: Decimal | None = None
        if ind_id in latest:
            on, value = latest[ind_id]
        lines.append(
            (
                action_id,
                IndicatorLine(
                    name=name,
                    kind=IndicatorKind(kind),
                    unit=unit or "",
                    baseline=baseline,
                    baseline_year=baseline_year,
                    target=target,
                    target_year=target_year,
                    latest=value,
                    latest_on=on,
                    data_source=source or "",
                    frequency=str(frequency) if frequency else "",
                    data_agency=agency or "",
                    action=action or reference or "",
                ),
            )
        )
    return lines
