"""File › Restore from backup…: the database's backups (when, why, how big,
what each holds) or any other backup file to restore, chosen and confirmed
here; restore_flow.RestoreFlow then puts it in place."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from desktop.services.database import Database
from desktop.ui import workers
from desktop.ui.error_text import error_text

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
