"""The pages the navigation leads to. The foundation gives each its heading,
what it is for, and the live figures it can show; later issues fill them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.stats import Stats


class Page(QWidget):
    """A page: a heading, a line on what it holds, and a body."""

    key = ""
    fills_page = False
    """True for a page whose body takes all the height (a table), False for one
    whose content sits at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
