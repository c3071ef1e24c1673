"""One layout pass for a report of any length.

What is known only when the last page is laid out ("Page X of Y" in the
footer, the page numbers of the contents) is drawn as a named PDF form
XObject: a page shows the form where the text goes, and the form's content
is written once the whole document is laid out. The pages are therefore laid
out once, each page's flowables can be freed as soon as it is drawn, and a
page's content stream is compressed when the page ends: a long report holds
only compressed pages in memory, never its whole story laid out. When the
file is saved, each object goes to the file as it is formatted, rather than
the whole document's bytes being gathered first (FileWriter).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, BinaryIO

from reportlab.pdfbase import pdfdoc
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

    _spool: BinaryIO | None = None
    """The compressed content of the pages done, until the file is saved."""

    def showPage(self) -> None:
        super().showPage()
        page: Any = self._doc.Pages.pages[-1]
        stream = page.stream
        if not page.compression or not stream or page.Contents:
            return
        dictionary = PDFDictionary()
        dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
        if self._spool is None:
            # Closed when the document is saved (or with the canvas, when a build fails).
            self._spool = tempfile.TemporaryFile(prefix="nmrf-report-")  # noqa: SIM115
        encoded = PDFZCompress.encode(stream)
        at = self._spool.seek(0, io.SEEK_END)
        self._spool.write(encoded)
        contents = SpooledStream(dictionary, self._spool, at, len(encoded))
        contents.__Comment__ = "page stream"
        page.Contents = contents
        page.stream = None

    def save(self) -> None:
        """Save to the file given, each object written as it is formatted."""
        out = self._filename
        token = _WRITING_TO.set(out if callable(getattr(out, "write", None)) else None)
        try:
            super().save()
        finally:
            _WRITING_TO.reset(token)
            if self._spool is not None:
                self._spool.close()
                self._spool = None


class SpooledStream(PDFStream):  # type: ignore[misc]
    """A page's compressed content stream, kept in a temporary file from the
    page's end until the document is saved (formatted as a PDFStream is)."""

    content: bytes | None

    def __init__(self, dictionary: PDFDictionary, spool: BinaryIO, at: int, length: int) -> None:
        super().__init__(dictionary)
        self.spool, self.at, self.length = spool, at, length

    def format(self, document: Any) -> bytes:
        self.spool.seek(self.at)
        self.content = self.spool.read(self.length)
        try:
            return bytes(super().format(document))
        finally:
            self.content = None


_WRITING_TO: ContextVar[BinaryIO | None] = ContextVar("writing_to", default=None)
"""The file a CompressingCanvas is saving to, while it saves."""


class FileWriter(pdfdoc.PDFFile):  # type: ignore[misc]
    """ReportLab's collector of a document's formatted objects, which holds
    them all and joins them at the end (twice the file's size in memory). While
    a CompressingCanvas saves, it writes each one straight to that file
    instead; otherwise it is ReportLab's own."""

    offset: int

    def __init__(self, *args: Any) -> None:
        self._out = _WRITING_TO.get()
        super().__init__(*args)  # adds the header: the file's first bytes

    def add(self, s: Any) -> int:
        if self._out is None:
            return int(super().add(s))
        data = pdfdoc.pdfdocEnc(s)
        at = self.offset
        self.offset = at + len(data)
        self._out.write(data)
        return at

    def format(self, document: Any) -> bytes:
        if self._out is None:
            return bytes(super().format(document))
        return b""  # already written


# PDFDocument.format makes its collector by this name.
pdfdoc.PDFFile = FileWriter
