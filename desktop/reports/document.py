"""The page furniture every report shares: a cover (emblem, organisation,
title, scope, date), the contents, running header and footer with "Page X of
Y", the classification marking, the DRAFT watermark, the PDF outline and the
document's metadata.

One pass (desktop.reports.late): the pages are laid out and written once;
"Page X of Y" and the contents' page numbers are forms whose content is
written when the last page is done. The contents know their lines before the
pass (the story's headings), so their length does not depend on the numbers.
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
from desktop.reports.late import CompressingCanvas, LateForms, PageNumber
from desktop.reports.tables import cell_commands
from desktop.reports.textlayout import one_line

MARKING_COLOUR = HexColor("#A50021")
RULE_COLOUR = HexColor("#7F8C99")
WATERMARK_COLOUR = Color(0.55, 0.58, 0.62, alpha=0.16)
MARGIN = 18 * mm


class Contents(Flowable):  # type: ignore[misc]
    """The table of contents: one line per heading of level 0 or 1, its page
    number written when the document is laid out (desktop.reports.late)."""

    def __init__(self, ctx: ReportContext, headings: list[Heading]) -> None:
        super().__init__()
        self.ctx = ctx
        self.entries = [(h.level, h.text, h.key) for h in headings if h.level <= 1]
        self._table: Table | None = None

    def _number(self, page: int | None) -> str:
        return self.ctx.formats.number(page) if page else ""

    def _make_table(self, width: float) -> Table:
        styles = self.ctx.styles
        number_width = 14 * mm
        rows: list[list[Flowable]] = []
        for level, text, key in self.entries:
            style = styles.contents_1 if level == 0 else styles.contents_2
            title = TextBlock(("" if level == 0 else "    ") + text, style)
            rows.append([title, PageNumber(key, style.with_(align="end"), self._number)])
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
    """The report's pages, laid out in one pass; "Page X of Y" and the
    contents' page numbers are written at the end (desktop.reports.late)."""

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
        self.heading_pages: dict[str, int] = {}
        self.late_forms = LateForms()
        self._progress = progress
        self._cancelled = cancelled
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

    def _on_progress(self, kind: str, value: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()
        if kind == "SIZE_EST":
            self._flowables = max(value, 1)
        elif kind == "PROGRESS" and self._progress is not None:
            self._progress(min(max(value, 0), self._flowables), self._flowables)

    def lay_out(self, story: list[Flowable]) -> None:
        """Lay out and write ``story``, consuming it: a flowable is let go of
        once drawn. Then the numbers known only now, then the file."""
        self._doSave = 0
        self.build(story, canvasmaker=CompressingCanvas)
        self.total_pages = self.page
        self.late_forms.write(self.canv)
        self.canv.save()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.heading_pages.setdefault(flowable.key, self.page)

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

        def page_of(form: Any) -> None:  # once the number of pages is known
            pages = self.ctx.formats.number(self.total_pages)
            label = self.ctx.labels("page_of", page=page, pages=pages)
            self._text(form, label, end, bottom, end_align, 8)

        self.late_forms.show(canvas, page_of)
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
    """Lay out cover, contents and ``body`` into ``fp``; returns the page count.

    ``body`` is consumed, and each flowable let go of once it is drawn: pass
    a generator (or a list nothing else holds), so that a long report never
    holds all its pages' flowables at once.
    """
    story: list[Flowable] = cover(ctx)
    story += [NextPageTemplate("body"), PageBreak()]
    kept = keep_headings(body)
    headings = [f for f in kept if isinstance(f, Heading)]
    # Contents only where there is more than one section to find.
    if sum(1 for h in headings if h.level <= 1) > 1:
        story += [
            TextBlock(ctx.labels("contents"), ctx.styles.heading_1),
            Contents(ctx, headings),
            PageBreak(),
        ]
    del headings
    story += kept
    del kept
    document = ReportDocument(fp, ctx, wide=wide, progress=progress, cancelled=cancelled)
    document.lay_out(story)
    if progress is not None:
        progress(1, 1)
    return int(document.total_pages)
