"""One layout pass for a report of any length.

What is known only when the last page is laid out ("Page X of Y" in the
footer, the page numbers of the contents) is drawn as a named PDF form
XObject: a page shows the form where the text goes, and the form's content
is written once the whole document is laid out. The pages are therefore laid
out once, each page's flowables can be freed as soon as it is drawn, and a
page's content stream is compressed when the page ends: a long report holds
only compressed pages in memory, never its whole story laid out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.reports.flowables import TextBlock, TextStyle

LateDrawing = Callable[[Canvas], None]
"""Draws a form's content on the canvas, in the coordinates of the place that shows it."""


class LateForms:
    """The forms shown before their content is known, and how to draw each."""

    def __init__(self) -> None:
        self._drawings: dict[str, LateDrawing] = {}

    def show(self, canvas: Canvas, drawing: LateDrawing) -> None:
        """Show a new form here; ``drawing`` makes its content at the end."""
        name = f"late{len(self._drawings)}"
        canvas.doForm(name)
        self._drawings[name] = drawing

    def write(self, canvas: Canvas) -> None:
        """Make every form shown (after the last page, before saving)."""
        for name, drawing in self._drawings.items():
            canvas.beginForm(name)
            drawing(canvas)
            canvas.endForm()
        self._drawings.clear()


class PageNumber(Flowable):  # type: ignore[misc]
    """The page on which the heading ``key`` was printed, as a line of text in
    ``style`` (a line of the contents): its place is kept while the pages are
    laid out, the number written at the end. The document keeps the pages of
    its headings in ``heading_pages`` and its forms in ``late_forms``."""

    def __init__(self, key: str, style: TextStyle, text_of: Callable[[int | None], str]) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.text_of = text_of

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # One line, as the number's TextBlock will be.
        self.width = avail_width
        self.height = self.style.leading
        return avail_width, self.height

    def draw(self) -> None:
        document = self.canv._doctemplate
        width, key, style, text_of = self.width, self.key, self.style, self.text_of

        def drawing(canvas: Canvas) -> None:
            block = TextBlock(text_of(document.heading_pages.get(key)), style)
            block.wrap(width, 1e6)
            block.drawOn(canvas, 0, 0)

        document.late_forms.show(self.canv, drawing)


class CompressingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that compresses each page's content stream (Flate) as the page
    ends, instead of holding every page's stream until the file is written."""

    def showPage(self) -> None:
        super().showPage()
        page: Any = self._doc.Pages.pages[-1]
        stream = page.stream
        if not page.compression or not stream or page.Contents:
            return
        dictionary = PDFDictionary()
        dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
        contents = PDFStream(dictionary, PDFZCompress.encode(stream))
        contents.__Comment__ = "page stream"
        page.Contents = contents
        page.stream = None
