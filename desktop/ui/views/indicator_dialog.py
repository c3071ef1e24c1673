"""Create or edit an indicator (kind in the OHCHR framework, unit, baseline and
target with their years, data source, reporting frequency, the agency that
reports the data) and its measurements. Numbers are typed in the user's locale
and stored exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NmrfError, ValidationError
from desktop.domain.vocab import IndicatorKind, ReportingFrequency
from desktop.services.agencies import AgencyInfo, list_agencies
from desktop.services.indicator_edits import (
    add_measurement,
    create_indicator,
    update_indicator,
    update_measurement,
)
from desktop.services.indicators import IndicatorFields, IndicatorInfo, MeasurementInfo
from desktop.ui import workers
from desktop.ui.error_text import error_message, error_text, located
from desktop.ui.i18n import frequency_label, indicator_kind_label
from desktop.ui.operations import Changes, Kind, WriteOperation, Written
from desktop.ui.views.measurement_chart import format_number, format_year
from desktop.ui.views.numbers import parse_number


def parse_year(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toInt(text)
    if ok:
        return int(value)
    return int(text)  # ValueError when it is not a whole number


class SavingDialog(QDialog):
    """A dialog that saves in the background when accepted; a refused save
    leaves it open with the reason after the name of the field at fault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def field_widgets(self) -> dict[str, tuple[str, QWidget]]:
        """Each field's label and editor, by the name the service gives in ``where``."""
        return {}

    def show_error(self, where: str | None, message: str) -> None:
        label, widget = self.field_widgets().get(where or "", ("", None))
        self.message.setText(located(label or where, message))
        if widget is not None:
            widget.setFocus()

    def read_number(self, key: str) -> Decimal | None:
        edit = self.field_widgets()[key][1]
        assert isinstance(edit, QLineEdit)
        try:
            return parse_number(edit.text())
        except ValueError:
            raise ValidationError(
                QCoreApplication.translate("SavingDialog", "this is not a number"), where=key
            ) from None

    def save_in_background(self, save: Callable[[], object]) -> None:
        """Indicators and their measurements: reported as indicator changes."""
        self.message.clear()

        def work() -> Written[object]:
            return Written(save(), Changes.of(Kind.INDICATOR))

        WriteOperation(self, work, self._saved).on_error(self._refused).disabling(
            self.buttons
        ).run()

    def keep(self, result: object) -> None:
        """What the save returned, for whoever opened the dialog."""

    def _saved(self, result: object) -> None:
        self.keep(result)
        super().accept()

    def _refused(self, exc: Exception) -> None:
        # The dialog stays open; nothing is lost.
        if isinstance(exc, NmrfError):
            self.show_error(exc.where, error_message(exc))
        else:
            self.show_error(None, error_text(exc) or type(exc).__name__)


class IndicatorDialog(SavingDialog):
    """Create (no ``info``) or edit an indicator of an action or a recommendation."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        info: IndicatorInfo | None = None,
        *,
        action_id: int | None = None,
        recommendation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.info = info
        self.action_id = action_id
        self.recommendation_id = recommendation_id
        self.saved: IndicatorInfo | None = None
        self.setWindowTitle(self.tr("Edit indicator") if info else self.tr("New indicator"))
        fields = info.fields if info else IndicatorFields(name="")

        self.name = QLineEdit(fields.name)
        self.name.setMaxLength(500)
        self.kind = QComboBox()
        self.kind.setPlaceholderText(self.tr("Choose…"))
        for kind in IndicatorKind:
            self.kind.addItem(indicator_kind_label(kind.value), kind)
        self.kind.setCurrentIndex(self.kind.findData(fields.kind) if fields.kind else -1)
        self.kind.setToolTip(
            self.tr(
                "Structural: laws, policies and institutions in place.\n"
                "Process: efforts made to put them to work (programmes, budgets, training).\n"
                "Outcome: the results people experience."
            )
        )
        self.unit = QLineEdit(fields.unit)
        self.unit.setPlaceholderText(self.tr("e.g. %, per 100,000 live births"))
        self.baseline_value = self._number_edit(fields.baseline_value)
        self.baseline_year = self._year_edit(fields.baseline_year)
        self.target_value = self._number_edit(fields.target_value)
        self.target_year = self._year_edit(fields.target_year)
        self.data_source = QLineEdit(fields.data_source)
        self.data_source.setPlaceholderText(self.tr("e.g. household survey, court records"))
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("—"), None)
        for frequency in ReportingFrequency:
            self.frequency.addItem(frequency_label(frequency.value), frequency)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(fields.frequency)))
        self.data_agency = QComboBox()
        self.data_agency.addItem(self.tr("—"), None)
        if info and fields.data_agency_id is not None:
            self.data_agency.addItem(info.data_agency, fields.data_agency_id)
            self.data_agency.setCurrentIndex(1)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(
            self.tr("Baseline:"), self._value_and_year(self.baseline_value, self.baseline_year)
        )
        form.addRow(self.tr("Target:"), self._value_and_year(self.target_value, self.target_year))
        form.addRow(self.tr("Data source:"), self.data_source)
        form.addRow(self.tr("Reporting frequency:"), self.frequency)
        form.addRow(self.tr("Data reported by:"), self.data_agency)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self._load_agencies()

    # --- building -------------------------------------------------------------

    def _number_edit(self, value: Decimal | None) -> QLineEdit:
        # No QDoubleValidator: it refuses a "." typed in locales that use another
        # decimal sign; parse_number reads both, and says when it cannot.
        return QLineEdit(format_number(value) if value is not None else "")

    def _year_edit(self, year: int | None) -> QLineEdit:
        edit = QLineEdit(format_year(year) if year is not None else "")
        edit.setValidator(QIntValidator(0, 9999, edit))
        edit.setMaxLength(4)
        edit.setPlaceholderText(self.tr("year"))
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000") + 24)
        return edit

    def _value_and_year(self, value: QLineEdit, year: QLineEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(value, 1)
        row.addWidget(QLabel(self.tr("in")))
        row.addWidget(year)
        return row

    def _load_agencies(self) -> None:
        factory = self.session_factory
        workers.run_task(lambda: list_agencies(factory), self._agencies_loaded, lambda _e: None)

    def _agencies_loaded(self, agencies: list[AgencyInfo]) -> None:
        chosen = self.data_agency.currentData()
        self.data_agency.clear()
        self.data_agency.addItem(self.tr("—"), None)
        for agency in agencies:
            self.data_agency.addItem(agency.data.name, agency.id)
        if chosen is not None and self.data_agency.findData(chosen) < 0 and self.info:
            self.data_agency.addItem(self.info.data_agency, chosen)  # archived meanwhile
        self.data_agency.setCurrentIndex(max(0, self.data_agency.findData(chosen)))

    # --- reading and saving ---------------------------------------------------

    def field_widgets(self) -> dict[str, tuple[str, QWidget]]:
        return {
            "name": (self.tr("Name"), self.name),
            "kind": (self.tr("Kind"), self.kind),
            "unit": (self.tr("Unit"), self.unit),
            "baseline_value": (self.tr("Baseline value"), self.baseline_value),
            "baseline_year": (self.tr("Baseline year"), self.baseline_year),
            "target_value": (self.tr("Target value"), self.target_value),
            "target_year": (self.tr("Target year"), self.target_year),
            "data_source": (self.tr("Data source"), self.data_source),
            "frequency": (self.tr("Reporting frequency"), self.frequency),
            "data_agency_id": (self.tr("Data reported by"), self.data_agency),
        }

    def current_fields(self) -> IndicatorFields:
        """The fields as typed; ValidationError names a field that does not
        read as a number or a year."""
        values = {key: self.read_number(key) for key in ("baseline_value", "target_value")}
        years: dict[str, int | None] = {}
        for key in ("baseline_year", "target_year"):
            edit = self.field_widgets()[key][1]
            assert isinstance(edit, QLineEdit)
            try:
                years[key] = parse_year(edit.text())
            except ValueError:
                raise ValidationError(self.tr("a year is a whole number"), where=key) from None
        kind = self.kind.currentData()
        frequency = self.frequency.currentData()
        return IndicatorFields(
            name=self.name.text(),
            kind=IndicatorKind(kind) if kind is not None else None,
            unit=self.unit.text(),
            baseline_value=values["baseline_value"],
            baseline_year=years["baseline_year"],
            target_value=values["target_value"],
            target_year=years["target_year"],
            data_source=self.data_source.text(),
            frequency=ReportingFrequency(frequency) if frequency is not None else None,
            data_agency_id=self.data_agency.currentData(),
        )

    def accept(self) -> None:
        try:
            fields = self.current_fields()
        except ValidationError as exc:
            self.show_error(exc.where, error_message(exc))
            return
        factory, info = self.session_factory, self.info
        action_id, recommendation_id = self.action_id, self.recommendation_id

        def save() -> IndicatorInfo:
            if info is not None:
                return update_indicator(factory, info.id, info.version, fields)
            return create_indicator(factory, fields, action_id, recommendation_id)

        self.save_in_background(save)

    def keep(self, result: object) -> None:
        assert isinstance(result, IndicatorInfo)
        self.saved = result


class MeasurementDialog(SavingDialog):
    """Add (no ``measurement``) or correct a measurement of an indicator."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        indicator: IndicatorInfo,
        measurement: MeasurementInfo | None = None,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.indicator = indicator
        self.measurement = measurement
        self.saved: MeasurementInfo | None = None
        self.setWindowTitle(
            self.tr("Edit measurement") if measurement else self.tr("New measurement")
        )
        last = indicator.measurements[-1] if indicator.measurements else None
        when = measurement.measured_on if measurement else today
        self.measured_on = QDateEdit(QDate(when.year, when.month, when.day))
        self.measured_on.setCalendarPopup(True)
        self.value = QLineEdit(format_number(measurement.value) if measurement else "")
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        if indicator.fields.unit:
            value_row.addWidget(QLabel(indicator.fields.unit))
        default_source = last.source if last else indicator.fields.data_source
        self.source = QLineEdit(measurement.source if measurement else default_source)
        self.note = QLineEdit(measurement.note if measurement else "")
        form = QFormLayout()
        form.addRow(self.tr("Indicator:"), QLabel(indicator.fields.name))
        form.addRow(self.tr("Date:"), self.measured_on)
        form.addRow(self.tr("Value:"), value_row)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())
        self.value.setFocus()

    def field_widgets(self) -> dict[str, tuple[str, QWidget]]:
        return {
            "measured_on": (self.tr("Date"), self.measured_on),
            "value": (self.tr("Value"), self.value),
            "source": (self.tr("Source"), self.source),
            "note": (self.tr("Note"), self.note),
        }

    def accept(self) -> None:
        try:
            value = self.read_number("value")
        except ValidationError as exc:
            self.show_error(exc.where, error_message(exc))
            return
        measured_on = self.measured_on.date().toPython()
        assert isinstance(measured_on, date)
        factory, indicator_id, measurement = (
            self.session_factory,
            self.indicator.id,
            self.measurement,
        )
        source, note = self.source.text(), self.note.text()

        def save() -> MeasurementInfo:
            if measurement is not None:
                return update_measurement(
                    factory, measurement.id, measurement.version, measured_on, value, source, note
                )
            return add_measurement(factory, indicator_id, measured_on, value, source, note)

        self.save_in_background(save)

    def keep(self, result: object) -> None:
        assert isinstance(result, MeasurementInfo)
        self.saved = result
