"""Flowables that draw text in any UN language (desktop.reports.textlayout) with
the bundled fonts, and the headings that feed the outline and the contents."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.reports import fonts, shaping
from desktop.reports.bidi import mirror, strip_isolates
from desktop.reports.textlayout import LaidLine, is_rtl_text, lay_out


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.0
    leading: float = 12.0
    bold: bool = False
    color: Color = black
    align: str = "start"
    """start / end (of the text's own direction), left, right or center."""
    space_before: float = 0.0
    space_after: float = 0.0
    rtl_default: bool = False
    """The direction of a text without strong characters (digits, symbols):
    the report's."""
    keep_with_next: bool = False
    """A heading or an introduction: never the last thing on a page
    (desktop.reports.keeping)."""

    def with_(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


def draw_line(
    canvas: Canvas, x: float, y: float, line: LaidLine, size: float, bold: bool, color: Color
) -> None:
    """Draw one laid-out line starting at ``x`` on the baseline ``y``: its runs
    from left to right, each cut into runs of one face (right to left in a
    right-to-left run), Arabic faces shaped by HarfBuzz."""
    canvas.setFillColor(color)
    ordered: list[tuple[fonts.Run, bool]] = []
    for text, rtl in line.runs:
        pieces = fonts.runs(text, bold)
        ordered += [(run, rtl) for run in (reversed(pieces) if rtl else pieces)]
    last = len(ordered) - 1
    for index, (run, rtl) in enumerate(ordered):
        x += _draw_run(canvas, x, y, run, rtl, size, bold, color, index < last)


def _draw_run(
    canvas: Canvas,
    x: float,
    y: float,
    run: fonts.Run,
    rtl: bool,
    size: float,
    bold: bool,
    color: Color,
    measure: bool = True,
) -> float:
    """Draw ``run`` at ``x``; returns its width (0 unless ``measure``: the
    last run of a line needs none)."""
    width = 0.0
    if run.font in fonts.SHAPED:
        drawn, advance = shaping.shape(run.text, run.font, rtl)
        width = advance * size / 1000
    else:
        drawn = mirror(run.text[::-1]) if rtl else run.text
        if measure:
            width = float(pdfmetrics.stringWidth(drawn, run.font, size))
    text_object = canvas.beginText(x, y)
    text_object.setFont(run.font, size)
    if bold and run.font in fonts.FAKE_BOLD:
        canvas.setStrokeColor(color)
        canvas.setLineWidth(size * 0.035)
        text_object.setTextRenderMode(2)
    text_object.textOut(drawn)
    canvas.drawText(text_object)
    return width


def line_x(left: float, avail: float, line: LaidLine, align: str, rtl: bool) -> float:
    if align == "start":
        align = "right" if rtl else "left"
    elif align == "end":
        align = "left" if rtl else "right"
    if align == "right":
        return left + avail - line.width
    if align == "center":
        return left + (avail - line.width) / 2
    return left


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of plain text (never markup): wraps, splits across pages,
    right to left when its first strong character is."""

    def __init__(self, text: str, style: TextStyle, lines: list[LaidLine] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = is_rtl_text(text, style.rtl_default)
        self._fixed = lines is not None
        self._lines = lines
        self._laid_width: float | None = None
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def _measure(self, text: str) -> float:
        return fonts.width(text, self.style.size, self.style.bold)

    def lines_for(self, avail: float) -> list[LaidLine]:
        if self._fixed and self._lines is not None:
            return self._lines
        if self._lines is None or self._laid_width != avail:
            self._lines = lay_out(self.text, self._measure, max(avail, 1.0), self.rtl)
            self._laid_width = avail
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        lines = self.lines_for(avail_width)
        self.height = len(lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self.lines_for(avail_width)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []  # nothing fits, or it all fits: no split to make
        first = TextBlock(self.text, self.style.with_(space_after=0.0), lines[:fit])
        rest = TextBlock(self.text, self.style.with_(space_before=0.0), lines[fit:])
        first.rtl = rest.rtl = self.rtl
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        canvas: Canvas = self.canv
        lines = self.lines_for(self.width)
        # First baseline: one leading down, less the part of it below the text.
        y = self.height - style.leading + (style.leading - style.size) / 2 + style.size * 0.22
        if all(not rtl and text.isascii() for line in lines for text, rtl in line.runs):
            _draw_latin(canvas, self.width, y, lines, style)
            return
        for line in lines:
            x = line_x(0.0, self.width, line, style.align, line.rtl)
            draw_line(canvas, x, y, line, style.size, style.bold, style.color)
            y -= style.leading


def _draw_latin(
    canvas: Canvas, width: float, y: float, lines: list[LaidLine], style: TextStyle
) -> None:
    """Lines of ASCII text, left to right, in the Latin face: drawn as
    draw_line draws them, in one text object."""
    font = fonts.runs("a", style.bold)[0].font
    canvas.setFillColor(style.color)
    text_object = canvas.beginText()
    text_object.setFont(font, style.size)
    for line in lines:
        x = line_x(0.0, width, line, style.align, line.rtl)
        last = len(line.runs) - 1
        for index, (text, _) in enumerate(line.runs):
            text_object.setTextOrigin(x, y)
            text_object.textOut(text)
            if index < last:
                x += float(pdfmetrics.stringWidth(text, font, style.size))
        y -= style.leading
    canvas.drawText(text_object)


class Heading(TextBlock):
    """A heading: a bookmark and an outline entry where it is drawn, and a line
    of the contents (the document collects it in afterFlowable)."""

    def __init__(self, text: str, style: TextStyle, level: int, key: str) -> None:
        super().__init__(text, style)
        self.level = level
        self.key = key

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        title = strip_isolates(self.text)
        self.canv.addOutlineEntry(title, self.key, self.level, closed=self.level > 0)
        super().draw()
