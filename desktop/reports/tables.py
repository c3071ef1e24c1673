"""Tables of the reports: a header row repeated on every page, text cells in any
language, columns in reverse order in a right-to-left report, and long tables
cut into blocks so that ReportLab never re-measures thousands of rows at each
page break."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Table, TableStyle

from desktop.reports.context import ACCENT, ReportContext
from desktop.reports.flowables import TextBlock, TextStyle

GRID = HexColor("#BFC9D1")
STRIPE = HexColor("#F2F5F8")
BLOCK_ROWS = 25

Cell = str | Flowable


def _cell(value: Cell, style: TextStyle) -> Flowable:
    return value if isinstance(value, Flowable) else TextBlock(value, style)


def data_table(
    ctx: ReportContext,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    highlight: Sequence[int] = (),
    block_rows: int = BLOCK_ROWS,
) -> list[Flowable]:
    """``rows`` under ``headers``; ``widths`` are fractions of the frame's width.

    Rows listed in ``highlight`` (their index in ``rows``) are printed in the
    overdue colour. Returns one Table per block of rows.
    """
    styles = ctx.styles
    percent = [f"{100 * w / sum(widths):.2f}%" for w in widths]
    header = [TextBlock(h, styles.cell_header) for h in headers]
    if ctx.rtl:
        percent.reverse()
        header.reverse()
    marked = set(highlight)
    out: list[Flowable] = []
    for first in range(0, max(len(rows), 1), block_rows):
        block = rows[first : first + block_rows]
        body = []
        for offset, row in enumerate(block):
            style = styles.cell_overdue if first + offset in marked else styles.cell
            cells = [_cell(v, style) for v in row]
            body.append(list(reversed(cells)) if ctx.rtl else cells)
        table = Table(
            [header, *body], colWidths=percent, repeatRows=1, splitByRow=1, splitInRow=1
        )
        commands: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.25, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for index in range(1, len(body) + 1):
            if (first + index) % 2 == 0:
                commands.append(("BACKGROUND", (0, index), (-1, index), STRIPE))
        table.setStyle(TableStyle(commands))
        out.append(table)
        if not rows:
            break
    return out


def key_values(ctx: ReportContext, pairs: Sequence[tuple[str, str]], label_width: float = 0.28) -> Table:
    """Label: value lines (a plan's summary, an agency's details)."""
    styles = ctx.styles
    rows = [[TextBlock(k, styles.cell_bold), TextBlock(v or "—", styles.cell)] for k, v in pairs]
    widths = [f"{100 * label_width:.0f}%", f"{100 * (1 - label_width):.0f}%"]
    if ctx.rtl:
        rows = [list(reversed(r)) for r in rows]
        widths.reverse()
    table = Table(rows, colWidths=widths, splitByRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
