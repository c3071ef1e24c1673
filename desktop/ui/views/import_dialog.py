"""Import recommendations: choose a file → its detected format and a preview of
the first rows as they will be stored, with the counts of new, updated,
unchanged and rejected rows (each rejected row with its number and reason) →
confirm → the import runs in the background (progress, Cancel) → a summary.

Preview and import are the same service call (a dry run first), so the
counts shown are the counts that will be applied."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.importing.detect import detect_format
from desktop.services.importing.mapped import MappingProfile, list_profiles
from desktop.services.importing.records import ImportFormat, OtherTypes
from desktop.services.importing.service import ImportCancelled, ImportSummary, import_file
from desktop.ui import workers
from desktop.ui.bidi import ContentDirectionDelegate
from desktop.ui.error_text import error_text
from desktop.ui.views.import_results import (
    created_html,
    fill_table,
    format_label,
    preview_heading,
    preview_rows,
    rejected_heading,
    rejected_rows,
    rejected_tooltips,
    results_table,
    summary_html,
)
from desktop.ui.views.import_types import other_types_combo, types_html

FILE_FILTER = "Recommendations (*.xlsx *.csv *.docx *.txt);;All files (*)"


class _NeedsMapping:
    """What the preview task returns for a spreadsheet in no official format."""


class ImportDialog(QDialog):
    imported = Signal()
    """The database changed: views should reload."""

    def __init__(
        self,
        database: Database,
        mechanisms: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.mechanisms = mechanisms
        self.mapping: MappingProfile | None = None
        self.preview_summary: ImportSummary | None = None
        self.import_summary: ImportSummary | None = None
        self._cancel = threading.Event()
        self._running = False
        self.setWindowTitle(self.tr("Import recommendations"))
        self.setMinimumSize(960, 620)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._summary_page())

        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Preview"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_step(0)

    # -- pages ---------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Detect from the file"), None)
        for fmt in ImportFormat:
            self.format_combo.addItem(format_label(fmt), fmt)
        self.mapping_combo = QComboBox()
        self.mapping_combo.addItem(self.tr("(choose the columns)"), None)
        for profile in list_profiles(self.database.session_factory):
            self.mapping_combo.addItem(profile.name, profile)
        self.mapping_combo.currentIndexChanged.connect(self._mapping_chosen)
        self.columns_button = QPushButton(self.tr("Columns…"))
        self.columns_button.clicked.connect(self.choose_columns)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_combo, 1)
        mapping_row.addWidget(self.columns_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Column mapping:"), mapping_row)
        self.other_types_combo = other_types_combo()
        form.addRow(self.tr("Other annotation types:"), self.other_types_combo)
        help_text = QLabel(
            self.tr(
                "UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info "
                "exports are recognised from their content. Any other spreadsheet is "
                "imported through a column mapping. Nothing is written until you confirm "
                "after the preview; a verified backup is taken first."
            )
        )
        help_text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addStretch()
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_heading = QLabel()
        self.preview_heading.setObjectName("previewHeading")
        self.preview_heading.setWordWrap(True)
        self.types_text = QLabel()
        self.types_text.setObjectName("typesText")
        self.types_text.setWordWrap(True)
        self.preview_table = results_table(
            [
                self.tr("Row"),
                self.tr("Reference"),
                self.tr("Mechanism"),
                self.tr("Document"),
                self.tr("Text"),
                self.tr("Response"),
                self.tr("Recommending States"),
            ]
        )
        self.preview_table.setItemDelegate(ContentDirectionDelegate(self.preview_table))
        self.preview_table.setColumnWidth(1, 90)
        self.preview_table.setColumnWidth(4, 420)
        self.rejected_table = results_table([self.tr("Row"), self.tr("Column"), self.tr("Reason")])
        self.rejected_table.setColumnWidth(1, 160)
        self.created_text = QLabel()
        self.created_text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.types_text)
        layout.addWidget(QLabel(self.tr("The first rows as they will be stored:")))
        layout.addWidget(self.preview_table, 3)
        self.rejected_heading = QLabel()
        layout.addWidget(self.rejected_heading)
        layout.addWidget(self.rejected_table, 2)
        layout.addWidget(self.created_text)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_text = QLabel()
        self.summary_text.setObjectName("summaryText")
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_text)
        layout.addStretch()
        return page

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.next_button.setText([self.tr("Preview"), self.tr("Import"), self.tr("Close")][step])
        self.cancel_button.setVisible(step < 2)
        self._mapping_chosen()

    # -- choosing ------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import recommendations"),
            "",
            FILE_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.path_edit.setText(path)

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def _mapping_chosen(self) -> None:
        chosen = self.mapping_combo.currentData()
        if isinstance(chosen, MappingProfile):
            self.mapping = chosen

    def choose_columns(self) -> bool:
        """Open the column-mapping dialog for the chosen file; True when a mapping was set."""
        from desktop.ui.views.mapping_dialog import MappingDialog

        path = self._path()
        if path is None:
            return False
        dialog = MappingDialog(
            path, self.database.session_factory, self.mechanisms, self.mapping, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.mapping = dialog.profile()
        return True

    def _path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            self._show_error(self.tr("Choose a file to import."))
            return None
        return Path(text)

    # -- running -------------------------------------------------------------------
    def next_step(self) -> None:
        step = self.pages.currentIndex()
        if step == 0:
            self.preview()
        elif step == 1:
            self.run_import()
        else:
            self.accept()

    def back(self) -> None:
        self._show_step(0)

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
        else:
            self.reject()

    def preview(self) -> None:
        path = self._path()
        if path is None:
            return
        chosen = self.format_combo.currentData()
        fmt = chosen if isinstance(chosen, ImportFormat) else None
        database, mapping = self.database, self.mapping
        other_types = OtherTypes(self.other_types_combo.currentData())

        def work(report: Callable[[int], None]) -> ImportSummary | _NeedsMapping:
            found = fmt or detect_format(path)
            if found is ImportFormat.MAPPED and mapping is None:
                return _NeedsMapping()
            return import_file(
                database,
                path,
                fmt=found,
                mapping=mapping,
                dry_run=True,
                other_types=other_types,
                progress=lambda done, total: report(done * 100 // max(total, 1)),
                cancelled=self._cancel.is_set,
            )

        self._start(work, self._previewed)

    def _previewed(self, result: ImportSummary | _NeedsMapping) -> None:
        if isinstance(result, _NeedsMapping):
            if self.choose_columns():
                self.preview()
            return
        self.preview_summary = result
        self._fill_preview(result)
        self._show_step(1)

    def run_import(self) -> None:
        summary = self.preview_summary
        if summary is None:
            return
        path = self._path()
        if path is None:
            return
        database, mapping, fmt = self.database, self.mapping, summary.format
        other_types = summary.other_types  # as previewed

        def work(report: Callable[[int], None]) -> ImportSummary:
            return import_file(
                database,
                path,
                fmt=fmt,
                mapping=mapping,
                other_types=other_types,
                progress=lambda done, total: report(done * 100 // max(total, 1)),
                cancelled=self._cancel.is_set,
            )

        self._start(work, self._imported)

    def _imported(self, summary: ImportSummary) -> None:
        self.import_summary = summary
        self.summary_text.setText(summary_html(summary))
        self._show_step(2)
        self.imported.emit()

    def _start(self, work: Callable[..., object], on_done: Callable[..., None]) -> None:
        self._cancel.clear()
        self._running = True
        self.error.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)

        def done(result: object) -> None:
            self._stopped()
            on_done(result)

        workers.run_task(work, done, self._failed, self.progress.setValue)

    def _stopped(self) -> None:
        self._running = False
        self.progress.hide()
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self._stopped()
        if isinstance(exc, ImportCancelled):
            self._show_error(self.tr("Cancelled. Nothing was changed."))
        else:
            self._show_error(error_text(exc))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- showing results (import_results) ----------------------------------------------
    def _fill_preview(self, summary: ImportSummary) -> None:
        self.preview_heading.setText(preview_heading(summary))
        self.types_text.setText(types_html(summary, done=False))
        self.types_text.setVisible(bool(self.types_text.text()))
        fill_table(self.preview_table, preview_rows(summary))
        self.rejected_heading.setText(rejected_heading(summary))
        fill_table(self.rejected_table, rejected_rows(summary), rejected_tooltips(summary))
        self.created_text.setText(created_html(summary))
