"""The pages the navigation leads to. The foundation gives each its heading,
what it is for, and the live figures it can show; later issues fill them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.stats import Stats
from desktop.ui.i18n import position_label, status_label


def _number(value: int) -> str:
    return QLocale().toString(value)


class Page(QWidget):
    """A page: a heading, a line on what it holds, and a body."""

    key = ""
    fills_page = False
    """True for a page whose body takes all the height (a table), False for one
    whose content sits at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.description = QLabel(self.blurb())
        self.description.setWordWrap(True)
        self.body = QVBoxLayout()
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addWidget(self.heading)
        self.page_layout.addWidget(self.description)
        self.page_layout.addLayout(self.body, 1 if self.fills_page else 0)
        if not self.fills_page:
            self.page_layout.addStretch(1)

    def title(self) -> str:
        raise NotImplementedError

    def blurb(self) -> str:
        raise NotImplementedError

    def show_stats(self, stats: Stats) -> None:
        """Show the figures of the database; pages that have none ignore them."""

    def set_database(self, database: Database) -> None:
        """The database to show; pages that read it themselves keep it."""

    def reload(self) -> None:
        """Read the page's data again (in the background)."""


class FiguresPage(Page):
    """A page that shows a few labelled counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = QGridLayout()
        self.body.addLayout(self.figures)
        self._values: dict[str, QLabel] = {}

    def set_figure(self, key: str, label: str, value: int) -> None:
        if key not in self._values:
            row = len(self._values)
            name = QLabel(label)
            shown = QLabel()
            shown.setObjectName(f"figure_{key}")
            shown.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.figures.addWidget(name, row, 0)
            self.figures.addWidget(shown, row, 1)
            self.figures.setColumnStretch(2, 1)
            self._values[key] = shown
        self._values[key].setText(_number(value))

    def figure_text(self, key: str) -> str:
        return self._values[key].text()


class PlansPage(FiguresPage):
    key = "plans"

    def title(self) -> str:
        return self.tr("Plans")

    def blurb(self) -> str:
        return self.tr(
            "Implementation plans: actions with timelines, resources and indicators, "
            "and their progress."
        )

    def show_stats(self, stats: Stats) -> None:
        self.set_figure("plans", self.tr("Implementation plans"), stats.plans)
        self.set_figure("actions", self.tr("Actions"), stats.actions)


class ReportsPage(Page):
    key = "reports"

    def title(self) -> str:
        return self.tr("Reports")

    def blurb(self) -> str:
        return self.tr(
            "Cabinet-ready PDF reports: implementation plans, status reports, agency briefs."
        )


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.body.addWidget(self.summary)
        grid = QGridLayout()
        self.by_response = self._table(grid, 0, self.tr("By response"))
        self.by_status = self._table(grid, 1, self.tr("By implementation status"))
        self.by_mechanism = self._table(grid, 2, self.tr("By mechanism"))
        self.body.addLayout(grid)

    def title(self) -> str:
        return self.tr("Dashboard")

    def blurb(self) -> str:
        return self.tr("Where implementation stands, at a glance.")

    def _table(self, grid: QGridLayout, column: int, title: str) -> QTableWidget:
        box = QGroupBox(title)
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Count")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(box).addWidget(table)
        grid.addWidget(box, 0, column, Qt.AlignmentFlag.AlignTop)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, int]]) -> None:
        table.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(label))
            number = QTableWidgetItem(_number(count))
            number.setData(Qt.ItemDataRole.UserRole, count)
            number.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, number)
        # Show every row without a scroll bar: these tables are short.
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(row) for row in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows_height + frame)

    def show_stats(self, stats: Stats) -> None:
        self.summary.setText(
            self.tr(
                "{recs} recommendations · {agencies} agencies · {plans} plans · {actions} actions"
            )
            .replace("{recs}", _number(stats.recommendations))
            .replace("{agencies}", _number(stats.agencies))
            .replace("{plans}", _number(stats.plans))
            .replace("{actions}", _number(stats.actions))
        )
        self._fill(self.by_response, [(position_label(k), v) for k, v in stats.by_response.items()])
        self._fill(self.by_status, [(status_label(k), v) for k, v in stats.by_status.items()])
        self._fill(self.by_mechanism, list(stats.by_mechanism.items()))
