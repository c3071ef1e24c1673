"""What a report covers and how it looks: the form of the Reports page.

The form turns the user's choices into a ReportRequest (``request()``); what it
offers (plans, agencies, mechanisms, documents) comes from ``set_choices`` and
the register's current filter and selection from ``set_register_state``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.domain.vocab import UPR_CYCLE_SESSIONS
from desktop.reports.data import Paper, ReportOptions, Scope, ScopeKind, StatusGrouping
from desktop.services.register import RegisterFilter, Sort
from desktop.services.reporting import ReportRequest, ReportType
from desktop.ui.bidi import directed
from desktop.ui.i18n import language_choices

MARKING_SUGGESTIONS = ("CABINET IN CONFIDENCE", "RESTRICTED", "OFFICIAL", "CONFIDENTIAL")


@dataclass(frozen=True)
class ReportChoices:
    """What the form offers to choose from (read in the background)."""

    plans: Sequence[tuple[int, str]] = ()
    agencies: Sequence[tuple[int, str]] = ()
    mechanisms: Sequence[tuple[str, str]] = ()  # code, name
    sources: Sequence[tuple[int, str, str]] = ()  # id, mechanism code, symbol
    clusters: Sequence[tuple[int, str]] = ()


@dataclass(frozen=True)
class RegisterState:
    """The register page as it is now: its filter, how many it shows, the selection."""

    filter: RegisterFilter = field(default_factory=RegisterFilter)
    count: int = 0
    selected_ids: tuple[int, ...] = ()
    sort: Sort = field(default_factory=Sort)


class ReportOptionsForm(QWidget):
    """The report, its scope, language, paper, marking, watermark and title."""

    report_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = ReportChoices()
        self.register_state = RegisterState()

        self.report = QComboBox()
        self.report.setObjectName("reportChoice")
        for kind, text in (
            (ReportType.PLAN, self.tr("Implementation plan")),
            (ReportType.STATUS, self.tr("Consolidated status report")),
            (ReportType.AGENCY, self.tr("Agency brief")),
            (ReportType.LIST, self.tr("Register list")),
        ):
            self.report.addItem(text, kind.value)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.plan = QComboBox()
        self.plan.setObjectName("planChoice")
        self.agency = QComboBox()
        self.agency.setObjectName("agencyChoice")
        self.scope = QComboBox()
        self.scope.setObjectName("scopeChoice")
        self.mechanism = QComboBox()
        self.cycle = QComboBox()
        for cycle, (first, last) in sorted(UPR_CYCLE_SESSIONS.items(), reverse=True):
            self.cycle.addItem(
                self.tr("Cycle {cycle} (sessions {first}–{last})")
                .replace("{cycle}", str(cycle))
                .replace("{first}", str(first))
                .replace("{last}", str(last)),
                cycle,
            )
        self.source = QComboBox()
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By mechanism"), StatusGrouping.MECHANISM.value)
        self.grouping.addItem(self.tr("By theme"), StatusGrouping.THEME.value)
        self.language = QComboBox()
        for code, name in language_choices():
            self.language.addItem(name, code)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("Letter"), Paper.LETTER.value)
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.marking.addItem("")
        self.marking.addItems(MARKING_SUGGESTIONS)
        marking_edit = self.marking.lineEdit()
        assert marking_edit is not None  # an editable combo has one
        marking_edit.setPlaceholderText(self.tr("None"))
        marking_edit.setMaxLength(60)
        self.draft = QCheckBox(self.tr("DRAFT watermark across every page"))
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("The report's own title"))

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Report:"), self.report)
        self.form.addRow("", self.about)
        self.form.addRow(self.tr("Plan:"), self.plan)
        self.form.addRow(self.tr("Agency:"), self.agency)
        self.form.addRow(self.tr("Covering:"), self.scope)
        self.form.addRow(self.tr("Mechanism:"), self.mechanism)
        self.form.addRow(self.tr("UPR cycle:"), self.cycle)
        self.form.addRow(self.tr("Document:"), self.source)
        self.form.addRow(self.tr("Sections:"), self.grouping)
        self.form.addRow(self.tr("Language:"), self.language)
        self.form.addRow(self.tr("Paper:"), self.paper)
        self.form.addRow(self.tr("Classification marking:"), self.marking)
        self.form.addRow("", self.draft)
        self.form.addRow(self.tr("Title:"), self.title)

        self.report.currentIndexChanged.connect(self._report_changed)
        self.scope.currentIndexChanged.connect(self._show_rows)
        self._report_changed()

    # -- what is offered ---------------------------------------------------------
    def set_choices(self, choices: ReportChoices) -> None:
        self.choices = choices
        _refill(self.plan, [(pid, title) for pid, title in choices.plans])
        _refill(self.agency, [(aid, name) for aid, name in choices.agencies])
        _refill(self.mechanism, [(code, f"{code} – {name}") for code, name in choices.mechanisms])
        _refill(self.source, [(sid, directed(symbol)) for sid, _code, symbol in choices.sources])
        self._show_rows()

    def set_register_state(self, state: RegisterState) -> None:
        self.register_state = state
        self._fill_scopes()

    def report_type(self) -> ReportType:
        return ReportType(str(self.report.currentData()))

    def report_name(self) -> str:
        return self.report.currentText()

    def set_report_type(self, kind: ReportType) -> None:
        self.report.setCurrentIndex(max(0, self.report.findData(kind.value)))

    def scope_kind(self) -> ScopeKind:
        data = self.scope.currentData()
        return ScopeKind(str(data)) if data else ScopeKind.ALL

    def set_scope_kind(self, kind: ScopeKind) -> None:
        index = self.scope.findData(kind.value)
        if index >= 0:
            self.scope.setCurrentIndex(index)

    # -- showing the rows that apply ---------------------------------------------
    def _report_changed(self) -> None:
        kind = self.report_type()
        self.about.setText(
            {
                ReportType.PLAN: self.tr(
                    "The plan's clusters by priority, with their recommendations, actions, "
                    "agencies, costs and indicators."
                ),
                ReportType.STATUS: self.tr(
                    "Implementation status in figures and by section, with the latest "
                    "progress and overdue actions of each recommendation."
                ),
                ReportType.AGENCY: self.tr(
                    "What one agency leads and supports: its recommendations, actions, "
                    "indicators and the reports due."
                ),
                ReportType.LIST: self.tr(
                    "The recommendations as a table, in the register's order."
                ),
            }[kind]
        )
        self._fill_scopes()
        self.report_changed.emit()

    def _fill_scopes(self) -> None:
        wanted = self.scope_kind()
        number = QLocale().toString
        state = self.register_state
        entries = [
            (ScopeKind.ALL, self.tr("All recommendations")),
            (ScopeKind.MECHANISM, self.tr("One mechanism")),
            (ScopeKind.CYCLE, self.tr("One UPR cycle")),
            (ScopeKind.REVIEW, self.tr("One review or document")),
            (
                ScopeKind.FILTER,
                self.tr("What the register shows now ({count})").replace(
                    "{count}", number(state.count)
                ),
            ),
        ]
        if self.report_type() == ReportType.LIST:
            entries.append(
                (
                    ScopeKind.SELECTION,
                    self.tr("The register's selected rows ({count})").replace(
                        "{count}", number(len(state.selected_ids))
                    ),
                )
            )
        self.scope.blockSignals(True)
        self.scope.clear()
        for kind, text in entries:
            self.scope.addItem(text, kind.value)
        self.scope.setCurrentIndex(max(0, self.scope.findData(wanted.value)))
        self.scope.blockSignals(False)
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self.report_type()
        covers = kind in (ReportType.STATUS, ReportType.LIST)
        scope = self.scope_kind()
        for widget, shown in (
            (self.plan, kind == ReportType.PLAN),
            (self.agency, kind == ReportType.AGENCY),
            (self.scope, covers),
            (self.mechanism, covers and scope == ScopeKind.MECHANISM),
            (self.cycle, covers and scope == ScopeKind.CYCLE),
            (self.source, covers and scope == ScopeKind.REVIEW),
            (self.grouping, kind == ReportType.STATUS),
        ):
            self.form.setRowVisible(widget, shown)

    # -- the request ---------------------------------------------------------------
    def options(self) -> ReportOptions:
        return ReportOptions(
            language=str(self.language.currentData()),
            paper=Paper(str(self.paper.currentData())),
            marking=self.marking.currentText().strip(),
            draft=self.draft.isChecked(),
        )

    def problem(self) -> str:
        """Why the request cannot be made yet ("" when it can)."""
        kind, scope = self.report_type(), self.scope_kind()
        if kind == ReportType.PLAN and self.plan.currentData() is None:
            return self.tr("Choose the implementation plan (there is none yet).")
        if kind == ReportType.AGENCY and self.agency.currentData() is None:
            return self.tr("Choose the agency.")
        if kind in (ReportType.STATUS, ReportType.LIST):
            if scope == ScopeKind.MECHANISM and self.mechanism.currentData() is None:
                return self.tr("Choose the mechanism.")
            if scope == ScopeKind.REVIEW and self.source.currentData() is None:
                return self.tr("Choose the document.")
            if scope == ScopeKind.SELECTION and not self.register_state.selected_ids:
                return self.tr(
                    "No rows are selected in the register: select the recommendations "
                    "to list there first."
                )
        return ""

    def request(self) -> ReportRequest:
        kind = self.report_type()
        base = ReportRequest(report=kind, options=self.options(), title=self.title.text().strip())
        if kind == ReportType.PLAN:
            return replace(
                base,
                plan_id=int(self.plan.currentData()),
                scope=Scope(ScopeKind.PLAN, self.plan.currentText()),
            )
        if kind == ReportType.AGENCY:
            return replace(
                base,
                agency_id=int(self.agency.currentData()),
                scope=Scope(ScopeKind.AGENCY, self.agency.currentText()),
            )
        filt, scope, sort = self._coverage()
        return replace(
            base,
            register_filter=filt,
            scope=scope,
            sort=sort,
            grouping=StatusGrouping(str(self.grouping.currentData())),
        )

    def _coverage(self) -> tuple[RegisterFilter, Scope, Sort]:
        """The recommendations a status report or list covers, and how to name them."""
        kind, state = self.scope_kind(), self.register_state
        if kind == ScopeKind.MECHANISM:
            code = str(self.mechanism.currentData())
            return RegisterFilter(mechanisms=(code,)), Scope(kind, code), Sort()
        if kind == ScopeKind.CYCLE:
            cycle = int(self.cycle.currentData())
            return RegisterFilter(cycles=(cycle,)), Scope(kind, str(cycle)), Sort()
        if kind == ScopeKind.REVIEW:
            source_id = int(self.source.currentData())
            symbol = next((s for i, _c, s in self.choices.sources if i == source_id), "")
            return RegisterFilter(source_ids=(source_id,)), Scope(kind, symbol), Sort()
        if kind == ScopeKind.FILTER:
            return state.filter, Scope(kind, self.describe(state.filter)), state.sort
        if kind == ScopeKind.SELECTION:
            filt = RegisterFilter(recommendation_ids=state.selected_ids)
            return filt, Scope(kind, str(len(state.selected_ids))), state.sort
        return RegisterFilter(), Scope(ScopeKind.ALL), Sort()

    def describe(self, filt: RegisterFilter) -> str:
        """The filter in words the report prints as they are: the search, the
        mechanisms, documents, clusters and agency chosen (names, not ids)."""
        parts: list[str] = []
        if filt.text.strip():
            parts.append(f"“{filt.text.strip()}”")
        parts.extend(filt.mechanisms)
        parts.extend(f"UPR {cycle}" for cycle in filt.cycles)
        symbols = {i: s for i, _c, s in self.choices.sources}
        parts.extend(symbols[i] for i in filt.source_ids if i in symbols)
        clusters = dict(self.choices.clusters)
        parts.extend(clusters[i] for i in filt.cluster_ids if i in clusters)
        agencies = dict(self.choices.agencies)
        if filt.agency_id is not None and filt.agency_id in agencies:
            parts.append(agencies[filt.agency_id])
        return "; ".join(parts)


def _refill(combo: QComboBox, items: Sequence[tuple[object, str]]) -> None:
    """New items, keeping the current choice when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, text in items:
        combo.addItem(text, key)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
    combo.blockSignals(False)
