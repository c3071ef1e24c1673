"""Import recommendations: choose one file or several → their detected formats
and a preview of the first rows as they will be stored, with the counts of
new, updated, unchanged and rejected rows (in all and per file; each rejected
row with its file, number and reason) → confirm → the import runs in the
background (progress, Cancel) → a summary. Several files are imported
together: one backup, one transaction, all of them or none.

Preview and import are the same service call (a dry run first), so the
counts shown are the counts that will be applied."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.importing.detect import detect_format
from desktop.services.importing.mapped import MappingProfile, list_profiles
from desktop.services.importing.reader_process import end_spare_readers, prepare_readers
from desktop.services.importing.records import ImportFormat, OtherTypes
from desktop.services.importing.service import ImportCancelled, ImportSummary, import_files
from desktop.ui import workers
from desktop.ui.error_text import error_text
from desktop.ui.views.import_chooser import FileChooser
from desktop.ui.views.import_file_results import files_summary_html
from desktop.ui.views.import_preview_page import ImportPreviewPage
from desktop.ui.views.import_results import format_label
from desktop.ui.views.import_types import other_types_combo


@dataclass
class _NeedsMapping:
    """What the preview task returns when a file is a spreadsheet in no official
    format: the column mapping is chosen on the first such file."""

    path: Path


@dataclass
class _Previewed:
    """The files previewed and how they were read: the import reads them the same way."""

    paths: list[Path]
    fmt: ImportFormat | None
    mapping: MappingProfile | None
    summaries: list[ImportSummary]


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
        self.preview_summaries: list[ImportSummary] = []
        self.import_summaries: list[ImportSummary] = []
        self._previewed: _Previewed | None = None
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
        # Large files are read in processes of their own: started as soon as the
        # files are chosen (and again once previewed), so that the preview and
        # the import need not wait for them; those not needed end with the dialog.
        self._closed = False
        self.chooser.chosen.connect(lambda: self._readers_ahead(self.chooser.paths()))
        self.finished.connect(self._ended)

    # -- pages ---------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.chooser = FileChooser()
        self.path_edit = self.chooser.path_edit
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
        self.columns_button.clicked.connect(lambda: self.choose_columns())
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_combo, 1)
        mapping_row.addWidget(self.columns_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.chooser)
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
            + " "
            + self.tr(
                "Several files chosen together (Browse…) are imported in one go: one "
                "preview, one backup, and all of them or none."
            )
        )
        help_text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addStretch()
        return page

    def _preview_page(self) -> QWidget:
        page = ImportPreviewPage()
        self.preview_heading = page.heading
        self.files_table = page.files_table
        self.types_text = page.types_text
        self.preview_table = page.preview_table
        self.rejected_heading = page.rejected_heading
        self.rejected_table = page.rejected_table
        self.created_text = page.created_text
        self.preview_page = page
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_text = QLabel()
        self.summary_text.setObjectName("summaryText")
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Many files make a long summary: it scrolls rather than stretch the dialog.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_text)
        layout.addStretch()
        return scroll

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.next_button.setText([self.tr("Preview"), self.tr("Import"), self.tr("Close")][step])
        self.cancel_button.setVisible(step < 2)
        self._mapping_chosen()

    # -- choosing ------------------------------------------------------------------
    def browse(self) -> None:
        self.chooser.browse()

    def set_path(self, path: Path) -> None:
        self.chooser.set_paths([path])

    def set_paths(self, paths: Sequence[Path]) -> None:
        self.chooser.set_paths(paths)

    def _mapping_chosen(self) -> None:
        chosen = self.mapping_combo.currentData()
        if isinstance(chosen, MappingProfile):
            self.mapping = chosen

    def choose_columns(self, path: Path | None = None) -> bool:
        """Open the column-mapping dialog for ``path`` (by default the first file
        chosen); True when a mapping was set. It applies to every file."""
        from desktop.ui.views.mapping_dialog import MappingDialog

        if path is None:
            paths = self._paths()
            if not paths:
                return False
            path = paths[0]
        dialog = MappingDialog(
            path, self.database.session_factory, self.mechanisms, self.mapping, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.mapping = dialog.profile()
        return True

    def _paths(self) -> list[Path]:
        paths = self.chooser.paths()
        if not paths:
            self._show_error(self.tr("Choose a file to import."))
        return paths

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
        paths = self._paths()
        if not paths:
            return
        chosen = self.format_combo.currentData()
        fmt = chosen if isinstance(chosen, ImportFormat) else None
        database, mapping = self.database, self.mapping
        other_types = OtherTypes(self.other_types_combo.currentData())

        def work(report: Callable[[int], None]) -> _Previewed | _NeedsMapping:
            if mapping is None:
                for path in paths:
                    if (fmt or detect_format(path)) is ImportFormat.MAPPED:
                        return _NeedsMapping(path)
            summaries = import_files(
                database,
                paths,
                fmt=fmt,
                mapping=mapping,
                dry_run=True,
                other_types=other_types,
                progress=lambda done, total: report(done * 100 // max(total, 1)),
                cancelled=self._cancel.is_set,
            )
            return _Previewed(paths, fmt, mapping, summaries)

        self._start(work, self._show_preview)

    def _show_preview(self, result: _Previewed | _NeedsMapping) -> None:
        if isinstance(result, _NeedsMapping):
            if self.choose_columns(result.path):
                self.preview()
            return
        self._previewed = result
        self._readers_ahead(result.paths)  # for the import, while the preview is read
        self.preview_summaries = result.summaries
        self.preview_page.show_summaries(result.summaries)
        self._show_step(1)

    def run_import(self) -> None:
        previewed = self._previewed
        if previewed is None:
            return
        paths, database, mapping = previewed.paths, self.database, previewed.mapping
        # The files are read as previewed: in the format chosen, or in the one the
        # preview found when all share it; else each one's is found again.
        formats = {summary.format for summary in previewed.summaries}
        fmt = previewed.fmt or (formats.pop() if len(formats) == 1 else None)
        other_types = previewed.summaries[0].other_types  # as previewed

        def work(report: Callable[[int], None]) -> list[ImportSummary]:
            return import_files(
                database,
                paths,
                fmt=fmt,
                mapping=mapping,
                other_types=other_types,
                progress=lambda done, total: report(done * 100 // max(total, 1)),
                cancelled=self._cancel.is_set,
            )

        self._start(work, self._imported)

    def _imported(self, summaries: list[ImportSummary]) -> None:
        self.import_summaries = summaries
        self.summary_text.setText(files_summary_html(summaries))
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

    def _readers_ahead(self, paths: Sequence[Path]) -> None:
        if not self._closed:  # a preview that ends after the dialog closed needs none
            prepare_readers(paths)

    def _ended(self) -> None:
        self._closed = True
        end_spare_readers()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
