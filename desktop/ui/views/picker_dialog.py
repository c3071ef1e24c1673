"""Pick several values from a long list (themes, SDG targets, agencies), with
a box that narrows the list as you type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.collation import SEARCH_ROLE, item_matches


class PickerDialog(QDialog):
    def __init__(
        self,
        title: str,
        choices: Sequence[tuple[int, str]],
        checked: Sequence[int],
        parent: QWidget | None = None,
        other_names: Mapping[int, str] = {},
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.list = QListWidget()
        ticked = set(checked)
        for value, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setData(SEARCH_ROLE, other_names.get(value, ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.filter.textChanged.connect(self._narrow)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def _narrow(self, text: str) -> None:
        wanted = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not item_matches(item, wanted))

    def checked(self) -> tuple[int, ...]:
        return tuple(
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    @classmethod
    def pick(
        cls,
        parent: QWidget,
        title: str,
        choices: Sequence[tuple[int, str]],
        checked: Sequence[int],
        other_names: Mapping[int, str] = {},
    ) -> tuple[int, ...] | None:
        """The ticked values, or None when the user cancelled; typed text finds
        a value by its label or its ``other_names`` entry."""
        dialog = cls(title, choices, checked, parent, other_names)
        return dialog.checked() if dialog.exec() else None
