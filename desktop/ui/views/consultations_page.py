"""The Consultations page: meetings with the NHRI, civil society and
parliament, the most recent first; record, edit, delete, and open the
recommendations discussed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.agencies import list_agencies
from desktop.services.consultation_edits import delete_consultation
from desktop.services.consultations import (
    ConsultationDetail,
    ConsultationRow,
    get_consultation,
    list_consultations,
)
from desktop.services.database import Database
from desktop.ui.error_text import error_text
from desktop.ui.i18n import consultation_kind_label
from desktop.ui.operations import Changes, Kind, ReadOperation
from desktop.ui.views.consultation_dialog import ConsultationDialog, qdate
from desktop.ui.views.list_page import ListPage

_NUMBER = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
_Loaded = tuple[list[ConsultationRow], list[tuple[int, str]]]
"""The consultations, and the agencies (id, name) the dialog offers."""


class ConsultationsPage(ListPage[ConsultationRow, _Loaded]):
    key = "consultations"
    watches = frozenset({Kind.CONSULTATION, Kind.RECOMMENDATION, Kind.AGENCY})
    open_recommendations = Signal(list)
    """The ids of the recommendations a consultation discussed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Organisations"),
            self.tr("Recommendations"),
            self.tr("Attachments"),
        ]
        super().__init__(headers, parent)
        self.agencies: list[tuple[int, str]] = []
        self.table.setObjectName("consultationsTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.message.setObjectName("consultationsMessage")
        self.add_buttons(
            [
                (self.tr("New…"), self.new_consultation),
                (self.tr("Edit…"), self.edit_selected),
                (self.tr("Delete"), self.delete_selected),
                (self.tr("Show the recommendations discussed"), self.show_recommendations),
            ]
        )
        self.end_buttons()

    def title(self) -> str:
        return self.tr("Consultations")

    def blurb(self) -> str:
        return self.tr(
            "Consultations with the national human rights institution, civil society and "
            "parliament: who took part, what was discussed, and the evidence."
        )

    def read(self, database: Database) -> Callable[[], _Loaded]:
        factory = database.session_factory

        def load() -> _Loaded:
            agencies = [(a.id, a.data.name) for a in list_agencies(factory)]
            return list_consultations(factory), agencies

        return load

    def fill(self, result: _Loaded) -> None:
        self.rows, self.agencies = result
        locale = QLocale()
        self.table.setRowCount(len(self.rows))
        for row, info in enumerate(self.rows):
            held = QTableWidgetItem(
                locale.toString(qdate(info.held_on), QLocale.FormatType.ShortFormat)
            )
            held.setData(Qt.ItemDataRole.UserRole, info.id)
            title = QTableWidgetItem(info.title)
            title.setToolTip(info.title)
            organisations = "; ".join(info.organisations)
            who = QTableWidgetItem(organisations)
            who.setToolTip(organisations)
            recs = QTableWidgetItem(locale.toString(info.recommendations))
            files = QTableWidgetItem(locale.toString(info.attachments))
            for item in (recs, files):
                item.setTextAlignment(_NUMBER)
            items = (held, title, QTableWidgetItem(consultation_kind_label(info.kind)), who)
            for column, item in enumerate((*items, recs, files)):
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().resizeSection(3, 320)
        self.message.setText(
            self.tr("No consultation recorded yet: use New… to record one.")
            if not self.rows
            else ""
        )

    def new_consultation(self) -> None:
        if self.database is not None:
            self.open_dialog(None)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or len(chosen) != 1:
            self.message.setText(self.tr("Select one consultation to edit."))
            return
        factory = self.database.session_factory
        consultation_id = chosen[0].id
        ReadOperation(
            self, lambda: get_consultation(factory, consultation_id), self.open_dialog
        ).on_error(self._gone).run()

    def _gone(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
        self.reload()

    def open_dialog(self, detail: ConsultationDetail | None) -> None:
        if self.database is None:
            return
        # The dialog saves in the background and reports the change; the page
        # hears it like the others (also when the dialog is closed meanwhile).
        ConsultationDialog(self.database.session_factory, self.agencies, detail, self).exec()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if self.database is None or not chosen:
            self.message.setText(self.tr("Select the consultations to delete."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete consultations"),
            self.tr(
                "Delete {titles} with their attachments? The recommendations stay in the register."
            ).replace("{titles}", "; ".join(c.title for c in chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        factory = self.database.session_factory

        def delete() -> None:
            for c in chosen:
                delete_consultation(factory, c.id, c.version)

        self.write(delete, Changes.of(Kind.CONSULTATION, [c.id for c in chosen]), self._gone)

    def show_recommendations(self) -> None:
        chosen = self.selected()
        if self.database is None or len(chosen) != 1:
            self.message.setText(self.tr("Select one consultation."))
            return
        factory = self.database.session_factory
        consultation_id = chosen[0].id
        ReadOperation(
            self,
            lambda: get_consultation(factory, consultation_id),
            lambda detail: self.open_recommendations.emit(list(detail.data.recommendation_ids)),
        ).on_error(self._gone).run()
