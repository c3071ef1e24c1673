"""The Dashboard: headline figures, implementation status by mechanism, theme,
SDG goal or lead agency (a chart and a table of the same numbers), overdue
actions, reporting deadlines and actions without indicators.

Every count about recommendations opens the register on exactly those
(``open_register``); a listed action opens in the plans (``open_action``).
The breakdown shown is read with the page; another one is read when chosen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.palette import STATUS_COLOURS
from desktop.services.dashboard import (
    STATUS_CODES,
    BreakdownKind,
    BreakdownRow,
    Dashboard,
    load_breakdown,
    load_dashboard,
)
from desktop.services.database import Database
from desktop.services.register import RegisterFilter
from desktop.ui.error_text import error_text
from desktop.ui.i18n import code_label, interface_language, status_label
from desktop.ui.operations import Kind, LatestOnly, ReadOperation
from desktop.ui.views.charts import Series, StackedBarChart
from desktop.ui.views.dashboard_lists import (
    ID_ROLE,
    OVERDUE_COLOUR,
    TRAILING,
    FollowUpLists,
    make_table,
    number,
)
from desktop.ui.views.pages import Page

CHART_ROWS = 25


def _two_lines(label: str) -> str:
    """A long label broken at the space nearest its middle (narrow columns)."""
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    if len(label) < 10 or not spaces:
        return label
    middle = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return f"{label[:middle]}\n{label[middle + 1 :]}"


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(colour)
    return QIcon(pixmap)


class FigureButton(QPushButton):
    """A headline figure: a large number over what it counts."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = caption
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        text = QLabel(caption)
        text.setWordWrap(True)
        self.box = QVBoxLayout(self)
        for label in (self.value, text):
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.box.addWidget(label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_value(self, value: int, alarming: bool = False) -> None:
        self.value.setText(number(value))
        colour = OVERDUE_COLOUR.name() if alarming and value else ""
        self.value.setStyleSheet(f"color: {colour}" if colour else "")
        self.setAccessibleName(f"{self.caption}: {number(value)}")


class DashboardPage(Page):
    key = "dashboard"
    watches = frozenset(Kind) - {Kind.VIEW, Kind.SETTINGS, Kind.CONSULTATION}
    fills_page = True
    open_register = Signal(object)
    """A RegisterFilter: the recommendations behind a clicked count."""
    open_action = Signal(int)
    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.dashboard: Dashboard | None = None
        self.breakdowns: dict[BreakdownKind, tuple[BreakdownRow, ...]] = {}
        self._latest = LatestOnly()
        self.figures = {
            "recommendations": FigureButton(self.tr("Recommendations"), "figureRecommendations"),
            "overdue": FigureButton(self.tr("Overdue actions"), "figureOverdue"),
            "deadlines": FigureButton(self.tr("Reports overdue or due soon"), "figureDeadlines"),
            "indicators": FigureButton(self.tr("Actions without indicators"), "figureIndicators"),
            "unled": FigureButton(self.tr("Recommendations without a lead agency"), "figureUnled"),
            "forms": FigureButton(self.tr("Update forms outstanding"), "figureForms"),
        }
        figures = QHBoxLayout()
        height = max(b.box.sizeHint().height() for b in self.figures.values())
        for button in self.figures.values():
            button.setFixedHeight(height)
            figures.addWidget(button, 1)
        self.as_of = QLabel()
        self.as_of.setObjectName("dashboardAsOf")
        self.breakdown = QComboBox()
        self.breakdown.setObjectName("breakdownChoice")
        self._numbers_titles: dict[BreakdownKind, str] = {}
        for kind, text, numbers in (
            (BreakdownKind.MECHANISM, self.tr("By mechanism"), self.tr("Numbers by mechanism")),
            (BreakdownKind.THEME, self.tr("By theme"), self.tr("Numbers by theme")),
            (BreakdownKind.SDG_GOAL, self.tr("By SDG goal"), self.tr("Numbers by SDG goal")),
            (BreakdownKind.AGENCY, self.tr("By lead agency"), self.tr("Numbers by lead agency")),
        ):
            self.breakdown.addItem(text, kind)
            self._numbers_titles[kind] = numbers
        self.breakdown_note = QLabel()
        self.breakdown_note.setWordWrap(True)
        self.breakdown_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chart = StackedBarChart()
        self.chart.setObjectName("statusChart")
        self.chart.set_series(
            [Series(c, status_label(c), QColor(STATUS_COLOURS[c])) for c in STATUS_CODES]
        )
        chart_scroll = QScrollArea()
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.table = make_table(
            [
                self.tr("Name"),
                *(_two_lines(status_label(c)) for c in STATUS_CODES),
                self.tr("Total"),
            ],
            "breakdownTable",
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        for column, code in enumerate(STATUS_CODES, 1):
            header = QTableWidgetItem(
                _swatch(QColor(STATUS_COLOURS[code])), _two_lines(status_label(code))
            )
            header.setToolTip(status_label(code))
            self.table.setHorizontalHeaderItem(column, header)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        choice = QHBoxLayout()
        choice.addWidget(self.breakdown)
        choice.addWidget(self.breakdown_note, 1)
        top_layout.addLayout(choice)
        top_layout.addWidget(chart_scroll, 1)
        # The chart's numbers take the whole width (six status columns), as the
        # first tab beside the lists of what is late.
        self.lists = FollowUpLists()
        self.lists.insertTab(0, self.table, "")
        self.lists.setCurrentIndex(0)
        self.lists.open_action.connect(self.open_action)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.lists)
        split.setSizes([300, 320])
        self.body.addLayout(figures)
        self.body.addWidget(self.as_of)
        self.body.addWidget(split, 1)

        self.breakdown.currentIndexChanged.connect(self._breakdown_chosen)
        self.chart.segment_clicked.connect(self._segment_clicked)
        self.table.cellClicked.connect(self._cell_clicked)
        self.figures["recommendations"].clicked.connect(
            lambda: self.open_register.emit(RegisterFilter())
        )
        self.figures["unled"].clicked.connect(
            lambda: self.open_register.emit(RegisterFilter(without_lead_agency=True))
        )
        for key, table in (
            ("overdue", self.lists.overdue),
            ("deadlines", self.lists.deadlines),
            ("indicators", self.lists.unmeasured),
        ):
            self.figures[key].clicked.connect(lambda _=False, t=table: self.lists.show_list(t))

    def title(self) -> str:
        return self.tr("Dashboard")

    def blurb(self) -> str:
        return self.tr(
            "Where implementation stands, what is late and what falls due. "
            "Click a number to see those recommendations in the register."
        )

    # -- data ------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        self.database = database
        self.breakdowns = {}

    def today(self) -> date:
        today = QDate.currentDate()  # the user's calendar day
        return date(today.year(), today.month(), today.day())

    def current_kind(self) -> BreakdownKind:
        return BreakdownKind(self.breakdown.currentData())

    def reload(self) -> None:
        if self.database is None:
            return
        factory, today = self.database.session_factory, self.today()
        kinds, language = (self.current_kind(),), interface_language()
        ReadOperation(
            self,
            lambda: load_dashboard(factory, today, kinds=kinds, language=language),
            self._loaded,
        ).latest(self._latest).on_error(self._failed).run()

    def _failed(self, exc: Exception) -> None:
        self.as_of.setText(
            self.tr("Could not read the dashboard: {error}").replace("{error}", error_text(exc))
        )
        self.load_failed.emit(error_text(exc))

    def _loaded(self, dash: Dashboard) -> None:
        self.dashboard = dash
        self.breakdowns = dict(dash.breakdowns)
        f = self.figures
        f["recommendations"].set_value(dash.recommendations)
        f["overdue"].set_value(dash.overdue_actions, alarming=True)
        f["deadlines"].set_value(len(dash.deadlines), alarming=dash.overdue_deadlines > 0)
        f["indicators"].set_value(dash.actions_without_indicators)
        f["unled"].set_value(dash.without_lead_agency)
        f["forms"].set_value(dash.forms_outstanding, alarming=dash.forms_overdue > 0)
        f["forms"].setToolTip(
            self.tr("%n past the deadline", "", dash.forms_overdue) if dash.forms_overdue else ""
        )
        as_of = QDate(dash.today.year, dash.today.month, dash.today.day)
        self.as_of.setText(
            self.tr("As on {date}; reports due within {days} days count as due soon.")
            .replace("{date}", QLocale().toString(as_of, QLocale.FormatType.LongFormat))
            .replace("{days}", number(dash.horizon_days))
        )
        self.lists.show_dashboard(dash)
        self._show_breakdown()
        self.loaded.emit()

    def _breakdown_chosen(self) -> None:
        kind = self.current_kind()
        if kind in self.breakdowns or self.database is None:
            self._show_breakdown()
            return
        self.breakdown_note.setText(self.tr("Counting…"))
        factory, language = self.database.session_factory, interface_language()
        # Dropped when the whole dashboard is read again meanwhile.
        ReadOperation(
            self,
            lambda: load_breakdown(factory, kind, language),
            lambda rows: self._breakdown_loaded(kind, rows),
        ).within(self._latest).on_error(
            lambda exc: self.breakdown_note.setText(error_text(exc))
        ).run()

    def _breakdown_loaded(self, kind: BreakdownKind, rows: tuple[BreakdownRow, ...]) -> None:
        if kind == BreakdownKind.SDG_GOAL:  # "16 Peace…": the goal's number in the locale's digits
            rows = tuple(replace(r, label=code_label(r.label)) for r in rows)
        self.breakdowns[kind] = rows
        self._show_breakdown()

    def shown_rows(self) -> tuple[BreakdownRow, ...]:
        return self.breakdowns.get(self.current_kind(), ())

    def _show_breakdown(self) -> None:
        rows = self.shown_rows()
        title = self._numbers_titles[self.current_kind()]
        self.lists.setTabText(self.lists.indexOf(self.table), title)
        self.chart.set_rows([(r.label, r.counts) for r in rows[:CHART_ROWS]])
        self.breakdown_note.setText(
            self.tr("The chart shows the {n} largest of {total}; the table lists all.")
            .replace("{n}", number(CHART_ROWS))
            .replace("{total}", number(len(rows)))
            if len(rows) > CHART_ROWS
            else ""
        )
        table = self.table
        table.setRowCount(len(rows))
        link = QFont(table.font())
        link.setUnderline(True)
        for r, row in enumerate(rows):
            name = QTableWidgetItem(row.label)
            name.setToolTip(row.description or row.label)
            table.setItem(r, 0, name)
            for c, count in enumerate([*(row.counts[s] for s in STATUS_CODES), row.total], 1):
                item = QTableWidgetItem(number(count))
                item.setData(ID_ROLE, count)
                item.setTextAlignment(TRAILING)
                if count:
                    item.setFont(link)
                    item.setForeground(QBrush(self.palette().link()))
                    item.setToolTip(
                        self.tr("Show these {n} in the register").replace("{n}", number(count))
                    )
                table.setItem(r, c, item)

    # -- drill-down --------------------------------------------------------------
    def filter_for(self, row: int, status: str | None) -> RegisterFilter:
        chosen = self.shown_rows()[row]
        return chosen.filter if status is None else chosen.status_filter(status)

    def _segment_clicked(self, row: int, status: object) -> None:
        self.open_register.emit(self.filter_for(row, None if status is None else str(status)))

    def _cell_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if column == 0 or item is None or not item.data(ID_ROLE):
            return
        status = STATUS_CODES[column - 1] if column <= len(STATUS_CODES) else None
        self.open_register.emit(self.filter_for(row, status))
