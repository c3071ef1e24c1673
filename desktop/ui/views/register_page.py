"""The Recommendations page: the register with search, filters and sorting.

The ordered ids are read in the background; rows are fetched a page at a
time as the table shows them (desktop.ui.models.register_model)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.register import RegisterFilter, RegisterRow, Sort
from desktop.services.saved_views import View
from desktop.services.search import MAX_SEARCH_TERMS, SearchTooLong
from desktop.ui.error_text import error_text
from desktop.ui.i18n import interface_language, isolated
from desktop.ui.models.register_model import RegisterModel
from desktop.ui.operations import (
    Changes,
    Kind,
    LatestOnly,
    ReadOperation,
    WriteOperation,
    Written,
    broadcaster,
)
from desktop.ui.views import register_columns
from desktop.ui.views.pages import Page
from desktop.ui.views.register_detail import RegisterDetail
from desktop.ui.views.register_filters import PANEL_FIELDS, FilterPanel
from desktop.ui.views.register_reads import RegisterRead, fetch_rows, read_register
from desktop.ui.views.register_table import (
    connect_header,
    filters_scroll,
    register_table,
    tool_rows,
)
from desktop.ui.views.saved_views_bar import SavedViewsBar

if TYPE_CHECKING:
    from desktop.ui.views.document_context_panel import DocumentContextPanel
    from desktop.ui.views.history_panel import HistoryPanel
    from desktop.ui.views.recommendation_editor import RecommendationEditor
    from desktop.ui.views.recommendation_followup import RecommendationFollowUpPanel
    from desktop.ui.views.register_bulk import BulkController

SEARCH_DELAY_MS = 250


class RegisterPage(Page):
    key = "recommendations"
    fills_page = True
    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self._latest = LatestOnly()
        self.sort = register_columns.saved_sort()

        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(
            self.tr("Search text, references and notes, in any language (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("registerCount")
        self.filters = FilterPanel()
        self.model = RegisterModel(self._fetch_rows)
        self.table = register_table(self.model)
        self._restore_sort_indicator()

        # The bulk actions and the detail pane's panels are built on first use.
        self._bulk: BulkController | None = None
        self.bulk_button = QPushButton(self.tr("Bulk actions"))
        self.bulk_button.clicked.connect(
            lambda: self.bulk.menu().exec(
                self.bulk_button.mapToGlobal(self.bulk_button.rect().bottomLeft())
            )
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.bulk.menu().exec(self.table.viewport().mapToGlobal(pos))
        )
        self.bulk_message = QLabel()
        self.bulk_message.setObjectName("bulkMessage")
        self.views = SavedViewsBar(lambda: (self.current_filter(), self.sort))
        self.views.view_chosen.connect(self.open_view)
        self._hidden_filter: dict[str, Any] = {}
        """Fields of an opened view that the panel does not show (themes, SDGs…)."""
        self.filters.cleared.connect(self._hidden_filter.clear)
        scroll = filters_scroll(self.filters)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(
            tool_rows(self.search, self.count_label, self.views, self.bulk_button)
        )
        right_layout.addWidget(self.bulk_message)
        table_and_editor = QSplitter(Qt.Orientation.Vertical)
        table_and_editor.addWidget(self.table)
        self.detail = RegisterDetail(self, self._current_id)
        self.detail_tabs = self.detail.tabs
        self.detail.saved.connect(lambda _id: self.model.refresh_rows())
        self.detail.archived_changed.connect(lambda _id: self.reload())
        self.detail.follow_up_changed.connect(self._follow_up_changed)
        # What the detail pane changes, other pages hear of (its saves tell them).
        self.detail.changed.connect(self._changed_here)
        table_and_editor.addWidget(self.detail_tabs)
        table_and_editor.setStretchFactor(0, 1)
        table_and_editor.setStretchFactor(1, 1)
        table_and_editor.setSizes([420, 380])
        right_layout.addWidget(table_and_editor, 1)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 900])
        self.body.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.filters.changed.connect(self.reload)
        self.model.sort_requested.connect(self._sort_requested)
        connect_header(self.table, self.columns_menu)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.archive_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_recommendation)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, lambda: self.editor.text.setFocus())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def title(self) -> str:
        return self.tr("Recommendations")

    def blurb(self) -> str:
        return self.tr(
            "The register of every recommendation received from the Universal Periodic "
            "Review, the treaty bodies, special procedures and regional mechanisms."
        )

    # -- the parts built on first use (register_detail) ---------------------------
    @property
    def editor(self) -> RecommendationEditor:
        return self.detail.editor

    @property
    def follow_up(self) -> RecommendationFollowUpPanel:
        return self.detail.follow_up

    @property
    def document_context(self) -> DocumentContextPanel:
        return self.detail.document_context

    @property
    def history(self) -> HistoryPanel:
        return self.detail.history

    @property
    def unbuilt(self) -> frozenset[str]:
        """Parts not built yet, whose buttons permits.permit_page leaves alone."""
        return frozenset({"editor"}) if self.detail.built_editor is None else frozenset()

    @property
    def bulk(self) -> BulkController:
        """The bulk actions' menu and runner."""
        if self._bulk is None:
            from desktop.ui.views.register_bulk import BulkController

            self._bulk = BulkController(self, self._session_factory, self.bulk_targets)
            self._bulk.choices = self.detail.choices
            self._bulk.finished.connect(self._bulk_finished)
        return self._bulk

    # -- data ------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        self.database = database
        self.model.set_ids([])
        self.detail.set_database(database)
        self.views.session_factory = database.session_factory

    def current_filter(self) -> RegisterFilter:
        return replace(self.filters.current_filter(self.search.text()), **self._hidden_filter)

    def reload(self) -> None:
        """Read the matching ids (and the filter choices) in the background."""
        if self.database is None:
            return
        self._search_timer.stop()
        self.count_label.setText(self.tr("Loading…"))
        factory = self.database.session_factory
        filt, sort, language = self.current_filter(), self.sort, interface_language()

        def work() -> RegisterRead:
            return read_register(factory, filt, sort, language)

        ReadOperation(self, work, self._ids_loaded).latest(self._latest).on_error(
            self._read_failed
        ).run()

    def _read_failed(self, exc: Exception) -> None:
        if isinstance(exc, SearchTooLong):  # the user's query, not the database
            self.count_label.setText(self.tr("At most %n word(s) per search", "", MAX_SEARCH_TERMS))
            return
        self.load_failed.emit(error_text(exc))

    def _ids_loaded(self, result: RegisterRead) -> None:
        ids, choices, views = result
        self.views.show_views(views)
        self.filters.set_choices(choices)
        self.detail.set_choices(choices)
        if self._bulk is not None:
            self._bulk.choices = choices
        saved = self.model.save_selection(self.table)
        self.model.set_ids(ids)
        self.model.restore_selection(self.table, saved)
        self.count_label.setText(
            self.tr("Matching: {count}").replace("{count}", QLocale().toString(len(ids)))
        )
        self.loaded.emit()

    def _fetch_rows(self, ids: Sequence[int]) -> list[RegisterRow]:
        if self.database is None:
            return []
        return fetch_rows(self.database.session_factory, ids)

    # -- saved views -------------------------------------------------------------------
    def open_view(self, view: View) -> None:
        self.sort = view.sort
        self._restore_sort_indicator()
        self.show_filter(view.filter)

    def show_filter(self, filt: RegisterFilter) -> None:
        """Show exactly ``filt``; fields the panel lacks are kept aside until cleared."""
        default = RegisterFilter()
        self._hidden_filter.clear()  # the same dict: "Clear filters" empties it
        self._hidden_filter.update(
            {
                f.name: getattr(filt, f.name)
                for f in fields(RegisterFilter)
                if f.name not in PANEL_FIELDS and getattr(filt, f.name) != getattr(default, f.name)
            }
        )
        self.filters.set_filter(filt)
        self.search.blockSignals(True)
        self.search.setText(filt.text)
        self.search.blockSignals(False)
        self.reload()

    # -- the selected recommendation -----------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        editor = self.detail.built_editor
        if editor is not None and editor.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save your changes to {reference}?").replace(
                    "{reference}",
                    isolated(self.editor.detail.fields.reference if self.editor.detail else ""),
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            )
            if answer == QMessageBox.StandardButton.Save:
                # The row is shown once saved; if refused, the editor says why
                # and the user's text stays there.
                self.editor.save(then=lambda: self._show_row(QPersistentModelIndex(current)))
                return
        self._show_row(current)

    def _show_row(self, current: QModelIndex | QPersistentModelIndex) -> None:
        if current.isValid():
            self.editor.load(self.model.id_at(current.row()), highlight=self.search.text())
        elif self.detail.built_editor is not None:
            self.detail.built_editor.show_detail(None)
        self.detail.load_tabs()

    def _current_id(self) -> int | None:
        current = self.table.currentIndex()
        return self.model.id_at(current.row()) if current.isValid() else None

    def _follow_up_changed(self, rec_id: int) -> None:
        """Progress recorded on the follow-up tab may have changed the status."""
        if not self.editor.dirty:
            self.editor.load(rec_id, highlight=self.search.text())
        self.model.refresh_rows()

    def _changed_here(self, rec_id: int) -> None:
        broadcaster().changed.emit(Changes({Kind.RECOMMENDATION: frozenset([rec_id])}, self))

    def _session_factory(self) -> Any:
        assert self.database is not None
        return self.database.session_factory

    def bulk_targets(self) -> tuple[Sequence[int] | RegisterFilter, int]:
        """The selection; every row selected means all that match (no 250,000 ids)."""
        selection = self.table.selectionModel().selection()
        rows = sum(selection.at(i).height() for i in range(selection.size()))
        total = self.model.rowCount()
        if total and rows >= total:
            return self.current_filter(), total
        ids = self.selected_ids()
        return ids, len(ids)

    def _bulk_finished(self, summary: str) -> None:
        self.bulk_message.setText(summary)
        self.reload()
        editor = self.detail.built_editor
        if editor is not None and editor.detail is not None:
            editor.load(editor.detail.id)  # show the new values and version

    def new_recommendation(self) -> int | None:
        """Ctrl+N: enter one by hand; it is selected when the filter shows it."""
        if self.database is None:
            return None
        from desktop.ui.views.new_recommendation_dialog import NewRecommendationDialog

        dialog = NewRecommendationDialog(self.database.session_factory, self.detail.choices, self)
        if not dialog.exec() or dialog.created_id is None:
            return None
        created = dialog.created_id
        self.reload()
        row = self.model.row_of(created)
        if row >= 0:
            self.select_row(row)
        else:
            self.bulk_message.setText(
                self.tr("Created; the current filter does not show it (Clear filters).")
            )
        return created

    def select_row(self, row: int) -> None:
        """Make ``row`` the current, selected row. Not QTableView.selectRow():
        in a right-to-left layout it looks for its column one pixel past the
        viewport's edge, finds none and selects nothing."""
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.id_at(row) for row in sorted(rows)]

    def archive_selected(self) -> None:
        """Delete key: archive the selection (restore it when showing the archive)."""
        ids = self.selected_ids()
        if not ids or self.database is None:
            return
        factory, archive = self.database.session_factory, not self.current_filter().archived
        from desktop.services.editing import set_archived

        def work() -> Written[None]:
            set_archived(factory, ids, archive)
            return Written(None, Changes.of(Kind.RECOMMENDATION, ids))

        WriteOperation(self, work, lambda _none: self.reload()).run()

    # -- sorting, columns, keys (desktop.ui.views.register_columns) --------------------
    def _sort_requested(self, column: str, descending: bool) -> None:
        self.sort = Sort(column, descending)
        register_columns.save_sort(self.sort)
        self.reload()

    def _restore_sort_indicator(self) -> None:
        register_columns.show_sort_indicator(self.table, self.model.columns, self.sort)

    def columns_menu(self) -> QMenu:
        return register_columns.columns_menu(self, self.table, self.model.columns)

    def set_column_shown(self, index: int, shown: bool) -> None:
        register_columns.set_column_shown(self.table, index, shown)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
