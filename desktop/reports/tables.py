"""Tables of the reports: a header row repeated on every page, text cells in any
language, columns in reverse order in a right-to-left report, and long tables
cut into blocks so that ReportLab never re-measures thousands of rows at each
page break. A block makes its cells when it is first laid out, so a long
table's cells exist only a few blocks at a time; the rows are read front to
back (twice: for the columns' widths, then for the blocks), never by index, so
they may be read from the database as the table is laid out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from itertools import islice
from typing import Any, Generic, TypeAlias, TypeVar, overload

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Table, TableStyle

from desktop.reports import fonts
from desktop.reports.context import ACCENT, ReportContext
from desktop.reports.flowables import TextBlock, TextStyle
from desktop.reports.spans import atoms
from desktop.reports.textlayout import segments

GRID = HexColor("#BFC9D1")
STRIPE = HexColor("#F2F5F8")
BLOCK_ROWS = 25
CELL_PADDING = 3.0
BODY_RUN_SHARE = 0.4
"""The most of a table's width one column may claim for a cell's unbreakable run."""

Cell: TypeAlias = str | Flowable
Item = TypeVar("Item")
BlockRows: TypeAlias = list[list[Flowable]] | Callable[[], list[list[Flowable]]]
"""A block's rows, or what makes them when the block is first laid out."""


class RowsOf(Sequence[Sequence[Cell]], Generic[Item]):
    """The rows of ``items``, each made by ``make`` when it is read: a long
    table's text is made block by block as it is laid out, never all at once."""

    def __init__(self, items: Sequence[Item], make: Callable[[Item], Sequence[Cell]]) -> None:
        self.items = items
        self.make = make

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> Sequence[Cell]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Sequence[Cell]]: ...
    def __getitem__(self, index: int | slice) -> Sequence[Cell] | Sequence[Sequence[Cell]]:
        if isinstance(index, slice):
            return [self.make(item) for item in self.items[index]]
        return self.make(self.items[index])

    def __iter__(self) -> Iterator[Sequence[Cell]]:
        return (self.make(item) for item in self.items)


class InOrder(Generic[Item]):
    """Reads a table's rows front to back for its blocks, which are laid out in
    order: each block's rows are taken where the previous block's ended, so
    rows read as they are iterated (from the database) are read once, never
    looked up by index. Asked for earlier rows, it reads again from the start."""

    def __init__(self, rows: Sequence[Item]) -> None:
        self.rows = rows
        self._reading: Iterator[Item] | None = None
        self._at = 0

    def take(self, first: int, last: int) -> list[Item]:
        if self._reading is None or self._at > first:
            self._reading, self._at = iter(self.rows), 0
        if self._at < first:
            next(islice(self._reading, first - self._at, first - self._at), None)
            self._at = first
        taken = list(islice(self._reading, last - first))
        self._at += len(taken)
        if self._at >= len(self.rows):
            self._reading = None  # the end: what it reads from is let go of
        return taken


def cell_commands(
    side: float = CELL_PADDING, top: float = 2, bottom: float = 3
) -> list[tuple[object, ...]]:
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


class Columns:
    """The widths of one table's columns, shared by all its blocks: the
    fractions asked for, widened where a header's longest word (or a cell's
    longest unbreakable run: a symbol, an e-mail, a date range) would not fit,
    the room taken from the columns that have some to spare."""

    def __init__(self, fractions: Sequence[float], least: Sequence[float]) -> None:
        total = sum(fractions) or 1.0
        self.fractions = [f / total for f in fractions]
        self.least = list(least)
        self._widths: dict[float, list[float]] = {}

    def widths(self, avail: float) -> list[float]:
        found = self._widths.get(avail)
        if found is None:
            found = self._widths[avail] = fit_columns(self.fractions, self.least, avail)
        return found


def fit_columns(fractions: Sequence[float], least: Sequence[float], avail: float) -> list[float]:
    widths = [f * avail for f in fractions]
    # A cell's run may claim at most this much of the table.
    least = [min(m, avail * BODY_RUN_SHARE) for m in least]
    short = sum(max(m - w, 0.0) for w, m in zip(widths, least, strict=True))
    if short <= 0:
        return widths
    spare = sum(max(w - m, 0.0) for w, m in zip(widths, least, strict=True))
    if spare <= short:  # not enough room for every column's least: share it out
        total = sum(least) or 1.0
        return [m * avail / total for m in least]
    share = short / spare
    return [m if w < m else w - (w - m) * share for w, m in zip(widths, least, strict=True)]


def _least_width(text: str, style: TextStyle) -> float:
    """The width of the longest piece of ``text`` a line cannot break."""
    widest = 0.0
    for paragraph in text.split("\n"):
        for piece in segments(paragraph):
            piece = piece.rstrip()
            if piece:
                widest = max(widest, fonts.width(piece, style.size, style.bold))
    return widest


def _least_atom_width(text: str, style: TextStyle) -> float:
    widest = 0.0
    for start, end in atoms(text):
        widest = max(widest, fonts.width(text[start:end], style.size, style.bold))
    return widest


class TableBlock(Flowable):  # type: ignore[misc]
    """A block of rows of a longer table. Its header row is printed only where
    the block starts a page (or frame), so consecutive blocks read as one
    table with its header repeated on every page."""

    def __init__(
        self,
        header: list[Flowable],
        rows: BlockRows,
        columns: Columns,
        stripes: list[bool],
        continuation: bool = False,
        reverse: bool = False,
    ) -> None:
        super().__init__()
        self.continuation = continuation
        self.header = header
        self._rows = rows
        self.columns = columns
        self.stripes = stripes
        self.reverse = reverse
        self._tables: dict[tuple[bool, bool, float], Table] = {}
        self._table: Table | None = None

    @property
    def rows(self) -> list[list[Flowable]]:
        if callable(self._rows):
            self._rows = self._rows()
        return self._rows

    def _widths(self, avail_width: float) -> list[float]:
        widths = self.columns.widths(avail_width)
        return widths[::-1] if self.reverse else widths

    def _make(self, with_header: bool, avail_width: float, in_row: bool = False) -> Table:
        key = (with_header, in_row, avail_width)
        if key not in self._tables:
            cells = [self.header, *self.rows] if with_header else list(self.rows)
            table = Table(
                cells,
                colWidths=self._widths(avail_width),
                repeatRows=1 if with_header else 0,
                splitByRow=1,
                splitInRow=1 if in_row else 0,
            )
            table.setStyle(TableStyle(self._commands(with_header, len(self.rows))))
            self._tables[key] = table
        return self._tables[key]

    def _commands(self, with_header: bool, rows: int) -> list[tuple[object, ...]]:
        commands = [*cell_commands(), ("GRID", (0, 0), (-1, -1), 0.25, GRID)]
        if with_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
        offset = 1 if with_header else 0
        for index, striped in enumerate(self.stripes[:rows]):
            if striped:
                row = index + offset
                commands.append(("BACKGROUND", (0, row), (-1, row), STRIPE))
        return commands

    def start_height(self, avail_width: float, rows: int) -> float:
        """The height of the header row and the first ``rows`` rows: what must
        follow a heading on its page."""
        first = [self.header, *self.rows[:rows]]
        table = Table(first, colWidths=self._widths(avail_width))
        table.setStyle(TableStyle(self._commands(True, rows)))
        _, height = table.wrap(avail_width, 1e6)
        return float(height)

    def _frame_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return frame is None or bool(frame._atTop)

    def _with_header(self) -> bool:
        """The header row is printed at a table's start, and where a block
        starts a frame (a page)."""
        return not self.continuation or self._frame_top()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._table = self._make(self._with_header(), avail_width)
        size: tuple[float, float] = self._table.wrap(avail_width, avail_height)
        return size

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        header = self._with_header()
        # Rows move to the next page whole; only a block at the top of a frame
        # (a row taller than the page) may cut a row in two.
        table = self._make(header, avail_width, in_row=self._frame_top())
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
            self.columns,
            self.stripes[offset:],
            continuation=True,
            reverse=self.reverse,
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
    numeric: Sequence[int] = (),
    block_rows: int = BLOCK_ROWS,
) -> list[Flowable]:
    """``rows`` under ``headers``; ``widths`` are fractions of the frame's width,
    widened where a header word or an unbreakable run of a cell needs it.

    Rows listed in ``highlight`` (their index in ``rows``) are printed in the
    overdue colour. Columns listed in ``numeric`` (counts, amounts, shares) are
    right-aligned with their header, in every language, so that units line up
    under units. Returns the table as blocks of rows (TableBlock).
    """
    styles = ctx.styles
    numbers = set(numeric)

    def style_of(column: int, style: TextStyle) -> TextStyle:
        return replace(style, align="right") if column in numbers else style

    padding = 2 * CELL_PADDING + 1
    least = [_least_width(h, styles.cell_header) + padding for h in headers]
    for row in rows:
        for index, value in enumerate(row):
            if isinstance(value, str) and value and not value.isalpha():
                run = _least_atom_width(value, styles.cell)
                if run + padding > least[index]:
                    least[index] = run + padding
    columns = Columns(widths, least)
    header: list[Flowable] = [
        TextBlock(h, style_of(i, styles.cell_header)) for i, h in enumerate(headers)
    ]
    if ctx.rtl:
        header.reverse()
    marked = set(highlight)

    in_order = InOrder(rows)

    def make_block(first: int, last: int) -> list[list[Flowable]]:
        body = []
        for index, row in enumerate(in_order.take(first, last), start=first):
            style = styles.cell_overdue if index in marked else styles.cell
            cells = [_cell(v, style_of(i, style)) for i, v in enumerate(row)]
            body.append(list(reversed(cells)) if ctx.rtl else cells)
        return body

    out: list[Flowable] = []
    for first in range(0, max(len(rows), 1), block_rows):
        last = min(first + block_rows, len(rows))
        stripes = [index % 2 == 1 for index in range(first, last)]
        out.append(
            TableBlock(
                header,
                partial(make_block, first, last),
                columns,
                stripes,
                continuation=first > 0,
                reverse=ctx.rtl,
            )
        )
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
