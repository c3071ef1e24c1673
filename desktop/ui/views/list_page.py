"""What the pages that list records in a table share (Agencies, Consultations,
the Reporting calendar, Clusters): a row of buttons, a message line, the table
with whole rows selected; reading in the background (a read overtaken by a
later one is dropped), the selected records, and changes made in the
background that the other pages hear of."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from desktop.domain.errors import ConflictError, NmrfError
from desktop.services.database import Database
from desktop.ui.error_text import error_text
from desktop.ui.operations import (
    Changes,
    LatestOnly,
    ReadOperation,
    WriteOperation,
    Written,
    show_conflict,
)
from desktop.ui.views.pages import Page

R = TypeVar("R")
"""A record the table lists, one a row."""
L = TypeVar("L")
"""What a read returns (the records, with what the page needs beside them)."""


class ListPage(Page, Generic[R, L]):
    """Buttons, a message line and a table of records, ``rows[i]`` on row ``i``.

    A page says what it reads (``read``) and how it shows it (``fill``); its
    ``__init__`` adds its buttons with ``add_buttons``.
    """

    fills_page = True
    loaded = Signal()

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.rows: list[R] = []
        self._latest = LatestOnly()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.status_row = QHBoxLayout()
        """The message line; a page may add a widget beside it (an Undo button)."""
        self.status_row.addWidget(self.message, 1)
        self.body.addLayout(self.buttons)
        self.body.addLayout(self.status_row)
        self.body.addWidget(self.table, 1)

    def add_buttons(self, buttons: Sequence[tuple[str, Callable[[], object]]]) -> None:
        """Push buttons, left to right (right to left in those languages)."""
        for text, slot in buttons:
            button = QPushButton(text)
            button.setObjectName(getattr(slot, "__name__", ""))  # found by permits.PAGE_RULES
            button.clicked.connect(slot)
            self.buttons.addWidget(button)

    def add_widget(self, widget: QWidget) -> None:
        """Another widget in the row of buttons (a button with a menu)."""
        self.buttons.addWidget(widget)

    def end_buttons(self) -> None:
        """The buttons keep to the start of the row."""
        self.buttons.addStretch(1)

    # -- reading -------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        self.database = database

    def reload(self) -> None:
        if self.database is None:
            return
        ReadOperation(self, self.read(self.database), self._read_done).latest(
            self._latest
        ).on_error(self.failed).run()

    def read(self, database: Database) -> Callable[[], L]:
        """The work that reads the page's data (run in the background)."""
        raise NotImplementedError

    def fill(self, loaded: L) -> None:
        """Fill ``rows`` and the table with what ``read`` returned."""
        raise NotImplementedError

    def _read_done(self, loaded: L) -> None:
        self.fill(loaded)
        self.loaded.emit()

    def failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    # -- the selection -----------------------------------------------------------------
    def selected(self) -> list[R]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[row] for row in rows if row < len(self.rows)]

    def one(self, refusal: str) -> R | None:
        """The one record selected; else ``refusal`` in the message line and None."""
        chosen = self.selected()
        if self.database is None or len(chosen) != 1:
            self.message.setText(refusal)
            return None
        return chosen[0]

    # -- changing ------------------------------------------------------------------
    def write(
        self,
        change: Callable[[], object],
        changes: Changes,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Make ``change`` in the background, tell the other pages it changed
        ``changes``, and read the list again; a failure goes to ``on_error``
        (else a message box titled with the page's name)."""

        def work() -> Written[None]:
            change()
            return Written(None, changes)

        WriteOperation(self, work, lambda _none: self.reload()).on_error(
            on_error or self.warn
        ).run()

    def warn(self, exc: Exception) -> None:
        """A failed change in a message box titled with the page's name (a record
        someone else changed meanwhile: the one message for that)."""
        if isinstance(exc, ConflictError):
            show_conflict(self)
            return
        text = error_text(exc) if isinstance(exc, NmrfError) else repr(exc)
        QMessageBox.warning(self, self.title(), text)
