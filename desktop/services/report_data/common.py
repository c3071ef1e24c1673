"""Pieces the report data modules share: id chunks for IN lists, indicator
lines, the read transaction a report is read in, lines read as iterated."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from itertools import islice
from typing import Any, TypeVar, overload

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from desktop.domain.vocab import IndicatorKind
from desktop.reports.data import IndicatorLine
from desktop.store.models import Action, Agency, Indicator, Measurement, Recommendation

IN_LIMIT = 900
"""Ids per IN list: SQLite before 3.32 allows 999 bound parameters per statement."""

REPORT_CACHE_KIB = 4096
"""The SQLite page cache of a report's read transaction, in KiB."""

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


class ReportSnapshot:
    """One read transaction that a report's data is read in from start to end:
    the figures of its summary and the rows of its sections, read later as the
    report is laid out, come from the same state of the database (SQLite: one
    deferred transaction, a WAL read snapshot; PostgreSQL: REPEATABLE READ).

    On SQLite its connection's page cache is kept to REPORT_CACHE_KIB while
    it lasts: a report reads each page of the database about once, and the
    connection's usual cache (tens of MB, desktop.store.engine) would
    otherwise fill with the whole database as the report reads it.

    ``close()`` ends it; it also ends when the snapshot is let go of."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session = session_factory()
        restore: str | None = None
        try:
            if self.session.get_bind().dialect.name == "postgresql":
                options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
                self.session.connection(execution_options=options)
            else:
                connection = self.session.connection()
                if connection.dialect.name == "sqlite":
                    restore = str(connection.exec_driver_sql("PRAGMA cache_size").scalar())
                    connection.exec_driver_sql(f"PRAGMA cache_size = -{REPORT_CACHE_KIB}")
        except BaseException:
            self.session.close()
            raise
        self._finalizer = weakref.finalize(self, _end, self.session, restore)

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def close(self) -> None:
        self._finalizer()


def _end(session: Session, cache_size: str | None) -> None:
    try:
        if cache_size is not None and cache_size.lstrip("-").isdigit():
            session.connection().exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
    finally:
        session.close()


class LazyLines(Sequence[T]):
    """``count`` items read by ``read()`` each time they are iterated: a long
    section's lines are read from the database a chunk at a time as the report
    reaches them, never held all at once. Indexing reads up to the item."""

    def __init__(self, count: int, read: Callable[[], Iterator[T]]) -> None:
        self.size = count
        self.read = read

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[T]:
        return self.read()

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self.size)
            if step < 1:
                return list(self)[index]
            return list(islice(self.read(), start, stop, step))
        position = index + self.size if index < 0 else index
        if not 0 <= position < self.size:
            raise IndexError(index)
        found = list(islice(self.read(), position, position + 1))
        if not found:
            raise IndexError(index)
        return found[0]
