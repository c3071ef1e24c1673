"""The indicators of one action (or recommendation): a table of indicators
with their baseline, target and latest value, and below it the selected
indicator's measurements as a table and a small chart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.indicator_edits import delete_indicator, delete_measurement
from desktop.services.indicators import (
    IndicatorInfo,
    MeasurementInfo,
    indicators_of_action,
    indicators_of_recommendation,
)
from desktop.ui.error_text import error_text
from desktop.ui.i18n import frequency_label, indicator_kind_label
from desktop.ui.operations import Changes, Kind, LatestOnly, ReadOperation, WriteOperation, Written
from desktop.ui.views.indicator_dialog import IndicatorDialog, MeasurementDialog
from desktop.ui.views.measurement_chart import (
    MeasurementChart,
    format_date,
    format_number,
    format_year,
)

_NUMBER_ALIGN = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(_NUMBER_ALIGN)
    return item


class IndicatorsPanel(QWidget):
    changed = Signal()
    """Something was saved: an indicator or a measurement added, edited or deleted."""
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.action_id: int | None = None
        self.recommendation_id: int | None = None
        self.indicators: list[IndicatorInfo] = []
        self._latest = LatestOnly()
        self._keep_selected: int | None = None

        self.add_button = QPushButton(self.tr("Add indicator…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setObjectName("indicatorsMessage")
        self.message.setWordWrap(True)

        self.table = _table(
            [
                self.tr("Indicator"),
                self.tr("Kind"),
                self.tr("Unit"),
                self.tr("Baseline"),
                self.tr("Target"),
                self.tr("Latest"),
                self.tr("Progress"),
                self.tr("Frequency"),
            ]
        )
        self.table.setObjectName("indicatorsTable")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.measurements_title = QLabel()
        self.measurements_title.setWordWrap(True)
        self.measurements = _table([self.tr("Date"), self.tr("Value"), self.tr("Source")])
        self.measurements.setObjectName("measurementsTable")
        self.measurements.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.measurements.itemSelectionChanged.connect(self._update_buttons)
        self.measurements.doubleClicked.connect(lambda _index: self.edit_selected_measurement())
        self.add_measurement_button = QPushButton(self.tr("Add measurement…"))
        self.add_measurement_button.clicked.connect(self.add_measurement)
        self.delete_measurement_button = QPushButton(self.tr("Delete measurement"))
        self.delete_measurement_button.clicked.connect(self.delete_selected_measurement)
        self.chart = MeasurementChart()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(self.add_measurement_button)
        heading.addWidget(self.delete_measurement_button)
        heading.addStretch(1)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.measurements_title)
        left.addWidget(self.measurements, 1)
        left.addLayout(heading)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(left, 1)
        lower_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._show_measurements(None)
        self._update_buttons()

    # --- what is shown --------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        self.database = database
        self.reload()

    def set_owner(self, action_id: int | None = None, recommendation_id: int | None = None) -> None:
        """Show the indicators of this action or recommendation (neither: none,
        e.g. an action not saved yet)."""
        self.action_id, self.recommendation_id = action_id, recommendation_id
        self._keep_selected = None
        self.reload()

    def has_owner(self) -> bool:
        return self.database is not None and (
            self.action_id is not None or self.recommendation_id is not None
        )

    def reload(self) -> None:
        if not self.has_owner() or self.database is None:
            self._latest.drop_pending()
            self._loaded([])
            self.message.setText(self.tr("Save it first, then add its indicators here."))
            return
        factory = self.database.session_factory
        action_id, rec_id = self.action_id, self.recommendation_id

        def load() -> list[IndicatorInfo]:
            if action_id is not None:
                return indicators_of_action(factory, action_id)
            assert rec_id is not None
            return indicators_of_recommendation(factory, rec_id)

        # An older load, overtaken by a newer owner, is dropped.
        ReadOperation(self, load, self._loaded).latest(self._latest).on_error(self._failed).run()

    def _loaded(self, indicators: list[IndicatorInfo]) -> None:
        current = self.current()
        keep = self._keep_selected if self._keep_selected is not None else current and current.id
        self.message.clear()
        self.indicators = indicators
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(indicators))
        for row, info in enumerate(indicators):
            self._fill_row(row, info)
        self.table.blockSignals(False)
        ids = [info.id for info in indicators]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self._select_row(row)
        self._keep_selected = None
        self._selection_changed()
        self.loaded.emit()

    def _select_row(self, row: int) -> None:
        # Not selectRow(): in right-to-left it picks its column from the
        # viewport's width and selects nothing while the table is not shown yet.
        model = self.table.selectionModel()
        index = self.table.model().index(row, 0)
        flags = model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows
        model.setCurrentIndex(index, flags)

    def _fill_row(self, row: int, info: IndicatorInfo) -> None:
        fields = info.fields
        kind = indicator_kind_label(fields.kind.value) if fields.kind else ""
        frequency = frequency_label(fields.frequency.value) if fields.frequency else ""
        percent = (
            QLocale().toString(round(info.progress * 100)) if info.progress is not None else ""
        )
        progress = self.tr("{percent}%").replace("{percent}", percent) if percent else ""
        latest = format_number(info.latest_value) if info.latest_value is not None else ""
        cells = [
            _item(fields.name),
            _item(kind),
            _item(fields.unit),
            _item(self._value_in_year(fields.baseline_value, fields.baseline_year), True),
            _item(self._value_in_year(fields.target_value, fields.target_year), True),
            _item(latest, True),
            _item(progress, True),
            _item(frequency),
        ]
        tip = fields.name
        if info.data_agency or fields.data_source:
            tip += "\n" + self.tr("Data: {source}").replace(
                "{source}", " — ".join(t for t in (fields.data_source, info.data_agency) if t)
            )
        cells[0].setToolTip(tip)
        for column, item in enumerate(cells):
            self.table.setItem(row, column, item)

    def _value_in_year(self, value: Decimal | None, year: int | None) -> str:
        text = format_number(value) if value is not None else ""
        if year is None:
            return text
        return f"{text} ({format_year(year)})" if text else f"({format_year(year)})"

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def current(self) -> IndicatorInfo | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        row = selected[0].row()
        return self.indicators[row] if 0 <= row < len(self.indicators) else None

    def _selection_changed(self) -> None:
        self._show_measurements(self.current())
        self._update_buttons()

    def _show_measurements(self, info: IndicatorInfo | None) -> None:
        self.measurements_title.setText(
            self.tr("Measurements of: {name}").replace("{name}", info.fields.name)
            if info
            else self.tr("Measurements")
        )
        rows = info.measurements if info else ()
        self.measurements.setRowCount(len(rows))
        for row, m in enumerate(rows):
            date_item = _item(format_date(m.measured_on))
            date_item.setToolTip(m.note)
            self.measurements.setItem(row, 0, date_item)
            self.measurements.setItem(row, 1, _item(format_number(m.value), True))
            self.measurements.setItem(row, 2, _item(m.source))
        self.chart.set_indicator(info)

    def _update_buttons(self) -> None:
        owner = self.has_owner()
        selected = owner and self.current() is not None
        self.add_button.setEnabled(owner)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.add_measurement_button.setEnabled(selected)
        has_row = bool(self.measurements.selectionModel().selectedRows())
        self.delete_measurement_button.setEnabled(selected and has_row)

    # --- indicators -----------------------------------------------------------

    def add_indicator(self) -> None:
        if self.database is None or not self.has_owner():
            return
        owner = {"action_id": self.action_id, "recommendation_id": self.recommendation_id}
        self._run_dialog(IndicatorDialog(self.database.session_factory, None, **owner, parent=self))

    def edit_selected(self) -> None:
        info = self.current()
        if self.database is None or info is None:
            return
        self._run_dialog(IndicatorDialog(self.database.session_factory, info, parent=self))

    def _run_dialog(self, dialog: IndicatorDialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self._keep_selected = dialog.saved.id
            self._after_save()

    def _after_save(self) -> None:
        self.reload()
        self.changed.emit()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Indicators"), question)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        info = self.current()
        if self.database is None or info is None:
            return
        question = self.tr("Delete the indicator “{name}” and its measurements?").replace(
            "{name}", info.fields.name
        )
        if not self._confirm(question):
            return
        factory = self.database.session_factory

        def work() -> Written[None]:
            delete_indicator(factory, info.id, info.version)
            return Written(None, Changes.of(Kind.INDICATOR, [info.id]))

        WriteOperation(self, work, lambda _none: self._after_save()).on_error(self._failed).run()

    # --- measurements ---------------------------------------------------------

    def add_measurement(self) -> None:
        self.edit_selected_measurement(new=True)

    def selected_measurement(self) -> MeasurementInfo | None:
        info = self.current()
        rows = self.measurements.selectionModel().selectedRows()
        if info is None or not rows or rows[0].row() >= len(info.measurements):
            return None
        return info.measurements[rows[0].row()]

    def edit_selected_measurement(self, new: bool = False) -> None:
        info = self.current()
        measurement = None if new else self.selected_measurement()
        if self.database is None or info is None or (measurement is None and not new):
            return
        today = QDate.currentDate().toPython()
        assert isinstance(today, date)
        dialog = MeasurementDialog(
            self.database.session_factory, info, measurement, today=today, parent=self
        )
        if dialog.exec() and dialog.saved is not None:
            self._keep_selected = info.id
            self._after_save()

    def delete_selected_measurement(self) -> None:
        info, measurement = self.current(), self.selected_measurement()
        if self.database is None or info is None or measurement is None:
            return
        question = self.tr("Delete the measurement of {date}?").replace(
            "{date}", format_date(measurement.measured_on)
        )
        if not self._confirm(question):
            return
        factory = self.database.session_factory
        self._keep_selected = info.id

        def work() -> Written[None]:
            delete_measurement(factory, measurement.id)
            return Written(None, Changes.of(Kind.INDICATOR, [info.id]))

        WriteOperation(self, work, lambda _none: self._after_save()).on_error(self._failed).run()
