"""Two read-only tables of the Plans page: clusters by priority and status,
and costs per lead agency and currency."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.vocab import ImplementationStatus
from desktop.services.plan_matrix import MatrixRow
from desktop.services.plan_view import NO_ESTIMATE, AgencyCost
from desktop.ui.i18n import priority_label, status_label
from desktop.ui.views.amounts import format_amount

_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(QLocale().toString(value) if value else "")
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setTextAlignment(_NUMBER)
    return item


class MatrixTable(QTableWidget):
    """Theme clusters (grouped by priority) × implementation status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            self.tr("Theme cluster"),
            self.tr("Priority"),
            *(status_label(s.value) for s in ImplementationStatus),
            self.tr("Total"),
        ]
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels(columns)
        self.setObjectName("priorityMatrix")
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            self.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.setWordWrap(False)

    def show_rows(self, rows: Sequence[MatrixRow]) -> None:
        self.setRowCount(len(rows))
        for row, data in enumerate(rows):
            name = data.name or self.tr("Not in a theme cluster")
            self.setItem(row, 0, QTableWidgetItem(name))
            priority = priority_label(data.priority.value) if data.priority else ""
            self.setItem(row, 1, QTableWidgetItem(priority))
            for offset, status in enumerate(ImplementationStatus):
                self.setItem(row, 2 + offset, _number(data.counts.get(status, 0)))
            self.setItem(row, 2 + len(ImplementationStatus), _number(data.total))


class CostsTable(QTableWidget):
    """Estimated cost per lead agency and currency, and how much of it is
    within existing budgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            self.tr("Lead agency"),
            self.tr("Currency"),
            self.tr("Estimated cost"),
            self.tr("Within existing budget"),
            self.tr("Actions"),
        ]
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels(columns)
        self.setObjectName("planCosts")
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            self.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )

    def show_costs(self, costs: Sequence[AgencyCost]) -> None:
        self.setRowCount(len(costs))
        for row, cost in enumerate(costs):
            self.setItem(row, 0, QTableWidgetItem(cost.agency or self.tr("No lead agency")))
            self.setItem(
                row,
                1,
                QTableWidgetItem(
                    cost.currency if cost.currency != NO_ESTIMATE else self.tr("no estimate")
                ),
            )
            for column, amount in ((2, cost.total), (3, cost.within_existing_budget)):
                item = QTableWidgetItem(format_amount(amount))
                item.setData(Qt.ItemDataRole.UserRole, str(amount))
                item.setTextAlignment(_NUMBER)
                self.setItem(row, column, item)
            self.setItem(row, 4, _number(cost.actions))
