"""One tab of the Themes page: the themes (or the groups of persons) with
their recommendation counts, a filter, Rename… and Merge selected…, and Undo
(Ctrl+Z) for the last merge, run in the background."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, NmrfError, NotFoundError, ValidationError
from desktop.services.database import Database
from desktop.services.themes import (
    MergeResult,
    MergeUndo,
    NameClashError,
    VocabularyEntry,
    VocabularyKind,
    list_entries,
    merge_entries,
    rename_entry,
    undo_merge,
)
from desktop.ui.error_text import error_text
from desktop.ui.operations import Changes, Kind, LatestOnly, ReadOperation, WriteOperation, Written


class _NameItem(QTableWidgetItem):
    """Sorts ignoring case (imports bring "women" beside "Women & girls")."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.text().casefold() < other.text().casefold()


class VocabularyTab(QWidget):
    loaded = Signal()

    def __init__(self, kind: VocabularyKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.themes = kind is VocabularyKind.THEMES
        self.database: Database | None = None
        self.entries: list[VocabularyEntry] = []
        self.last_undo: MergeUndo | None = None
        self._latest = LatestOnly()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Filter themes by name") if self.themes else self.tr("Filter groups by name")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        headers = [self.tr("Name")]
        if self.themes:
            headers.append(self.tr("UHRI code"))
        headers += [self.tr("Built-in"), self.tr("Recommendations")]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("vocabularyTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.rename_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button = QPushButton(self.tr("Merge selected…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("Undo merge"))
        self.undo_button.setToolTip(self.tr("Put back the last merge (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last)
        # Only while this tab has the focus: the register has its own Ctrl+Z.
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.filter, 1)
        for button in (self.rename_button, self.merge_button, self.undo_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def set_database(self, database: Database) -> None:
        self.database = database
        self.last_undo = None
        self.undo_button.setEnabled(False)
        writable = not database.read_only
        for button in (self.rename_button, self.merge_button):
            button.setEnabled(writable)
            button.setToolTip("" if writable else self.tr("The database is read-only."))

    # -- reading -------------------------------------------------------------------
    def reload(self) -> None:
        if self.database is None:
            return
        factory, kind = self.database.session_factory, self.kind
        ReadOperation(self, lambda: list_entries(factory, kind), self._loaded).latest(
            self._latest
        ).on_error(self._failed).run()

    def _loaded(self, entries: list[VocabularyEntry]) -> None:
        self.entries = entries
        table = self.table
        sorting = table.isSortingEnabled()
        table.setSortingEnabled(False)
        table.clearSelection()
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            name = _NameItem(entry.name)
            name.setData(Qt.ItemDataRole.UserRole, entry.id)
            cells: list[QTableWidgetItem] = [name]
            if self.themes:
                cells.append(QTableWidgetItem(entry.code or ""))
            cells.append(QTableWidgetItem(self.tr("yes") if entry.builtin else ""))
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.DisplayRole, entry.recommendations)
            count.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            cells.append(count)
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        table.setSortingEnabled(sorting)
        self._apply_filter(self.filter.text())
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            hidden = bool(wanted) and item is not None and wanted not in item.text().casefold()
            self.table.setRowHidden(row, hidden)

    def selected(self) -> list[VocabularyEntry]:
        by_id = {entry.id: entry for entry in self.entries}
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) in by_id:
                found.append(by_id[item.data(Qt.ItemDataRole.UserRole)])
        return found

    # -- asking (tests replace these) -------------------------------------------------
    def ask_name(self, current: str) -> str | None:
        title = self.tr("Rename theme") if self.themes else self.tr("Rename group of persons")
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=current)
        return name if ok else None

    def ask_target(self, names: list[str], default: int) -> int | None:
        title = self.tr("Merge themes") if self.themes else self.tr("Merge groups of persons")
        chosen, ok = QInputDialog.getItem(
            self,
            title,
            self.tr("Keep this name; the others join it and their recommendations move to it:"),
            names,
            default,
            False,
        )
        return names.index(chosen) if ok and chosen in names else None

    # -- changing --------------------------------------------------------------------
    def rename_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or self.database.read_only:
            return
        if len(chosen) != 1:
            self.message.setText(
                self.tr("Select one theme to rename.")
                if self.themes
                else self.tr("Select one group of persons to rename.")
            )
            return
        entry = chosen[0]
        name = self.ask_name(entry.name)
        if name is None or name.strip() == entry.name:
            return
        factory, kind = self.database.session_factory, self.kind

        def renamed(_result: object) -> None:
            self.message.setText(
                self.tr("Renamed “{old}” to “{new}”.")
                .replace("{old}", entry.name)
                .replace("{new}", " ".join(name.split()))
            )
            self.reload()

        def rename() -> Written[None]:
            rename_entry(factory, kind, entry.id, entry.version, name)
            return Written(None, self.changes([entry.id], ()))

        WriteOperation(self, rename, renamed).on_error(self._change_failed).run()

    def merge_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or self.database.read_only:
            return
        if len(chosen) < 2:
            self.message.setText(
                self.tr("Select two or more themes to merge.")
                if self.themes
                else self.tr("Select two or more groups of persons to merge.")
            )
            return
        # The built-in name first, else the most used: what the migration keeps too.
        ranked = sorted(chosen, key=lambda e: (not e.builtin, -e.recommendations, e.id))
        index = self.ask_target([e.name for e in chosen], chosen.index(ranked[0]))
        if index is None:
            return
        keep = chosen[index]
        others = [e.id for e in chosen if e.id != keep.id]
        factory, kind = self.database.session_factory, self.kind

        def merged(result: MergeResult) -> None:
            self.last_undo = result.undo
            self.undo_button.setEnabled(True)
            self.message.setText(
                " ".join(
                    (
                        self.tr("Names merged into “{name}”: %n.", "", result.merged).replace(
                            "{name}", keep.name
                        ),
                        self.tr("Recommendations relinked: %n.", "", result.recommendations),
                        self.tr("Undo merge or Ctrl+Z puts them back."),
                    )
                )
            )
            self.reload()

        def merge() -> Written[MergeResult]:
            result = merge_entries(factory, kind, others, keep.id)
            return Written(result, self.changes([keep.id, *others], _relinked(result.undo)))

        WriteOperation(self, merge, merged).on_error(self._change_failed).run()

    def undo_last(self) -> None:
        undo = self.last_undo
        if undo is None or self.database is None:
            self.message.setText(self.tr("There is no merge to undo."))
            return
        factory = self.database.session_factory

        def undone(count: int) -> None:
            self.last_undo = None
            self.undo_button.setEnabled(False)
            self.message.setText(
                self.tr("Merge undone; recommendations linked as before: %n.", "", count)
            )
            self.reload()

        def failed(exc: Exception) -> None:
            if not isinstance(exc, ConflictError):
                self._change_failed(exc)
                return
            self.last_undo = None
            self.undo_button.setEnabled(False)
            QMessageBox.warning(
                self,
                self.window().windowTitle(),
                self.tr(
                    "The merge cannot be undone: the names changed since (the name kept was"
                    " deleted, or a merged name is in use again). Nothing was changed."
                ),
            )
            self.reload()

        def put_back() -> Written[int]:
            count = undo_merge(factory, undo)
            names = [undo.target, *(row["id"] for row in undo.deleted)]
            return Written(count, self.changes(names, _relinked(undo)))

        WriteOperation(self, put_back, undone).on_error(failed).run()

    def changes(self, names: Iterable[int], recommendations: Iterable[int]) -> Changes:
        """What renaming or merging names changes: the names (themes), the
        recommendations tagged with them (all when none are named) and the saved
        views that filter on them."""
        changed = Changes.of(Kind.RECOMMENDATION, recommendations) | Changes.of(Kind.VIEW)
        return changed | Changes.of(Kind.THEME, names) if self.themes else changed

    def _change_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.window().windowTitle(), self.explain(exc))
        self.reload()

    def explain(self, exc: Exception) -> str:
        """The failure in the interface's language."""
        if isinstance(exc, NameClashError):
            text = (
                self.tr(
                    "“{name}” is the same name as the theme “{other}”: names match ignoring"
                    " case, spacing, punctuation and “&”/“and”. Select both and merge them"
                    " instead."
                )
                if self.themes
                else self.tr(
                    "“{name}” is the same name as the group “{other}”: names match ignoring"
                    " case, spacing, punctuation and “&”/“and”. Select both and merge them"
                    " instead."
                )
            )
            return text.replace("{name}", exc.name).replace("{other}", exc.other)
        if isinstance(exc, ConflictError | NotFoundError):
            return self.tr(
                "The list changed meanwhile (someone else renamed, merged or deleted a name);"
                " it has been read again. Try once more."
            )
        if isinstance(exc, ValidationError) and exc.where == "name":
            return self.tr("The name must not be empty or longer than 300 characters.")
        return error_text(exc) if isinstance(exc, NmrfError) else repr(exc)


def _relinked(undo: MergeUndo) -> set[int]:
    """The recommendations whose links a merge moved."""
    return {*undo.added_links, *(rec for rec, _entry in undo.removed_links)}
