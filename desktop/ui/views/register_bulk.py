"""Bulk actions from the register: a menu on the selection (or on everything
matching, when every row is selected), run in the background with progress
and Cancel, a summary afterwards, and Ctrl+Z to undo the last one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.domain.vocab import AgencyRole, ImplementationStatus, Priority
from desktop.services.bulk import (
    BulkAction,
    BulkCancelled,
    BulkKind,
    BulkResult,
    UndoRecord,
    apply_bulk,
    undo_bulk,
)
from desktop.services.choices import FilterChoices
from desktop.services.register import RegisterFilter
from desktop.ui.error_text import error_text
from desktop.ui.i18n import priority_label, status_label
from desktop.ui.operations import Changes, Kind, Progress, WriteOperation, Written

Targets = Sequence[int] | RegisterFilter


class BulkController(QObject):
    """Builds the bulk menu for a register page and runs what is chosen."""

    finished = Signal(str)  # the summary shown to the user

    def __init__(
        self,
        parent: QWidget,
        session_factory: Callable[[], Any],
        targets: Callable[[], tuple[Targets, int]],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session_factory = session_factory
        self.targets = targets
        self.choices = FilterChoices([], [], [])
        self.last_undo: UndoRecord | None = None
        self.operation: WriteOperation[BulkResult] | None = None
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), parent, self.undo_last)

    def menu(self) -> QMenu:
        menu = QMenu(self.tr("Bulk actions"), self.parent_widget)
        status = menu.addMenu(self.tr("Set implementation status"))
        for code in ImplementationStatus:
            self._add(status, status_label(code), BulkAction(BulkKind.STATUS, code))
        priority = menu.addMenu(self.tr("Set priority"))
        for level in Priority:
            self._add(priority, priority_label(level), BulkAction(BulkKind.PRIORITY, level))
        self._add(priority, self.tr("(none)"), BulkAction(BulkKind.PRIORITY, None))
        cluster = menu.addMenu(self.tr("Put in cluster"))
        for cluster_id, name in self.choices.clusters:
            self._add(cluster, name, BulkAction(BulkKind.CLUSTER, cluster_id))
        self._add(cluster, self.tr("(no cluster)"), BulkAction(BulkKind.CLUSTER, None))
        for role, title in (
            (AgencyRole.LEAD, self.tr("Assign lead agency")),
            (AgencyRole.SUPPORTING, self.tr("Assign supporting agency")),
        ):
            agencies = menu.addMenu(title)
            for agency_id, name in self.choices.agencies:
                self._add(agencies, name, BulkAction(BulkKind.ASSIGN_AGENCY, agency_id, role))
        menu.addSeparator()
        self._add(menu, self.tr("Archive"), BulkAction(BulkKind.ARCHIVE))
        undo = menu.addAction(self.tr("Undo the last bulk action"))
        undo.setEnabled(self.last_undo is not None)
        undo.triggered.connect(self.undo_last)
        return menu

    def _add(self, menu: QMenu, label: str, action: BulkAction) -> QAction:
        item = menu.addAction(label)
        item.triggered.connect(lambda _checked=False, a=action: self.run(a))
        return item

    # -- running -------------------------------------------------------------------
    def run(self, action: BulkAction) -> None:
        targets, count = self.targets()
        if count == 0:
            self.finished.emit(self.tr("Select recommendations first."))
            return
        factory = self.session_factory()

        def work(progress: Progress) -> Written[BulkResult]:
            result = apply_bulk(
                factory, targets, action, progress=progress.step, cancelled=progress.cancelled
            )
            return Written(result, _changes_of(action, targets))

        self.operation = (
            WriteOperation(self.parent_widget, work, self._done)
            .with_progress(
                self.tr("Changing {count} recommendations…").replace("{count}", str(count))
            )
            .on_cancelled(lambda: self.finished.emit(self.tr("Cancelled: nothing was changed.")))
            .on_error(self._failed)
        )
        self.operation.run()

    def _done(self, result: BulkResult) -> None:
        self.last_undo = result.undo
        self.finished.emit(
            self.tr("Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.")
            .replace("{changed}", str(result.changed))
            .replace("{selected}", str(result.selected))
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, BulkCancelled):
            self.finished.emit(self.tr("Cancelled: nothing was changed."))
            return
        QMessageBox.critical(self.parent_widget, self.tr("Bulk action failed"), error_text(exc))
        self.finished.emit(self.tr("Nothing was changed."))

    def undo_last(self) -> None:
        undo = self.last_undo
        if undo is None:
            self.finished.emit(self.tr("There is no bulk action to undo."))
            return
        factory = self.session_factory()

        def work() -> Written[int]:
            return Written(undo_bulk(factory, undo), Changes.everything())

        def done(count: int) -> None:
            self.last_undo = None
            self.finished.emit(
                self.tr("Undone: {count} recommendations as they were.").replace(
                    "{count}", str(count)
                )
            )

        WriteOperation(self.parent_widget, work, done).on_error(self._failed).run()


def _changes_of(action: BulkAction, targets: Targets) -> Changes:
    """Recommendations (these ids, or those of a filter), and what they were tied to."""
    ids = () if isinstance(targets, RegisterFilter) else targets
    changes = Changes.of(Kind.RECOMMENDATION, ids)
    if action.kind == BulkKind.CLUSTER:
        changes = changes | Changes.of(Kind.CLUSTER)
    elif action.kind == BulkKind.ASSIGN_AGENCY:
        changes = changes | Changes.of(Kind.AGENCY)
    return changes
