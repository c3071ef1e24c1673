"""The Reporting calendar: every report due to a mechanism, by due date, with
where it stands; add, edit, mark submitted, delete, and open the
recommendations a report must cover."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import NmrfError
from desktop.domain.schedule import UPCOMING_DAYS, DeadlineState, days_overdue
from desktop.services.database import Database
from desktop.services.deadline_edits import delete_deadline, mark_submitted
from desktop.services.deadlines import (
    DeadlineRow,
    deadline_recommendation_ids,
    list_deadlines,
    mechanism_choices,
)
from desktop.services.reference_names import mechanism_name
from desktop.ui.error_text import error_text
from desktop.ui.i18n import interface_language, report_kind_label
from desktop.ui.operations import Changes, Kind, ReadOperation
from desktop.ui.views.deadline_dialog import DeadlineDialog, pydate, qdate
from desktop.ui.views.list_page import ListPage

STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The DeadlineState code of a row, on every item of the row."""
STATE_COLOURS: dict[DeadlineState, str] = {
    DeadlineState.OVERDUE: "#b3261e",
    DeadlineState.UPCOMING: "#a15c00",
    DeadlineState.SUBMITTED: "#6b6b6b",
}
STATE_BACKGROUNDS: dict[DeadlineState, str] = {
    DeadlineState.OVERDUE: "#fde8e6",
    DeadlineState.UPCOMING: "#fff4dc",
}
_STATE_ICONS: dict[DeadlineState, QStyle.StandardPixmap] = {
    DeadlineState.OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
    DeadlineState.UPCOMING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    DeadlineState.SUBMITTED: QStyle.StandardPixmap.SP_DialogApplyButton,
}


_Loaded = tuple[list[DeadlineRow], list[tuple[int, str, str]]]
"""The deadlines, and the mechanisms (id, code, name) the dialog offers."""


def _short(value: date | None) -> str:
    return QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat) if value else ""


class CalendarPage(ListPage[DeadlineRow, _Loaded]):
    key = "calendar"
    watches = frozenset({Kind.DEADLINE, Kind.RECOMMENDATION})
    open_recommendations = Signal(list)
    """The ids of the recommendations a report must cover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            self.tr("Due"),
            self.tr("State"),
            self.tr("Mechanism"),
            self.tr("Report"),
            self.tr("Title"),
            self.tr("Submitted"),
            self.tr("Recommendations"),
        ]
        super().__init__(headers, parent)
        self.mechanisms: list[tuple[int, str, str]] = []
        self.today: Callable[[], date] = lambda: pydate(QDate.currentDate())
        self.summary = QLabel()
        self.summary.setObjectName("calendarSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.body.insertWidget(0, self.summary)
        self.table.setObjectName("calendarTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.message.setObjectName("calendarMessage")
        self.add_buttons(
            [
                (self.tr("New…"), self.new_deadline),
                (self.tr("Edit…"), self.edit_selected),
                (self.tr("Mark submitted…"), self.mark_selected_submitted),
                (self.tr("Delete"), self.delete_selected),
                (self.tr("Show the recommendations covered"), self.show_recommendations),
            ]
        )
        self.end_buttons()

    def title(self) -> str:
        return self.tr("Reporting calendar")

    def blurb(self) -> str:
        return self.tr(
            "Reports due to the UPR, the treaty bodies and other mechanisms: when each is "
            "due, whether it went in, and the recommendations it must cover."
        )

    def state_label(self, state: DeadlineState) -> str:
        labels = {
            DeadlineState.OVERDUE: self.tr("Overdue"),
            DeadlineState.UPCOMING: self.tr("Due soon"),
            DeadlineState.LATER: self.tr("Later"),
            DeadlineState.SUBMITTED: self.tr("Submitted"),
        }
        return labels[state]

    def read(self, database: Database) -> Callable[[], _Loaded]:
        factory, today, language = database.session_factory, self.today(), interface_language()
        return lambda: (list_deadlines(factory, today), mechanism_choices(factory, language))

    def fill(self, result: _Loaded) -> None:
        self.rows, self.mechanisms = result
        locale, language = QLocale(), interface_language()
        self.table.setRowCount(len(self.rows))
        for row, info in enumerate(self.rows):
            due = QTableWidgetItem(_short(info.due_date))
            due.setData(Qt.ItemDataRole.UserRole, info.id)
            state = QTableWidgetItem(self.state_label(info.state))
            if info.state in _STATE_ICONS:
                state.setIcon(self.style().standardIcon(_STATE_ICONS[info.state]))
            if info.state is DeadlineState.OVERDUE:
                late = days_overdue(info.due_date, self.today())
                state.setToolTip(self.tr("{n} days late").replace("{n}", locale.toString(late)))
            mechanism = QTableWidgetItem(info.mechanism_code)
            mechanism.setToolTip(mechanism_name(info.mechanism_code, language, info.mechanism_name))
            title = QTableWidgetItem(info.title)
            title.setToolTip(info.notes or info.title)
            count = QTableWidgetItem(locale.toString(info.recommendations))
            count.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            items = (
                due,
                state,
                mechanism,
                QTableWidgetItem(report_kind_label(info.report_kind)),
                title,
                QTableWidgetItem(_short(info.submitted_on)),
                count,
            )
            for column, item in enumerate(items):
                self._mark(item, info.state)
                self.table.setItem(row, column, item)
        self._summarise()

    @staticmethod
    def _mark(item: QTableWidgetItem, state: DeadlineState) -> None:
        """Colour a row by its state; the State column says it in words too."""
        item.setData(STATE_ROLE, state.value)
        if state in STATE_COLOURS:
            item.setForeground(QBrush(QColor(STATE_COLOURS[state])))
        if state in STATE_BACKGROUNDS:
            item.setBackground(QBrush(QColor(STATE_BACKGROUNDS[state])))
        if state is DeadlineState.OVERDUE:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)

    def _summarise(self) -> None:
        locale = QLocale()
        overdue = sum(r.state is DeadlineState.OVERDUE for r in self.rows)
        upcoming = sum(r.state is DeadlineState.UPCOMING for r in self.rows)
        text = (
            self.tr("{overdue} overdue · {upcoming} due in the next {days} days")
            .replace("{overdue}", locale.toString(overdue))
            .replace("{upcoming}", locale.toString(upcoming))
            .replace("{days}", locale.toString(UPCOMING_DAYS))
        )
        pending = [r.due_date for r in self.rows if r.state is not DeadlineState.SUBMITTED]
        ahead = [d for d in pending if d >= self.today()]
        if ahead:
            text += " · " + self.tr("next due {date}").replace("{date}", _short(min(ahead)))
        self.summary.setText(text)
        self.message.setText(
            self.tr("No reporting deadline yet: use New… to add one.") if not self.rows else ""
        )

    def _one(self) -> DeadlineRow | None:
        return self.one(self.tr("Select one deadline."))

    def open_dialog(self, row: DeadlineRow | None) -> None:
        if self.database is None:
            return
        # The dialog saves in the background and reports the change; the page
        # hears it like the others (also when the dialog is closed meanwhile).
        DeadlineDialog(
            self.database.session_factory, self.mechanisms, self.today(), row, self
        ).exec()

    def new_deadline(self) -> None:
        self.open_dialog(None)

    def edit_selected(self) -> None:
        row = self._one()
        if row is not None:
            self.open_dialog(row)

    def ask_submission_date(self, row: DeadlineRow) -> date | None:
        """The date the report went in, or None when the user cancels."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Mark submitted"))
        when = QDateEdit(qdate(self.today()))
        when.setCalendarPopup(True)
        when.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        when.setMaximumDate(qdate(self.today()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(QLabel(row.title or report_kind_label(row.report_kind)))
        form.addRow(self.tr("Submitted on:"), when)
        form.addRow(buttons)
        return pydate(when.date()) if dialog.exec() else None

    def mark_selected_submitted(self) -> None:
        row = self._one()
        if row is None or self.database is None:
            return
        when = self.ask_submission_date(row)
        if when is None:
            return
        factory, today = self.database.session_factory, self.today()
        self.write(
            lambda: mark_submitted(factory, row.id, row.version, when, today=today),
            Changes.of(Kind.DEADLINE, [row.id]),
            self._warn,
        )

    def delete_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or not chosen:
            self.message.setText(self.tr("Select the deadlines to delete."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete deadlines"),
            self.tr("Delete {titles}? The recommendations stay in the register.").replace(
                "{titles}", "; ".join(r.title or r.mechanism_code for r in chosen)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        factory = self.database.session_factory

        def delete() -> None:
            for r in chosen:
                delete_deadline(factory, r.id, r.version)

        self.write(delete, Changes.of(Kind.DEADLINE, [r.id for r in chosen]), self._warn)

    def _warn(self, exc: Exception) -> None:
        QMessageBox.warning(
            self,
            self.tr("Reporting calendar"),
            error_text(exc) if isinstance(exc, NmrfError) else repr(exc),
        )
        self.reload()

    def show_recommendations(self) -> None:
        row = self._one()
        if row is None or self.database is None:
            return
        factory = self.database.session_factory
        ReadOperation(
            self,
            lambda: deadline_recommendation_ids(factory, row.id),
            self.open_recommendations.emit,
        ).on_error(self.failed).run()
