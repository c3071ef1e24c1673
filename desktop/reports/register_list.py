"""The register list: the register's current filter or selection as a printable
table (landscape)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from reportlab.platypus import Flowable

from desktop.reports.context import ReportContext, make_context
from desktop.reports.data import CancelledFn, ProgressFn, RegisterListData, RegisterListRow
from desktop.reports.document import build_document
from desktop.reports.flowables import Heading, TextBlock
from desktop.reports.tables import RowsOf, data_table

WIDTHS = (0.09, 0.07, 0.42, 0.09, 0.1, 0.06, 0.17)


def build(
    data: RegisterListData,
    fp: BinaryIO,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Write the list to ``fp``; returns the number of pages."""
    ctx = make_context(data.header, "title.list")
    return build_document(
        fp, ctx, _body(ctx, data), wide=True, progress=progress, cancelled=cancelled
    )


def _body(ctx: ReportContext, data: RegisterListData) -> Iterator[Flowable]:
    t, styles = ctx.labels, ctx.styles
    total = max(data.total, len(data.rows))
    yield Heading(ctx.title, styles.heading_1, 0, ctx.heading_key("list"))
    yield TextBlock(t("list.count", count=ctx.formats.number(total)), styles.body)
    if not data.rows:
        yield TextBlock(t("empty_scope"), styles.body)
        return
    headers = [
        t("reference"),
        t("mechanism"),
        t("recommendation"),
        t("position"),
        t("status"),
        t("priority"),
        t("agencies"),
    ]

    def row(line: RegisterListRow) -> list[str]:
        return [
            line.reference or "—",
            line.mechanism,
            f"{line.text}\n{line.source}" if line.source else line.text,
            t.term(line.position),
            t.term(line.status),
            t.term(line.priority),
            line.agencies,
        ]

    # The rows' text is made as each block of the table is laid out.
    yield from data_table(ctx, headers, RowsOf(data.rows, row), WIDTHS)
