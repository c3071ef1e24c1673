"""The Clusters page: thematic clusters with their agencies and recommendation
counts; create, rename, prioritise, merge, delete, set agencies and hand them on
to the recommendations, and open one in the register."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.clusters import (
    ClusterInfo,
    create_cluster,
    delete_cluster,
    list_clusters,
    merge_clusters,
    update_cluster,
)
from desktop.services.database import Database
from desktop.ui.i18n import priority_label
from desktop.ui.operations import Changes, Kind
from desktop.ui.views.cluster_agencies import ClusterAgenciesActions
from desktop.ui.views.cluster_priority_dialog import ClusterPriorityDialog
from desktop.ui.views.list_page import ListPage


class ClustersPage(ListPage[ClusterInfo, list[ClusterInfo]]):
    key = "clusters"
    watches = frozenset({Kind.CLUSTER, Kind.RECOMMENDATION, Kind.AGENCY})
    open_in_register = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            self.tr("Cluster"),
            self.tr("Priority"),
            self.tr("Recommendations"),
            self.tr("Lead agency"),
            self.tr("Supporting agencies"),
        ]
        super().__init__(headers, parent)
        self.table.setObjectName("clustersTable")
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.show_in_register())
        self.agencies = ClusterAgenciesActions(self)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("clusterAgenciesUndo")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.agencies.undo)
        self.status_row.addWidget(self.undo_button)
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
        self.add_buttons(
            [
                (self.tr("New…"), self.new_cluster),
                (self.tr("Rename…"), self.rename_cluster),
                (self.tr("Priority…"), self.set_priority),
            ]
        )
        self.add_widget(self.agencies_button)
        self.add_buttons(
            [
                (self.tr("Merge selected…"), self.merge_selected),
                (self.tr("Delete"), self.delete_selected),
                (self.tr("Show in the register"), self.show_in_register),
            ]
        )
        self.end_buttons()

    def title(self) -> str:
        return self.tr("Clusters")

    def blurb(self) -> str:
        return self.tr("Thematic clusters that group recommendations for planning and reporting.")

    @property
    def clusters(self) -> list[ClusterInfo]:
        return self.rows

    def read(self, database: Database) -> Callable[[], list[ClusterInfo]]:
        factory = database.session_factory
        return lambda: list_clusters(factory)

    def fill(self, clusters: list[ClusterInfo]) -> None:
        self.rows = clusters
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

    def new_cluster(self) -> None:
        if self.database is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("New cluster"), self.tr("Name:"))
        if ok:
            factory = self.database.session_factory
            self.write(lambda: create_cluster(factory, name), Changes.of(Kind.CLUSTER))

    def rename_cluster(self) -> None:
        info = self.one(self.tr("Select one cluster to rename."))
        if info is None or self.database is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename cluster"), self.tr("Name:"), text=info.name
        )
        if ok:
            factory = self.database.session_factory
            self.write(
                lambda: update_cluster(
                    factory,
                    info.id,
                    info.version,
                    name,
                    info.description,
                    info.priority,
                    info.priority_rationale,
                ),
                Changes.of(Kind.CLUSTER, [info.id]),
            )

    def set_priority(self) -> None:
        info = self.one(self.tr("Select one cluster to prioritise."))
        if info is None or self.database is None:
            return
        dialog = ClusterPriorityDialog(info.name, info.priority, info.priority_rationale, self)
        if self._run(dialog):
            priority, rationale = dialog.value()
            factory = self.database.session_factory
            self.write(
                lambda: update_cluster(
                    factory, info.id, info.version, info.name, info.description, priority, rationale
                ),
                Changes.of(Kind.CLUSTER, [info.id]),
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
            changed = Changes.of(Kind.CLUSTER, [keep.id, *others]) | Changes.of(Kind.RECOMMENDATION)
            self.write(lambda: merge_clusters(factory, others, keep.id), changed)

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
            ids = [c.id for c in chosen]
            changed = Changes.of(Kind.CLUSTER, ids) | Changes.of(Kind.RECOMMENDATION)
            self.write(lambda: [delete_cluster(factory, i) for i in ids], changed)

    def show_in_register(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_in_register.emit(chosen[0].id)
