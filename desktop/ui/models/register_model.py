"""The register's table model: it holds the ordered ids of the recommendations
shown and fetches their display rows a page at a time, on demand (pattern of
Anki's browser table). flags() and selection never fetch."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

from desktop.services.register import COLUMNS, RegisterRow
from desktop.ui.i18n import (
    locale_digits,
    position_label,
    priority_label,
    reference_tooltip,
    status_label,
)

ModelIndex = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], list[RegisterRow]]


def column_title(key: str) -> str:
    titles = {
        "reference": QCoreApplication.translate("RegisterModel", "Reference"),
        "mechanism": QCoreApplication.translate("RegisterModel", "Mechanism"),
        "source": QCoreApplication.translate("RegisterModel", "Document"),
        "paragraph": QCoreApplication.translate("RegisterModel", "Paragraph"),
        "text": QCoreApplication.translate("RegisterModel", "Text"),
        "recommending_states": QCoreApplication.translate("RegisterModel", "Recommending States"),
        "response": QCoreApplication.translate("RegisterModel", "Response"),
        "action_category": QCoreApplication.translate("RegisterModel", "Action category"),
        "themes": QCoreApplication.translate("RegisterModel", "Themes"),
        "sdgs": QCoreApplication.translate("RegisterModel", "SDG targets"),
        "agencies": QCoreApplication.translate("RegisterModel", "Agencies"),
        "priority": QCoreApplication.translate("RegisterModel", "Priority"),
        "status": QCoreApplication.translate("RegisterModel", "Status"),
        "cluster": QCoreApplication.translate("RegisterModel", "Cluster"),
        "due_date": QCoreApplication.translate("RegisterModel", "Due"),
    }
    return titles.get(key, key)


@dataclass(frozen=True)
class SavedSelection:
    selected: list[int]
    current: int | None
    scroll: int


class RegisterModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_CACHED_PAGES = 40  # 8,000 rows: enough for any screen and a few jumps back

    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, fetch_rows: RowFetcher, columns: Sequence[str] = COLUMNS) -> None:
        super().__init__()
        self.fetch_rows = fetch_rows
        self.columns = tuple(columns)
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[RegisterRow]] = OrderedDict()
        self.rows_fetched = 0
        """How many display rows came from the database (tests assert laziness)."""

    # -- content -----------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """Show ``ids``; the same ids again only mark the fetched rows stale (the
        view keeps its selection and position)."""
        if ids == self._ids:
            self.refresh_rows()
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget fetched rows (after an edit); ids and order stay."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        return self._ids

    def rows_of(self, ids: Iterable[int]) -> list[int]:
        """The rows of those of ``ids`` shown, in order."""
        wanted = set(ids)
        return [row for row, rec_id in enumerate(self._ids) if rec_id in wanted]

    # -- keeping the view's selection and position across a new set of ids -------
    def save_selection(self, view: QAbstractItemView) -> SavedSelection:
        """The ids selected and current and the scroll position of ``view``."""
        selection = view.selectionModel().selection()
        selected = [
            rec_id
            for i in range(selection.size())
            for rec_id in self._ids[selection.at(i).top() : selection.at(i).bottom() + 1]
        ]
        current = view.currentIndex()
        return SavedSelection(
            selected,
            self._ids[current.row()] if current.isValid() else None,
            view.verticalScrollBar().value(),
        )

    def restore_selection(self, view: QAbstractItemView, saved: SavedSelection) -> None:
        """Select again the rows of the saved ids that are still shown."""
        selection = QItemSelection()
        last = len(self.columns) - 1
        for first, final in _runs(self.rows_of(saved.selected)):
            selection.select(self.index(first, 0), self.index(final, last))
        model = view.selectionModel()
        current = self.row_of(saved.current) if saved.current is not None else -1
        if current >= 0:
            model.setCurrentIndex(
                self.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.verticalScrollBar().setValue(saved.scroll)

    def row_of(self, rec_id: int) -> int:
        try:
            return self._ids.index(rec_id)
        except ValueError:
            return -1

    def record(self, row: int) -> RegisterRow:
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.PAGE_SIZE
            wanted = self._ids[start : start + self.PAGE_SIZE]
            fetched = {r.id: r for r in self.fetch_rows(wanted)}
            self.rows_fetched += len(fetched)
            page = [fetched[i] if i in fetched else _vanished(i) for i in wanted]
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row % self.PAGE_SIZE]

    # -- Qt's model interface ----------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(self.columns[section])
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return QLocale().toString(section + 1)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record, key = self.record(index.row()), self.columns[index.column()]
        value = display_value(record, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            names = reference_tooltip(key, str(getattr(record, key, "") or ""))
            return names or (value if len(value) > 40 else None)  # or the whole of a long cell
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in SQL: ask the page to reload the ids in that order."""
        self.sort_requested.emit(self.columns[column], order == Qt.SortOrder.DescendingOrder)


def display_value(row: RegisterRow, key: str) -> str:
    if key == "response":
        return position_label(row.response)
    if key == "status":
        return status_label(row.status)
    if key == "priority":
        return priority_label(row.priority) if row.priority else ""
    if key == "due_date":
        return (
            QLocale().toString(
                QDate(row.due_date.year, row.due_date.month, row.due_date.day),
                QLocale.FormatType.ShortFormat,
            )
            if row.due_date
            else ""
        )
    if key == "action_category":
        return QLocale().toString(row.action_category) if row.action_category else ""
    if key == "sdgs":
        return locale_digits(row.sdgs)
    if key == "text":
        return " ".join(row.text.split())
    return str(getattr(row, key) or "")


def _runs(rows: list[int]) -> Iterator[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive numbers."""
    start = previous = -2
    for row in rows:
        if row != previous + 1:
            if start >= 0:
                yield start, previous
            start = row
        previous = row
    if start >= 0:
        yield start, previous


def _vanished(rec_id: int) -> RegisterRow:
    """A row deleted since the ids were read: shown empty until the next reload."""
    return RegisterRow(
        id=rec_id,
        version=0,
        reference="",
        mechanism="",
        source="",
        paragraph="",
        text="",
        recommending_states="",
        response="",
        action_category=None,
        themes="",
        sdgs="",
        agencies="",
        priority="",
        status="",
        cluster="",
        due_date=None,
        archived=False,
    )
