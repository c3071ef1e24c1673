"""The lead and supporting agencies of an action, each with its focal point."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import AgencyRole
from desktop.services.actions import ActionAgency, AgencyChoice


class ActionAgenciesEditor(QWidget):
    def __init__(self, choices: Sequence[AgencyChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = {c.id: c for c in choices}
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("actionAgencies")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agency"), self.tr("Role"), self.tr("Focal point")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add_lead = QPushButton(self.tr("Add lead agency"))
        add_lead.setObjectName("addLeadAgency")
        add_lead.clicked.connect(lambda: self.add_row(None, AgencyRole.LEAD))
        add_support = QPushButton(self.tr("Add supporting agency"))
        add_support.clicked.connect(lambda: self.add_row(None, AgencyRole.SUPPORTING))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        for button in (add_lead, add_support, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_agencies(self, agencies: Sequence[ActionAgency]) -> None:
        self.table.setRowCount(0)
        for agency in agencies:
            self.add_row(agency.agency_id, agency.role, agency.focal_point_id)

    def add_row(
        self, agency_id: int | None, role: AgencyRole, focal_point_id: int | None = None
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        agency = QComboBox()
        agency.addItem("—", None)
        for choice in self.choices.values():
            if not choice.archived:
                agency.addItem(choice.name, choice.id)
            elif choice.id == agency_id:  # kept: assigned before it was archived
                agency.addItem(
                    self.tr("{name} (archived)").replace("{name}", choice.name), choice.id
                )
        roles = QComboBox()
        roles.addItem(self.tr("Lead"), AgencyRole.LEAD)
        roles.addItem(self.tr("Supporting"), AgencyRole.SUPPORTING)
        roles.setCurrentIndex(roles.findData(role))
        focal = QComboBox()
        self.table.setCellWidget(row, 0, agency)
        self.table.setCellWidget(row, 1, roles)
        self.table.setCellWidget(row, 2, focal)
        agency.currentIndexChanged.connect(lambda _i: self._fill_focal_points(agency, focal, None))
        agency.setCurrentIndex(max(0, agency.findData(agency_id)))
        # An assignment keeps its focal point, or its lack of one.
        self._fill_focal_points(agency, focal, focal_point_id, prefer_primary=agency_id is None)
        self.table.setCurrentCell(row, 0)
        return row

    def _fill_focal_points(
        self,
        agency: QComboBox,
        focal: QComboBox,
        selected: int | None,
        prefer_primary: bool = True,
    ) -> None:
        """The agency's focal points; ``selected``, else (an agency just chosen)
        its primary one."""
        focal.clear()
        focal.addItem("—", None)
        choice = self.choices.get(agency.currentData())
        for point_id, name in choice.focal_points if choice else ():
            focal.addItem(name, point_id)
        if selected is not None:
            focal.setCurrentIndex(max(0, focal.findData(selected)))
        elif prefer_primary and focal.count() > 1:
            focal.setCurrentIndex(1)  # the primary focal point

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def agencies(self) -> tuple[ActionAgency, ...]:
        found: list[ActionAgency] = []
        for row in range(self.table.rowCount()):
            agency = self.table.cellWidget(row, 0)
            role = self.table.cellWidget(row, 1)
            focal = self.table.cellWidget(row, 2)
            assert isinstance(agency, QComboBox)
            assert isinstance(role, QComboBox) and isinstance(focal, QComboBox)
            if agency.currentData() is not None:
                found.append(
                    ActionAgency(agency.currentData(), role.currentData(), focal.currentData())
                )
        return tuple(found)
