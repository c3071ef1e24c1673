"""The review of a returned agency update form: each change (before → from
the form), each conflict (the register's side beside the form's, left for
the officer to choose), each rejected row with its row and column. The
officer ticks what to take in; applying runs in the background, in one
transaction after a backup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.forms.apply import AppliedForm, apply_review
from desktop.services.forms.items import FieldChange, FormReview, ItemKind, ReviewItem
from desktop.ui.error_text import coded_text, error_text, file_location, located
from desktop.ui.i18n import status_label
from desktop.ui.operations import Changes, Kind, WriteOperation, Written
from desktop.ui.planning_labels import action_status_label

CONFLICT_COLOUR = QColor("#FCE8B2")


class FormReviewDialog(QDialog):
    def __init__(
        self, database: Database, review: FormReview, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.review = review
        self.today = today
        self.applied: AppliedForm | None = None
        self.setWindowTitle(self.tr("Review agency updates"))
        self.resize(1100, 640)
        summary = QLabel(
            self.tr("{file}: the form sent to {agency}.").replace("{file}", review.file)
            .replace("{agency}", review.agency)
            + " "
            + QLocale().createSeparatedList(  # the language's own list: 、 in Chinese, و in Arabic
                [
                    self.tr("%Ln change(s)", "", len(review.changes)),
                    self.tr("%Ln conflict(s)", "", len(review.conflicts)),
                    self.tr("%Ln rejected row(s)", "", len(review.rejected)),
                    self.tr("%Ln row(s) unchanged", "", review.unchanged),
                ]
            )
        )  # fmt: skip
        summary.setWordWrap(True)
        self.items_table = self._table(
            [
                self.tr("Take in"),
                self.tr("Row"),
                self.tr("Reference"),
                self.tr("Kind"),
                self.tr("Changes (before → from the form)"),
                self.tr("In the register now"),
            ]
        )
        self.items_table.setObjectName("formReviewItems")
        self._fill_items()
        self.rejected_table = self._table(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Why it was rejected")]
        )
        self.rejected_table.setObjectName("formReviewRejected")
        self._fill_rejected()
        self.message = QLabel()
        self.message.setWordWrap(True)
        select_changes = QPushButton(self.tr("Select the changes"))
        select_changes.clicked.connect(lambda: self.select(ItemKind.CHANGE))
        select_all = QPushButton(self.tr("Select all"))
        select_all.clicked.connect(lambda: self.select(None))
        self.apply_button = QPushButton(self.tr("Take in the selected"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (select_changes, select_all):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Changes and conflicts")))
        layout.addWidget(self.items_table, 3)
        layout.addWidget(QLabel(self.tr("Rejected rows (not taken in)")))
        layout.addWidget(self.rejected_table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    # -- filling -----------------------------------------------------------
    def _status_name(self, item: ReviewItem, code: str) -> str:
        return status_label(code) if item.subject == "recommendation" else action_status_label(code)

    def _field_names(self) -> dict[str, str]:
        """The columns of a form, as this screen names them."""
        return {
            "reference": self.tr("Reference"),
            "mechanism": self.tr("Mechanism"),
            "role": self.tr("Role"),
            "text": self.tr("Text"),
            "due": self.tr("Due date"),
            "current_status": self.tr("Current status"),
            "latest_progress": self.tr("Latest progress"),
            "status": self.tr("Status"),
            "progress": self.tr("Progress"),
            "evidence": self.tr("Evidence or link"),
            "next_steps": self.tr("Next steps"),
            "indicator": self.tr("Indicator"),
            "unit": self.tr("Unit"),
            "baseline": self.tr("Baseline"),
            "target": self.tr("Target"),
            "latest_value": self.tr("Latest value"),
            "latest_date": self.tr("Latest date"),
            "value": self.tr("Value"),
            "date": self.tr("Date"),
            "source": self.tr("Source"),
        }

    def _change_text(self, item: ReviewItem, change: FieldChange) -> str:
        names = self._field_names()
        old, new = change.old, change.new
        if change.field == "status" and item.filled.status:
            old = self._status_name(item, item.db_status)
            new = self._status_name(item, item.filled.status)
        before = old or "—"
        return f"{names.get(change.field, change.column)}: {before} → {new}"

    def _fill_items(self) -> None:
        table = self.items_table
        table.setRowCount(len(self.review.items))
        for row, item in enumerate(self.review.items):
            take = QTableWidgetItem()
            take.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            conflict = item.kind is ItemKind.CONFLICT
            # A conflict is the officer's to choose: not taken unless ticked.
            take.setCheckState(Qt.CheckState.Unchecked if conflict else Qt.CheckState.Checked)
            take.setData(Qt.ItemDataRole.UserRole, item.id)
            table.setItem(row, 0, take)
            now = ""
            if conflict:
                now = self._status_name(item, item.db_status)
                if item.db_latest:
                    now += "\n" + item.db_latest
            cells = [
                f"{item.sheet} {QLocale().toString(item.row)}",
                item.reference,
                self.tr("Conflict") if conflict else self.tr("Change"),
                "\n".join(self._change_text(item, c) for c in item.changes),
                now,
            ]
            for column, text in enumerate(cells, start=1):
                cell = QTableWidgetItem(text)
                if conflict:
                    cell.setBackground(QBrush(CONFLICT_COLOUR))
                table.setItem(row, column, cell)
        table.resizeRowsToContents()

    def _fill_rejected(self) -> None:
        table = self.rejected_table
        table.setRowCount(len(self.review.rejected))
        names = self._field_names()
        for row, problem in enumerate(self.review.rejected):
            reason = coded_text(problem.code, problem.params, problem.reason)
            field = names.get(problem.field or "", problem.column or "—")
            cells = [problem.sheet, QLocale().toString(problem.row), field, reason]
            # The whole of it, the column as the form heads it, for a reason cut short.
            place = file_location(self.review.file, problem.row, problem.column)
            whole = located(place, reason)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(whole)
                table.setItem(row, column, cell)
        table.resizeRowsToContents()

    # -- choosing and applying ---------------------------------------------
    def select(self, kind: ItemKind | None) -> None:
        for row, item in enumerate(self.review.items):
            chosen = kind is None or item.kind is kind
            state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            cell = self.items_table.item(row, 0)
            assert cell is not None
            cell.setCheckState(state)

    def accepted_ids(self) -> list[str]:
        ids = []
        for row in range(self.items_table.rowCount()):
            cell = self.items_table.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                ids.append(str(cell.data(Qt.ItemDataRole.UserRole)))
        return ids

    def apply(self) -> None:
        ids = self.accepted_ids()
        self.apply_button.setEnabled(False)
        self.message.setText(self.tr("Taking in %n item(s)…", "", len(ids)))
        database, review, today = self.database, self.review, self.today

        def take_in() -> Written[AppliedForm]:
            applied = apply_review(database, review, ids, today)
            # Progress and statuses of actions, measurements of indicators, the
            # agency's forms outstanding: the pages showing them read again, also
            # when this dialog was closed before the take-in finished.
            changes = Changes.of(Kind.ACTION)
            for kind in (Kind.INDICATOR, Kind.RECOMMENDATION, Kind.AGENCY):
                changes = changes | Changes.of(kind)
            return Written(applied, changes)

        WriteOperation(self, take_in, self._applied).on_error(self._failed).run()

    def taken_in_text(self) -> str:
        """What the take-in wrote, for the status bar."""
        applied = self.applied
        if applied is None:
            return ""
        return QLocale().createSeparatedList(
            [
                self.tr("Taken in: %Ln progress update(s)", "", applied.progress_updates),
                self.tr("%Ln measurement(s)", "", applied.measurements),
            ]
        )

    def _applied(self, applied: AppliedForm) -> None:
        self.applied = applied
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.apply_button.setEnabled(True)
        self.message.setText(error_text(exc))
