"""The main window's commands on the database file (File menu): a new or
another database opened in the background, a backup made by hand, the daily
backup, and Restore from backup…. A mixin of MainWindow, whose translation
context ("MainWindow") its strings keep."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services.backups import automatic_backup, backup_database
from desktop.services.database import Database, open_database
from desktop.ui import workers
from desktop.ui.error_text import error_text
from desktop.ui.i18n import isolated
from desktop.ui.views.restore_dialog import RestoreDialog, configure_restore_action

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.main_window import MainWindow
    from desktop.ui.views.integrity_check import IntegrityCheck
    from desktop.ui.views.pages import PageSet
    from desktop.ui.views.restore_flow import RestoreFlow

    # The type checker sees the window the mixin is part of; at run time it is a
    # plain class in front of QMainWindow in MainWindow's bases.
    _Window = QMainWindow
else:
    _Window = object

DB_FILTER = "NMRF Desk database (*.sqlite3 *.db);;All files (*)"

# (lupdate reads calls of ``translate`` as well as ``QCoreApplication.translate``)
translate = QCoreApplication.translate


class DatabaseFileCommands(_Window):
    """New, Open, Back up and Restore of the File menu, and the daily backup."""

    if TYPE_CHECKING:  # MainWindow's, which these commands use
        database: Database
        pages: PageSet
        integrity_check: IntegrityCheck
        action_restore: QAction
        database_changed: SignalInstance
        _backed_up_today: bool

        def _set_busy(self, delta: int) -> None: ...
        def _show_database_in_status(self) -> None: ...
        def load(self) -> None: ...

    def _automatic_backup(self) -> None:
        """The daily backup (only when the database changed), off the GUI thread,
        once the database has been found sound."""
        if self.integrity_check.problems != []:
            return
        if self._backed_up_today or self.database.read_only or self.database.path is None:
            return
        self._backed_up_today = True
        database = self.database
        workers.run_task(
            lambda: automatic_backup(database), self._automatic_backup_done, self._backup_failed
        )

    def _automatic_backup_done(self, written: Path | None) -> None:
        if written is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "Daily backup written and verified: {path}").replace(
                    "{path}", str(written)
                ),
                10_000,
            )

    def choose_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "New database"),
            "",
            DB_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self,
                    translate("MainWindow", "New database"),
                    translate(
                        "MainWindow", "{path} already exists. Choose a new file name, or use Open."
                    ).replace("{path}", path),
                )
                return
            self.open_database_file(path, create=True)

    def choose_database_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open database"),
            "",
            DB_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.open_database_file(path, create=False)

    def open_database_file(self, path: str, create: bool = False) -> None:
        """Open (or create) another database in the background; on failure the
        current one stays open and the user is told why."""
        self._set_busy(+1)
        workers.run_task(
            lambda: open_database(path, create=create),
            self._database_opened,
            self._database_open_failed,
        )

    def _database_opened(self, database: Database) -> None:
        self._set_busy(-1)
        old, self.database = self.database, database
        for page in self.pages.built_pages():
            page.set_database(database)
        old.dispose()
        self._backed_up_today = False
        self.integrity_check.problems = []  # open_database checked it, in the background
        self._show_database_in_status()
        self.database_changed.emit()
        self.load()

    def _database_open_failed(self, exc: Exception) -> None:
        self._set_busy(-1)
        QMessageBox.critical(
            self,
            translate("MainWindow", "Cannot open the database"),
            translate(
                "MainWindow",
                "The database could not be opened; the current one stays open.\n\n{error}",
            ).replace("{error}", error_text(exc)),
        )

    def choose_backup_destination(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Back up the database"),
            "",
            DB_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.back_up_to(path)

    def back_up_to(self, path: str) -> None:
        self._set_busy(+1)
        database = self.database
        workers.run_task(
            lambda: backup_database(database, Path(path)), self._backup_done, self._backup_failed
        )

    def _backup_done(self, written: Path) -> None:
        self._set_busy(-1)
        self.statusBar().showMessage(
            translate("MainWindow", "Backup written and verified: {path}").replace(
                "{path}", isolated(str(written))
            )
        )

    def _backup_failed(self, exc: Exception) -> None:
        self._set_busy(-1)
        QMessageBox.critical(self, translate("MainWindow", "Backup failed"), error_text(exc))

    def _update_restore_action(self) -> None:
        configure_restore_action(self.action_restore, self.database)

    def show_restore(self) -> RestoreDialog:
        """List the database's backups (read in the background); one chosen and
        confirmed is restored by ``restore_from``."""
        assert self.database.path is not None, "restore is offered for SQLite files only"
        dialog = RestoreDialog(self.database.path, self)
        dialog.restore_requested.connect(self.restore_from)
        dialog.open()
        dialog.load()
        return dialog

    def restore_from(self, backup: Path, label: str) -> RestoreFlow:
        """Put ``backup`` in place of the database and reopen it (restore_flow.RestoreFlow)."""
        from desktop.ui.views.restore_flow import RestoreFlow

        flow = RestoreFlow(cast("MainWindow", self), backup, label)
        flow.start()
        return flow
