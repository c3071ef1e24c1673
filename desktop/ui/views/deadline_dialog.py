"""Add or edit a reporting deadline: the mechanism, the kind of report, when
it is due, when it went in, and the documents whose recommendations it covers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ConflictError, NmrfError, NotFoundError
from desktop.domain.vocab import ReportKind
from desktop.services.deadline_edits import create_deadline, update_deadline
from desktop.services.deadlines import (
    DeadlineData,
    DeadlineRow,
    SourceCoverage,
    deadline_recommendation_ids,
    source_coverage,
)
from desktop.ui import workers
from desktop.ui.error_text import error_message, error_text, located
from desktop.ui.i18n import report_kind_label
from desktop.ui.operations import Changes, Kind, WriteOperation, Written, show_conflict

ID_ROLE = Qt.ItemDataRole.UserRole
Coverage = tuple[list[SourceCoverage], list[int]]


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _at_size_hint(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    edit.setDate(qdate(value) if value else QDate.currentDate())
    return edit


class DeadlineDialog(QDialog):
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        mechanisms: Sequence[tuple[int, str, str]],
        today: date,
        row: DeadlineRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.today = today
        self.row = row
        self.saved_id: int | None = None
        self.sources: list[SourceCoverage] = []
        self.covered_elsewhere: list[int] = []
        """Covered recommendations from no document of the mechanism shown."""
        self.coverage_touched = False
        self.setWindowTitle(self.tr("Edit deadline") if row else self.tr("New reporting deadline"))

        self.mechanism = QComboBox()
        for mechanism_id, code, name in mechanisms:
            self.mechanism.addItem(f"{code} — {name}", mechanism_id)
        if row is not None:
            self.mechanism.setCurrentIndex(max(0, self.mechanism.findData(row.mechanism_id)))
        self.kind = QComboBox()
        for kind in ReportKind:
            self.kind.addItem(report_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.report_kind if row else None)))
        self.title_edit = QLineEdit(row.title if row else "")
        self.title_edit.setMaxLength(300)
        self.due = _date_edit(row.due_date if row else None)
        self.submitted = QCheckBox(self.tr("Submitted on"))
        self.submitted_on = _date_edit(row.submitted_on if row else None)
        self.submitted_on.setMaximumDate(qdate(today))
        self.submitted.setChecked(bool(row and row.submitted_on))
        self.submitted_on.setEnabled(self.submitted.isChecked())
        self.submitted.toggled.connect(self.submitted_on.setEnabled)
        submitted_row = QHBoxLayout()
        submitted_row.addWidget(self.submitted)
        submitted_row.addWidget(self.submitted_on)
        submitted_row.addStretch(1)
        self.notes = QPlainTextEdit(row.notes if row else "")
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Mechanism:"), self.mechanism)
        form.addRow(self.tr("Kind of report:"), _at_size_hint(self.kind))
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Due date:"), _at_size_hint(self.due))
        form.addRow(self.tr("Submitted:"), submitted_row)
        form.addRow(self.tr("Notes:"), self.notes)

        self.documents = QListWidget()
        self.documents.setObjectName("deadlineDocuments")
        self.documents.itemChanged.connect(self._coverage_changed)
        self.count = QLabel()
        self.count.setObjectName("deadlineCount")
        covers = QGroupBox(self.tr("Recommendations covered"))
        covers_layout = QVBoxLayout(covers)
        covers_layout.addWidget(
            QLabel(self.tr("The report covers every live recommendation of the documents ticked:"))
        )
        covers_layout.addWidget(self.documents, 1)
        covers_layout.addWidget(self.count)

        self.message = QLabel()
        self.message.setObjectName("deadlineMessage")
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(covers, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.mechanism.currentIndexChanged.connect(lambda _i: self.load_documents())
        self.load_documents()

    # What the report covers

    def load_documents(self) -> None:
        mechanism_id = self.mechanism.currentData()
        if mechanism_id is None:
            return
        factory = self.session_factory
        own = self.row is not None and self.row.mechanism_id == mechanism_id
        deadline_id = self.row.id if own and self.row else None

        def load() -> Coverage:
            docs = source_coverage(factory, int(mechanism_id), deadline_id)
            ids = deadline_recommendation_ids(factory, deadline_id) if deadline_id else []
            return docs, ids

        workers.run_task(load, self._documents_loaded, self._show_error)

    def _documents_loaded(self, result: Coverage) -> None:
        self.sources, all_ids = result
        in_documents = {i for s in self.sources for i in s.covered_ids}
        self.covered_elsewhere = [i for i in all_ids if i not in in_documents]
        editing = self.row is not None and self.row.mechanism_id == self.mechanism.currentData()
        # A new deadline, or one moved to another mechanism, starts from the proposal.
        self.coverage_touched = not editing
        locale = QLocale()
        self.documents.blockSignals(True)
        self.documents.clear()
        for source in self.sources:
            when = (
                locale.toString(qdate(source.document_date), QLocale.FormatType.ShortFormat)
                if source.document_date
                else "—"
            )
            label = self.tr("{symbol} ({date}): {n} live recommendations")
            label = (
                label.replace("{symbol}", source.symbol or source.title)
                .replace("{date}", when)
                .replace("{n}", locale.toString(source.live))
            )
            item = QListWidgetItem(label)
            item.setToolTip(source.title)
            item.setData(ID_ROLE, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if not editing:
                state = Qt.CheckState.Checked if source.proposed else Qt.CheckState.Unchecked
            elif not source.covered_ids:
                state = Qt.CheckState.Unchecked
            elif len(source.covered_ids) >= source.live:
                state = Qt.CheckState.Checked
            else:
                state = Qt.CheckState.PartiallyChecked
            item.setCheckState(state)
            self.documents.addItem(item)
        self.documents.blockSignals(False)
        if not self.sources:
            self.documents.addItem(self.tr("This mechanism has no documents in the register."))
        self._count()

    def _coverage_changed(self, _item: QListWidgetItem) -> None:
        self.coverage_touched = True
        self._count()

    def _states(self) -> list[tuple[SourceCoverage, Qt.CheckState]]:
        states = []
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            if item.data(ID_ROLE) is None:
                continue
            source = next(s for s in self.sources if s.id == item.data(ID_ROLE))
            states.append((source, item.checkState()))
        return states

    def coverage(self) -> tuple[list[int], list[int]]:
        """(recommendation ids, document ids) the report covers, as ticked."""
        ids = list(self.covered_elsewhere)
        documents = []
        for source, state in self._states():
            if state == Qt.CheckState.Checked:
                documents.append(source.id)
            elif state == Qt.CheckState.PartiallyChecked:
                ids.extend(source.covered_ids)
        return ids, documents

    def _count(self) -> None:
        ids, documents = self.coverage()
        total = len(ids) + sum(s.live for s in self.sources if s.id in documents)
        text = self.tr("{n} recommendations covered").replace("{n}", QLocale().toString(total))
        if any(state == Qt.CheckState.PartiallyChecked for _, state in self._states()):
            text += " " + self.tr(
                "(a half-ticked document: only some of its recommendations, chosen one by one)"
            )
        self.count.setText(text)

    # Saving

    def current_data(self) -> DeadlineData:
        submitted = pydate(self.submitted_on.date()) if self.submitted.isChecked() else None
        return DeadlineData(
            mechanism_id=self.mechanism.currentData(),
            report_kind=ReportKind(str(self.kind.currentData())),
            due_date=pydate(self.due.date()),
            title=self.title_edit.text(),
            submitted_on=submitted,
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        data, today, factory, row = self.current_data(), self.today, self.session_factory, self.row
        ids: list[int] | None = None
        documents: list[int] | None = None
        if self.coverage_touched:
            ids, documents = self.coverage()

        def save() -> Written[int]:
            if row is None:
                saved = create_deadline(
                    factory, data, today=today, recommendation_ids=ids, source_ids=documents
                )
            else:
                update_deadline(
                    factory,
                    row.id,
                    row.version,
                    data,
                    today=today,
                    recommendation_ids=ids,
                    source_ids=documents,
                )
                saved = row.id
            return Written(saved, Changes.of(Kind.DEADLINE, [saved]))

        WriteOperation(self, save, self._saved).on_error(self._show_error).disabling(
            self.buttons
        ).run()

    def _saved(self, deadline_id: int) -> None:
        self.saved_id = deadline_id
        super().accept()

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, ConflictError | NotFoundError):
            show_conflict(self)
            self.message.setText(self.tr("Not saved: changed by someone else."))
            return
        if not isinstance(exc, NmrfError):
            self.message.setText(error_text(exc))
            return
        fields: dict[str, tuple[str, QWidget]] = {
            "mechanism": (self.tr("Mechanism"), self.mechanism),
            "title": (self.tr("Title"), self.title_edit),
            "due date": (self.tr("Due date"), self.due),
            "submitted": (self.tr("Submitted"), self.submitted_on),
            "recommendations": (self.tr("Recommendations covered"), self.documents),
        }
        label, widget = fields.get(exc.where or "", (exc.where or "", self.title_edit))
        self.message.setText(located(label, error_message(exc)))
        widget.setFocus()
