"""The column mapping of the "any spreadsheet" importer: which column of the file
holds which field, one mechanism for every row when the file has no mechanism
column, and saved mappings for next time."""

from __future__ import annotations

import html
import itertools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ImportFileError, NmrfError
from desktop.services.importing.fields import (
    LOCAL_FIELDS,
    MULTI_VALUE_FIELDS,
    REQUIRED_FIELDS,
    Field,
)
from desktop.services.importing.mapped import (
    EXPORT_PROFILE,
    MappingProfile,
    check_profile,
    delete_profile,
    guess_profile,
    list_profiles,
    save_profile,
)
from desktop.services.importing.tables import SheetSample, sample_rows
from desktop.ui.bidi import directed
from desktop.ui.error_text import error_text
from desktop.ui.i18n import field_label
from desktop.ui.operations import Changes, ReadOperation, WriteOperation, Written
from desktop.ui.views.mapping_preview import combo_of_width as _combo
from desktop.ui.views.mapping_preview import preview_table

PREVIEW_ROWS = 10
# The official fields first (text and mechanism lead: they are what a row needs).
_LEADING = [Field.TEXT, Field.MECHANISM]
_OFFICIAL_ORDER = _LEADING + [f for f in Field if f not in LOCAL_FIELDS and f not in _LEADING]
_LOCAL_ORDER = [f for f in Field if f in LOCAL_FIELDS]


class MappingDialog(QDialog):
    def __init__(
        self,
        path: Path,
        session_factory: sessionmaker[Session],
        mechanisms: list[tuple[str, str]],
        profile: MappingProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.session_factory = session_factory
        self.setWindowTitle(self.tr("Columns of {file}").replace("{file}", path.name))
        self._sheet = profile.sheet if profile else None
        self._other_fixed: dict[Field, str] = {}  # fixed values this dialog has no control for
        self._profiles: dict[str, MappingProfile] = {}
        self.message = QLabel()
        self.message.setStyleSheet("color: #a00000")
        self.message.setWordWrap(True)
        sample: SheetSample | None = None
        try:
            sample = sample_rows(path, PREVIEW_ROWS, sheet=self._sheet)
        except ImportFileError as exc:
            self.message.setText(
                self.tr("This file cannot be read: {problem}").replace("{problem}", error_text(exc))
            )
        self.sample = sample
        self.headers = [h for h in sample.headers if h] if sample else []

        self.file_label = QLabel(f"<b>{html.escape(path.name)}</b>")
        self.file_label.setToolTip(str(path))
        self.saved = _combo(24)
        self.saved.setPlaceholderText(self.tr("(choose a saved mapping)"))
        self.saved.currentIndexChanged.connect(self._saved_chosen)
        self.delete_button = QPushButton(self.tr("Delete saved mapping"))
        self.delete_button.clicked.connect(self.delete_saved)

        self.preview = preview_table(sample)
        self.columns: dict[Field, QComboBox] = {}
        self.fixed_mechanism = _combo(20)
        self.fixed_mechanism.addItem(self.tr("(from the column)"), None)
        for code, name in mechanisms:
            self.fixed_mechanism.addItem(f"{code} – {name}", code)
        form_widget = self._build_form()

        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(path.stem)
        self.save_name.setMaxLength(80)
        self.save_check = QCheckBox(self.tr("Save this mapping for next time"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(sample is not None)

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("File:")), 0, 0)
        top.addWidget(self.file_label, 0, 1, 1, 2)
        top.addWidget(QLabel(self.tr("Saved mapping:")), 1, 0)
        top.addWidget(self.saved, 1, 1)
        top.addWidget(self.delete_button, 1, 2)
        top.setColumnStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)
        scroll.setMinimumWidth(form_widget.sizeHint().width() + 24)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(
            QLabel(self.tr("The first rows of the file (mapped columns are highlighted):"))
        )
        preview_layout.addWidget(self.preview)
        self.splitter = QSplitter()
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(preview_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        save_row = QHBoxLayout()
        save_row.addWidget(QLabel(self.tr("Save as:")))
        save_row.addWidget(self.save_name, 1)
        save_row.addWidget(self.save_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(save_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.setMinimumSize(900, 600)
        self.resize(1180, 720)

        self._reload_saved(profile.name if profile else None)
        self.apply_profile(profile or guess_profile(self.headers))

    # --- building -------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._heading(self.tr("The recommendation (official record)")))
        for field in _OFFICIAL_ORDER:
            self._add_field_row(form, field)
            if field == Field.MECHANISM:
                self.fixed_mechanism.setToolTip(
                    self.tr("Used for every row when the file has no mechanism column")
                )
                form.addRow(self.tr("Mechanism for every row:"), self.fixed_mechanism)
        form.addRow(self._heading(self.tr("Office's own work (set on new recommendations only)")))
        for field in _LOCAL_ORDER:
            self._add_field_row(form, field)
        form.addRow(QLabel(self.tr("* required")))
        return widget

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{html.escape(text)}</b>")
        label.setWordWrap(True)
        label.setContentsMargins(0, 8, 0, 2)
        return label

    def _add_field_row(self, form: QFormLayout, field: Field) -> None:
        combo = _combo(18)
        combo.addItem(self.tr("(not in this file)"), None)
        for header in self.headers:
            combo.addItem(directed(header), header)
        if field in MULTI_VALUE_FIELDS:
            combo.setToolTip(self.tr("one value per line, or separated by ;"))
        combo.currentIndexChanged.connect(lambda _=0, f=field: self._column_chosen(f))
        self.columns[field] = combo
        required = " *" if field in REQUIRED_FIELDS else ""
        label = QLabel(field_label(field) + required + ":")
        label.setBuddy(combo)
        form.addRow(label, combo)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.saved, self.delete_button]
        chain += [self.columns[f] for f in _OFFICIAL_ORDER[:2]]
        chain += [self.fixed_mechanism]
        chain += [self.columns[f] for f in _OFFICIAL_ORDER[2:] + _LOCAL_ORDER]
        chain += [self.save_name, self.save_check, self.preview, *self.buttons.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the mapping ----------------------------------------------------------------

    def profile(self) -> MappingProfile:
        """The mapping as currently set in the dialog."""
        columns = {f: str(c.currentData()) for f, c in self.columns.items() if c.currentData()}
        fixed = dict(self._other_fixed)
        code = self.fixed_mechanism.currentData()
        if code:
            fixed[Field.MECHANISM] = str(code)
        name = self.save_name.text().strip() or self.path.stem
        return MappingProfile(name, columns, fixed, self._sheet)

    def apply_profile(self, profile: MappingProfile) -> None:
        """Set the dialog's choices from ``profile`` (columns this file lacks are left unset)."""
        missing = [h for h in profile.columns.values() if h not in self.headers]
        for field, combo in self.columns.items():
            header = profile.columns.get(field)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(header)) if header else 0)
            combo.blockSignals(False)
        self._other_fixed = {f: v for f, v in profile.fixed.items() if f != Field.MECHANISM}
        code = profile.fixed.get(Field.MECHANISM)
        index = self.fixed_mechanism.findData(code) if code else 0
        if index < 0:  # a saved code this database does not list: keep it
            self.fixed_mechanism.addItem(str(code), code)
            index = self.fixed_mechanism.count() - 1
        self.fixed_mechanism.setCurrentIndex(index)
        if profile.name and profile.name != EXPORT_PROFILE:
            self.save_name.setText(profile.name)
        if self.sample is not None:
            self.message.setText(
                self.tr("This file has no column named: {columns}").replace(
                    "{columns}", ", ".join(f'"{h}"' for h in missing)
                )
                if missing
                else ""
            )
        self._highlight_mapped()

    def _column_chosen(self, field: Field) -> None:
        self._highlight_mapped()
        header = self.columns[field].currentData()
        if self.sample is not None and header in self.headers and self.preview.rowCount():
            column = self.sample.headers.index(str(header))
            self.preview.scrollTo(self.preview.model().index(0, column))

    def _highlight_mapped(self) -> None:
        if self.sample is None:
            return
        fed: dict[str, list[Field]] = {}  # header → the fields its column feeds
        for field, combo in self.columns.items():
            if combo.currentData():
                fed.setdefault(str(combo.currentData()), []).append(field)
        colour = QColor(self.palette().highlight().color())
        colour.setAlpha(55)
        for c, header in enumerate(self.sample.headers):
            fields = fed.get(header, [])
            header_item = self.preview.horizontalHeaderItem(c)
            if header_item is not None:
                font = QFont(self.preview.horizontalHeader().font())
                font.setBold(bool(fields))
                header_item.setFont(font)
                header_item.setToolTip(
                    self.tr("{column} → {fields}")
                    .replace("{column}", header)
                    .replace("{fields}", ", ".join(field_label(f) for f in fields))
                    if fields
                    else header
                )
            for r in range(self.preview.rowCount()):
                item = self.preview.item(r, c)
                if item is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, colour if fields else None)

    # --- saved mappings -------------------------------------------------------------

    def _reload_saved(self, select: str | None) -> None:
        factory = self.session_factory
        ReadOperation(
            self, lambda: list_profiles(factory), lambda found: self._show_saved(found, select)
        ).on_error(lambda exc: self.message.setText(error_text(exc))).run()

    def _show_saved(self, profiles: list[MappingProfile], select: str | None) -> None:
        self._profiles = {p.name: p for p in profiles}
        self.saved.blockSignals(True)
        self.saved.clear()
        for name in self._profiles:
            label = self.tr("NMRF Desk export (built in)") if name == EXPORT_PROFILE else name
            self.saved.addItem(label, name)
        self.saved.setCurrentIndex(self.saved.findData(select) if select else -1)
        self.saved.blockSignals(False)
        self._update_delete_button()

    def _saved_chosen(self) -> None:
        profile = self._profiles.get(str(self.saved.currentData()))
        if profile is not None:
            self.apply_profile(profile)
        self._update_delete_button()

    def _update_delete_button(self) -> None:
        name = self.saved.currentData()
        self.delete_button.setEnabled(bool(name) and name != EXPORT_PROFILE)

    def delete_saved(self) -> None:
        name = self.saved.currentData()
        if not name or name == EXPORT_PROFILE:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved mapping"),
            self.tr('Delete the saved mapping "{name}"?').replace("{name}", str(name)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        factory = self.session_factory

        def delete() -> Written[list[MappingProfile]]:
            # Saved mappings show only in this dialog: no other screen to tell.
            delete_profile(factory, str(name))
            return Written(list_profiles(factory), Changes())

        WriteOperation(self, delete, lambda found: self._show_saved(found, None)).errors_in(
            self.message
        ).disabling(self.delete_button).run()

    # --- OK -------------------------------------------------------------------------

    def accept(self) -> None:
        if self.sample is None:
            return
        profile = self.profile()
        try:
            check_profile(profile)
        except NmrfError as exc:
            self._show_problem(exc)  # the dialog stays open; nothing is lost
            return
        if not self.save_check.isChecked():
            super().accept()
            return
        factory = self.session_factory

        def save() -> Written[None]:
            save_profile(factory, profile)
            return Written(None, Changes())

        WriteOperation(self, save, lambda _none: QDialog.accept(self)).on_error(
            self._save_failed
        ).run()

    def _save_failed(self, exc: Exception) -> None:
        if isinstance(exc, NmrfError):
            self._show_problem(exc)
        else:
            self.message.setText(error_text(exc))

    def _show_problem(self, exc: NmrfError) -> None:
        messages = {  # the service's English messages, in the interface language
            "text": self.tr("choose the column that holds the text"),
            "mechanism": self.tr(
                "choose the column that holds the mechanism, or one mechanism for every row"
            ),
            "this name belongs to the built-in mapping": self.tr(
                "this name belongs to the built-in mapping"
            ),
        }
        message = messages.get(exc.message) or messages.get(str(exc.where)) or exc.message
        where: str | None = exc.where
        focus: QWidget | None = None
        if where == "name":
            where, focus = self.tr("Save as"), self.save_name
        elif where in {f.value for f in Field}:
            field = Field(str(where))
            where, focus = field_label(field), self.columns[field]
        self.message.setText(f"{where}: {message}" if where else message)
        if focus is not None:
            focus.setFocus()
