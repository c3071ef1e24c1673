"""Beside a recommendation in the register, read-only: what its source
document says besides recommendations (concerns and observations, positive
aspects ...), as kept by the UHRI import. These paragraphs are not
recommendations and are counted nowhere."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.services.database import Database
from desktop.services.document_context import ContextItem, context_of_recommendation
from desktop.ui.bidi import strong_direction
from desktop.ui.error_text import error_text
from desktop.ui.operations import LatestOnly, ReadOperation


def _paragraph_html(item: ContextItem) -> str:
    # Each paragraph in its own text's direction, whatever the interface's.
    rtl = strong_direction(item.text) == Qt.LayoutDirection.RightToLeft
    direction = "rtl" if rtl else "ltr"
    return (
        f'<p dir="{direction}"><b>{escape(item.reference)}</b> · '
        f"<i>{escape(item.annotation_type)}</i><br>{escape(item.text)}</p>"
    )


class DocumentContextPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.items: list[ContextItem] = []
        self._latest = LatestOnly()
        self.heading = QLabel()
        self.heading.setObjectName("contextHeading")
        self.heading.setWordWrap(True)
        self.paragraphs = QTextBrowser()
        self.paragraphs.setObjectName("contextParagraphs")
        self.paragraphs.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.paragraphs, 1)
        self._show()

    def set_database(self, database: Database) -> None:
        self.database = database

    def load(self, recommendation_id: int | None) -> None:
        if recommendation_id is None or self.database is None:
            self._latest.drop_pending()
            self._loaded([])
            return
        factory = self.database.session_factory
        ReadOperation(
            self, lambda: context_of_recommendation(factory, recommendation_id), self._loaded
        ).latest(self._latest).on_error(lambda exc: self.heading.setText(error_text(exc))).run()

    def _loaded(self, items: list[ContextItem]) -> None:
        self.items = items
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_heading()

    def _fit_heading(self) -> None:
        # A tab page does not pass height-for-width on: the wrapped heading
        # would be cut to one line.
        self.heading.setMinimumHeight(self.heading.heightForWidth(max(self.heading.width(), 1)))

    def _show(self) -> None:
        if self.items:
            heading = self.tr(
                "%n paragraph(s) of the same document that are not recommendations "
                "(concerns and observations, positive aspects …). They are not counted "
                "anywhere.",
                "",
                len(self.items),
            )
        else:
            heading = self.tr(
                "The source document has no other paragraphs kept: its import gave "
                "only recommendations, or its other types were skipped."
            )
        self.heading.setText(heading)
        self._fit_heading()
        self.paragraphs.setHtml("".join(_paragraph_html(item) for item in self.items))
