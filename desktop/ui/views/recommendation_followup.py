"""The follow-up of one recommendation, beside its details in the register:
the actions serving it (overdue ones marked), the status they suggest with
the rule behind it, its progress history, and the consultations that
discussed it. A person records progress and decides the status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import ImplementationStatus
from desktop.services.actions import agency_choices
from desktop.services.attachments import AttachmentInfo
from desktop.services.consultations import ConsultationRow, consultations_of_recommendation
from desktop.services.database import Database
from desktop.services.progress import (
    ProgressEntry,
    RecommendationFollowUp,
    recommendation_follow_up,
    record_recommendation_progress,
)
from desktop.ui.bidi import ContentDirectionDelegate
from desktop.ui.error_text import error_text
from desktop.ui.i18n import consultation_kind_label, status_label
from desktop.ui.operations import LatestOnly, ReadOperation
from desktop.ui.planning_labels import action_status_label, suggestion_text
from desktop.ui.views.date_field import today as calendar_today
from desktop.ui.views.evidence import save_evidence_copy
from desktop.ui.views.progress_dialog import ProgressDialog

OVERDUE = QColor("#b00020")


@dataclass(frozen=True)
class _Loaded:
    follow_up: RecommendationFollowUp
    consultations: list[ConsultationRow]


def _date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def _tree(headers: list[str], name: str, stretch: int = 0) -> QTreeWidget:
    """A short list; column ``stretch`` (a title or a narrative) takes the room."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setMinimumHeight(90)
    tree.setItemDelegate(ContentDirectionDelegate(tree))  # data keeps its reading order
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tree


class RecommendationFollowUpPanel(QWidget):
    changed = Signal(int)
    """Progress was recorded on the recommendation (its status may have changed)."""
    open_action = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.recommendation_id: int | None = None
        self.data: _Loaded | None = None
        self._latest = LatestOnly()
        self.action_tree = _tree(
            [
                self.tr("Action"),
                self.tr("Plan"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Lead agency"),
            ],
            "followUpActions",
        )
        # A plan's title is long: it gets a fixed share, elided, with a tooltip.
        self.action_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.action_tree.header().resizeSection(1, 200)
        self.action_tree.itemDoubleClicked.connect(
            lambda item, _c: self.open_action.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.suggestion = QLabel()
        self.suggestion.setObjectName("statusSuggestion")
        self.suggestion.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Record this status…"))
        self.apply_button.setObjectName("applySuggestion")
        self.apply_button.clicked.connect(self.apply_suggestion)
        self.record_button = QPushButton(self.tr("Record progress…"))
        self.record_button.setObjectName("recordRecommendationProgress")
        self.record_button.clicked.connect(lambda: self.record_progress(None))
        self.history = _tree(
            [
                self.tr("Date"),
                self.tr("New status"),
                self.tr("Narrative"),
                self.tr("Agency"),
                self.tr("Evidence"),
            ],
            "followUpHistory",
            stretch=2,
        )
        self._evidence: list[list[AttachmentInfo]] = []
        self.history.itemDoubleClicked.connect(self._save_evidence)
        self.consultations = _tree(
            [self.tr("Date"), self.tr("Consultation"), self.tr("Kind"), self.tr("Organisations")],
            "followUpConsultations",
            stretch=1,
        )
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Actions addressing it")))
        layout.addWidget(self.action_tree, 2)
        layout.addLayout(suggestion_row)
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel(self.tr("Status history and progress")), 1)
        history_row.addWidget(self.record_button)
        layout.addLayout(history_row)
        layout.addWidget(self.history, 2)
        layout.addWidget(QLabel(self.tr("Consultations that discussed it")))
        layout.addWidget(self.consultations, 1)
        self._set_enabled(False)

    def set_database(self, database: Database) -> None:
        self.database = database

    def _set_enabled(self, enabled: bool) -> None:
        self.record_button.setEnabled(enabled)
        self.apply_button.setEnabled(enabled and self._suggested() is not None)

    def _suggested(self) -> ImplementationStatus | None:
        if self.data is None:
            return None
        follow = self.data.follow_up
        status = follow.suggestion.status
        return status if status is not None and status != follow.status else None

    def load(self, recommendation_id: int | None) -> None:
        self.recommendation_id = recommendation_id
        if recommendation_id is None or self.database is None:
            self._latest.drop_pending()
            self.data = None
            self._show()
            return
        factory = self.database.session_factory
        today = calendar_today()

        def work() -> _Loaded:
            return _Loaded(
                recommendation_follow_up(factory, recommendation_id, today),
                consultations_of_recommendation(factory, recommendation_id),
            )

        def done(data: _Loaded) -> None:
            self.data = data
            self._show()

        ReadOperation(self, work, done).latest(self._latest).on_error(
            lambda exc: self.suggestion.setText(error_text(exc))
        ).run()

    def _show(self) -> None:
        for tree in (self.action_tree, self.history, self.consultations):
            tree.clear()
        self._evidence = []
        if self.data is None:
            self.suggestion.setText("")
            self._set_enabled(False)
            return
        follow = self.data.follow_up
        for action in follow.actions:
            status = action_status_label(action.status.value)
            if action.overdue:
                status = self.tr("{status} — overdue").replace("{status}", status)
            item = QTreeWidgetItem(
                [action.title, action.plan, status, _date(action.due_date), action.lead]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip(0, action.title)
            item.setToolTip(1, action.plan)
            if action.overdue:
                for column in range(4):
                    item.setForeground(column, QBrush(OVERDUE))
            self.action_tree.addTopLevelItem(item)
        suggestion = follow.suggestion
        rule = suggestion_text(suggestion)
        if suggestion.status is None:
            self.suggestion.setText(rule)
        else:
            self.suggestion.setText(
                self.tr("Suggested status: {status}. Rule: {rule}")
                .replace("{status}", status_label(suggestion.status.value))
                .replace("{rule}", rule)
            )
        for entry in follow.history:
            self._evidence.append(entry.attachments)
            self.history.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        _date(entry.reported_on),
                        status_label(entry.new_status) if entry.new_status else "",
                        entry.narrative,
                        entry.agency,
                        ", ".join(a.file_name for a in entry.attachments),
                    ]
                )
            )
        for consultation in self.data.consultations:
            self.consultations.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        _date(consultation.held_on),
                        consultation.title,
                        consultation_kind_label(consultation.kind.value),
                        ", ".join(consultation.organisations),
                    ]
                )
            )
        self._set_enabled(True)

    def _save_evidence(self, item: QTreeWidgetItem) -> None:
        if self.database is not None:
            evidence = self._evidence[self.history.indexOfTopLevelItem(item)]
            save_evidence_copy(self, self.database.session_factory, evidence)

    def apply_suggestion(self) -> None:
        self.record_progress(self._suggested())

    def record_progress(self, status: ImplementationStatus | None) -> None:
        if self.database is None or self.data is None:
            return
        factory = self.database.session_factory
        follow = self.data.follow_up

        def save(entry: ProgressEntry, today: Any) -> object:
            return record_recommendation_progress(
                factory, follow.recommendation_id, follow.version, entry, today
            )

        dialog = ProgressDialog(
            self.tr("Progress on the recommendation"),
            [(s.value, status_label(s.value)) for s in ImplementationStatus],
            [(a.id, a.name) for a in agency_choices(factory) if not a.archived],
            save,
            self,
            current_status=follow.status.value,
        )
        if status is not None:
            dialog.status.setCurrentIndex(dialog.status.findData(status.value))
            dialog.narrative.setPlainText(suggestion_text(follow.suggestion))
        if self._run(dialog):
            self.changed.emit(follow.recommendation_id)
            self.load(follow.recommendation_id)

    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; tests replace this to drive it."""
        return dialog.exec() == QDialog.DialogCode.Accepted
