"""The register table's columns: default widths, the layout remembered
between sessions (order, widths, hidden columns), the sort and its indicator,
and the header's menu that shows or hides columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from desktop.services.register import Sort
from desktop.ui import user_settings
from desktop.ui.models.register_model import column_title

DEFAULT_WIDTHS = {
    "reference": 110,
    "mechanism": 80,
    "source": 150,
    "paragraph": 70,
    "text": 420,
    "recommending_states": 180,
    "themes": 200,
}


def saved_sort() -> Sort:
    return user_settings.register_sort()


def save_sort(sort: Sort) -> None:
    user_settings.set_register_sort(sort)


def apply_default_widths(table: QTableView, columns: Sequence[str]) -> None:
    for index, key in enumerate(columns):
        table.setColumnWidth(index, DEFAULT_WIDTHS.get(key, 110))


def restore_header(table: QTableView) -> None:
    state = user_settings.register_header()
    if state is not None:
        table.horizontalHeader().restoreState(state)


def save_header(table: QTableView) -> None:
    user_settings.set_register_header(table.horizontalHeader().saveState())


def show_sort_indicator(table: QTableView, columns: Sequence[str], sort: Sort) -> None:
    """The header's arrow on the sorted column, without asking for a sort."""
    header = table.horizontalHeader()
    if sort.column in columns:
        header.blockSignals(True)
        header.setSortIndicator(
            list(columns).index(sort.column),
            Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)


def columns_menu(parent: QWidget, table: QTableView, columns: Sequence[str]) -> QMenu:
    """Right-click on the header: show or hide columns (remembered)."""
    menu = QMenu(QCoreApplication.translate("RegisterPage", "Columns"), parent)
    header = table.horizontalHeader()
    for index, key in enumerate(columns):
        action = menu.addAction(column_title(key))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(index))
        action.toggled.connect(lambda shown, i=index: set_column_shown(table, i, shown))
    return menu


def set_column_shown(table: QTableView, index: int, shown: bool) -> None:
    header = table.horizontalHeader()
    if not shown and header.count() - header.hiddenSectionCount() <= 1:
        return  # keep at least one column
    header.setSectionHidden(index, not shown)
    save_header(table)
