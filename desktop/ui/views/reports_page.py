"""The Reports page: choose a report and how it looks, and write it as a PDF in
the background, with progress and Cancel (a cancelled or failed report leaves
no file). The last choices are remembered for the next report."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import NmrfError
from desktop.reports import ReportCancelled
from desktop.reports.data import ScopeKind
from desktop.services.choices import FilterChoices, filter_choices
from desktop.services.database import Database
from desktop.services.plans import PlanSummary, list_plans
from desktop.services.reporting import ReportType, generate_report
from desktop.services.settings import load_settings
from desktop.ui import user_settings, workers
from desktop.ui.error_text import error_text
from desktop.ui.i18n import interface_language, isolated
from desktop.ui.operations import Kind, LatestOnly, ReadOperation
from desktop.ui.views.pages import Page
from desktop.ui.views.report_options import (
    RegisterState,
    ReportChoices,
    ReportOptionsForm,
)

PDF_FILTER = "PDF (*.pdf)"
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def open_in_viewer(path: Path) -> None:
    """Show the written PDF in the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def file_name_for(report: str, today: date) -> str:
    """A file name from the report's name and the date, safe on every system."""
    name = " ".join(_UNSAFE_IN_NAMES.sub(" ", report).split()) or "report"
    return f"{name} {today.isoformat()}.pdf"


@dataclass(frozen=True)
class _Loaded:
    choices: FilterChoices
    plans: list[PlanSummary]
    default_language: str


class ReportsPage(Page):
    key = "reports"
    watches = frozenset({Kind.PLAN, Kind.AGENCY, Kind.CLUSTER, Kind.SETTINGS})
    generated = Signal(object)
    """The Path of a report just written."""
    failed = Signal(str)
    """Why a report was not written (cancelled too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.open_file: Callable[[Path], object] = open_in_viewer
        """Opens a written report; tests replace it."""
        self._cancel = threading.Event()
        self._running = False
        self._latest = LatestOnly()
        self._auto_name = True
        self._language_chosen = False
        self._applying_default = False
        self.folder = documents_folder()

        self.options = ReportOptionsForm()
        self.destination = QLineEdit()
        self.destination.setObjectName("reportDestination")
        self.destination.textEdited.connect(self._destination_edited)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.destination, 1)
        path_row.addWidget(self.browse_button)
        self.options.form.addRow(self.tr("Save as:"), path_row)

        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("generateReport")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout()
        column.addWidget(self.options)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addWidget(self.message)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        row = QHBoxLayout()
        row.addWidget(holder, 1)
        row.addStretch(0)
        self.body.addLayout(row)

        self.restore_choices()
        self.options.report_changed.connect(self._name_destination)
        self.options.language.currentIndexChanged.connect(self._language_picked)
        self._name_destination()

    def title(self) -> str:
        return self.tr("Reports")

    def blurb(self) -> str:
        return self.tr(
            "Cabinet-ready PDF reports: implementation plans, status reports, agency briefs "
            "and lists of recommendations, in any of the six UN languages."
        )

    # -- data ------------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        self.database = database

    def today(self) -> date:
        today = QDate.currentDate()  # the user's calendar day
        return date(today.year(), today.month(), today.day())

    def reload(self) -> None:
        """Read the plans, agencies, mechanisms and documents to choose from."""
        if self.database is None:
            return
        factory, today = self.database.session_factory, self.today()
        language = interface_language()

        def work() -> _Loaded:
            return _Loaded(
                filter_choices(factory, language),
                list_plans(factory, today),
                load_settings(factory).report_language,
            )

        ReadOperation(self, work, self._loaded).latest(self._latest).on_error(
            lambda exc: self._show(error_text(exc), error=True)
        ).run()

    def _loaded(self, loaded: _Loaded) -> None:
        choices = loaded.choices
        self.options.set_choices(
            ReportChoices(
                plans=[(p.id, p.fields.title) for p in loaded.plans],
                agencies=choices.agencies,
                mechanisms=choices.mechanisms,
                sources=choices.sources,
                clusters=choices.clusters,
            )
        )
        if not self._language_chosen:
            # The organisation's default until the user picks a language.
            self._applying_default = True
            _select(self.options.language, loaded.default_language)
            self._applying_default = False

    def _language_picked(self, _index: int) -> None:
        if not self._applying_default:
            self._language_chosen = True

    def set_register_state(self, state: RegisterState) -> None:
        """The register's filter and selection, offered as what a report covers."""
        self.options.set_register_state(state)

    # -- the destination ---------------------------------------------------------------
    def default_path(self) -> Path:
        return self.folder / file_name_for(self.options.report_name(), self.today())

    def _name_destination(self) -> None:
        if self._auto_name:
            self.destination.setText(str(self.default_path()))

    def _destination_edited(self, text: str) -> None:
        self._auto_name = not text.strip()

    def browse(self) -> None:
        current = self.destination.text().strip() or str(self.default_path())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            current,
            PDF_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.set_destination(Path(path))

    def set_destination(self, path: Path) -> None:
        self._auto_name = False
        self.destination.setText(str(path))

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{path} already exists. Replace it?").replace("{path}", isolated(str(path))),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- generating -----------------------------------------------------------------
    def generate(self) -> None:
        if self._running or self.database is None:
            return
        problem = self.options.problem()
        text = self.destination.text().strip()
        if not problem and not text:
            problem = self.tr("Choose the file to write.")
        if problem:
            self._show(problem, error=True)
            self.failed.emit(problem)
            return
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.folder / path  # a bare name goes to the reports' folder
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            problem = self._destination_problem(path)
            replacing = path.exists()
        except OSError as exc:  # e.g. a name longer than the file system allows
            problem = self.tr("The report was not written: {error}").replace(
                "{error}", f"{path}: {exc.strerror or exc}"
            )
        if problem:
            self._show(problem, error=True)
            self.failed.emit(problem)
            return
        if replacing and not self.confirm_overwrite(path):
            return
        self.remember_choices()
        request, today = self.options.request(), self.today()
        factory = self.database.session_factory
        cancel = self._cancel = threading.Event()

        def work(report: Callable[[int], None]) -> Path:
            return generate_report(
                factory,
                request,
                path,
                today,
                progress=lambda done, total: report(min(100, done * 100 // max(total, 1))),
                cancelled=cancel.is_set,
            )

        self._running = True
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.generate_button.setEnabled(False)
        self._show(self.tr("Writing {path}…").replace("{path}", isolated(str(path))))
        workers.run_task(work, self._done, self._failed, self.progress.setValue)

    def _destination_problem(self, path: Path) -> str:
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist; no file was written.").replace(
                "{folder}", str(path.parent)
            )
        if path.is_dir():
            return self.tr("{path} is a folder: give a file name.").replace(
                "{path}", isolated(str(path))
            )
        return ""

    def is_running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)

    def _stopped(self) -> None:
        self._running = False
        self.progress.hide()
        self.cancel_button.hide()
        self.generate_button.setEnabled(True)

    def _done(self, path: Path) -> None:
        self._stopped()
        self.folder = path.parent
        user_settings.set_report_folder(self.folder)
        self._show(self.tr("Report written: {path}").replace("{path}", isolated(str(path))))
        self.generated.emit(path)
        self.open_file(path)

    def _failed(self, exc: Exception) -> None:
        self._stopped()
        if isinstance(exc, ReportCancelled):
            text = self.tr("Cancelled; no file was written.")
        elif isinstance(exc, NmrfError):
            text = self.tr("The report was not written: {error}").replace(
                "{error}", error_text(exc)
            )
        else:
            text = self.tr("The report could not be made (no file was written): {error}").replace(
                "{error}", error_text(exc) or type(exc).__name__
            )
        self._show(text, error=True)
        self.failed.emit(text)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    # -- remembered choices ------------------------------------------------------------
    def remember_choices(self) -> None:
        form = self.options
        user_settings.set_report_choices(
            user_settings.ReportChoices(
                report=form.report_type().value,
                scope=form.scope_kind().value,
                language=str(form.language.currentData() or ""),
                paper=str(form.paper.currentData() or ""),
                marking=form.marking.currentText().strip(),
                draft=form.draft.isChecked(),
                grouping=str(form.grouping.currentData() or ""),
                folder=str(self.folder),
            )
        )

    def restore_choices(self) -> None:
        form, saved = self.options, user_settings.report_choices()
        if saved.report in {kind.value for kind in ReportType}:
            form.set_report_type(ReportType(saved.report))
        if saved.scope in {kind.value for kind in ScopeKind}:
            form.set_scope_kind(ScopeKind(saved.scope))
        self._language_chosen = _select(form.language, saved.language)
        _select(form.paper, saved.paper)
        _select(form.grouping, saved.grouping)
        form.marking.setCurrentText(saved.marking)
        form.draft.setChecked(saved.draft)
        if saved.folder and Path(saved.folder).is_dir():
            self.folder = Path(saved.folder)


def _select(combo: QComboBox, data: str) -> bool:
    """Choose the item holding ``data``; False when there is none."""
    index = combo.findData(data) if data else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0
