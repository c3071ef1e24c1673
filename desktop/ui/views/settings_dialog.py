"""Settings: the organisation's name, emblem and default report language
(stored in the database, shared by its users) and the interface language (per user)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError
from desktop.services.settings import (
    EMBLEM_MAX_BYTES,
    OrganisationSettings,
    check_emblem,
    load_emblem,
    load_settings,
    save_emblem,
    save_settings,
)
from desktop.ui import user_settings
from desktop.ui.i18n import isolated, language_choices
from desktop.ui.operations import Changes, Kind, WriteOperation, Written

IMAGE_FILTER = "PNG, JPEG (*.png *.jpg *.jpeg)"
EMBLEM_PREVIEW = 96
FIELDS = ("organisation_name", "emblem", "report_language")


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
        self.ui_language.setCurrentIndex(
            max(0, self.ui_language.findData(user_settings.ui_language()))
        )

        self.language_changed = False
        """Whether the interface language saved differs from the one before."""
        self.emblem_data = load_emblem(session_factory)
        self.emblem_changed = False
        self.emblem_preview = QLabel()
        self.emblem_preview.setObjectName("emblemPreview")
        self.emblem_preview.setFixedSize(EMBLEM_PREVIEW + 8, EMBLEM_PREVIEW + 8)
        self.emblem_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.emblem_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem_preview.setWordWrap(True)
        self.choose_emblem_button = QPushButton(self.tr("Choose image…"))
        self.choose_emblem_button.clicked.connect(lambda: self.choose_emblem())
        self.remove_emblem_button = QPushButton(self.tr("Remove"))
        self.remove_emblem_button.clicked.connect(self.remove_emblem)
        emblem_buttons = QVBoxLayout()
        emblem_buttons.addWidget(self.choose_emblem_button)
        emblem_buttons.addWidget(self.remove_emblem_button)
        emblem_buttons.addStretch()
        emblem_note = QLabel(self.tr("PNG or JPEG, at most 2 MB; printed on the reports' cover."))
        emblem_note.setWordWrap(True)
        emblem_buttons.addWidget(emblem_note)
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem_preview)
        emblem_row.addLayout(emblem_buttons, 1)
        self._show_emblem()

        form = QFormLayout()
        form.addRow(self.tr("Organisation name:"), self.organisation_name)
        form.addRow(self.tr("Organisation emblem:"), emblem_row)
        form.addRow(self.tr("Default report language:"), self.report_language)
        form.addRow(self.tr("Interface language:"), self.ui_language)
        note = QLabel(self.tr("The window reopens in the new interface language where it was."))
        note.setWordWrap(True)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    # -- the emblem ------------------------------------------------------------------
    def _show_emblem(self) -> None:
        pixmap = QPixmap()
        if self.emblem_data is not None and pixmap.loadFromData(self.emblem_data):
            self.emblem_preview.setPixmap(
                pixmap.scaled(
                    EMBLEM_PREVIEW,
                    EMBLEM_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.emblem_preview.setPixmap(QPixmap())
            self.emblem_preview.setText(self.tr("No emblem"))
        self.remove_emblem_button.setEnabled(self.emblem_data is not None)

    def choose_emblem(self, path: Path | None = None) -> bool:
        """Take the emblem from an image file (asked for when ``path`` is None);
        a file that is not a usable PNG or JPEG is refused with a message."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Organisation emblem"),
                "",
                IMAGE_FILTER,
                options=QFileDialog.Option.DontUseNativeDialog,
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            with path.open("rb") as fp:
                data = fp.read(EMBLEM_MAX_BYTES + 1)
        except OSError as exc:
            self._refuse_emblem(f"{path.name}: {exc.strerror or exc}")
            return False
        if len(data) > EMBLEM_MAX_BYTES:
            self._refuse_emblem(
                self.tr("{file}: the image is larger than 2 MB.").replace(
                    "{file}", isolated(path.name)
                )
            )
            return False
        try:
            check_emblem(data)
        except NmrfError as exc:
            self._refuse_emblem(f"{path.name}: {exc.message}")
            return False
        self.emblem_data, self.emblem_changed = data, True
        self._show_emblem()
        return True

    def remove_emblem(self) -> None:
        self.emblem_data, self.emblem_changed = None, True
        self._show_emblem()

    def _refuse_emblem(self, detail: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Organisation emblem"),
            self.tr("Organisation emblem: {problem}").replace("{problem}", detail),
        )

    def _field_name(self, where: str | None) -> str:
        return {
            "organisation_name": self.tr("Organisation name"),
            "emblem": self.tr("Organisation emblem"),
            "report_language": self.tr("Default report language"),
        }.get(where or "", where or "")

    # -- saving ------------------------------------------------------------------------
    def accept(self) -> None:
        """Save in the background; the dialog closes once saved."""
        wanted = OrganisationSettings(
            organisation_name=self.organisation_name.text(),
            report_language=str(self.report_language.currentData()),
        )
        factory, emblem_changed, emblem = (
            self.session_factory,
            self.emblem_changed,
            self.emblem_data,
        )

        def work() -> Written[None]:
            if emblem_changed and emblem is not None:
                check_emblem(emblem)  # before anything is saved
            save_settings(factory, wanted)
            if emblem_changed:
                save_emblem(factory, emblem)
            return Written(None, Changes.of(Kind.SETTINGS))

        fields = {key: self._field_name(key) for key in FIELDS}
        WriteOperation(self, work, self._saved).error_title(
            self.tr("Settings not saved")
        ).field_names(fields).disabling(self.buttons).run()

    def _saved(self, _none: None) -> None:
        self.emblem_changed = False
        language = str(self.ui_language.currentData() or "")
        self.language_changed = language != user_settings.ui_language()
        user_settings.set_ui_language(language)
        super().accept()
