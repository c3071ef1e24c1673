"""The register list: the register's current filter or selection as a printable
table (landscape)."""

from __future__ import annotations

from typing import BinaryIO

from desktop.reports.context import make_context
from desktop.reports.data import CancelledFn, ProgressFn, RegisterListData
from desktop.reports.document import build_document
from desktop.reports.flowables import Heading, TextBlock
from desktop.reports.tables import data_table

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
    t, styles = ctx.labels, ctx.styles
    total = max(data.total, len(data.rows))
    body = [
        Heading(ctx.title, styles.heading_1, 0, ctx.heading_key("list")),
        TextBlock(t("list.count", count=ctx.formats.number(total)), styles.body),
    ]
    if not data.rows:
        body.append(TextBlock(t("empty_scope"), styles.body))
    else:
        headers = [
            t("reference"),
            t("mechanism"),
            t("recommendation"),
            t("position"),
            t("status"),
            t("priority"),
            t("agencies"),
        ]
        rows = [
            [
                row.reference or "—",
                row.mechanism,
                f"{row.text}\n{row.source}" if row.source else row.text,
                t.term(row.position),
                t.term(row.status),
                t.term(row.priority),
                row.agencies,
            ]
            for row in data.rows
        ]
        body += data_table(ctx, headers, rows, WIDTHS)
    return build_document(fp, ctx, body, wide=True, progress=progress, cancelled=cancelled)
