"""The register list: the register's rows for a filter, in the register's
order, as the register shows them (through desktop.services.register).

The ordered ids are read first; the rows are read as the report is laid out,
a chunk of ids at a time, in the same read transaction (ReportSnapshot)."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from datetime import date
from functools import partial

from sqlalchemy.orm import Session, sessionmaker

from desktop.reports.data import RegisterListData, RegisterListRow
from desktop.services.register import register_ids, register_rows
from desktop.services.report_data.common import LazyLines, ReportSnapshot, chunks
from desktop.services.report_data.header import report_header
from desktop.services.report_request import ReportRequest


def register_list_data(
    session_factory: sessionmaker[Session],
    request: ReportRequest,
    today: date,
    *,
    limit: int | None = None,
) -> RegisterListData:
    """Every row of the scope in ``request.sort`` order (the first ``limit``
    when given; ``total`` still counts them all). The rows are read as they
    are iterated; ``release`` of the result ends their read transaction."""
    header = report_header(session_factory, request, today)
    snapshot = ReportSnapshot(session_factory)
    try:
        # Sessions on the snapshot's connection: they read in its transaction
        # and leave it open when they close.
        in_snapshot = sessionmaker(
            bind=snapshot.session.connection(), join_transaction_mode="rollback_only"
        )
        ids = register_ids(in_snapshot, request.register_filter, request.sort)
    except BaseException:
        snapshot.close()
        raise
    shown = array("q", ids if limit is None else ids[: max(0, limit)])
    total = len(ids)
    del ids
    if not shown:
        snapshot.close()
        return RegisterListData(header=header, rows=(), total=total)
    return RegisterListData(
        header=header,
        rows=LazyLines(len(shown), partial(_rows, in_snapshot, shown, snapshot)),
        total=total,
        release=snapshot.close,
    )


def _rows(
    in_snapshot: sessionmaker[Session], ids: array[int], snapshot: ReportSnapshot
) -> Iterator[RegisterListRow]:
    if snapshot.closed:
        raise RuntimeError("the report's data was released: its rows can no longer be read")
    for chunk in chunks(ids):
        for row in register_rows(in_snapshot, list(chunk)):
            yield RegisterListRow(
                reference=row.reference,
                mechanism=row.mechanism,
                source=row.source,
                text=row.text,
                position=row.response,
                status=row.status,
                priority=row.priority,
                agencies=row.agencies,
                due_date=row.due_date,
            )
