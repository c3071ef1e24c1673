"""The Themes page: the vocabulary recommendations are tagged with, themes
and groups of persons in two tabs, with their recommendation counts; rename,
and merge spellings that mean the same thing into one (undoable)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.services.database import Database
from desktop.services.themes import VocabularyKind
from desktop.ui.operations import Kind
from desktop.ui.views.pages import Page
from desktop.ui.views.vocabulary_tab import VocabularyTab


class ThemesPage(Page):
    key = "themes"
    fills_page = True
    watches = frozenset({Kind.THEME, Kind.RECOMMENDATION})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.themes = VocabularyTab(VocabularyKind.THEMES)
        self.persons = VocabularyTab(VocabularyKind.AFFECTED_PERSONS)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.themes, self.tr("Themes"))
        self.tabs.addTab(self.persons, self.tr("Groups of persons"))
        self.body.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Themes")

    def blurb(self) -> str:
        return self.tr(
            "The themes and groups of persons recommendations are tagged with. Imports match"
            " names ignoring case, spacing, punctuation and “&”/“and”; rename a name here, or"
            " merge names that mean the same thing into one."
        )

    def set_database(self, database: Database) -> None:
        self.themes.set_database(database)
        self.persons.set_database(database)

    def reload(self) -> None:
        # Read when seen: the window reloads every page at start and after an
        # import, and counting links over 250,000 recommendations is not free.
        if self.isVisible():
            self._read()

    def showEvent(self, event: QShowEvent) -> None:
        # Read each time the page is opened (a few hundred rows), which also
        # covers a change heard while it was hidden.
        super().showEvent(event)
        self.stale = False
        self._read()

    def _read(self) -> None:
        self.themes.reload()
        self.persons.reload()
