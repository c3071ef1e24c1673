"""Charts of the status report, drawn with the report's own text layout so that
labels in any language are shaped, ordered and embedded like the rest: stacked
horizontal bars of recommendations by implementation status, one bar a group
(a mechanism, a theme, an SDG goal, an agency), with a legend."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.domain.palette import STATUS_COLOURS
from desktop.domain.vocab import ImplementationStatus
from desktop.reports import fonts
from desktop.reports.context import MUTED, ReportContext
from desktop.reports.data import StatusCounts
from desktop.reports.flowables import draw_line
from desktop.reports.textlayout import LaidLine, one_line

STATUSES = tuple(ImplementationStatus)
BAR_HEIGHT = 9.0
ROW_GAP = 4.0
LABEL_SIZE = 7.5
LEGEND_ROW = 12.0


def _one_line(text: str, size: float, width: float, rtl_default: bool) -> tuple[LaidLine, float]:
    """``text`` on one line of at most ``width`` points (cut with … if longer)."""
    line = one_line(text, lambda s: fonts.width(s, size), width, rtl_default)
    return (line, line.width) if line else (LaidLine("", 0.0), 0.0)


class StatusBars(Flowable):  # type: ignore[misc]
    def __init__(self, ctx: ReportContext, rows: Sequence[StatusCounts]) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows = list(rows)

    def _legend_lines(self, width: float) -> list[list[tuple[ImplementationStatus, float]]]:
        lines: list[list[tuple[ImplementationStatus, float]]] = [[]]
        used = 0.0
        for status in STATUSES:
            item = 12 + fonts.width(self.ctx.labels.term(status), LABEL_SIZE) + 10
            if used + item > width and lines[-1]:
                lines.append([])
                used = 0.0
            lines[-1].append((status, item))
            used += item
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        legend = len(self._legend_lines(avail_width)) * LEGEND_ROW
        self.height = legend + 4 + len(self.rows) * (BAR_HEIGHT + ROW_GAP)
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        ctx = self.ctx
        rtl = ctx.rtl
        width = self.width
        y = self.height
        # Legend
        for line in self._legend_lines(width):
            y -= LEGEND_ROW
            x = width if rtl else 0.0
            for status, item in line:
                label = ctx.labels.term(status)
                drawn, label_width = _one_line(label, LABEL_SIZE, width, rtl)
                swatch_x = x - 8 if rtl else x
                canvas.setFillColor(HexColor(STATUS_COLOURS[status.value]))
                canvas.rect(swatch_x, y + 1, 8, 7, stroke=0, fill=1)
                text_x = swatch_x - 3 - label_width if rtl else x + 11
                draw_line(canvas, text_x, y + 2, drawn, LABEL_SIZE, False, MUTED)
                x = x - item if rtl else x + item
        y -= 4
        # Bars
        label_width = min(62 * mm, width * 0.34)
        number_width = 14 * mm
        bar_space = width - label_width - number_width - 6
        biggest = max((r.total for r in self.rows), default=0) or 1
        for row in self.rows:
            y -= BAR_HEIGHT + ROW_GAP
            text, text_width = _one_line(row.label, LABEL_SIZE, label_width - 4, rtl)
            label_x = width - text_width if rtl else 0.0
            draw_line(canvas, label_x, y + 2, text, LABEL_SIZE, False, MUTED)
            start = width - label_width if rtl else label_width
            offset = 0.0
            for status in STATUSES:
                count = row.counts.get(status, 0)
                if not count:
                    continue
                length = bar_space * count / biggest
                canvas.setFillColor(HexColor(STATUS_COLOURS[status.value]))
                x = start - offset - length if rtl else start + offset
                canvas.rect(x, y, length, BAR_HEIGHT, stroke=0, fill=1)
                offset += length
            number, number_w = _one_line(ctx.formats.number(row.total), LABEL_SIZE, width, rtl)
            number_x = start - offset - 3 - number_w if rtl else start + offset + 3
            draw_line(canvas, number_x, y + 2, number, LABEL_SIZE, False, MUTED)
