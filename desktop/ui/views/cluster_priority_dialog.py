"""Set a theme cluster's priority and the reason for it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import Priority
from desktop.ui.i18n import priority_label


class ClusterPriorityDialog(QDialog):
    def __init__(
        self,
        cluster: str,
        priority: Priority | None,
        rationale: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Priority of “{cluster}”").replace("{cluster}", cluster))
        self.priority = QComboBox()
        self.priority.setObjectName("clusterPriority")
        self.priority.addItem("—", None)
        for value in Priority:
            self.priority.addItem(priority_label(value.value), value)
        self.priority.setCurrentIndex(max(0, self.priority.findData(priority)))
        self.rationale = QPlainTextEdit(rationale)
        self.rationale.setObjectName("clusterRationale")
        self.rationale.setPlaceholderText(
            self.tr("Why: e.g. the next review, the budget cycle, the gravity of the situation")
        )
        form = QFormLayout()
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Rationale"), self.rationale)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def value(self) -> tuple[Priority | None, str]:
        return self.priority.currentData(), self.rationale.toPlainText()
