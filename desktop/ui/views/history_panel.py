"""The History tab of a record (a recommendation, an action, a plan, an
agency): who changed what and when, each field's old and new value, and where
the change came from. Read in the background when the tab is shown; read
again when a write elsewhere touches the record."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.audit import AuditRow
from desktop.services.audit_agency import AssignmentGroup
from desktop.services.audit_assignments import ASSIGNED_BY
from desktop.services.audit_names import NamedEntries, RecordNames, named_history
from desktop.services.database import Database
from desktop.ui.audit_assignment_rows import assignment_item
from desktop.ui.audit_labels import (
    action_label,
    entity_label,
    field_changes,
    local_time,
    source_label,
    subject_text,
)
from desktop.ui.changes import Changes, Kind, broadcaster
from desktop.ui.error_text import error_text
from desktop.ui.i18n import interface_language
from desktop.ui.operations import LatestOnly, ReadOperation

ENTITY_KINDS = {
    "recommendation": Kind.RECOMMENDATION,
    "action": Kind.ACTION,
    "implementation_plan": Kind.PLAN,
    "agency": Kind.AGENCY,
}
"""The records that have a History tab: their table, and the kind of change."""


class HistoryPanel(QWidget):
    """The history of one record of table ``entity`` (``show_record(id)``)."""

    COLUMNS = 6

    def __init__(self, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.entity = entity
        self.kind = ENTITY_KINDS[entity]
        self.session_factory: sessionmaker[Session] | None = None
        self.record_id: int | None = None
        self.rows: list[AuditRow] = []
        self.names = RecordNames()
        self._shown_id: int | None = None
        """The record whose history the tree shows (None: none read yet)."""
        self._latest = LatestOnly()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("From"),
            ]
        )
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        widths = (135, 100, 165, 125, 125, 80)
        if entity == "agency":  # its assignments name recommendations and count them
            widths = (135, 90, 165, 150, 150, 80)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        broadcaster().changed.connect(self._heard)

    def set_database(self, database: Database) -> None:
        self.set_session_factory(database.session_factory)

    def set_session_factory(self, factory: sessionmaker[Session]) -> None:
        self.session_factory = factory
        self._shown_id = None
        self._latest.drop_pending()

    def show_record(self, record_id: int | None) -> None:
        """The record to show the history of; read now if the tab is shown, else
        when it is."""
        self.record_id = record_id
        if record_id is None:
            self._latest.drop_pending()
            self._show(NamedEntries([], RecordNames()), None)
        elif self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.record_id is not None and self._shown_id != self.record_id:
            self.reload()

    def reload(self) -> None:
        factory, record_id, entity = self.session_factory, self.record_id, self.entity
        if factory is None or record_id is None:
            return
        language = interface_language()
        self.message.setText(self.tr("Reading the history…"))
        ReadOperation(
            self,
            lambda: named_history(factory, entity, record_id, language),
            lambda entries: self._show(entries, record_id),
        ).latest(self._latest).on_error(lambda exc: self.message.setText(error_text(exc))).run()

    def _heard(self, changes: Changes) -> None:
        """A write touched this record: its history has a new entry."""
        if self.record_id is None or not changes.touches([self.kind]):
            return
        ids = changes.ids_of(self.kind)
        if ids and self.record_id not in ids:
            return
        self._shown_id = None
        if self.isVisible():
            self.reload()

    def _show(self, entries: NamedEntries, record_id: int | None) -> None:
        rows = entries.rows
        self.rows = list(reversed(rows))  # newest first
        self.names = entries.names
        self._shown_id = record_id
        self.tree.clear()
        if record_id is None:
            self.message.setText(self.tr("Choose a record to see its history."))
            return
        if not rows:
            self.message.setText(
                self.tr("Nothing has been recorded about this record since the trail began.")
            )
            return
        self.message.setText(self.tr("Newest first; times are this computer's local time."))
        items = [self._entry_item(row) for row in self.rows]
        self.tree.addTopLevelItems(items)
        for item in items:
            item.setExpanded(True)

    def _entry_item(self, row: AuditRow) -> QTreeWidgetItem:
        if isinstance(row, AssignmentGroup):  # an agency's assignments, a row per change
            return assignment_item(row, self.names)
        what = action_label(row.action)
        related = row.entity != self.entity  # an agency assignment of this record
        if related:
            what = f"{what}: {entity_label(row.entity)}"
        item = QTreeWidgetItem(
            [local_time(row.at), row.login, what, "", "", source_label(row.source)]
        )
        item.setToolTip(5, row.source)
        if related and row.changes:  # the field pointing back at this record says nothing
            own = ASSIGNED_BY.get(self.entity)
            row = replace(row, changes={k: v for k, v in row.changes.items() if k != own})
        changes = field_changes(row, self.names)
        if related and not changes:  # written without its fields (a bulk assignment)
            changes = [(entity_label(row.entity), "", subject_text(row, self.names))]
        for name, old, new in changes:
            child = QTreeWidgetItem(["", "", name, old, new, ""])
            child.setToolTip(3, old)
            child.setToolTip(4, new)
            item.addChild(child)
        return item


def add_history_tab(
    tabs: QTabWidget, entity: str, database: Database | None = None, record_id: int | None = None
) -> HistoryPanel:
    """A History tab at the end of ``tabs`` for record ``record_id`` of ``entity``."""
    panel = HistoryPanel(entity)
    if database is not None:
        panel.set_database(database)
    panel.show_record(record_id)
    tabs.addTab(panel, QCoreApplication.translate("HistoryPanel", "History"))
    return panel


def add_history_section(
    layout: QBoxLayout, entity: str, factory: sessionmaker[Session], record_id: int
) -> HistoryPanel:
    """A "History" heading and the history of record ``record_id`` at the end
    of ``layout`` (a dialog without tabs)."""
    panel = HistoryPanel(entity)
    panel.set_session_factory(factory)
    panel.show_record(record_id)
    layout.addWidget(QLabel(QCoreApplication.translate("HistoryPanel", "History")))
    layout.addWidget(panel, 1)
    return panel
