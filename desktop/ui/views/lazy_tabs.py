"""Tabs whose pages are made the first time they are shown, or asked for:
until then an empty placeholder holds the tab's place (and its module is not
imported)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    """Pages of ``tabs`` built on first use. Connect ``tabs.currentChanged``
    after making this: the page is in place before such slots run."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._waiting: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._built: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._shown)

    def add(self, key: str, title: str, build: Callable[[], QWidget], room: int = 0) -> None:
        """A tab titled ``title`` at the end; ``build()`` makes its page. Its
        placeholder keeps ``room`` pixels of height for it, so that what is
        beside the tabs keeps its size when the page comes."""
        placeholder = QWidget()
        placeholder.setMinimumHeight(room)
        self.tabs.addTab(placeholder, title)
        self._waiting[key] = (placeholder, build)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def page(self, key: str) -> QWidget:
        """The page of tab ``key``, built now if it was not yet."""
        page = self._built.get(key)
        if page is None:
            placeholder, build = self._waiting.pop(key)
            page = build()
            self._built[key] = page
            self._put_in_place(placeholder, page)
        return page

    def _put_in_place(self, placeholder: QWidget, page: QWidget) -> None:
        """``page`` takes the placeholder's tab; the current tab stays current
        (and no ``currentChanged`` is emitted for the exchange)."""
        tabs = self.tabs
        index = tabs.indexOf(placeholder)
        current = tabs.currentIndex()
        blocked = tabs.blockSignals(True)
        try:
            tabs.insertTab(index, page, tabs.tabText(index))
            tabs.removeTab(index + 1)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()

    def _shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for key, (placeholder, _build) in list(self._waiting.items()):
            if placeholder is widget:
                self.page(key)
