"""Export recommendations to XLSX or CSV: the selection, everything matching
the register's filter, or every recommendation; in the background, with
progress and Cancel (a cancelled export leaves no file)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.exporting import ExportCancelled, ExportResult, export_recommendations
from desktop.services.register import RegisterFilter
from desktop.ui import workers
from desktop.ui.error_text import error_text

FILE_FILTER = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"


class ExportDialog(QDialog):
    def __init__(
        self,
        database: Database,
        current_filter: RegisterFilter,
        filter_count: int,
        selected_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.current_filter = current_filter
        self.selected_ids = list(selected_ids)
        self.export_result: ExportResult | None = None
        self._cancel = threading.Event()
        self._running = False
        self.setWindowTitle(self.tr("Export recommendations"))
        self.setMinimumWidth(640)

        number = QLocale().toString
        self.scope_selection = QRadioButton(
            self.tr("The selected recommendations ({count})").replace(
                "{count}", number(len(self.selected_ids))
            )
        )
        self.scope_filter = QRadioButton(
            self.tr("Everything the register shows now ({count})").replace(
                "{count}", number(filter_count)
            )
        )
        self.scope_all = QRadioButton(self.tr("Every recommendation (not the archive)"))
        self.scopes = QButtonGroup(self)
        for button in (self.scope_selection, self.scope_filter, self.scope_all):
            self.scopes.addButton(button)
        self.scope_selection.setEnabled(bool(self.selected_ids))
        (self.scope_selection if len(self.selected_ids) > 1 else self.scope_filter).setChecked(True)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("recommendations.xlsx or .csv"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        note = QLabel(
            self.tr(
                "An Excel workbook holds the recommendations with every field, and sheets "
                "for agencies, assignments, focal points and clusters; a CSV file (UTF-8, "
                "for Excel) holds the recommendations. Cells that a spreadsheet would take "
                "for a formula are written as text."
            )
        )
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What to export:")))
        for button in (self.scope_selection, self.scope_filter, self.scope_all):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def browse(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export recommendations"),
            "recommendations.xlsx",
            FILE_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            if not Path(path).suffix:
                path += ".csv" if "csv" in chosen else ".xlsx"
            self.path_edit.setText(path)

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._show(self.tr("Choose the file to write."), error=True)
            return
        path = Path(text)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            self._show(self.tr("The file name must end in .xlsx or .csv."), error=True)
            return
        factory = self.database.session_factory
        ids: list[int] | None = None
        filt: RegisterFilter | None = None
        if self.scope_selection.isChecked():
            ids = self.selected_ids
        elif self.scope_filter.isChecked():
            filt = self.current_filter
        else:
            filt = RegisterFilter()

        def work(report: Callable[[int], None]) -> ExportResult:
            return export_recommendations(
                factory,
                path,
                filt=filt,
                ids=ids,
                progress=lambda done, total: report(done * 100 // max(total, 1)),
                cancelled=self._cancel.is_set,
            )

        self._cancel.clear()
        self._running = True
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self._show("")
        workers.run_task(work, self._done, self._failed, self.progress.setValue)

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
        else:
            self.accept() if self.export_result is not None else self.reject()

    def _stopped(self) -> None:
        self._running = False
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _done(self, result: ExportResult) -> None:
        self._stopped()
        self.export_result = result
        self._show(
            self.tr("Exported {count} recommendations to {path}")
            .replace("{count}", QLocale().toString(result.recommendations))
            .replace("{path}", str(result.path))
        )

    def _failed(self, exc: Exception) -> None:
        self._stopped()
        if isinstance(exc, ExportCancelled):
            self._show(self.tr("Cancelled. No file was written."), error=True)
        else:
            self._show(error_text(exc), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)
