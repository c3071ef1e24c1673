"""Settings: the organisation's name and default report language (stored in
the database, shared by its users) and the interface language (per user)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError
from desktop.services.settings import OrganisationSettings, load_settings, save_settings
from desktop.ui.i18n import language_choices

UI_LANGUAGE_KEY = "ui/language"


def user_settings() -> QSettings:
    """Per-user settings, in an INI file on every platform (easy to inspect and back up)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "NMRF Desk", "NMRF Desk"
    )


def saved_ui_language() -> str:
    """The interface language the user chose, or "" for the system's."""
    value = user_settings().value(UI_LANGUAGE_KEY, "")
    return str(value) if value else ""


class SettingsDialog(QDialog):
    def __init__(
        self, session_factory: sessionmaker[Session], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.session_factory = session_factory
        current = load_settings(session_factory)

        self.organisation_name = QLineEdit(current.organisation_name)
        self.organisation_name.setMaxLength(300)
        self.organisation_name.setPlaceholderText(self.tr("e.g. Ministry of Justice, NMRF"))
        self.report_language = QComboBox()
        for code, name in language_choices():
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(self.report_language.findData(current.report_language))
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("System default"), "")
        for code, name in language_choices():
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(saved_ui_language())))

        form = QFormLayout()
        form.addRow(self.tr("Organisation name:"), self.organisation_name)
        form.addRow(self.tr("Default report language:"), self.report_language)
        form.addRow(self.tr("Interface language:"), self.ui_language)
        note = QLabel(self.tr("A new interface language takes effect when NMRF Desk restarts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        wanted = OrganisationSettings(
            organisation_name=self.organisation_name.text(),
            report_language=str(self.report_language.currentData()),
        )
        try:
            save_settings(self.session_factory, wanted)
        except NmrfError as exc:
            QMessageBox.warning(self, self.tr("Settings not saved"), str(exc))
            return
        user_settings().setValue(UI_LANGUAGE_KEY, self.ui_language.currentData())
        super().accept()
