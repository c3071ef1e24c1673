"""The Agencies page: the directory of ministries and institutions with their
focal points and assignments; create, edit, merge duplicates, and open an
agency's recommendations in the register."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from desktop.services.agencies import AgencyInfo, list_agencies, merge_agencies
from desktop.services.database import Database
from desktop.ui.operations import Changes, Kind
from desktop.ui.views.agency_dialog import AgencyDialog, kind_label
from desktop.ui.views.list_page import ListPage


class AgenciesPage(ListPage[AgencyInfo, list[AgencyInfo]]):
    key = "agencies"
    watches = frozenset({Kind.AGENCY, Kind.RECOMMENDATION, Kind.ACTION, Kind.CLUSTER})
    open_in_register = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            self.tr("Agency"),
            self.tr("Acronym"),
            self.tr("Kind"),
            self.tr("Focal point"),
            self.tr("Lead"),
            self.tr("Supporting"),
            self.tr("Actions"),
        ]
        super().__init__(headers, parent)
        self.table.setObjectName("agenciesTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_buttons(
            [
                (self.tr("New…"), self.new_agency),
                (self.tr("Edit…"), self.edit_selected),
                (self.tr("Merge selected…"), self.merge_selected),
                (self.tr("Show its recommendations"), self.show_in_register),
                (self.tr("Send update forms…"), self.send_update_forms),
            ]
        )
        self.end_buttons()

    def title(self) -> str:
        return self.tr("Agencies")

    def blurb(self) -> str:
        return self.tr(
            "Ministries, institutions and organisations responsible for implementation, "
            "with their focal points."
        )

    @property
    def agencies(self) -> list[AgencyInfo]:
        return self.rows

    def read(self, database: Database) -> Callable[[], list[AgencyInfo]]:
        factory = database.session_factory
        return lambda: list_agencies(factory)

    def fill(self, loaded: list[AgencyInfo]) -> None:
        self.rows = loaded
        self.table.setRowCount(len(loaded))
        for row, info in enumerate(loaded):
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

    def send_update_forms(self) -> None:
        """Write update workbooks for the selected agency, or for every one."""
        from desktop.ui.views.send_forms_dialog import SendFormsDialog

        if self.database is not None:
            chosen = self.selected()
            agency_id = chosen[0].id if len(chosen) == 1 else None
            SendFormsDialog(self.database, self.agencies, agency_id, self).open()

    def new_agency(self) -> None:
        # The dialog saves in the background and reports the change; the page
        # hears it like the others (also when the dialog is closed meanwhile).
        if self.database is not None:
            AgencyDialog(self.database.session_factory, None, self).exec()

    def edit_selected(self) -> None:
        info = self.one(self.tr("Select one agency to edit."))
        if info is not None and self.database is not None:
            AgencyDialog(self.database.session_factory, info, self).exec()

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
        # Their recommendations, actions and clusters now name the one kept.
        changes = Changes.of(Kind.AGENCY, [*merged, keep.id])
        for kind in (Kind.RECOMMENDATION, Kind.ACTION, Kind.CLUSTER):
            changes = changes | Changes.of(kind)
        self.write(lambda: merge_agencies(factory, merged, keep.id), changes)

    def show_in_register(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_in_register.emit(chosen[0].id)
