"""Record or edit a consultation: when, what, who took part, the
recommendations discussed and the evidence files."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ConflictError, NmrfError, NotFoundError
from desktop.domain.vocab import ConsultationKind
from desktop.services.attachments import save_attachment_as
from desktop.services.consultation_edits import create_consultation, update_consultation
from desktop.services.consultations import (
    ConsultationData,
    ConsultationDetail,
    RecommendationRef,
    find_recommendations,
)
from desktop.ui import workers
from desktop.ui.error_text import error_message, error_text, located
from desktop.ui.i18n import consultation_kind_label
from desktop.ui.operations import Changes, Kind, WriteOperation, Written, show_conflict
from desktop.ui.views.picker_dialog import PickerDialog

ID_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _at_size_hint(widget: QWidget) -> QHBoxLayout:
    """A form field that keeps its natural width (a date, a short choice)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _describe(ref: RecommendationRef) -> str:
    return f"{ref.label} — {ref.text}" if ref.text else ref.label


def _checkable(label: str, value: int, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(label)
    item.setData(ID_ROLE, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class ConsultationDialog(QDialog):
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        agencies: Sequence[tuple[int, str]],
        detail: ConsultationDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.detail = detail
        self.saved_id: int | None = None
        self.removed_attachments: list[int] = []
        self.setWindowTitle(self.tr("Edit consultation") if detail else self.tr("New consultation"))
        data = detail.data if detail else ConsultationData(held_on=None, title="")

        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.held_on.setDate(qdate(data.held_on) if data.held_on else QDate.currentDate())
        self.title_edit = QLineEdit(data.title)
        self.title_edit.setMaxLength(300)
        self.kind = QComboBox()
        for kind in ConsultationKind:
            self.kind.addItem(consultation_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        top = QFormLayout()
        top.addRow(self.tr("Date held:"), _at_size_hint(self.held_on))
        top.addRow(self.tr("Title:"), self.title_edit)
        top.addRow(self.tr("Kind:"), _at_size_hint(self.kind))

        self.agency_filter = QLineEdit()
        self.agency_filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.agencies = QListWidget()
        present = set(data.agency_ids)
        for agency_id, name in agencies:
            self.agencies.addItem(_checkable(name, agency_id, agency_id in present))
        self.agency_filter.textChanged.connect(self._narrow_agencies)
        self.other_participants = QLineEdit(data.other_participants)
        self.other_participants.setPlaceholderText(
            self.tr("Organisations not in the agency directory")
        )
        people = QGroupBox(self.tr("Participants"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(QLabel(self.tr("Agencies present:")))
        people_layout.addWidget(self.agency_filter)
        people_layout.addWidget(self.agencies, 1)
        people_layout.addWidget(QLabel(self.tr("Other participants:")))
        people_layout.addWidget(self.other_participants)

        self.summary = QPlainTextEdit(data.summary)
        summary_box = QGroupBox(self.tr("Summary"))
        QVBoxLayout(summary_box).addWidget(self.summary)

        self.recommendations = QListWidget()
        self.recommendations.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        # Long texts are cut at the edge (the whole text is in the tooltip).
        self.recommendations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for ref in detail.recommendations if detail else ():
            self._add_recommendation(ref)
        self.find_text = QLineEdit()
        self.find_text.setPlaceholderText(self.tr("Reference or words"))
        self.find_text.returnPressed.connect(self.find_and_add)
        find = QPushButton(self.tr("Add…"))
        find.clicked.connect(self.find_and_add)
        remove_rec = QPushButton(self.tr("Remove"))
        remove_rec.clicked.connect(self.remove_recommendations)
        self.recs_box = QGroupBox()
        recs_layout = QVBoxLayout(self.recs_box)
        recs_layout.addWidget(self.recommendations, 1)
        rec_buttons = QHBoxLayout()
        rec_buttons.addWidget(self.find_text, 1)
        rec_buttons.addWidget(find)
        rec_buttons.addWidget(remove_rec)
        recs_layout.addLayout(rec_buttons)
        self._count_recommendations()

        self.attachments = QListWidget()
        for attachment in detail.attachments if detail else ():
            item = self._file_item(attachment.file_name, attachment.size)
            item.setData(ID_ROLE, attachment.id)
            item.setToolTip(f"SHA-256 {attachment.sha256}")
            self.attachments.addItem(item)
        files_box = QGroupBox(self.tr("Attachments"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.attachments, 1)
        file_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.choose_files),
            (self.tr("Remove"), self.remove_file),
            (self.tr("Save a copy…"), self.save_copy),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_layout.addLayout(file_buttons)

        self.message = QLabel()
        self.message.setObjectName("consultationMessage")
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in the search box adds a recommendation; it must not also save.
        for box_button in self.buttons.buttons():
            if isinstance(box_button, QPushButton):
                box_button.setAutoDefault(False)
                button.setDefault(False)
        grid = QGridLayout()
        grid.addWidget(people, 0, 0)
        grid.addWidget(self.recs_box, 0, 1)
        grid.addWidget(summary_box, 1, 0)
        grid.addWidget(files_box, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(980, 700)

    # Participants and recommendations

    def _narrow_agencies(self, text: str) -> None:
        wanted = text.casefold()
        for i in range(self.agencies.count()):
            item = self.agencies.item(i)
            item.setHidden(wanted not in item.text().casefold())

    def agency_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.agencies.item(i).data(ID_ROLE))
            for i in range(self.agencies.count())
            if self.agencies.item(i).checkState() == Qt.CheckState.Checked
        )

    def recommendation_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.recommendations.item(i).data(ID_ROLE))
            for i in range(self.recommendations.count())
        )

    def _add_recommendation(self, ref: RecommendationRef) -> None:
        if ref.id in self.recommendation_ids():
            return
        item = QListWidgetItem(_describe(ref))
        item.setData(ID_ROLE, ref.id)
        item.setToolTip(ref.text)
        self.recommendations.addItem(item)

    def _count_recommendations(self) -> None:
        self.recs_box.setTitle(
            self.tr("Recommendations discussed ({n})").replace(
                "{n}", QLocale().toString(self.recommendations.count())
            )
        )

    def find_and_add(self) -> None:
        """Add the recommendation whose reference was typed, or pick among those
        that match the words."""
        query = self.find_text.text().strip()
        if not query:
            self.message.setText(self.tr("Type a reference or words to find recommendations."))
            return
        factory = self.session_factory
        workers.run_task(
            lambda: find_recommendations(factory, query), self._found, self._show_error
        )

    def _found(self, refs: list[RecommendationRef]) -> None:
        query = self.find_text.text().strip().casefold()
        exact = [r for r in refs if r.reference.casefold() == query]
        if len(exact) == 1:
            chosen: list[RecommendationRef] = exact
        elif not refs:
            self.message.setText(self.tr("No recommendation matches."))
            return
        else:
            by_id = {r.id: r for r in refs}
            picked = self.pick_recommendations(refs)
            if picked is None:
                return
            chosen = [by_id[i] for i in picked]
        for ref in chosen:
            self._add_recommendation(ref)
        self.find_text.clear()
        self.message.clear()
        self._count_recommendations()

    def pick_recommendations(self, refs: Sequence[RecommendationRef]) -> tuple[int, ...] | None:
        return PickerDialog.pick(
            self, self.tr("Recommendations discussed"), [(r.id, _describe(r)) for r in refs], []
        )

    def remove_recommendations(self) -> None:
        for item in self.recommendations.selectedItems():
            self.recommendations.takeItem(self.recommendations.row(item))
        self._count_recommendations()

    # Attachments

    def _file_item(self, name: str, size: int) -> QListWidgetItem:
        return QListWidgetItem(f"{name} ({QLocale().formattedDataSize(size)})")

    def new_files(self) -> list[Path]:
        items = (self.attachments.item(i) for i in range(self.attachments.count()))
        return [Path(str(item.data(PATH_ROLE))) for item in items if item.data(PATH_ROLE)]

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        for name in paths:
            path = Path(name)
            try:
                size = path.stat().st_size
            except OSError:
                size = 0
            item = self._file_item(path.name, size)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(self.tr("Stored when you save: {path}").replace("{path}", str(path)))
            self.attachments.addItem(item)

    def remove_file(self) -> None:
        row = self.attachments.currentRow()
        if row < 0:
            return
        item = self.attachments.takeItem(row)
        if item.data(ID_ROLE) is not None:
            self.removed_attachments.append(int(item.data(ID_ROLE)))

    def save_copy(self) -> None:
        item = self.attachments.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            self.message.setText(self.tr("Select a saved attachment to save a copy of."))
            return
        name = item.text().rsplit(" (", 1)[0]
        dest, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), name)
        if not dest:
            return
        factory, attachment_id = self.session_factory, int(item.data(ID_ROLE))
        workers.run_task(
            lambda: save_attachment_as(factory, attachment_id, Path(dest)),
            lambda path: self.message.setText(self.tr("Saved {path}").replace("{path}", str(path))),
            self._show_error,
        )

    # Saving

    def current_data(self) -> ConsultationData:
        return ConsultationData(
            held_on=pydate(self.held_on.date()),
            title=self.title_edit.text(),
            kind=ConsultationKind(str(self.kind.currentData())),
            agency_ids=self.agency_ids(),
            other_participants=self.other_participants.text(),
            summary=self.summary.toPlainText(),
            recommendation_ids=self.recommendation_ids(),
        )

    def accept(self) -> None:
        data, files = self.current_data(), self.new_files()
        factory, detail, removed = self.session_factory, self.detail, list(self.removed_attachments)

        def save() -> Written[int]:
            if detail is None:
                saved = create_consultation(factory, data, files)
            else:
                update_consultation(
                    factory,
                    detail.id,
                    detail.version,
                    data,
                    add_files=files,
                    remove_attachment_ids=removed,
                )
                saved = detail.id
            return Written(saved, Changes.of(Kind.CONSULTATION, [saved]))

        WriteOperation(self, save, self._saved).on_error(self._show_error).disabling(
            self.buttons
        ).run()

    def _saved(self, consultation_id: int) -> None:
        self.saved_id = consultation_id
        super().accept()

    def _show_error(self, exc: Exception) -> None:
        """Say what is wrong, next to the field at fault; the dialog stays open
        with everything the user typed."""
        if isinstance(exc, ConflictError | NotFoundError):
            show_conflict(self)
            self.message.setText(self.tr("Not saved: changed by someone else."))
            return
        if not isinstance(exc, NmrfError):
            self.message.setText(error_text(exc))
            return
        fields: dict[str, tuple[str, QWidget]] = {
            "title": (self.tr("Title"), self.title_edit),
            "date": (self.tr("Date held"), self.held_on),
            "agencies": (self.tr("Agencies present"), self.agencies),
            "recommendations": (self.tr("Recommendations discussed"), self.recommendations),
        }
        label, widget = fields.get(exc.where or "", (exc.where or "", self.attachments))
        self.message.setText(located(label, error_message(exc)))
        widget.setFocus()
