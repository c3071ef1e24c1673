"""The pages the navigation leads to: each has its heading, what it is for,
and a body; a page hears of changes made elsewhere and reads its data again
when it is shown. ``PAGE_SPECS`` names every page by module and class, so a
page's module is imported and the page built the first time it is asked for
(``PageSet``): starting the program builds only the first page."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.ui.changes import Changes, Kind
from desktop.ui.permits import permit_page

if TYPE_CHECKING:
    from desktop.services.stats import Stats


class Page(QWidget):
    """A page: a heading, a line on what it holds, and a body."""

    key = ""
    fills_page = False
    """True for a page whose body takes all the height (a table), False for one
    whose content sits at the top."""
    watches: frozenset[Kind] | None = None
    """The kinds of record the page shows (None: every kind): a change to one
    of them makes the page stale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = False
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

    def notice_changes(self, changes: Changes, *, visible: bool) -> None:
        """A write somewhere changed ``changes``: read again now if the page is
        ``visible``, else when it is next shown. Changes the page made itself
        (it already shows them) are ignored."""
        if not changes.touches(self.watches) or self._made(changes.origin):
            return
        self.stale = True
        if visible:
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.stale = False
            self.reload()

    def _made(self, origin: object) -> bool:
        # A dialog the page opened is a window of its own: the page hears what
        # it saved, also when the dialog was closed before its save finished.
        widget = origin if isinstance(origin, QWidget) else None
        while widget is not None:
            if widget is self:
                return True
            if widget.isWindow():
                return False
            widget = widget.parentWidget()
        return False


@dataclass(frozen=True)
class PageSpec:
    """A page known by name: the navigation shows its title before it is built."""

    key: str
    module: str
    class_name: str
    title: Callable[[], str]
    """The page's translated title (the same text and context as its ``title()``)."""

    def build(self) -> Page:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        page = page_class()
        assert isinstance(page, Page) and page.key == self.key
        return page


def _spec(key: str, module: str, class_name: str, title: Callable[[], str]) -> PageSpec:
    return PageSpec(key, f"desktop.ui.views.{module}", class_name, title)


# Titles are translated in each page class's own context, where the page's
# ``self.tr`` finds them.
translate = QCoreApplication.translate
PAGE_SPECS: tuple[PageSpec, ...] = (
    _spec(
        "recommendations",
        "register_page",
        "RegisterPage",
        lambda: translate("RegisterPage", "Recommendations"),
    ),
    _spec(
        "clusters", "clusters_page", "ClustersPage", lambda: translate("ClustersPage", "Clusters")
    ),
    _spec("themes", "themes_page", "ThemesPage", lambda: translate("ThemesPage", "Themes")),
    _spec(
        "agencies", "agencies_page", "AgenciesPage", lambda: translate("AgenciesPage", "Agencies")
    ),
    _spec("plans", "plans_page", "PlansPage", lambda: translate("PlansPage", "Plans")),
    _spec(
        "consultations",
        "consultations_page",
        "ConsultationsPage",
        lambda: translate("ConsultationsPage", "Consultations"),
    ),
    _spec(
        "calendar",
        "calendar_page",
        "CalendarPage",
        lambda: translate("CalendarPage", "Reporting calendar"),
    ),
    _spec("reports", "reports_page", "ReportsPage", lambda: translate("ReportsPage", "Reports")),
    _spec(
        "dashboard",
        "dashboard_page",
        "DashboardPage",
        lambda: translate("DashboardPage", "Dashboard"),
    ),
    _spec(
        "activity", "activity_page", "ActivityPage", lambda: translate("ActivityPage", "Activity")
    ),
)


class PageSet(Mapping[str, Page]):
    """The window's pages by key, in navigation order, in ``stack``. A page is
    built the first time it is asked for (an empty widget holds its place until
    then); ``built`` is called once it is in the set, to connect and fill it.
    ``values()`` builds every page; ``built_pages()`` gives only those built so far."""

    def __init__(
        self,
        specs: tuple[PageSpec, ...],
        stack: QStackedWidget,
        built: Callable[[PageSpec, Page], None],
    ) -> None:
        self.specs = specs
        self._stack = stack
        self._built_hook = built
        self._pages: dict[str, Page] = {}
        self._specs = {spec.key: spec for spec in specs}
        for _ in specs:
            stack.addWidget(QWidget())

    def __getitem__(self, key: str) -> Page:
        page = self._pages.get(key)
        if page is None:
            spec = self._specs[key]
            page = self._build(spec)
            self._pages[key] = page
            self._built_hook(spec, page)
            permit_page(page)  # buttons the user's role may not use are disabled
        return page

    def _build(self, spec: PageSpec) -> Page:
        """Import the page's module, make the page and put it in its place in the stack."""
        page = spec.build()
        index = self.index(spec.key)
        current = self._stack.currentIndex()
        placeholder = self._stack.widget(index)
        assert placeholder is not None
        self._stack.insertWidget(index, page)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._stack.setCurrentIndex(current)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def built_pages(self) -> list[Page]:
        return [self._pages[s.key] for s in self.specs if s.key in self._pages]

    def index(self, key: str) -> int:
        return [spec.key for spec in self.specs].index(key)
