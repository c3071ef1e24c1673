"""The integrity check of the open database, run in the background once the
first page shows (a large database takes a noticeable time to check, so the
window does not wait for it). Damage found is said in a message that offers
File › Restore from backup…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.services.database import integrity_problems
from desktop.ui.error_text import error_text
from desktop.ui.operations import ReadOperation

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class IntegrityCheck(QObject):
    """Checks ``window``'s database once, when its first page has shown (or
    failed to); ``message`` is the box shown when the check finds damage.
    ``passed`` is emitted when the database is found sound."""

    passed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.message: QMessageBox | None = None
        self.problems: list[str] | None = None
        """What the check found (None: not checked yet; empty: sound)."""
        self._requested = False

    def start_soon(self) -> None:
        """Check once the event loop has shown what is ready (the first call only)."""
        if not self._requested:
            self._requested = True
            QTimer.singleShot(0, self, self.start)

    def start(self) -> None:
        database = self.window.database
        if database.path is None:
            self.problems = []  # a server checks its own storage
            self.passed.emit()
            return
        ReadOperation(self.window, lambda: integrity_problems(database), self._checked).on_error(
            lambda exc: self._checked([error_text(exc)])
        ).run()

    def _checked(self, problems: list[str]) -> None:
        self.problems = problems
        if problems:
            self._show_damage(problems[0])
        else:
            self.passed.emit()

    def _show_damage(self, detail: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Damaged database"))
        box.setText(
            self.tr(
                "The integrity check found damage in this database. What it shows may be"
                " incomplete, and changes may be lost. Restore a backup now: the damaged"
                " file is kept beside it."
            )
        )
        box.setInformativeText(self.tr("SQLite reports: {detail}").replace("{detail}", detail))
        action = self.window.action_restore
        if action.isEnabled():
            restore = box.addButton(
                self.tr("Restore from backup…"), QMessageBox.ButtonRole.AcceptRole
            )
            restore.clicked.connect(self.window.show_restore)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setModal(False)
        self.message = box
        box.open()
