"""The Agencies page: the directory of ministries and institutions with their
focal points and assignments; create, edit, merge duplicates, and open an
agency's recommendations in the register."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.agencies import AgencyInfo, list_agencies, merge_agencies
from desktop.services.database import Database
from desktop.ui import workers
from desktop.ui.operations import Changes, Kind, WriteOperation, Written
from desktop.ui.views.agency_dialog import AgencyDialog, kind_label
from desktop.ui.views.pages import Page


class AgenciesPage(Page):
    key = "agencies"
    watches = frozenset({Kind.AGENCY, Kind.RECOMMENDATION, Kind.ACTION, Kind.CLUSTER})
    fills_page = True
    open_in_register = Signal(int)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.agencies: list[AgencyInfo] = []
        headers = [
            self.tr("Agency"),
            self.tr("Acronym"),
            self.tr("Kind"),
            self.tr("Focal point"),
            self.tr("Lead"),
            self.tr("Supporting"),
            self.tr("Actions"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("agenciesTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.message = QLabel()
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("New…"), self.new_agency),
            (self.tr("Edit…"), self.edit_selected),
            (self.tr("Merge selected…"), self.merge_selected),
            (self.tr("Show its recommendations"), self.show_in_register),
            (self.tr("Send update forms…"), self.send_update_forms),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.message)
        self.body.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Agencies")

    def blurb(self) -> str:
        return self.tr(
            "Ministries, institutions and organisations responsible for implementation, "
            "with their focal points."
        )

    def set_database(self, database: Database) -> None:
        self.database = database

    def reload(self) -> None:
        if self.database is None:
            return
        factory = self.database.session_factory
        workers.run_task(
            lambda: list_agencies(factory), self._loaded, lambda exc: self.message.setText(str(exc))
        )

    def _loaded(self, agencies: list[AgencyInfo]) -> None:
        self.agencies = agencies
        self.table.setRowCount(len(agencies))
        for row, info in enumerate(agencies):
            point = info.data.focal_points[0] if info.data.focal_points else None
            cells = [
                info.data.name,
                info.data.acronym,
                kind_label(info.data.kind),
                f"{point.name} <{point.email}>"
                if point and point.email
                else (point.name if point else ""),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            for column, number in enumerate((info.lead, info.supporting, info.actions), start=4):
                item = QTableWidgetItem(QLocale().toString(number))
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
                self.table.setItem(row, column, item)
        self.loaded.emit()

    def selected(self) -> list[AgencyInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.agencies[row] for row in rows]

    def send_update_forms(self) -> None:
        """Write update workbooks for the selected agency, or for every one."""
        from desktop.ui.views.send_forms_dialog import SendFormsDialog

        if self.database is not None:
            chosen = self.selected()
            agency_id = chosen[0].id if len(chosen) == 1 else None
            SendFormsDialog(self.database, self.agencies, agency_id, self).open()

    def new_agency(self) -> None:
        if self.database is not None:
            self._open_dialog(AgencyDialog(self.database.session_factory, None, self))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or len(chosen) != 1:
            self.message.setText(self.tr("Select one agency to edit."))
            return
        self._open_dialog(AgencyDialog(self.database.session_factory, chosen[0], self))

    def _open_dialog(self, dialog: AgencyDialog) -> None:
        if dialog.exec():
            self.reload()

    def merge_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or len(chosen) < 2:
            self.message.setText(self.tr("Select two or more agencies to merge."))
            return
        names = [a.data.name for a in chosen]
        keep_name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge agencies"),
            self.tr("Keep this one; the others join it:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        keep = chosen[names.index(keep_name)]
        factory, merged = self.database.session_factory, [a.id for a in chosen if a.id != keep.id]

        def work() -> Written[None]:
            merge_agencies(factory, merged, keep.id)
            # Their recommendations, actions and clusters now name the one kept.
            changes = Changes.of(Kind.AGENCY, [*merged, keep.id])
            for kind in (Kind.RECOMMENDATION, Kind.ACTION, Kind.CLUSTER):
                changes = changes | Changes.of(kind)
            return Written(None, changes)

        WriteOperation(self, work, lambda _none: self.reload()).error_title(
            self.tr("Agencies")
        ).run()

    def show_in_register(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_in_register.emit(chosen[0].id)
