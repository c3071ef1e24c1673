"""Create or edit an agency and its focal points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.vocab import AgencyKind
from desktop.services.agencies import AgencyData, AgencyInfo, FocalPointData, save_agency
from desktop.ui.operations import Changes, Kind, WriteOperation, Written
from desktop.ui.views.history_panel import add_history_section


def kind_label(kind: AgencyKind) -> str:
    labels = {
        AgencyKind.MINISTRY: QCoreApplication.translate("AgencyKind", "Ministry"),
        AgencyKind.DEPARTMENT: QCoreApplication.translate("AgencyKind", "Department"),
        AgencyKind.PARLIAMENT: QCoreApplication.translate("AgencyKind", "Parliament"),
        AgencyKind.JUDICIARY: QCoreApplication.translate("AgencyKind", "Judiciary"),
        AgencyKind.NHRI: QCoreApplication.translate(
            "AgencyKind", "National human rights institution"
        ),
        AgencyKind.STATISTICS_OFFICE: QCoreApplication.translate("AgencyKind", "Statistics office"),
        AgencyKind.CIVIL_SOCIETY: QCoreApplication.translate("AgencyKind", "Civil society"),
        AgencyKind.LOCAL_GOVERNMENT: QCoreApplication.translate("AgencyKind", "Local government"),
        AgencyKind.OTHER: QCoreApplication.translate("AgencyKind", "Other"),
    }
    return labels[kind]


class AgencyDialog(QDialog):
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        info: AgencyInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.info = info
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit agency") if info else self.tr("New agency"))
        data = info.data if info else AgencyData(name="")
        self.name = QLineEdit(data.name)
        self.acronym = QLineEdit(data.acronym)
        self.kind = QComboBox()
        for kind in AgencyKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.notes = QLineEdit(data.notes)
        self.points = QTableWidget(0, 4)
        self.points.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.points.horizontalHeader().setStretchLastSection(True)
        for point in data.focal_points:
            self.add_point(point)
        add = QPushButton(self.tr("Add focal point"))
        add.clicked.connect(lambda: self.add_point(FocalPointData("")))
        remove = QPushButton(self.tr("Remove focal point"))
        remove.clicked.connect(lambda: self.points.removeRow(self.points.currentRow()))
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Acronym:"), self.acronym)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Notes:"), self.notes)
        point_buttons = QHBoxLayout()
        point_buttons.addWidget(add)
        point_buttons.addWidget(remove)
        point_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Focal points (the first is the main contact):")))
        layout.addWidget(self.points)
        layout.addLayout(point_buttons)
        if info is not None:  # what was done to the agency, by whom
            self.history = add_history_section(layout, "agency", session_factory, info.id)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if info is None:
            self.resize(640, 420)
        else:  # room for the six columns of its History
            self.resize(820, 720)

    def add_point(self, point: FocalPointData) -> None:
        row = self.points.rowCount()
        self.points.insertRow(row)
        for column, value in enumerate((point.name, point.title, point.email, point.phone)):
            self.points.setItem(row, column, QTableWidgetItem(value))

    def current_data(self) -> AgencyData:
        def cell(row: int, column: int) -> str:
            item = self.points.item(row, column)
            return item.text() if item else ""

        points = tuple(
            FocalPointData(cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3))
            for r in range(self.points.rowCount())
            if any(cell(r, c).strip() for c in range(4))
        )
        return AgencyData(
            name=self.name.text(),
            acronym=self.acronym.text(),
            kind=AgencyKind(str(self.kind.currentData())),
            notes=self.notes.text(),
            focal_points=points,
        )

    def accept(self) -> None:
        """Save in the background; on failure the dialog stays open, nothing lost."""
        factory, data, info = self.session_factory, self.current_data(), self.info

        def work() -> Written[int]:
            saved = save_agency(
                factory, data, info.id if info else None, info.version if info else None
            )
            return Written(saved, Changes.of(Kind.AGENCY, [saved]))

        WriteOperation(self, work, self._saved).errors_in(self.message).run()

    def _saved(self, agency_id: int) -> None:
        self.saved_id = agency_id
        super().accept()
