"""Agencies › Send update forms…: write the update workbook (and its cover
letter) for one agency or for every agency with work assigned, into a folder,
in the background; each form is recorded as sent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import UN_LANGUAGES
from desktop.services.agencies import AgencyInfo
from desktop.services.database import Database
from desktop.services.forms.making import (
    FormRequest,
    SentForm,
    form_file_name,
    make_all_forms,
    make_form,
)
from desktop.ui import workers
from desktop.ui.error_text import error_text
from desktop.ui.i18n import LANGUAGE_NATIVE_NAMES, interface_language
from desktop.ui.views.date_field import OptionalDateEdit


class SendFormsDialog(QDialog):
    def __init__(
        self,
        database: Database,
        agencies: list[AgencyInfo],
        chosen: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.sent: list[SentForm] = []
        self.setWindowTitle(self.tr("Send update forms"))
        self.setMinimumWidth(560)
        self.agency = QComboBox()
        self.agency.addItem(self.tr("Every agency with work assigned"), None)
        for info in agencies:  # the directory lists live agencies only
            self.agency.addItem(info.data.name, info.id)
        if chosen is not None and self.agency.findData(chosen) >= 0:
            self.agency.setCurrentIndex(self.agency.findData(chosen))
        self.language = QComboBox()
        for code in UN_LANGUAGES:
            self.language.addItem(LANGUAGE_NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.deadline = OptionalDateEdit()
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("e.g. January–June 2026"))
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Language of the form"), self.language)
        form.addRow(self.tr("Return by"), self.deadline)
        form.addRow(self.tr("Reporting period"), self.period)
        form.addRow(self.tr("Folder"), folder_row)
        note = QLabel(
            self.tr(
                "Each agency gets a workbook of the recommendations and actions it leads or "
                "supports, with a cover letter, and the form is recorded as sent. Send them "
                "by e-mail; File › Import agency updates… takes the filled forms back in."
            )
        )
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Write the forms"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the forms"),
            self.folder.text(),
            QFileDialog.Option.DontUseNativeDialog,
        )
        if folder:
            self.folder.setText(folder)

    def make(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            self.message.setText(self.tr("Choose a folder that exists for the forms."))
            return
        request = FormRequest(
            language=str(self.language.currentData()),
            deadline=self.deadline.value(),
            period=self.period.text().strip(),
        )
        agency_id = self.agency.currentData()
        factory, today = self.database.session_factory, date.today()
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Writing the forms…"))

        def work() -> list[SentForm]:
            if agency_id is None:
                return make_all_forms(factory, folder, request, today)
            path = folder / form_file_name(self.agency.currentText())
            return [make_form(factory, int(agency_id), path, request, today, letter=True)]

        workers.run_task(work, self._made, self._failed)

    def _made(self, sent: list[SentForm]) -> None:
        self.sent = sent
        self.make_button.setEnabled(True)
        self.message.setText(
            self.tr("%n form(s) written to {folder}.", "", len(sent)).replace(
                "{folder}", self.folder.text()
            )
        )

    def _failed(self, exc: Exception) -> None:
        self.make_button.setEnabled(True)
        fields = {
            "--agency": self.tr("Agency"),
            "--lang": self.tr("Language of the form"),
            "--deadline": self.tr("Return by"),
        }
        self.message.setText(error_text(exc, fields))
