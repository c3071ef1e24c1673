"""The page furniture every report shares: a cover (emblem, organisation,
title, scope, date), the contents, running header and footer with "Page X of
Y", the classification marking, the DRAFT watermark, the PDF outline and the
document's metadata.

Two passes (multiBuild): the first finds on which page each heading falls and
how many pages there are, the second prints them. The contents know their
lines before the first pass (the story's headings), so their length, and with
it every page number, is the same in both passes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.reports import fonts
from desktop.reports.context import ReportContext
from desktop.reports.data import CancelledFn, Paper, ProgressFn, ScopeKind
from desktop.reports.errors import ReportCancelled
from desktop.reports.flowables import Heading, TextBlock, draw_line
from desktop.reports.keeping import keep_headings
from desktop.reports.tables import cell_commands
from desktop.reports.textlayout import one_line

MARKING_COLOUR = HexColor("#A50021")
RULE_COLOUR = HexColor("#7F8C99")
WATERMARK_COLOUR = Color(0.55, 0.58, 0.62, alpha=0.16)
MARGIN = 18 * mm


class Contents(Flowable):  # type: ignore[misc]
    """The table of contents: one line per heading of level 0 or 1, its page
    number found by the previous pass."""

    def __init__(self, ctx: ReportContext, headings: list[Heading]) -> None:
        super().__init__()
        self.ctx = ctx
        self.entries = [(h.level, h.text, h.key) for h in headings if h.level <= 1]
        self._pages: dict[str, int] = {}
        self._last_pages: dict[str, int] = {}
        self._table: Table | None = None

    # The indexing protocol of multiBuild.
    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self._pages == self._last_pages

    def beforeBuild(self) -> None:
        self._last_pages = dict(self._pages)
        self._pages = {}

    def afterBuild(self) -> None:
        pass

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "TOCEntry":
            key, page = stuff
            self._pages.setdefault(key, page)

    def _make_table(self, width: float) -> Table:
        styles = self.ctx.styles
        number_width = 14 * mm
        rows = []
        for level, text, key in self.entries:
            style = styles.contents_1 if level == 0 else styles.contents_2
            page = self._last_pages.get(key)
            number = self.ctx.formats.number(page) if page else ""
            title = TextBlock(("" if level == 0 else "    ") + text, style)
            rows.append([title, TextBlock(number, style.with_(align="end"))])
        widths = [width - number_width, number_width]
        if self.ctx.rtl:
            rows = [list(reversed(r)) for r in rows]
            widths.reverse()
        table = Table(rows, colWidths=widths, splitByRow=1)
        table.setStyle(TableStyle(cell_commands(side=0, top=1, bottom=1)))
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._table = self._make_table(avail_width)
        result: tuple[float, float] = self._table.wrap(avail_width, avail_height)
        return result

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._table = self._make_table(avail_width)
        parts: list[Flowable] = self._table.split(avail_width, avail_height)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None
        self._table.drawOn(canvas, x, y, _sW)


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        fp: BinaryIO,
        ctx: ReportContext,
        *,
        wide: bool = False,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> None:
        options = ctx.header.options
        size = LETTER if options.paper == Paper.LETTER else A4
        if wide:
            size = landscape(size)
        super().__init__(
            fp,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 6 * mm,
            title=ctx.title,
            author=ctx.header.author or ctx.header.organisation,
            subject=ctx.subject,
            creator="NMRF Desk",
            producer="NMRF Desk (ReportLab)",
            keywords=[
                k for k in (options.marking, ctx.labels("draft") if options.draft else "") if k
            ],
            lang=ctx.labels.tag,
            initialFontName=fonts.LATIN,
            initialFontSize=9,
            invariant=0,
        )
        self.ctx = ctx
        self.total_pages = 0
        self._pages_this_pass = 0
        self._progress = progress
        self._cancelled = cancelled
        self._passes_done = 0
        self._flowables = 1
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id="cover", frames=[frame], onPage=self._cover_page, onPageEnd=self._watermark
                ),
                PageTemplate(
                    id="body", frames=[frame], onPage=self._body_page, onPageEnd=self._watermark
                ),
            ]
        )
        self.setProgressCallBack(self._on_progress)

    # --- progress, cancel, passes -------------------------------------------------

    def _on_progress(self, kind: str, value: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()
        if kind == "SIZE_EST":
            self._flowables = max(value, 1)
        elif kind == "PROGRESS" and self._progress is not None:
            # Two passes: the first is half of the work.
            done = self._passes_done * self._flowables + value
            self._progress(done, 2 * self._flowables)

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        super().build(flowables, *args, **kwargs)
        self._pages_this_pass = self.page
        self._passes_done = min(self._passes_done + 1, 1)

    def _allSatisfied(self) -> bool:
        satisfied = bool(super()._allSatisfied()) and self._pages_this_pass == self.total_pages
        self.total_pages = self._pages_this_pass
        return satisfied

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.notify("TOCEntry", (flowable.key, self.page))

    # --- page furniture ----------------------------------------------------------------

    def _text(
        self,
        canvas: Any,
        text: str,
        x: float,
        y: float,
        align: str,
        size: float,
        bold: bool = False,
        colour: Color = RULE_COLOUR,
        width: float | None = None,
    ) -> None:
        """One line of text at ``x`` (its left, right or centre by ``align``)."""

        def measure(s: str) -> float:
            return fonts.width(s, size, bold)

        avail = width if width is not None else self.pagesize[0]
        line = one_line(text, measure, avail, self.ctx.rtl)
        if line is None:
            return
        left = x if align == "left" else x - line.width if align == "right" else x - line.width / 2
        draw_line(canvas, left, y, line, size, bold, colour)

    def _watermark(self, canvas: Any, doc: Any) -> None:
        """DRAFT across the page, over the content (translucent, so tables' shading
        cannot hide it)."""
        width, height = self.pagesize
        if self.ctx.header.options.draft:
            canvas.saveState()
            canvas.translate(width / 2, height / 2)
            canvas.rotate(35)
            word = self.ctx.labels("draft")
            size = 96 if len(word) <= 6 else 64
            self._text(canvas, word, 0, -size / 3, "center", size, True, WATERMARK_COLOUR)
            canvas.restoreState()

    def _furniture(self, canvas: Any) -> None:
        """What every page carries: the classification marking, top and bottom."""
        width, height = self.pagesize
        options = self.ctx.header.options
        if options.marking:
            marking = options.marking.upper()
            self._text(
                canvas, marking, width / 2, height - 10 * mm, "center", 10, True, MARKING_COLOUR
            )
            self._text(canvas, marking, width / 2, 8 * mm, "center", 10, True, MARKING_COLOUR)

    def _cover_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self._furniture(canvas)
        canvas.restoreState()

    def _body_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self._furniture(canvas)
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - MARGIN + 1 * mm
        half = (right - left) / 2 - 4 * mm
        organisation = self.ctx.header.organisation
        start, end = (right, left) if self.ctx.rtl else (left, right)
        start_align, end_align = ("right", "left") if self.ctx.rtl else ("left", "right")
        self._text(canvas, organisation, start, top, start_align, 8, width=half)
        self._text(canvas, self.ctx.title, end, top, end_align, 8, width=half)
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 3, right, top - 3)
        bottom = MARGIN - 1 * mm
        canvas.line(left, bottom + 10, right, bottom + 10)
        page = self.ctx.formats.number(canvas.getPageNumber())
        pages = self.ctx.formats.number(self.total_pages or canvas.getPageNumber())
        self._text(
            canvas, self.ctx.labels("page_of", page=page, pages=pages), end, bottom, end_align, 8
        )
        generated = self.ctx.formats.date(self.ctx.header.generated_on)
        self._text(canvas, generated, start, bottom, start_align, 8, width=half)
        canvas.restoreState()


def scope_text(ctx: ReportContext) -> str:
    scope = ctx.header.scope
    if scope.kind == ScopeKind.ALL:
        return ctx.labels("scope.all")
    return ctx.labels(f"scope.{scope.kind.value}", value=scope.value)


def cover(ctx: ReportContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = [Spacer(1, 18 * mm)]
    emblem = ctx.header.emblem
    if emblem:
        image = Image(io.BytesIO(emblem))
        ratio = image.imageWidth / max(image.imageHeight, 1)
        height = 32 * mm
        image.drawHeight, image.drawWidth = height, min(height * ratio, 80 * mm)
        image.hAlign = "CENTER"
        story += [image, Spacer(1, 8 * mm)]
    if ctx.header.organisation:
        story.append(TextBlock(ctx.header.organisation, styles.cover_organisation))
    story += [
        Spacer(1, 22 * mm),
        TextBlock(ctx.title, styles.cover_title),
        Spacer(1, 6 * mm),
    ]
    if ctx.subtitle:
        story.append(TextBlock(ctx.subtitle, styles.cover_subtitle))
    story += [
        Spacer(1, 10 * mm),
        TextBlock(ctx.labels.field("scope", scope_text(ctx)), styles.cover_line),
        TextBlock(
            ctx.labels("generated_on", date=ctx.formats.date(ctx.header.generated_on, long=True)),
            styles.cover_line,
        ),
    ]
    marking = ctx.header.options.marking
    if marking:
        story += [Spacer(1, 16 * mm), TextBlock(marking.upper(), styles.cover_marking)]
    return story


def build_document(
    fp: BinaryIO,
    ctx: ReportContext,
    body: Iterable[Flowable],
    *,
    wide: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Lay out cover, contents and ``body`` into ``fp``; returns the page count."""
    body = list(body)
    headings = [f for f in body if isinstance(f, Heading)]
    story: list[Flowable] = cover(ctx)
    story += [NextPageTemplate("body"), PageBreak()]
    # Contents only where there is more than one section to find.
    if sum(1 for h in headings if h.level <= 1) > 1:
        story += [
            TextBlock(ctx.labels("contents"), ctx.styles.heading_1),
            Contents(ctx, headings),
            PageBreak(),
        ]
    story += keep_headings(body)
    document = ReportDocument(fp, ctx, wide=wide, progress=progress, cancelled=cancelled)
    document.multiBuild(story, maxPasses=4)
    if progress is not None:
        progress(1, 1)
    return int(document.total_pages)
