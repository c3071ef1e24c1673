"""The detail pane of the register: every field of one recommendation, with
search matches highlighted, save and revert, and conflict handling: an edit
saved elsewhere since the record was opened is never silently overwritten.

Two columns: the recommendation itself, and beside it, visible without
scrolling, its agencies (with the lead's focal point) and classification
(desktop.ui.views.recommendation_links)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ConflictError, NmrfError, ValidationError
from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.services.choices import FilterChoices
from desktop.services.editing import (
    LINK_FIELDS,
    RecommendationDetail,
    RecommendationFields,
    load_recommendation,
    save_recommendation,
    set_archived,
)
from desktop.services.editing import delete_permanently as delete_recommendation
from desktop.ui.error_text import error_message, error_text, located
from desktop.ui.i18n import locale_digits, position_label, priority_label, status_label
from desktop.ui.operations import Changes, Kind, WriteOperation, Written, ask_conflict_choice
from desktop.ui.views.recommendation_links import LinkField, LinksPanel
from desktop.ui.views.search_marks import search_marks


class RecommendationEditor(QWidget):
    saved = Signal(int)
    archived_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_factory: sessionmaker[Session] | None = None
        self.detail: RecommendationDetail | None = None
        self._loading = False
        self.dirty = False
        self._refused = False

        self.title = QLabel()
        self.title.setObjectName("editorTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference = QLineEdit()
        self.paragraph = QLineEdit()
        self.text = QTextEdit()
        self.text.setAcceptRichText(False)
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(130)
        self.response = _combo([(p, position_label(p)) for p in Position])
        self.action_category = _combo(
            [(0, "—"), *((n, locale_digits(str(n))) for n in range(1, 6))]
        )
        self.status = _combo([(s, status_label(s)) for s in ImplementationStatus])
        self.priority = _combo([("", "—"), *((p, priority_label(p)) for p in Priority)])
        self.priority_rationale = QLineEdit()
        self.cluster = QComboBox()
        self.needs_parliament = QCheckBox(self.tr("Needs action by parliament"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.links = LinksPanel()
        self.links.setObjectName("recommendationLinks")
        self.links.changed.connect(lambda: self._set_dirty(True))
        self.focal_point = self.links.focal_point
        # self.lead_agencies, self.themes, …: the fields a ValidationError names.
        for where in LINK_FIELDS.values():
            field = self.links.field_of(where)
            assert field is not None
            setattr(self, where, field)
        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete permanently"))
        self.delete_button.clicked.connect(self.delete_permanently)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        self.archive_button.clicked.connect(self.toggle_archived)

        form = QFormLayout()
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Paragraph:"), self.paragraph)
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Response:"), self.response)
        form.addRow(self.tr("Action category:"), self.action_category)
        form.addRow(self.tr("Implementation status:"), self.status)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Rationale:"), self.priority_rationale)
        form.addRow(self.tr("Cluster:"), self.cluster)
        form.addRow("", self.needs_parliament)
        form.addRow(self.tr("Notes:"), self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(8)
        columns.addWidget(self.links, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns)
        layout.addLayout(buttons)

        for line in (self.reference, self.paragraph, self.priority_rationale):
            line.textChanged.connect(self._changed)
        self.text.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        for combo in (
            self.response,
            self.action_category,
            self.status,
            self.priority,
            self.cluster,
        ):
            combo.currentIndexChanged.connect(self._changed)
        self.needs_parliament.stateChanged.connect(self._changed)
        self.show_detail(None)

    # -- loading -------------------------------------------------------------
    def set_session_factory(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory
        self.show_detail(None)

    def load(self, rec_id: int, highlight: str = "") -> None:
        if self.session_factory is None:
            return
        try:
            detail = load_recommendation(self.session_factory, rec_id)
        except NmrfError as exc:
            self.show_detail(None)
            self.message.setText(error_text(exc))
            return
        self.show_detail(detail, highlight)

    def show_detail(self, detail: RecommendationDetail | None, highlight: str = "") -> None:
        self._loading = True
        self.detail = detail
        self.setEnabled(detail is not None)
        fields = detail.fields if detail else RecommendationFields(reference="", text="")
        self.title.setText(
            f"<b>{detail.mechanism}</b> · {detail.source or '—'} · {detail.fields.reference}"
            if detail
            else self.tr("Select a recommendation to see it here.")
        )
        self.reference.setText(fields.reference)
        self.paragraph.setText(fields.paragraph)
        self.text.setPlainText(fields.text)
        _select(self.response, fields.response)
        _select(self.action_category, fields.action_category or 0)
        _select(self.status, fields.status)
        _select(self.priority, fields.priority or "")
        self.priority_rationale.setText(fields.priority_rationale)
        self._offer_clusters(fields.cluster_id)
        self.needs_parliament.setChecked(fields.needs_parliament)
        self.notes.setPlainText(fields.notes)
        self.links.show_fields(fields if detail else None)
        self.archive_button.setText(
            self.tr("Restore") if detail and detail.archived else self.tr("Archive")
        )
        self.delete_button.setVisible(bool(detail and detail.archived))
        self.message.clear()
        self.highlight(highlight)
        self._loading = False
        self._set_dirty(False)

    def highlight(self, query: str) -> None:
        """Mark the words of a search in the text."""
        selections = search_marks(self.text.document(), query)
        self.text.setExtraSelections(selections)
        self.highlighted = len(selections)

    # -- editing ---------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty and self.detail is not None
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)

    def current_fields(self) -> RecommendationFields:
        return RecommendationFields(
            reference=self.reference.text(),
            text=self.text.toPlainText(),
            paragraph=self.paragraph.text(),
            text_language=self.detail.fields.text_language if self.detail else "",
            response=Position(str(self.response.currentData())),
            action_category=self.action_category.currentData() or None,
            priority=Priority(str(p)) if (p := self.priority.currentData()) else None,
            priority_rationale=self.priority_rationale.text(),
            needs_parliament=self.needs_parliament.isChecked(),
            status=ImplementationStatus(str(self.status.currentData())),
            cluster_id=self.cluster.currentData() or None,
            notes=self.notes.toPlainText(),
            **self.links.ids,
        )

    # -- choices: clusters, and the values of the linked fields ---------------------
    @property
    def choices(self) -> FilterChoices:
        return self.links.choices

    def set_choices(self, choices: FilterChoices) -> None:
        loading, self._loading = self._loading, True
        self.links.set_choices(choices)
        self._offer_clusters(self.cluster.currentData() or None)
        self._loading = loading

    def _offer_clusters(self, selected: int | None) -> None:
        self.cluster.blockSignals(True)
        self.cluster.clear()
        self.cluster.addItem(self.tr("(no cluster)"), 0)
        for cluster_id, name in self.choices.clusters:
            self.cluster.addItem(name, cluster_id)
        if selected and self.cluster.findData(selected) < 0:
            self.cluster.addItem(f"#{selected}", selected)
        self.cluster.setCurrentIndex(max(0, self.cluster.findData(selected or 0)))
        self.cluster.blockSignals(False)

    def pick_links(self, key: str) -> None:
        """Choose the values of a linked field (``theme_ids``, ``lead_agency_ids``…)."""
        self.links.pick(key)

    def revert(self) -> None:
        if self.detail is not None:
            self.show_detail(self.detail)

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save in the background; ``then`` runs once saved. False when refused (the
        pane says why, the text stays); True when saved, unchanged or still saving."""
        if self.detail is None or self.session_factory is None or not self.dirty:
            if then is not None:
                then()
            return True
        factory, opened, mine = self.session_factory, self.detail, self.current_fields()
        self._refused = False
        self._write(lambda: save_recommendation(factory, opened.id, opened.version, mine), then)
        return not self._refused

    def _write(
        self,
        save: Callable[[], RecommendationDetail],
        then: Callable[[], None] | None,
        *,
        on_conflict: bool = True,
    ) -> None:
        mine = self.current_fields()

        def work() -> Written[RecommendationDetail]:
            saved = save()
            return Written(saved, Changes.of(Kind.RECOMMENDATION, [saved.id]))

        def done(saved: RecommendationDetail) -> None:
            self.show_detail(saved)
            self.saved.emit(saved.id)
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            if isinstance(exc, ConflictError) and on_conflict:
                self._resolve_conflict(exc, mine, then)
                return
            self._refused = True
            if isinstance(exc, ValidationError):
                self.show_invalid(exc)
            else:
                self.message.setText(error_text(exc))

        WriteOperation(self, work, done).on_error(failed).disabling(self.save_button).run()

    def show_invalid(self, exc: ValidationError) -> None:
        """Say what is wrong, naming the field as the pane labels it, and go there."""
        where = exc.where or ""
        label = self._field_labels().get(where) or self.links.label_of(where)
        self.message.setText(located(label, error_message(exc)) if label else error_text(exc))
        field = getattr(self, where, None) if where else None
        if isinstance(field, LinkField):
            field.button.setFocus()
        elif isinstance(field, QWidget):
            field.setFocus()

    def _field_labels(self) -> dict[str, str]:
        return {
            "reference": self.tr("Reference"),
            "text": self.tr("Text"),
            "action_category": self.tr("Action category"),
        }

    def ask_conflict_choice(self, exc: ConflictError) -> str:
        """Ask what to do about a conflicting edit: "keep", "take" or "edit"."""
        return ask_conflict_choice(self, exc)

    def _resolve_conflict(
        self, exc: ConflictError, mine: RecommendationFields, then: Callable[[], None] | None
    ) -> None:
        """Someone saved meanwhile: the user chooses; nothing is lost silently."""
        assert self.detail is not None and self.session_factory is not None
        factory, rec_id = self.session_factory, self.detail.id
        choice = self.ask_conflict_choice(exc)
        if choice == "take":
            self.load(rec_id)
            if then is not None:
                then()
        elif choice == "keep":

            def save_over_theirs() -> RecommendationDetail:
                theirs = load_recommendation(factory, rec_id)
                return save_recommendation(factory, theirs.id, theirs.version, mine)

            self._write(save_over_theirs, then, on_conflict=False)
        else:
            self._refused = True
            self.message.setText(error_text(exc))

    def delete_permanently(self) -> None:
        """Only from the archive, after a confirmation."""
        detail, factory = self.detail, self.session_factory
        if not (detail and factory and detail.archived):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete permanently"),
            self.tr(
                "Delete {reference} for good? Its assignments, progress and links go with it. "
                "This cannot be undone."
            ).replace("{reference}", detail.fields.reference),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._change(detail.id, lambda: delete_recommendation(factory, [detail.id]), False)

    def toggle_archived(self) -> None:
        if self.detail is None or self.session_factory is None:
            return
        factory, rec_id, archive = self.session_factory, self.detail.id, not self.detail.archived
        self._change(rec_id, lambda: set_archived(factory, [rec_id], archive), True)

    def _change(self, rec_id: int, change: Callable[[], object], still_there: bool) -> None:
        """Archive, restore or delete in the background; then show it again (or nothing)."""

        def work() -> Written[int]:
            change()
            return Written(rec_id, Changes.of(Kind.RECOMMENDATION, [rec_id]))

        def done(_rec_id: int) -> None:
            self.archived_changed.emit(rec_id)
            if still_there:
                self.load(rec_id)
            else:
                self.show_detail(None)

        buttons = (self.delete_button, self.archive_button)
        WriteOperation(self, work, done).errors_in(self.message).disabling(*buttons).run()


def _combo(items: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))
