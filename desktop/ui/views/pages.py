"""The pages the navigation leads to: each has its heading, what it is for,
and a body; a page hears of changes made elsewhere and reads its data again
when it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.stats import Stats
from desktop.ui.changes import Changes, Kind


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
        widget = origin if isinstance(origin, QWidget) else None
        while widget is not None:
            if widget is self:
                return True
            widget = widget.parentWidget()
        return False
