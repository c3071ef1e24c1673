"""Tables of the reports: a header row repeated on every page, text cells in any
language, columns in reverse order in a right-to-left report, and long tables
cut into blocks so that ReportLab never re-measures thousands of rows at each
page break."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Table, TableStyle

from desktop.reports import fonts
from desktop.reports.context import ACCENT, ReportContext
from desktop.reports.flowables import TextBlock, TextStyle

GRID = HexColor("#BFC9D1")
STRIPE = HexColor("#F2F5F8")
BLOCK_ROWS = 25

Cell: TypeAlias = str | Flowable


def cell_commands(side: float = 3, top: float = 2, bottom: float = 3) -> list[tuple[object, ...]]:
    """The style every table of flowable cells starts from: top-aligned cells
    and their padding."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Cells are flowables; the font named here is only selected, never drawn,
        # but ReportLab would list Helvetica (unembedded) in the PDF otherwise.
        ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
        ("LEFTPADDING", (0, 0), (-1, -1), side),
        ("RIGHTPADDING", (0, 0), (-1, -1), side),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def _cell(value: Cell, style: TextStyle) -> Flowable:
    return value if isinstance(value, Flowable) else TextBlock(value, style)


class TableBlock(Flowable):  # type: ignore[misc]
    """A block of rows of a longer table. Its header row is printed only where
    the block starts a page (or frame), so consecutive blocks read as one
    table with its header repeated on every page."""

    def __init__(
        self,
        header: list[Flowable],
        rows: list[list[Flowable]],
        widths: list[str],
        stripes: list[bool],
        continuation: bool = False,
    ) -> None:
        super().__init__()
        self.continuation = continuation
        self.header = header
        self.rows = rows
        self.widths = widths
        self.stripes = stripes
        self._tables: dict[tuple[bool, bool], Table] = {}
        self._table: Table | None = None

    def _make(self, with_header: bool, in_row: bool = False) -> Table:
        key = (with_header, in_row)
        if key not in self._tables:
            cells = [self.header, *self.rows] if with_header else list(self.rows)
            table = Table(
                cells,
                colWidths=self.widths,
                repeatRows=1 if with_header else 0,
                splitByRow=1,
                splitInRow=1 if in_row else 0,
            )
            commands = [*cell_commands(), ("GRID", (0, 0), (-1, -1), 0.25, GRID)]
            if with_header:
                commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
            offset = 1 if with_header else 0
            for index, striped in enumerate(self.stripes):
                if striped:
                    row = index + offset
                    commands.append(("BACKGROUND", (0, row), (-1, row), STRIPE))
            table.setStyle(TableStyle(commands))
            self._tables[key] = table
        return self._tables[key]

    def _frame_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return frame is None or bool(frame._atTop)

    def _with_header(self) -> bool:
        """The header row is printed at a table's start, and where a block
        starts a frame (a page)."""
        return not self.continuation or self._frame_top()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._table = self._make(self._with_header())
        size: tuple[float, float] = self._table.wrap(avail_width, avail_height)
        return size

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        header = self._with_header()
        # Rows move to the next page whole; only a block at the top of a frame
        # (a row taller than the page) may cut a row in two.
        table = self._make(header, in_row=self._frame_top())
        parts = table.split(avail_width, avail_height)
        if len(parts) < 2:
            return []
        first, second = parts[0], parts[1]
        # The rest is a block again: its header only where it starts a page
        # (ReportLab's own rest would repeat the header wherever it lands).
        rest_rows = second._cellvalues[1:] if header else second._cellvalues
        if not rest_rows:
            return []
        offset = len(self.rows) - len(rest_rows)
        rest = TableBlock(
            self.header,
            [list(r) for r in rest_rows],
            self.widths,
            self.stripes[offset:],
            continuation=True,
        )
        return [first, rest]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)


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
    overdue colour. Returns the table as blocks of rows (TableBlock).
    """
    styles = ctx.styles
    percent = [f"{100 * w / sum(widths):.2f}%" for w in widths]
    header: list[Flowable] = [TextBlock(h, styles.cell_header) for h in headers]
    if ctx.rtl:
        percent.reverse()
        header.reverse()
    marked = set(highlight)
    out: list[Flowable] = []
    for first in range(0, max(len(rows), 1), block_rows):
        body = []
        for index in range(first, min(first + block_rows, len(rows))):
            style = styles.cell_overdue if index in marked else styles.cell
            cells = [_cell(v, style) for v in rows[index]]
            body.append(list(reversed(cells)) if ctx.rtl else cells)
        stripes = [(first + i) % 2 == 1 for i in range(len(body))]
        out.append(TableBlock(header, body, percent, stripes, continuation=first > 0))
    return out


def key_values(
    ctx: ReportContext, pairs: Sequence[tuple[str, str]], label_width: float = 0.28
) -> Table:
    """Label: value lines (a plan's summary, an agency's details)."""
    styles = ctx.styles
    rows = [[TextBlock(k, styles.cell_bold), TextBlock(v or "—", styles.cell)] for k, v in pairs]
    widths = [f"{100 * label_width:.0f}%", f"{100 * (1 - label_width):.0f}%"]
    if ctx.rtl:
        rows = [list(reversed(r)) for r in rows]
        widths.reverse()
    table = Table(rows, colWidths=widths, splitByRow=1)
    table.setStyle(TableStyle([*cell_commands(), ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID)]))
    return table
