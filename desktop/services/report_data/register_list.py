"""The register list: the register's rows for a filter, in the register's
order, as the register shows them (through desktop.services.register)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from desktop.reports.data import RegisterListData, RegisterListRow
from desktop.services.register import register_ids, register_rows
from desktop.services.report_data.common import chunks
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
    when given; ``total`` still counts them all)."""
    ids = register_ids(session_factory, request.register_filter, request.sort)
    shown = ids if limit is None else ids[: max(0, limit)]
    rows: list[RegisterListRow] = []
    for chunk in chunks(shown):
        rows.extend(
            RegisterListRow(
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
            for row in register_rows(session_factory, chunk)
        )
    return RegisterListData(
        header=report_header(session_factory, request, today), rows=tuple(rows), total=len(ids)
    )
