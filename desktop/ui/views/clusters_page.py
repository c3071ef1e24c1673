"""The Clusters page: thematic clusters with their agencies and recommendation
counts; create, rename, prioritise, merge, delete, set agencies and hand them on
to the recommendations, and open one in the register."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import NmrfError
from desktop.services.clusters import (
    ClusterInfo,
    create_cluster,
    delete_cluster,
    list_clusters,
    merge_clusters,
    update_cluster,
)
from desktop.services.database import Database
from desktop.ui import workers
from desktop.ui.i18n import priority_label
from desktop.ui.views.cluster_agencies import ClusterAgenciesActions
from desktop.ui.views.cluster_priority_dialog import ClusterPriorityDialog
from desktop.ui.views.pages import Page


class ClustersPage(Page):
    key = "clusters"
    fills_page = True
    open_in_register = Signal(int)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.clusters: list[ClusterInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("clustersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Cluster"),
                self.tr("Priority"),
                self.tr("Recommendations"),
                self.tr("Lead agency"),
                self.tr("Supporting agencies"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.show_in_register())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.agencies = ClusterAgenciesActions(self)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("clusterAgenciesUndo")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.agencies.undo)
        agencies_menu = QMenu(self)
        self.set_agencies_action = agencies_menu.addAction(
            self.tr("Lead and supporting agencies…"), self.agencies.edit
        )
        self.assign_agencies_action = agencies_menu.addAction(
            self.tr("Assign the cluster's agencies to its recommendations…"), self.agencies.assign
        )
        self.agencies_button = QPushButton(self.tr("Agencies"))
        self.agencies_button.setObjectName("clusterAgenciesButton")
        self.agencies_button.setMenu(agencies_menu)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("New…"), self.new_cluster),
            (self.tr("Rename…"), self.rename_cluster),
            (self.tr("Priority…"), self.set_priority),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.agencies_button)
        for text, slot in (
            (self.tr("Merge selected…"), self.merge_selected),
            (self.tr("Delete"), self.delete_selected),
            (self.tr("Show in the register"), self.show_in_register),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.undo_button)
        self.body.addLayout(buttons)
        self.body.addLayout(status)
        self.body.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Clusters")

    def blurb(self) -> str:
        return self.tr("Thematic clusters that group recommendations for planning and reporting.")

    def set_database(self, database: Database) -> None:
        self.database = database

    def reload(self) -> None:
        if self.database is None:
            return
        factory = self.database.session_factory
        workers.run_task(lambda: list_clusters(factory), self._loaded, self._failed)

    def _loaded(self, clusters: list[ClusterInfo]) -> None:
        self.clusters = clusters
        self.table.setRowCount(len(clusters))
        for row, info in enumerate(clusters):
            name = QTableWidgetItem(info.name)
            name.setData(Qt.ItemDataRole.UserRole, info.id)
            name.setToolTip(info.description)
            priority = QTableWidgetItem(priority_label(info.priority) if info.priority else "")
            priority.setToolTip(info.priority_rationale)
            lead = QTableWidgetItem("; ".join(info.leads))
            lead.setToolTip("\n".join(info.leads))
            supporting = QTableWidgetItem("; ".join(info.supporting))
            supporting.setToolTip("\n".join(info.supporting))
            count = QTableWidgetItem(QLocale().toString(info.recommendations))
            count.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((name, priority, count, lead, supporting)):
                self.table.setItem(row, column, item)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(str(exc))

    def selected(self) -> list[ClusterInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.clusters[row] for row in rows]

    def _do(self, action: object) -> bool:
        """Run a quick change; show what went wrong, if anything, and reload."""
        try:
            assert callable(action)
            action()
        except NmrfError as exc:
            QMessageBox.warning(self, self.tr("Clusters"), str(exc))
            return False
        self.reload()
        return True

    def new_cluster(self) -> None:
        if self.database is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("New cluster"), self.tr("Name:"))
        if ok:
            factory = self.database.session_factory
            self._do(lambda: create_cluster(factory, name))

    def rename_cluster(self) -> None:
        chosen = self.selected()
        if self.database is None or len(chosen) != 1:
            self.message.setText(self.tr("Select one cluster to rename."))
            return
        info = chosen[0]
        name, ok = QInputDialog.getText(
            self, self.tr("Rename cluster"), self.tr("Name:"), text=info.name
        )
        if ok:
            factory = self.database.session_factory
            self._do(
                lambda: update_cluster(
                    factory,
                    info.id,
                    info.version,
                    name,
                    info.description,
                    info.priority,
                    info.priority_rationale,
                )
            )

    def set_priority(self) -> None:
        chosen = self.selected()
        if self.database is None or len(chosen) != 1:
            self.message.setText(self.tr("Select one cluster to prioritise."))
            return
        info = chosen[0]
        dialog = ClusterPriorityDialog(info.name, info.priority, info.priority_rationale, self)
        if self._run(dialog):
            priority, rationale = dialog.value()
            factory = self.database.session_factory
            self._do(
                lambda: update_cluster(
                    factory, info.id, info.version, info.name, info.description, priority, rationale
                )
            )

    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; tests replace this to drive it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def merge_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or len(chosen) < 2:
            self.message.setText(self.tr("Select two or more clusters to merge."))
            return
        names = [c.name for c in chosen]
        target, ok = QInputDialog.getItem(
            self,
            self.tr("Merge clusters"),
            self.tr("Keep this one; the others join it:"),
            names,
            0,
            False,
        )
        if ok:
            keep = chosen[names.index(target)]
            factory = self.database.session_factory
            others = [c.id for c in chosen if c.id != keep.id]
            self._do(lambda: merge_clusters(factory, others, keep.id))

    def delete_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete clusters"),
            self.tr(
                "Delete {names}? Their recommendations stay in the register, without a cluster."
            ).replace("{names}", ", ".join(c.name for c in chosen)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            factory = self.database.session_factory
            self._do(lambda: [delete_cluster(factory, c.id) for c in chosen])

    def show_in_register(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_in_register.emit(chosen[0].id)
