"""The restore itself, once a backup is chosen and confirmed in the restore
dialog: refused while anything, this window included, has the database open,
so the window lets go of its engine and holds still, the backup goes in place
in the background (the replaced file is kept beside it), and the window reopens
the database, restored or, when the restore was refused, unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.services.database import Database, open_database
from desktop.services.restore_audit import restore_recorded
from desktop.ui import workers

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class RestoreFlow(QObject):
    """Puts a backup in place of the window's database and switches the window
    to it; on failure the window reopens its database unchanged and says why."""

    finished = Signal(bool)
    """True when the backup is in place and open."""

    def __init__(self, window: MainWindow, backup: Path, label: str) -> None:
        super().__init__(window)
        self.window = window
        self.backup = backup
        self.label = label
        self._held: list[QAction] = []

    def start(self) -> None:
        window, backup = self.window, self.backup
        path = window.database.path
        assert path is not None, "restore is offered for SQLite files only"
        self._hold(True)
        window._set_busy(+1)
        window.statusBar().showMessage(self.tr("Restoring the backup…"))
        # The window's own pooled connection would make the restore refuse.
        window.database.dispose()
        workers.run_task(lambda: restore_recorded(backup, path), self._restored, self._refused)

    def _restored(self, kept: Path | None) -> None:
        path = str(self.window.database.path)
        workers.run_task(
            lambda: open_database(path),
            lambda database: self._switch(database, kept),
            lambda exc: self._restored_but_unopened(exc, kept),
        )

    def _switch(self, database: Database, kept: Path | None) -> None:
        self._hold(False)
        self.window._database_opened(database)
        message = self.tr("Backup restored: {backup}.").replace("{backup}", self.label)
        self.window.statusBar().showMessage(message + self._kept(kept, " "))
        self.finished.emit(True)
        self.deleteLater()

    def _refused(self, error: Exception) -> None:
        path = str(self.window.database.path)
        workers.run_task(
            lambda: open_database(path),
            lambda database: self._reopened_unchanged(database, error),
            lambda exc: self._reopen_failed(error, exc),
        )

    def _reopened_unchanged(self, database: Database, error: Exception) -> None:
        self._hold(False)
        self.window._database_opened(database)
        self._fail(self._not_restored(error))

    def _reopen_failed(self, error: Exception, reopen_error: Exception) -> None:
        # Nothing was changed: the window goes on with its database object, whose
        # engine connects again when asked.
        self._hold(False)
        self.window._set_busy(-1)
        self._fail(self._not_restored(error) + "\n\n" + str(reopen_error))

    def _not_restored(self, error: Exception) -> str:
        return self.tr(
            "The backup was not restored; the database is as it was.\n\n{error}"
        ).replace("{error}", str(error))

    def _restored_but_unopened(self, error: Exception, kept: Path | None) -> None:
        # The file holds the backup, which cannot be opened: the pages stay still
        # until a database is opened or restored (the File menu still works).
        window, pages = self.window, self._pages()
        self._hold(False)
        pages.setEnabled(False)
        window.database_changed.connect(lambda: pages.setEnabled(True))
        window._set_busy(-1)
        text = self.tr("The backup was put in place but cannot be opened.\n\n{error}")
        text = text.replace("{error}", str(error))
        self._fail(text + self._kept(kept, "\n\n"))

    def _kept(self, kept: Path | None, separator: str) -> str:
        if kept is None:
            return ""
        text = self.tr("The database it replaced is kept at {path}")
        return separator + text.replace("{path}", str(kept))

    def _fail(self, text: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.critical(self.window, self.tr("Restore failed"), text)
        self.finished.emit(False)
        self.deleteLater()

    def _hold(self, hold: bool) -> None:
        """Nothing in the window may query the database while it is being replaced."""
        window = self.window
        if hold:
            menus = window.menuBar().findChildren(QMenu)
            self._held = [a for m in menus for a in m.actions() if a.isEnabled()]
        for action in self._held:
            action.setEnabled(not hold)
        window.menuBar().setEnabled(not hold)
        self._pages().setEnabled(not hold)
        window.alerts_button.setEnabled(not hold)

    def _pages(self) -> QWidget:
        central = self.window.centralWidget()
        assert central is not None
        return central
