"""The import dialog's preview page: the heading with the counts, for several
files a table of them (format and counts of each), the annotation types, the
first rows as they will be stored, the rejected rows and the names created.
The rows of several files say which file they come from (a File column shown
only then). Its strings keep the dialog's translation context."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from desktop.services.importing.service import ImportSummary
from desktop.ui.bidi import ContentDirectionDelegate
from desktop.ui.views.import_file_results import (
    combined,
    files_heading,
    files_preview_rows,
    files_rejected_rows,
    files_rejected_tooltips,
    per_file_headers,
    per_file_rows,
)
from desktop.ui.views.import_results import (
    created_html,
    fill_table,
    rejected_heading,
    results_table,
)
from desktop.ui.views.import_types import types_html

translate = QCoreApplication.translate
FILES_SHOWN = 6
"""Rows of the table of files shown without scrolling."""


class ImportPreviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("previewHeading")
        self.heading.setWordWrap(True)
        self.files_table = results_table(per_file_headers())
        self.files_table.setObjectName("previewFiles")
        self.files_table.setItemDelegate(ContentDirectionDelegate(self.files_table))
        self.files_table.setColumnWidth(0, 220)
        self.files_table.setColumnWidth(1, 220)
        self.files_table.hide()
        self.types_text = QLabel()
        self.types_text.setObjectName("typesText")
        self.types_text.setWordWrap(True)
        self.preview_table = results_table(
            [
                translate("ImportDialog", "Row"),
                translate("ImportDialog", "Reference"),
                translate("ImportDialog", "Mechanism"),
                translate("ImportDialog", "Document"),
                translate("ImportDialog", "Text"),
                translate("ImportDialog", "Response"),
                translate("ImportDialog", "Recommending States"),
                translate("ImportDialog", "File"),
            ]
        )
        self.preview_table.setItemDelegate(ContentDirectionDelegate(self.preview_table))
        self.preview_table.setColumnWidth(1, 90)
        self.preview_table.setColumnWidth(4, 420)
        self.rejected_table = results_table(
            [
                translate("ImportDialog", "Row"),
                translate("ImportDialog", "Column"),
                translate("ImportDialog", "Reason"),
                translate("ImportDialog", "File"),
            ]
        )
        self.rejected_table.setColumnWidth(1, 160)
        for table in (self.preview_table, self.rejected_table):
            # The file comes first on screen; it is the last column in the model,
            # so that the other columns keep their numbers with one file or several.
            table.horizontalHeader().moveSection(table.columnCount() - 1, 0)
            table.setColumnWidth(table.columnCount() - 1, 160)
        self.rejected_heading = QLabel()
        self.created_text = QLabel()
        self.created_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.files_table)
        layout.addWidget(self.types_text)
        layout.addWidget(
            QLabel(translate("ImportDialog", "The first rows as they will be stored:"))
        )
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(self.rejected_heading)
        layout.addWidget(self.rejected_table, 2)
        layout.addWidget(self.created_text)

    def show_summaries(self, summaries: Sequence[ImportSummary]) -> None:
        """Fill the page with a dry run's summaries, one per file."""
        several = len(summaries) > 1
        total = combined(summaries)
        self.heading.setText(files_heading(summaries))
        fill_table(self.files_table, per_file_rows(summaries) if several else [])
        self._fit_height(self.files_table, min(len(summaries), FILES_SHOWN))
        self.files_table.setVisible(several)
        self.types_text.setText(types_html(total, done=False))
        self.types_text.setVisible(bool(self.types_text.text()))
        for table in (self.preview_table, self.rejected_table):
            table.setColumnHidden(table.columnCount() - 1, not several)
        # The text narrower when the File column takes its place on screen.
        self.preview_table.setColumnWidth(4, 300 if several else 420)
        fill_table(self.preview_table, files_preview_rows(summaries))
        self.rejected_heading.setText(rejected_heading(total))
        fill_table(
            self.rejected_table,
            files_rejected_rows(summaries),
            files_rejected_tooltips(summaries),
        )
        self.created_text.setText(created_html(total))

    @staticmethod
    def _fit_height(table: QTableWidget, rows: int) -> None:
        header = table.horizontalHeader().sizeHint().height()
        row = table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(header + row * max(rows, 1) + 2 * table.frameWidth() + 2)
