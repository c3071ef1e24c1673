"""The indicators panel, the indicator and measurement dialogs, and the chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.domain.vocab import AgencyKind, IndicatorKind, ReportingFrequency
from desktop.services.agencies import AgencyData, save_agency
from desktop.services.database import Database
from desktop.services.indicators import indicators_of_action
from desktop.store.models import Action, ImplementationPlan, Indicator, Measurement
from desktop.ui.views.indicator_dialog import IndicatorDialog, MeasurementDialog
from desktop.ui.views.indicators_panel import IndicatorsPanel
from desktop.ui.views.measurement_chart import MeasurementChart, format_number
from desktop.ui.views.numbers import parse_number


@pytest.fixture
def action_id(database: Database) -> int:
    with database.session_factory.begin() as session:
        action = Action(plan=ImplementationPlan(title="Plan 2024-2027"), title="Train judges")
        session.add(action)
        session.flush()
        return action.id


@pytest.fixture
def panel(qtbot: QtBot, database: Database, action_id: int) -> IndicatorsPanel:
    save_agency(
        database.session_factory,
        AgencyData(name="National Statistics Office", kind=AgencyKind.STATISTICS_OFFICE),
    )
    widget = IndicatorsPanel()
    qtbot.addWidget(widget)
    widget.set_database(database)
    widget.set_owner(action_id=action_id)
    widget.resize(900, 600)
    widget.show()
    return widget


def drive(
    monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill: Callable[[object], None]
) -> list[object]:
    """Replace the dialog's modal run by ``fill`` then Save; returns the dialogs seen."""
    seen: list[object] = []

    def fake_exec(dialog: IndicatorDialog | MeasurementDialog) -> int:
        seen.append(dialog)
        dialog.show()
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def fill_indicator(qtbot: QtBot, target_year: str = "2026") -> Callable[[object], None]:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, IndicatorDialog)
        qtbot.keyClicks(dialog.name, "Share of judges trained")
        dialog.kind.setCurrentIndex(dialog.kind.findData(IndicatorKind.PROCESS))
        qtbot.keyClicks(dialog.unit, "%")
        qtbot.keyClicks(dialog.baseline_value, "10")
        qtbot.keyClicks(dialog.baseline_year, "2021")
        qtbot.keyClicks(dialog.target_value, "80.5")
        qtbot.keyClicks(dialog.target_year, target_year)
        qtbot.keyClicks(dialog.data_source, "Judicial training register")
        dialog.frequency.setCurrentIndex(dialog.frequency.findData(ReportingFrequency.ANNUAL))
        dialog.data_agency.setCurrentIndex(
            dialog.data_agency.findText("National Statistics Office")
        )

    return fill


def measurement(qtbot: QtBot, when: date, value: str) -> Callable[[object], None]:
    def fill(dialog: object) -> None:
        assert isinstance(dialog, MeasurementDialog)
        dialog.measured_on.setDate(QDate(when.year, when.month, when.day))
        dialog.value.clear()
        qtbot.keyClicks(dialog.value, value)

    return fill


def count(database: Database, model: type[Indicator] | type[Measurement]) -> int:
    with database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_without_an_owner_nothing_can_be_added(qtbot: QtBot, database: Database) -> None:
    widget = IndicatorsPanel()
    qtbot.addWidget(widget)
    assert not widget.add_button.isEnabled()
    widget.set_database(database)
    widget.set_owner()
    assert not widget.add_button.isEnabled() and not widget.edit_button.isEnabled()
    assert not widget.add_measurement_button.isEnabled()
    assert widget.table.rowCount() == 0 and widget.chart.points == []
    assert widget.message.text()


def test_add_an_indicator_and_two_measurements(
    qtbot: QtBot,
    panel: IndicatorsPanel,
    database: Database,
    action_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    changes: list[None] = []
    panel.changed.connect(lambda: changes.append(None))
    assert panel.add_button.isEnabled() and not panel.edit_button.isEnabled()
    drive(monkeypatch, IndicatorDialog, fill_indicator(qtbot))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(changes) == 1 and panel.table.rowCount() == 1
    cells = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert cells == [
        "Share of judges trained",
        "Process",
        "%",
        "10 (2021)",
        "80.5 (2026)",
        "",
        "",
        "Annual",
    ]
    stored = indicators_of_action(database.session_factory, action_id)[0]
    assert stored.fields.target_value == Decimal("80.5")
    assert stored.data_agency == "National Statistics Office"
    assert panel.current() is not None and panel.chart.points == []

    drive(monkeypatch, MeasurementDialog, measurement(qtbot, date(2024, 6, 30), "45.25"))
    qtbot.mouseClick(panel.add_measurement_button, Qt.MouseButton.LeftButton)
    drive(monkeypatch, MeasurementDialog, measurement(qtbot, date(2023, 6, 30), "20"))
    panel.add_measurement()
    assert len(changes) == 3
    rows = [
        [panel.measurements.item(r, c).text() for c in range(3)]
        for r in range(panel.measurements.rowCount())
    ]
    # The source defaults to the indicator's data source, then to the last one used.
    assert rows == [
        ["6/30/23", "20", "Judicial training register"],
        ["6/30/24", "45.25", "Judicial training register"],
    ]
    assert panel.chart.points == [
        (date(2023, 6, 30), Decimal(20)),
        (date(2024, 6, 30), Decimal("45.25")),
    ]
    assert panel.chart.baseline == Decimal(10) and panel.chart.target == Decimal("80.5")
    assert panel.table.item(0, 5).text() == "45.25"
    assert panel.table.item(0, 6).text() == "50%"  # (45.25 - 10) / (80.5 - 10)
    first, second = panel.chart.point_positions()
    assert first.x() < second.x() and first.y() > second.y()  # later and higher


def test_invalid_target_year_shows_the_error_and_saves_nothing(
    qtbot: QtBot, panel: IndicatorsPanel, database: Database, action_id: int
) -> None:
    dialog = IndicatorDialog(database.session_factory, action_id=action_id, parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_indicator(qtbot, target_year="2019")(dialog)
    dialog.accept()
    assert dialog.message.text().startswith("Target year:")
    assert dialog.isVisible() and dialog.result() == 0 and dialog.saved is None
    assert dialog.focusWidget() is dialog.target_year
    assert count(database, Indicator) == 0
    dialog.target_year.setText("1800")
    dialog.accept()
    assert "1900" in dialog.message.text() and count(database, Indicator) == 0
    dialog.target_year.setText("2026")
    dialog.baseline_value.setText("ten")
    dialog.accept()
    assert dialog.message.text().startswith("Baseline value:")
    assert count(database, Indicator) == 0
    dialog.baseline_value.setText("10")
    dialog.kind.setCurrentIndex(-1)
    dialog.accept()
    assert dialog.message.text().startswith("Kind:") and count(database, Indicator) == 0
    dialog.kind.setCurrentIndex(0)
    dialog.accept()
    assert dialog.saved is not None and dialog.result() == 1
    assert count(database, Indicator) == 1


def test_measurement_without_a_value_is_refused(
    qtbot: QtBot, panel: IndicatorsPanel, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive(monkeypatch, IndicatorDialog, fill_indicator(qtbot))
    panel.add_indicator()
    info = panel.current()
    assert info is not None
    dialog = MeasurementDialog(database.session_factory, info, today=date(2025, 1, 15))
    qtbot.addWidget(dialog)
    assert dialog.measured_on.date() == QDate(2025, 1, 15)
    dialog.accept()
    assert dialog.message.text().startswith("Value:") and dialog.saved is None
    dialog.value.setText("1.23456")
    dialog.accept()
    assert dialog.message.text().startswith("Value:") and count(database, Measurement) == 0


def test_edit_and_delete(
    qtbot: QtBot, panel: IndicatorsPanel, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive(monkeypatch, IndicatorDialog, fill_indicator(qtbot))
    panel.add_indicator()
    drive(monkeypatch, MeasurementDialog, measurement(qtbot, date(2024, 1, 1), "12"))
    panel.add_measurement()

    def change_unit(dialog: object) -> None:
        assert isinstance(dialog, IndicatorDialog)
        assert dialog.name.text() == "Share of judges trained"
        assert dialog.data_agency.currentText() == "National Statistics Office"
        dialog.unit.setText("per cent")

    drive(monkeypatch, IndicatorDialog, change_unit)
    panel.edit_selected()
    assert panel.table.item(0, 2).text() == "per cent"

    panel.measurements.selectRow(0)
    drive(monkeypatch, MeasurementDialog, measurement(qtbot, date(2024, 1, 1), "14"))
    panel.edit_selected_measurement()
    assert panel.measurements.item(0, 1).text() == "14" and count(database, Measurement) == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.measurements.selectRow(0)
    panel.delete_selected_measurement()
    assert count(database, Measurement) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.measurements.selectRow(0)
    panel.delete_selected_measurement()
    assert count(database, Measurement) == 0 and panel.chart.points == []
    drive(monkeypatch, MeasurementDialog, measurement(qtbot, date(2024, 1, 1), "3"))
    panel.add_measurement()
    panel.delete_selected()
    assert panel.table.rowCount() == 0 and count(database, Indicator) == 0
    assert count(database, Measurement) == 0 and not panel.edit_button.isEnabled()


def test_demo_action_shows_its_indicator(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.session_factory() as session:
        action_id = session.scalar(select(func.min(Indicator.action_id)))
        assert session.get(Action, action_id) is not None
    widget = IndicatorsPanel()
    qtbot.addWidget(widget)
    widget.set_database(demo_db)
    widget.set_owner(action_id=action_id)
    info = widget.current()
    assert info is not None and widget.table.rowCount() == len(widget.indicators) >= 1
    assert len(widget.chart.points) == len(info.measurements) == widget.measurements.rowCount()
    assert widget.chart.points[-1][1] == info.latest_value


def test_chart_mirrors_time_in_right_to_left(qtbot: QtBot) -> None:
    chart = MeasurementChart()
    qtbot.addWidget(chart)
    assert chart.sizeHint().width() == 360 and chart.sizeHint().height() == 160
    chart.resize(360, 160)
    points = [(date(2022, 1, 1), Decimal(5)), (date(2021, 1, 1), Decimal(3))]
    chart.set_data(points, Decimal(1), Decimal(10), 2020, 2025)
    assert [d.year for d, _ in chart.points] == [2021, 2022]
    left_to_right = [p.x() for p in chart.point_positions()]
    assert left_to_right[0] < left_to_right[1]
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = [p.x() for p in chart.point_positions()]
    assert right_to_left[0] > right_to_left[1]
    chart.grab()  # paints in both directions without error
    chart.set_data([], None, None)
    chart.grab()


def test_numbers_follow_the_locale() -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    assert parse_number("12,5") == Decimal("12.5")
    assert parse_number(format_number(Decimal("1234.25"))) == Decimal("1234.25")
    QLocale.setDefault(QLocale("ar_EG"))
    assert parse_number("١٢٫٥") == Decimal("12.5")
    assert parse_number("") is None
    with pytest.raises(ValueError):
        parse_number("twelve")
    QLocale.setDefault(QLocale("en_US"))
    assert format_number(Decimal("1234.5000")) == "1,234.5"
