"""The register's detail pane: the selected recommendation's Details,
Follow-up, Document context and History tabs. Each panel, and its module, is
built the first time it is needed: the editor when a recommendation is first
shown (a hint stands in its place until then), the others when their tab is
first shown. The first page of the window shows sooner for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget

from desktop.services.choices import FilterChoices
from desktop.services.database import Database
from desktop.ui.permits import permit_page
from desktop.ui.views.lazy_tabs import LazyTabs

if TYPE_CHECKING:
    from desktop.ui.views.document_context_panel import DocumentContextPanel
    from desktop.ui.views.history_panel import HistoryPanel
    from desktop.ui.views.recommendation_editor import RecommendationEditor
    from desktop.ui.views.recommendation_followup import RecommendationFollowUpPanel

translate = QCoreApplication.translate


class RegisterDetail(QObject):
    """The tabs (``tabs``) under the register table of ``page``; ``current_id``
    says which recommendation the table has current."""

    saved = Signal(int)
    archived_changed = Signal(int)
    follow_up_changed = Signal(int)
    changed = Signal(int)
    """A recommendation changed here: other pages are to hear of it."""

    def __init__(self, page: QWidget, current_id: Callable[[], int | None]) -> None:
        super().__init__(page)
        self.page = page
        self.current_id = current_id
        self.database: Database | None = None
        self.choices = FilterChoices([], [], [])
        self._editor: RecommendationEditor | None = None
        self._follow_up: RecommendationFollowUpPanel | None = None
        self._document_context: DocumentContextPanel | None = None
        self._history: HistoryPanel | None = None

        self.editor_scroll = QScrollArea()  # the table keeps its room; the pane scrolls
        self.editor_scroll.setWidgetResizable(True)
        hint = QLabel(translate("RecommendationEditor", "Select a recommendation to see it here."))
        hint.setObjectName("editorHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        hint.setMargin(9)
        self.editor_scroll.setWidget(hint)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recommendationTabs")
        self.tabs.addTab(self.editor_scroll, translate("RegisterPage", "Details"))
        self.lazy_tabs = LazyTabs(self.tabs)
        self.lazy_tabs.add(
            "follow_up",
            translate("RegisterPage", "Follow-up"),
            self._follow_up_tab,
        )
        self.lazy_tabs.add(
            "document_context",
            translate("RegisterPage", "Document context"),
            self._document_context_tab,
        )
        self.lazy_tabs.add("history", translate("HistoryPanel", "History"), self._history_tab)
        # The follow-up is read when its tab is shown, not on every row change.
        self.tabs.currentChanged.connect(lambda _i: self.load_tabs())

    # -- the panels, built when first asked for ------------------------------------
    @property
    def editor(self) -> RecommendationEditor:
        if self._editor is None:
            from desktop.ui.views.recommendation_editor import RecommendationEditor

            editor = RecommendationEditor()
            editor.setObjectName("recommendationEditor")
            if self.database is not None:
                editor.set_session_factory(self.database.session_factory)
            editor.set_choices(self.choices)
            editor.saved.connect(self.saved)
            editor.archived_changed.connect(self.archived_changed)
            editor.archived_changed.connect(self.changed)
            hint = self.editor_scroll.takeWidget()
            if hint is not None:
                hint.deleteLater()
            self.editor_scroll.setWidget(editor)
            self._editor = editor
            permit_page(self.page)  # the editor's buttons the user's role may not use
        return self._editor

    @property
    def built_editor(self) -> RecommendationEditor | None:
        return self._editor

    @property
    def follow_up(self) -> RecommendationFollowUpPanel:
        self.lazy_tabs.page("follow_up")
        assert self._follow_up is not None
        return self._follow_up

    @property
    def document_context(self) -> DocumentContextPanel:
        self.lazy_tabs.page("document_context")
        assert self._document_context is not None
        return self._document_context

    @property
    def history(self) -> HistoryPanel:
        self.lazy_tabs.page("history")
        assert self._history is not None
        return self._history

    def _follow_up_tab(self) -> QWidget:
        from desktop.ui.views.recommendation_followup import RecommendationFollowUpPanel

        panel = RecommendationFollowUpPanel()
        if self.database is not None:
            panel.set_database(self.database)
        panel.changed.connect(self.follow_up_changed)
        panel.changed.connect(self.changed)
        self._follow_up = panel
        # In a scroll area, as the details: on a laptop's screen the table keeps
        # its share of the height and the panel's three lists scroll.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        return scroll

    def _document_context_tab(self) -> QWidget:
        from desktop.ui.views.document_context_panel import DocumentContextPanel

        panel = DocumentContextPanel()
        if self.database is not None:
            panel.set_database(self.database)
        self._document_context = panel
        return panel

    def _history_tab(self) -> QWidget:
        from desktop.ui.views.history_panel import HistoryPanel

        panel = HistoryPanel("recommendation")
        if self.database is not None:
            panel.set_database(self.database)
        panel.show_record(self.current_id())
        self._history = panel
        return panel

    # -- data ------------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        self.database = database
        if self._editor is not None:
            self._editor.set_session_factory(database.session_factory)
        for panel in (self._follow_up, self._document_context, self._history):
            if panel is not None:
                panel.set_database(database)

    def set_choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        if self._editor is not None:
            self._editor.set_choices(choices)

    def load_tabs(self) -> None:
        """Show the current recommendation in the tabs that are built (the
        follow-up and the document context only while shown)."""
        rec_id = self.current_id()
        if self._history is not None:
            self._history.show_record(rec_id)
        shown = self.tabs.currentWidget()
        if self._document_context is not None and shown is self._document_context:
            self._document_context.load(rec_id)
        if self._follow_up is not None and shown.isAncestorOf(self._follow_up):
            self._follow_up.load(rec_id)
