"""The Dashboard page over the demo country: every number clicked opens the
register on exactly that many recommendations; the chart's geometry, tooltips,
keyboard and right-to-left mirroring."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.services.dashboard import BreakdownKind
from desktop.ui.main_window import MainWindow
from desktop.ui.views.charts import Series, StackedBarChart
from desktop.ui.views.dashboard_page import DashboardPage


def _dashboard(window: MainWindow) -> DashboardPage:
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.dashboard is not None
    return page


def _register_count(window: MainWindow) -> int:
    assert window.current_page() is window.register
    return window.register.model.rowCount()


def test_headline_figures(demo_window: MainWindow) -> None:
    page = _dashboard(demo_window)
    dash = page.dashboard
    assert dash is not None and dash.recommendations > 300
    shown = page.figures["recommendations"].value.text()
    assert shown == f"{dash.recommendations:,}"
    assert page.figures["overdue"].value.text() == f"{dash.overdue_actions:,}"
    assert page.lists.overdue.rowCount() == len(dash.overdue) > 0
    assert page.lists.deadlines.rowCount() == len(dash.deadlines)
    assert page.chart.rows and page.table.rowCount() == len(page.shown_rows())


def test_clicking_a_bar_segment_opens_those_recommendations(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = _dashboard(demo_window)
    row = page.shown_rows()[0]
    status = max(row.counts, key=lambda s: row.counts[s])
    centre = page.chart.segment_rect(0, status).center().toPoint()
    with qtbot.waitSignal(page.open_register):
        qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=centre)
    assert _register_count(demo_window) == row.counts[status] > 0
    filters = demo_window.register.current_filter()
    assert filters.mechanisms == (row.key,) and filters.statuses == (status,)


def test_clicking_a_bar_label_opens_the_whole_row(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _dashboard(demo_window)
    row = page.shown_rows()[1]
    qtbot.mouseClick(
        page.chart,
        Qt.MouseButton.LeftButton,
        pos=page.chart.segment_rect(1, None).center().toPoint(),
    )
    assert _register_count(demo_window) == row.total


def test_clicking_a_table_count_of_another_breakdown(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _dashboard(demo_window)
    page.breakdown.setCurrentIndex(page.breakdown.findData(BreakdownKind.THEME))
    rows = page.shown_rows()
    assert rows and page.table.rowCount() == len(rows)
    column = 1 + max(range(6), key=lambda c: int(page.table.item(0, 1 + c).data(256) or 0))
    expected = int(page.table.item(0, column).data(256))
    cell = page.table.visualItemRect(page.table.item(0, column)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert _register_count(demo_window) == expected > 0
    assert demo_window.register.current_filter().theme_ids == (rows[0].key,)


def test_lead_agency_and_sdg_goal_totals(qtbot: QtBot, demo_window: MainWindow) -> None:
    for kind in (BreakdownKind.AGENCY, BreakdownKind.SDG_GOAL):
        page = _dashboard(demo_window)
        page.breakdown.setCurrentIndex(page.breakdown.findData(kind))
        total_column = page.table.columnCount() - 1
        expected = int(page.table.item(0, total_column).data(256))
        cell = page.table.visualItemRect(page.table.item(0, total_column)).center()
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        assert _register_count(demo_window) == expected == page.shown_rows()[0].total


def test_without_a_lead_agency_opens_those(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _dashboard(demo_window)
    assert page.dashboard is not None
    expected = page.dashboard.without_lead_agency
    qtbot.mouseClick(page.figures["unled"], Qt.MouseButton.LeftButton)
    assert _register_count(demo_window) == expected > 0
    assert demo_window.register.filters.without_lead_agency.isChecked()
    demo_window.register.filters.clear()  # the panel's checkbox is a filter like the others
    assert demo_window.register.model.rowCount() > expected


def test_an_overdue_action_opens_on_double_click(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = _dashboard(demo_window)
    qtbot.mouseClick(page.figures["overdue"], Qt.MouseButton.LeftButton)
    assert page.lists.currentWidget() is page.lists.overdue
    assert page.dashboard is not None
    with qtbot.waitSignal(page.open_action) as opened:
        page.lists.overdue.cellDoubleClicked.emit(0, 1)
    assert opened.args == [page.dashboard.overdue[0].id]


def _chart(qtbot: QtBot) -> StackedBarChart:
    chart = StackedBarChart()
    qtbot.addWidget(chart)
    chart.set_series([Series("a", "Alpha", QColor("red")), Series("b", "Beta", QColor("blue"))])
    chart.set_rows([("First", {"a": 3, "b": 1}), ("Second", {"b": 2})])
    chart.resize(500, chart.sizeHint().height())
    return chart


def test_chart_mirrors_right_to_left(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    a, b = chart.segment_rect(0, "a"), chart.segment_rect(0, "b")
    assert a.right() <= b.left() and a.width() == 3 * b.width()
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    ra, rb = chart.segment_rect(0, "a"), chart.segment_rect(0, "b")
    assert rb.right() <= ra.left() and ra.right() > chart.width() / 2
    assert abs(ra.left() - (chart.width() - a.right())) < 0.01


def test_chart_tooltips_clicks_and_keyboard(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    assert chart.tooltip_text(0, "a") == "First, Alpha: 3 (75 %)"
    assert chart.tooltip_text(1, None) == "Second: 2 in all"
    assert "First: 4" in chart.accessibleDescription()
    with qtbot.waitSignal(chart.segment_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=_centre(chart, 1, "b"))
    assert clicked.args == [1, "b"]
    chart.setFocus()
    with qtbot.waitSignal(chart.segment_clicked) as keyed:
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Return):
            qtbot.keyClick(chart, key)
    assert keyed.args == [0, "b"]


def _centre(chart: StackedBarChart, row: int, key: str) -> QPoint:
    return chart.segment_rect(row, key).center().toPoint()
