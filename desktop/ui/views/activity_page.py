"""The Activity page: the audit trail of the whole database, newest first,
filtered by who, what (kind of record, action), when and where from; read a
page at a time (older entries when the table is scrolled to its end or on
request) and exported, as filtered, to XLSX."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.services.audit import ActivityFilter, AuditRow
from desktop.services.audit_names import NamedEntries, RecordNames, named_activity
from desktop.services.database import Database
from desktop.services.permissions import Operation
from desktop.services.users import list_users
from desktop.ui.audit_labels import (
    ENTITY_KINDS,
    action_label,
    change_summary,
    entity_label,
    export_words,
    local_time,
    source_label,
    subject_text,
)
from desktop.ui.error_text import error_text
from desktop.ui.i18n import interface_language
from desktop.ui.operations import LatestOnly, Progress, ReadOperation
from desktop.ui.views.date_field import OptionalDateEdit
from desktop.ui.views.pages import Page

PAGE_SIZE = 200
SOURCES = ("gui", "cli", "import", "form", "restore")

Index = QModelIndex | QPersistentModelIndex


class ActivityModel(QAbstractTableModel):
    """The entries read so far, and the names of the records they mention;
    more are appended as they are read."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AuditRow] = []
        self.names = RecordNames()
        self.headers: list[str] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 6:
                return change_summary(row, self.names, limit=40).replace("; ", "\n")
            return row.source if index.column() == 2 else self._cell(row, index.column())
        return None

    def _cell(self, row: AuditRow, column: int) -> str:
        cells = (
            lambda: local_time(row.at),
            lambda: row.login,
            lambda: source_label(row.source.partition(" sha256:")[0]),
            lambda: action_label(row.action),
            lambda: entity_label(row.entity, row.action) if row.entity else "",
            lambda: subject_text(row, self.names),
            lambda: change_summary(row, self.names),
        )
        return cells[column]()

    def set_rows(self, entries: NamedEntries) -> None:
        self.beginResetModel()
        self.rows = list(entries.rows)
        self.names = entries.names
        self.endResetModel()

    def append(self, entries: NamedEntries) -> None:
        self.names.update(entries.names)
        if entries.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(entries.rows) - 1)
            self.rows.extend(entries.rows)
            self.endInsertRows()


class ActivityPage(Page):
    key = "activity"
    fills_page = True
    watches = None  # every write adds to the trail

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self._latest = LatestOnly()
        self._notice = ""
        """A message to show with the next count (where an export was written)."""
        self.complete = False
        """True once the last (oldest) entry matching the filters has been read."""
        self.who = QComboBox()
        self.who.setObjectName("activityWho")
        self.who.setEditable(True)
        self.who.setMinimumContentsLength(12)
        self.who_edit = self.who.lineEdit()
        assert self.who_edit is not None
        self.who_edit.setPlaceholderText(self.tr("Anyone"))
        self.kind = self._choices("activityKind", [(entity_label(k), k) for k in ENTITY_KINDS])
        self.action = self._choices(
            "activityAction", [(action_label(op.value), op.value) for op in Operation]
        )
        self.source = self._choices("activitySource", [(source_label(s), s) for s in SOURCES])
        self.source.setItemText(3, self.tr("Import of a file"))
        self.source.setItemText(4, self.tr("Agency form"))
        self.source.setItemText(5, self.tr("Restore from backup"))
        self.since = OptionalDateEdit()
        self.since.setObjectName("activitySince")
        self.until = OptionalDateEdit()
        self.until.setObjectName("activityUntil")
        grid = QGridLayout()
        fields = (
            (self.tr("Who"), self.who),
            (self.tr("Record"), self.kind),
            (self.tr("Action"), self.action),
            (self.tr("Since"), self.since),
            (self.tr("Until"), self.until),
            (self.tr("From"), self.source),
        )
        for column, (label, widget) in enumerate(fields):
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(widget, 1, column)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setObjectName("activityShow")
        self.apply_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export to XLSX…"))
        self.export_button.setObjectName("activityExport")
        self.export_button.clicked.connect(self.choose_export)
        grid.addWidget(self.apply_button, 1, len(fields))
        grid.addWidget(self.export_button, 1, len(fields) + 1)
        grid.setColumnStretch(len(fields) + 2, 1)
        self.body.addLayout(grid)
        for combo in (self.kind, self.action, self.source):
            combo.activated.connect(lambda _i: self.reload())
        self.who_edit.returnPressed.connect(self.reload)
        self.who.activated.connect(lambda _i: self.reload())

        self.model = ActivityModel()
        self.model.headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("From"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Label"),
            self.tr("Changes"),
        ]
        self.table = QTableView()
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((140, 100, 110, 110, 120, 200)):
            self.table.setColumnWidth(column, width)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.status = QLabel()
        self.status.setObjectName("activityStatus")
        self.more_button = QPushButton(self.tr("Show older entries"))
        self.more_button.setObjectName("activityMore")
        self.more_button.clicked.connect(self.fetch_more)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(bottom)

    def _choices(self, name: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("Any"), None)
        for text, code in choices:
            combo.addItem(text, code)
        return combo

    def title(self) -> str:
        return self.tr("Activity")

    def blurb(self) -> str:
        return self.tr(
            "Everything done in this database: who did it, when, from where, and each"
            " field's old and new value. Nothing here can be changed or deleted."
        )

    # -- reading -----------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        self.database = database
        self.model.set_rows(NamedEntries([], RecordNames()))

    def current_filter(self) -> ActivityFilter:
        return ActivityFilter(
            since=self.since.value(),
            until=self.until.value(),
            login=self.who.currentText().strip() or None,
            action=self.action.currentData(),
            entity=self.kind.currentData(),
            source=self.source.currentData(),
            limit=PAGE_SIZE,
        )

    def reload(self) -> None:
        """Read the newest entries that match the filters (and the logins to offer)."""
        if self.database is None:
            return
        factory, filt = self.database.session_factory, self.current_filter()
        language = interface_language()
        self.status.setText(self.tr("Reading…"))

        def work() -> tuple[NamedEntries, list[str]]:
            entries = named_activity(factory, filt, language)
            return entries, [u.login for u in list_users(factory)]

        ReadOperation(self, work, self._loaded).latest(self._latest).on_error(self._failed).run()

    def _loaded(self, loaded: tuple[NamedEntries, list[str]]) -> None:
        entries, logins = loaded
        typed = self.who.currentText()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItems(logins)
        self.who.setEditText(typed)
        self.who.blockSignals(False)
        self.model.set_rows(entries)
        self._settle(len(entries.rows))

    def fetch_more(self) -> None:
        """Read the next older entries and add them at the end."""
        if self.database is None or self.complete or not self.model.rows:
            return
        factory = self.database.session_factory
        filt = replace(self.current_filter(), before_id=self.model.rows[-1].id)
        language = interface_language()
        self.more_button.setEnabled(False)
        ReadOperation(self, lambda: named_activity(factory, filt, language), self._more).within(
            self._latest
        ).on_error(self._failed).run()

    def _more(self, entries: NamedEntries) -> None:
        self.model.append(entries)
        self._settle(len(entries.rows))

    def _settle(self, read: int) -> None:
        self.complete = read < PAGE_SIZE
        self.more_button.setEnabled(not self.complete)
        count = len(self.model.rows)
        text = (
            self.tr("%Ln entries (all that match)", "", count)
            if self.complete
            else self.tr("%Ln entries shown; older ones are read as you scroll", "", count)
        )
        self.status.setText(f"{self._notice} · {text}" if self._notice else text)
        self._notice = ""

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() > 0 and self.more_button.isEnabled():
            self.fetch_more()

    def _failed(self, exc: Exception) -> None:
        self.more_button.setEnabled(not self.complete)
        self.status.setText(error_text(exc))

    # -- export ------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the activity"),
            "activity.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.export_to(Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx"))

    def export_to(self, dest: Path) -> None:
        """Write what the filters match (every entry, not only those shown) to
        ``dest``, in the words of the page (the interface language)."""
        if self.database is None:
            return
        from desktop.services.audit_export import export_activity

        factory, filt = self.database.session_factory, self.current_filter()
        headers = [
            self.tr("Entry"),
            self.tr("When (UTC)"),
            self.tr("Who"),
            self.tr("From"),
            self.tr("Action"),
            self.tr("Record kind"),
            self.tr("Record"),
            self.tr("Label"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]
        words = export_words(headers, self.tr("Activity"))

        def work(progress: Progress) -> int:
            return export_activity(
                factory,
                filt,
                dest,
                words=words,
                progress=progress.step,
                cancelled=progress.cancelled,
            )

        def done(count: int) -> None:
            self._notice = self.tr("Written to {path} (%Ln entries)", "", count).replace(
                "{path}", str(dest)
            )
            self.reload()  # the export is in the trail too

        ReadOperation(self, work, done).with_progress(
            self.tr("Exporting the activity…")
        ).error_title(self.tr("Export to XLSX")).disabling(self.export_button).run()
