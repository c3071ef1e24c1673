"""Record progress on an action or a recommendation: date, new status,
narrative, reporting agency and person, evidence files."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import NmrfError
from desktop.services.attachments import NewAttachment, read_attachment_file
from desktop.services.progress import ProgressEntry
from desktop.ui.error_text import error_text
from desktop.ui.operations import Changes, Kind, WriteOperation, Written
from desktop.ui.views.date_field import OptionalDateEdit, today

Saver = Callable[[ProgressEntry, date], object]
"""Records the entry (given today's date); raises NmrfError when it cannot."""


class ProgressDialog(QDialog):
    def __init__(
        self,
        title: str,
        statuses: Sequence[tuple[str, str]],
        agencies: Sequence[tuple[int, str]],
        save: Saver,
        parent: QWidget | None = None,
        current_status: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.attachments: list[NewAttachment] = []
        self.reported_on = OptionalDateEdit(optional=False)
        self.reported_on.setObjectName("reportedOn")
        self.reported_on.setMaximumDate(QDate.currentDate())
        self.status = QComboBox()
        self.status.setObjectName("newStatus")
        self.status.addItem(self.tr("(no change)"), None)
        for code, label in statuses:
            shown = label if code != current_status else self.tr("{label} (current)")
            self.status.addItem(shown.replace("{label}", label), code)
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("narrative")
        self.narrative.setPlaceholderText(self.tr("What happened, with references to evidence"))
        self.agency = QComboBox()
        self.agency.setObjectName("reportingAgency")
        self.agency.addItem("—", None)
        for agency_id, name in agencies:
            self.agency.addItem(name, agency_id)
        self.reporter = QLineEdit()
        self.reporter.setObjectName("reporter")
        self.files = QListWidget()
        self.files.setObjectName("evidenceFiles")
        self.files.setMaximumHeight(90)
        add = QPushButton(self.tr("Attach evidence…"))
        add.setObjectName("attachEvidence")
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_file)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("progressError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.reported_on)
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Narrative"), self.narrative)
        form.addRow(self.tr("Reporting agency"), self.agency)
        form.addRow(self.tr("Reported by"), self.reporter)
        form.addRow(self.tr("Evidence"), self.files)
        form.addRow("", _wrap(file_buttons))
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def entry(self) -> ProgressEntry:
        return ProgressEntry(
            reported_on=self.reported_on.value() or today(),
            narrative=self.narrative.toPlainText(),
            new_status=self.status.currentData(),
            agency_id=self.agency.currentData(),
            reporter=self.reporter.text(),
            attachments=tuple(self.attachments),
        )

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            try:
                attachment = read_attachment_file(path)
            except NmrfError as exc:
                self.error.setText(error_text(exc))
                continue
            self.attachments.append(attachment)
            size = QLocale().formattedDataSize(attachment.size)
            item = QListWidgetItem(f"{attachment.file_name} ({size})")
            item.setToolTip(f"SHA-256 {attachment.sha256}")
            self.files.addItem(item)

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            del self.attachments[row]

    def save(self) -> None:
        """Record the update in the background; it may change the status of the
        action or recommendation, so both kinds are reported changed."""
        save, entry, day = self._save, self.entry(), today()

        def work() -> Written[None]:
            save(entry, day)
            return Written(None, Changes.of(Kind.ACTION) | Changes.of(Kind.RECOMMENDATION))

        WriteOperation(self, work, lambda _none: self.accept()).errors_in(
            self.error, _field_names()
        ).disabling(self.buttons).run()


def _field_names() -> dict[str, str]:
    return {
        "reported_on": QCoreApplication.translate("ProgressDialog", "Date"),
        "new_status": QCoreApplication.translate("ProgressDialog", "New status"),
        "narrative": QCoreApplication.translate("ProgressDialog", "Narrative"),
        "reporter": QCoreApplication.translate("ProgressDialog", "Reported by"),
        "agency_id": QCoreApplication.translate("ProgressDialog", "Reporting agency"),
    }


def _wrap(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
