"""The dashboard's lists: overdue actions, reporting deadlines overdue or due
soon, and actions without indicators, as tabs. Overdue rows are red with a
warning icon, rows due soon amber; double-clicking an action opens it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from desktop.domain.schedule import DeadlineState
from desktop.services.dashboard import ActionItem, Dashboard
from desktop.ui.i18n import report_kind_label
from desktop.ui.planning_labels import action_status_label

OVERDUE_COLOUR = QColor("#b00020")
UPCOMING_COLOUR = QColor("#a15c00")  # amber dark enough to read on white
TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole


def number(value: int) -> str:
    return QLocale().toString(value)


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def make_table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _cells(table: QTableWidget, row: int, texts: Sequence[str]) -> list[QTableWidgetItem]:
    items = [QTableWidgetItem(text) for text in texts]
    for column, item in enumerate(items):
        table.setItem(row, column, item)
    return items


class FollowUpLists(QTabWidget):
    open_action = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overdue = make_table(
            [
                self.tr("Action"),
                self.tr("Plan"),
                self.tr("Due"),
                self.tr("Days overdue"),
                self.tr("Lead agency"),
            ],
            "overdueTable",
        )
        self.deadlines = make_table(
            [
                self.tr("Report"),
                self.tr("Mechanism"),
                self.tr("Kind"),
                self.tr("Due"),
                self.tr("State"),
                self.tr("Recommendations"),
            ],
            "deadlinesTable",
        )
        self.unmeasured = make_table(
            [
                self.tr("Action"),
                self.tr("Plan"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Lead agency"),
            ],
            "withoutIndicatorsTable",
        )
        for table in (self.overdue, self.deadlines, self.unmeasured):
            self.addTab(table, "")
        for table in (self.overdue, self.unmeasured):
            # Long plan titles are elided; the action takes the room.
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(1, 220)
            table.setToolTip(self.tr("Double-click an action to open it"))
            table.cellDoubleClicked.connect(lambda row, _column, t=table: self._open(t, row))
        warning = QStyle.StandardPixmap.SP_MessageBoxWarning
        self._warning: QIcon = self.style().standardIcon(warning)
        info = QStyle.StandardPixmap.SP_MessageBoxInformation
        self._soon: QIcon = self.style().standardIcon(info)

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.open_action.emit(int(item.data(ID_ROLE)))

    def show_list(self, table: QTableWidget) -> None:
        self.setCurrentWidget(table)
        table.setFocus()

    def show_dashboard(self, dash: Dashboard) -> None:
        self._fill_actions(self.overdue, dash.overdue, overdue=True)
        self._fill_actions(self.unmeasured, dash.without_indicators, overdue=False)
        self._fill_deadlines(dash)
        for table, title, shown, total in (
            (self.overdue, self.tr("Overdue actions"), len(dash.overdue), dash.overdue_actions),
            (
                self.deadlines,
                self.tr("Reporting deadlines"),
                len(dash.deadlines),
                len(dash.deadlines),
            ),
            (
                self.unmeasured,
                self.tr("Actions without indicators"),
                len(dash.without_indicators),
                dash.actions_without_indicators,
            ),
        ):
            self.setTabText(self.indexOf(table), self._tab(title, shown, total))

    def _tab(self, title: str, shown: int, total: int) -> str:
        if shown < total:
            return (
                self.tr("{title} (first {shown} of {total})")
                .replace("{title}", title)
                .replace("{shown}", number(shown))
                .replace("{total}", number(total))
            )
        return f"{title} ({number(total)})"

    def _fill_actions(
        self, table: QTableWidget, items: Sequence[ActionItem], overdue: bool
    ) -> None:
        table.setRowCount(len(items))
        for row, a in enumerate(items):
            fourth = number(a.days_overdue) if overdue else action_status_label(a.status)
            cells = _cells(
                table, row, [a.title, a.plan_title, short_date(a.due_date), fourth, a.lead_agency]
            )
            cells[0].setData(ID_ROLE, a.id)
            if overdue:
                cells[3].setTextAlignment(TRAILING)
                for item in cells:
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                cells[0].setIcon(self._warning)
                cells[0].setToolTip(
                    self.tr("Overdue since {date}").replace("{date}", short_date(a.due_date))
                )

    def _fill_deadlines(self, dash: Dashboard) -> None:
        looks = {
            DeadlineState.OVERDUE: (self.tr("Overdue"), OVERDUE_COLOUR, self._warning),
            DeadlineState.UPCOMING: (self.tr("Due soon"), UPCOMING_COLOUR, self._soon),
        }
        table = self.deadlines
        table.setRowCount(len(dash.deadlines))
        for row, d in enumerate(dash.deadlines):
            state, colour, icon = looks.get(d.state, (d.state.value, QColor(), QIcon()))
            kind = report_kind_label(d.report_kind)
            cells = _cells(
                table,
                row,
                [
                    d.title or kind,
                    d.mechanism,
                    kind,
                    short_date(d.due_date),
                    state,
                    number(d.recommendations),
                ],
            )
            for item in cells:
                item.setForeground(QBrush(colour))
            cells[5].setTextAlignment(TRAILING)
            cells[0].setData(ID_ROLE, d.id)
            cells[0].setIcon(icon)
