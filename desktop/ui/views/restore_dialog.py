"""File › Restore from backup…: the database's backups (when, why, how big,
what each holds) or any other backup file, and the restore itself, which is
refused while anything, this window included, has the database open: the
window lets go of its engine and holds still, the backup goes in place in the
background (the replaced file is kept beside it), and the window reopens the
database, restored or, when the restore was refused, unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.services.backups import (
    AUTO_REASON,
    BEFORE_IMPORT_REASON,
    BEFORE_UPGRADE_PREFIX,
    MANUAL_REASON,
    BackupInfo,
    list_backups,
)
from desktop.services.database import Database, open_database
from desktop.services.restore_audit import restore_recorded
from desktop.ui import workers
from desktop.ui.error_text import error_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# A database a restore replaced is kept as <name>.replaced-<time>: offered too, to undo one.
BACKUP_FILTER = "NMRF Desk backup (*.sqlite3 *.db *.replaced-*);;All files (*)"
COUNT_COLUMNS = ("recommendation", "agency", "implementation_plan", "action")
FIRST_COUNT_COLUMN = 3


# (lupdate reads calls of ``translate`` as well as ``QCoreApplication.translate``)
translate = QCoreApplication.translate


def reason_label(reason: str) -> str:
    """Why a backup was taken, as a person reads it; an unknown reason as it is."""
    if reason.startswith(BEFORE_UPGRADE_PREFIX):
        return translate("RestoreDialog", "Before an upgrade to a newer version")
    labels = {
        AUTO_REASON: translate("RestoreDialog", "Daily backup"),
        MANUAL_REASON: translate("RestoreDialog", "Made by hand"),
        BEFORE_IMPORT_REASON: translate("RestoreDialog", "Before an import"),
    }
    return labels.get(reason, reason)


def taken_at_label(taken_at: datetime) -> str:
    """When a backup was taken: the user's local time, in the user's locale, with
    the year in full (the short format of some locales has two digits)."""
    locale = QLocale()
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy")
    local = QDateTime.fromMSecsSinceEpoch(int(taken_at.timestamp() * 1000))
    return locale.toString(
        local, f"{date_format} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    )


def size_label(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def restore_unavailable_reason(database: Database) -> str:
    """Why File › Restore from backup… cannot be used on this database ("" when it can)."""
    if database.path is None:
        return translate(
            "RestoreDialog",
            "Backups of a database on a server are the server's business: its administrator"
            " takes them with pg_dump and restores them with pg_restore.",
        )
    if database.read_only:
        return translate(
            "RestoreDialog",
            "This database is open read-only ({reason}): no backup can be put in its place.",
        ).replace("{reason}", database.read_only_reason)
    return ""


def _restorable(backup: BackupInfo) -> bool:
    return not backup.problem and bool(backup.counts)


def configure_restore_action(action: QAction, database: Database) -> None:
    """Enable the menu entry for a writable SQLite database; else say why not."""
    reason = restore_unavailable_reason(database)
    action.setEnabled(not reason)
    action.setToolTip(reason)  # "" gives the entry's own text back
    action.setStatusTip(reason)


class RestoreDialog(QDialog):
    """The list of backups; emits ``restore_requested(path, label)`` once the user
    has confirmed (``label``: the backup's date, or the file's name)."""

    restore_requested = Signal(object, str)

    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_path = database_path
        self.folder = paths.backups_dir_for(database_path)
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(900, 440)

        intro = QLabel(
            self.tr(
                "Choose a backup to put in place of the database {path}. The current"
                " database is not deleted: it is kept beside it."
            ).replace("{path}", str(database_path))
        )
        intro.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 7)
        what = [self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Recommendations")]
        holds = [self.tr("Agencies"), self.tr("Plans"), self.tr("Actions")]
        self.table.setHorizontalHeaderLabels(what + holds)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)

        self.other_button = QPushButton(self.tr("Other file…"))
        self.other_button.setToolTip(self.tr("Restore a backup kept somewhere else"))
        self.other_button.clicked.connect(self.choose_other_file)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)

    # -- the list ---------------------------------------------------------
    def load(self) -> None:
        """Read the backups in the background (each is opened to count its rows)."""
        self.state.setText(self.tr("Reading the backups…"))
        self.table.setEnabled(False)
        self.restore_button.setEnabled(False)
        path = self.database_path
        workers.run_task(lambda: list_backups(path), self.show_backups, self._list_failed)

    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.clearSpans()
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            self._fill_row(row, backup)
        self.table.setEnabled(bool(backups))
        text = (
            self.tr("Backups are kept in {folder}")
            if backups
            else self.tr(
                "There are no backups of this database yet. NMRF Desk keeps them in"
                " {folder}: one a day when the database has changed, and one before each"
                " import and each upgrade. File › Back up… makes one now; “Other file…”"
                " restores a backup kept elsewhere."
            )
        )
        self.state.setText(text.replace("{folder}", str(self.folder)))
        self._selection_changed()

    def _fill_row(self, row: int, backup: BackupInfo) -> None:
        locale = QLocale()
        taken = QTableWidgetItem(taken_at_label(backup.taken_at))
        taken.setToolTip(str(backup.path))
        self.table.setItem(row, 0, taken)
        reason = QTableWidgetItem(reason_label(backup.reason))
        reason.setToolTip(backup.reason)
        self.table.setItem(row, 1, reason)
        # A backup that cannot be read is listed with no size (the service gives 0).
        size = "—" if backup.problem and not backup.size else size_label(backup.size)
        cells = [(2, size)]
        if not _restorable(backup):
            why = backup.problem or self.tr("it holds no NMRF Desk tables")
            problem = QTableWidgetItem(
                self.tr("Cannot be read: {problem}").replace("{problem}", why)
            )
            problem.setToolTip(problem.text())
            self.table.setItem(row, FIRST_COUNT_COLUMN, problem)
            self.table.setSpan(row, FIRST_COUNT_COLUMN, 1, len(COUNT_COLUMNS))
        else:
            for offset, table in enumerate(COUNT_COLUMNS):
                count = backup.counts.get(table)
                text = "—" if count is None else locale.toString(count)
                cells.append((FIRST_COUNT_COLUMN + offset, text))
        for column, text in cells:
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _list_failed(self, exc: Exception) -> None:
        text = self.tr("The backups cannot be read: {error}")
        self.state.setText(text.replace("{error}", error_text(exc)))

    def selected_backup(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        return self.backups[rows.pop()]

    def _selection_changed(self) -> None:
        backup = self.selected_backup()
        # A backup that cannot be read cannot be restored: its row says why.
        self.restore_button.setEnabled(backup is not None and _restorable(backup))

    # -- choosing -----------------------------------------------------------
    def select_row(self, row: int) -> None:
        # QTableView.selectRow picks its column at the viewport's edge, which
        # right to left can miss every column; the selection model does not.
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
        selection.setCurrentIndex(self.table.model().index(row, 0), flags)

    def _double_clicked(self, row: int, _column: int) -> None:
        self.select_row(row)
        self.restore_selected()

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not _restorable(backup):
            return
        when = taken_at_label(backup.taken_at)
        question = self.tr("Put the backup of {date} in place of the database?").replace(
            "{date}", when
        )
        if self._confirm(question):
            self._request(backup.path, when)

    def choose_other_file(self) -> None:
        start = self.folder if self.folder.is_dir() else self.database_path.parent
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(start),
            BACKUP_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        question = self.tr("Put the backup {file} in place of the database?").replace(
            "{file}", path
        )
        if self._confirm(question):
            self._request(Path(path), Path(path).name)

    def _confirm(self, question: str) -> bool:
        text = "\n\n".join(
            (
                question,
                str(self.database_path),
                self.tr(
                    "The current database is kept beside it, in the same folder, under a name"
                    " ending in “.replaced-” and the date and time: nothing is lost."
                ),
            )
        )
        answer = QMessageBox.question(self, self.tr("Restore from backup"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _request(self, path: Path, label: str) -> None:
        self.accept()
        self.restore_requested.emit(path, label)


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
