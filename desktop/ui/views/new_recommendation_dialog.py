"""Ctrl+N: enter a recommendation by hand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.choices import FilterChoices
from desktop.services.editing import RecommendationFields, create_recommendation
from desktop.ui.operations import Changes, Kind, WriteOperation, Written


class NewRecommendationDialog(QDialog):
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        choices: FilterChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recommendation"))
        self.session_factory = session_factory
        self.choices = choices
        self.created_id: int | None = None
        self.mechanism = QComboBox()
        for code, name in choices.mechanisms:
            self.mechanism.addItem(f"{code} — {name}", code)
        self.source = QComboBox()
        self.mechanism.currentIndexChanged.connect(self._offer_sources)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. 118.23"))
        self.text = QPlainTextEdit()
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Mechanism:"), self.mechanism)
        form.addRow(self.tr("Document:"), self.source)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Text:"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._offer_sources()
        self.resize(560, 360)

    def _offer_sources(self) -> None:
        code = self.mechanism.currentData()
        self.source.clear()
        self.source.addItem(self.tr("(no document)"), 0)
        for source_id, mechanism, symbol in self.choices.sources:
            if mechanism == code:
                self.source.addItem(symbol, source_id)

    def accept(self) -> None:
        """Create in the background; on failure the dialog stays open with what was typed."""
        factory, mechanism = self.session_factory, str(self.mechanism.currentData())
        fields = RecommendationFields(reference=self.reference.text(), text=self.text.toPlainText())
        source_id = self.source.currentData() or None

        def work() -> Written[int]:
            detail = create_recommendation(factory, mechanism, fields, source_id=source_id)
            return Written(detail.id, Changes.of(Kind.RECOMMENDATION, [detail.id]))

        WriteOperation(self, work, self._created).errors_in(self.message).run()

    def _created(self, rec_id: int) -> None:
        self.created_id = rec_id
        super().accept()
