"""The register page's table, filter column and tool rows as widgets: the
table over the register model (whole rows selected, each cell's text in its
own direction, movable columns whose widths and order are remembered,
register_columns), the filter panel in a scroll area as wide as its longest
group title, and the rows above the table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.register_model import RegisterModel
from desktop.ui.views import register_columns
from desktop.ui.views.register_filters import FilterPanel
from desktop.ui.views.text_delegate import TextDirectionDelegate


def register_table(model: RegisterModel) -> QTableView:
    """The table over ``model``, with the column layout the user left last time;
    each change to it (a column moved or resized) is saved."""
    table = QTableView()
    table.setObjectName("registerTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setItemDelegate(TextDirectionDelegate(table))
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setSortIndicatorShown(True)
    header.setStretchLastSection(False)
    table.setSortingEnabled(True)
    register_columns.apply_default_widths(table, model.columns)
    register_columns.restore_header(table)
    return table


def connect_header(table: QTableView, columns_menu: Callable[[], QMenu]) -> None:
    """Right-click on the header: ``columns_menu()`` (show or hide columns); the
    columns' order and widths remembered whenever the user changes them."""
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: columns_menu().exec(header.mapToGlobal(pos))
    )
    header.sectionMoved.connect(lambda *_: register_columns.save_header(table))
    header.sectionResized.connect(lambda *_: register_columns.save_header(table))


def filters_scroll(filters: FilterPanel) -> QScrollArea:
    """``filters`` in a scroll area as wide as the panel's longest group title in
    this language: no sideways scrolling."""
    scroll = QScrollArea()
    scroll.setWidget(filters)
    scroll.setWidgetResizable(True)
    scroll.setMinimumWidth(
        max(240, filters.minimumSizeHint().width() + 2 * scroll.frameWidth())
        + scroll.verticalScrollBar().sizeHint().width()
    )
    return scroll


def tool_rows(search: QWidget, count: QWidget, views: QWidget, bulk: QWidget) -> QVBoxLayout:
    """The search with the count of rows found on a row of its own (beside the
    views' and bulk buttons it was left a few letters wide in longer languages),
    then the saved views and the bulk actions."""
    top = QHBoxLayout()
    top.addWidget(search, 1)
    top.addWidget(count)
    tools = QHBoxLayout()
    tools.addWidget(views)
    tools.addStretch(1)
    tools.addWidget(bulk)
    rows = QVBoxLayout()
    rows.addLayout(top)
    rows.addLayout(tools)
    return rows
