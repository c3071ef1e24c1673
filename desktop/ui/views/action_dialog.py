"""The action editor: description, what it addresses, lead and supporting
agencies with focal points, timeline, resources, status, indicators and
progress. Saving checks the rules (desktop.domain.planning_rules) and names
the field at fault; nothing is saved until every rule holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, NmrfError
from desktop.domain.vocab import ActionStatus
from desktop.services.actions import (
    ActionDetail,
    ActionFields,
    AgencyChoice,
    create_action,
    get_action,
    update_action,
)
from desktop.services.attachments import AttachmentInfo
from desktop.services.database import Database
from desktop.services.progress import ProgressEntry, action_history, record_action_progress
from desktop.ui.error_text import error_message, error_text, located
from desktop.ui.operations import Changes, Kind, WriteOperation, Written, conflict_text
from desktop.ui.planning_labels import action_status_label
from desktop.ui.views.action_agencies import ActionAgenciesEditor
from desktop.ui.views.amounts import format_amount
from desktop.ui.views.date_field import OptionalDateEdit
from desktop.ui.views.evidence import save_evidence_copy
from desktop.ui.views.history_panel import add_history_tab
from desktop.ui.views.indicators_panel import IndicatorsPanel
from desktop.ui.views.numbers import parse_number
from desktop.ui.views.progress_dialog import ProgressDialog

COMMON_CURRENCIES = ("USD", "EUR", "GBP", "CHF", "CNY", "XOF", "XAF", "KES", "INR", "BRL")


@dataclass(frozen=True)
class ActionContext:
    """What the editor offers to choose from."""

    plan_id: int
    recommendations: Sequence[tuple[int, str]]
    """(id, label) of the plan's recommendations."""
    clusters: Sequence[tuple[int, str]]
    agencies: Sequence[AgencyChoice]


class ActionDialog(QDialog):
    def __init__(
        self,
        database: Database,
        context: ActionContext,
        action_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.context = context
        self.detail: ActionDetail | None = None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New action") if action_id is None else self.tr("Edit action"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._addresses_tab(), self.tr("Addresses"))
        self.agencies = ActionAgenciesEditor(context.agencies)
        self.tabs.addTab(self.agencies, self.tr("Agencies"))
        self.indicators = IndicatorsPanel()
        self.indicators.set_database(database)
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.tabs.addTab(self._progress_tab(), self.tr("Progress"))
        self.audit_history = add_history_tab(self.tabs, "action", database, action_id)
        self.error = QLabel()
        self.error.setObjectName("actionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 640)
        if action_id is not None:
            self.load(action_id)
        else:
            self._set_owned(False)

    # Building the tabs ------------------------------------------------
    def _details_tab(self) -> QWidget:
        self.title = QLineEdit()
        self.title.setObjectName("actionTitle")
        self.title.setMaxLength(300)
        self.description = QPlainTextEdit()
        self.description.setObjectName("actionDescription")
        self.start_date = OptionalDateEdit()
        self.start_date.setObjectName("startDate")
        self.due_date = OptionalDateEdit()
        self.due_date.setObjectName("dueDate")
        self.status = QComboBox()
        self.status.setObjectName("actionStatus")
        for status in ActionStatus:
            self.status.addItem(action_status_label(status.value), status)
        self.cost = QLineEdit()
        self.cost.setObjectName("estimatedCost")
        self.cost.setPlaceholderText(QLocale().toString(125000.0, "f", 2))
        self.cost.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        local = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        self.currency.addItem("")
        for code in dict.fromkeys([local, *COMMON_CURRENCIES]):
            if code:
                self.currency.addItem(code)
        self.funding = QLineEdit()
        self.funding.setObjectName("fundingSource")
        self.within_budget = QCheckBox(self.tr("Within the existing budget"))
        self.within_budget.setObjectName("withinBudget")
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Start date"), self.start_date)
        form.addRow(self.tr("Due date"), self.due_date)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Estimated cost"), self.cost)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Funding source"), self.funding)
        form.addRow("", self.within_budget)
        return tab

    def _addresses_tab(self) -> QWidget:
        self.recommendations = _checklist(self.context.recommendations, "actionRecommendations")
        self.clusters = _checklist(self.context.clusters, "actionClusters")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Recommendations of the plan this action addresses")))
        layout.addWidget(self.recommendations, 3)
        layout.addWidget(QLabel(self.tr("Theme clusters it addresses")))
        layout.addWidget(self.clusters, 1)
        return tab

    def _progress_tab(self) -> QWidget:
        self.history = QTreeWidget()
        self.history.setObjectName("actionHistory")
        self.history.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("New status"),
                self.tr("Narrative"),
                self.tr("Agency"),
                self.tr("Reported by"),
                self.tr("Evidence"),
            ]
        )
        self.history.setRootIsDecorated(False)
        self._evidence: list[list[AttachmentInfo]] = []
        self.history.itemDoubleClicked.connect(
            lambda item, _c: save_evidence_copy(
                self,
                self.database.session_factory,
                self._evidence[self.history.indexOfTopLevelItem(item)],
            )
        )
        self.record_button = QPushButton(self.tr("Record progress…"))
        self.record_button.setObjectName("recordProgress")
        self.record_button.clicked.connect(self.record_progress)
        self.progress_hint = QLabel()
        self.progress_hint.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.history)
        layout.addWidget(self.progress_hint)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeading)
        return tab

    # Loading and saving ----------------------------------------------
    def load(self, action_id: int) -> None:
        detail = get_action(self.database.session_factory, action_id)
        self.detail = detail
        f = detail.fields
        self.title.setText(f.title)
        self.description.setPlainText(f.description)
        self.start_date.set_value(f.start_date)
        self.due_date.set_value(f.due_date)
        self.status.setCurrentIndex(self.status.findData(f.status))
        self.cost.setText("" if f.estimated_cost is None else format_amount(f.estimated_cost))
        self.currency.setCurrentText(f.currency)
        self.funding.setText(f.funding_source)
        self.within_budget.setChecked(f.within_existing_budget)
        _check(self.recommendations, f.recommendation_ids, detail.recommendations)
        _check(self.clusters, f.cluster_ids, detail.clusters)
        self.agencies.set_agencies(f.agencies)
        self.indicators.set_owner(action_id=action_id)
        self._load_history()
        self._set_owned(True)

    def _set_owned(self, owned: bool) -> None:
        """Indicators and progress belong to a saved action."""
        self.record_button.setEnabled(owned)
        self.progress_hint.setText(
            "" if owned else self.tr("Save the action first to record its progress.")
        )
        self.tabs.setTabEnabled(self.tabs.indexOf(self.indicators), owned)

    def _load_history(self) -> None:
        assert self.detail is not None
        self.history.clear()
        self._evidence = []
        locale = QLocale()
        for entry in action_history(self.database.session_factory, self.detail.id):
            when = QDate(entry.reported_on.year, entry.reported_on.month, entry.reported_on.day)
            files = ", ".join(a.file_name for a in entry.attachments)
            item = QTreeWidgetItem(
                [
                    locale.toString(when, QLocale.FormatType.ShortFormat),
                    action_status_label(entry.new_status) if entry.new_status else "",
                    entry.narrative,
                    entry.agency,
                    entry.reporter,
                    files,
                ]
            )
            item.setToolTip(2, entry.narrative)
            if entry.attachments:
                item.setToolTip(5, self.tr("Double-click to save a copy"))
            self._evidence.append(entry.attachments)
            self.history.addTopLevelItem(item)

    def fields(self) -> ActionFields:
        """The form's values; raises ValueError naming the cost when it is not a number."""
        cost = parse_number(self.cost.text())
        return ActionFields(
            title=self.title.text(),
            description=self.description.toPlainText(),
            start_date=self.start_date.value(),
            due_date=self.due_date.value(),
            estimated_cost=cost,
            currency=self.currency.currentText(),
            funding_source=self.funding.text(),
            within_existing_budget=self.within_budget.isChecked(),
            status=self.status.currentData(),
            recommendation_ids=_checked(self.recommendations),
            cluster_ids=_checked(self.clusters),
            agencies=self.agencies.agencies(),
        )

    def save(self) -> None:
        """Save in the background; the dialog closes when saved, or shows the
        field that is wrong."""
        try:
            fields = self.fields()
        except ValueError:
            self._show_problem("estimated_cost", self.tr("this is not a number"))
            return
        factory, detail, plan_id = self.database.session_factory, self.detail, self.context.plan_id

        def work() -> Written[int]:
            if detail is None:
                action_id = create_action(factory, plan_id, fields)
            else:
                update_action(factory, detail.id, detail.version, fields)
                action_id = detail.id
            return Written(action_id, Changes.of(Kind.ACTION, [action_id]))

        WriteOperation(self, work, self._saved).on_error(self._refused).disabling(
            self.buttons
        ).run()

    def _saved(self, action_id: int) -> None:
        self.saved_id = action_id
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ConflictError):
            self.error.setText(conflict_text())
        elif isinstance(exc, NmrfError):
            self._show_problem(exc.where or "", error_message(exc))
        else:
            self.error.setText(error_text(exc))

    def _show_problem(self, field: str, message: str) -> None:
        label, widget, tab = self._field_place(field)
        self.error.setText(located(label, message))
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        if widget is not None:
            widget.setFocus()

    def _field_place(self, field: str) -> tuple[str, QWidget | None, QWidget | None]:
        details = self.tabs.widget(0)
        places: dict[str, tuple[str, QWidget | None, QWidget | None]] = {
            "title": (self.tr("Title"), self.title, details),
            "due_date": (self.tr("Due date"), self.due_date, details),
            "start_date": (self.tr("Start date"), self.start_date, details),
            "estimated_cost": (self.tr("Estimated cost"), self.cost, details),
            "currency": (self.tr("Currency"), self.currency, details),
            "funding_source": (self.tr("Funding source"), self.funding, details),
            "lead_agency": (self.tr("Lead agency"), self.agencies.table, self.agencies),
            "agencies": (self.tr("Agencies"), self.agencies.table, self.agencies),
            "recommendations": (self.tr("Recommendations"), self.recommendations, None),
            "clusters": (self.tr("Theme clusters"), self.clusters, None),
        }
        return places.get(field, ("", None, None))

    def record_progress(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        factory = self.database.session_factory

        def save(entry: ProgressEntry, today: date) -> object:
            return record_action_progress(factory, detail.id, detail.version, entry, today)

        dialog = ProgressDialog(
            self.tr("Progress on “{title}”").replace("{title}", detail.fields.title),
            [(s.value, action_status_label(s.value)) for s in ActionStatus],
            [(a.id, a.name) for a in self.context.agencies if not a.archived],
            save,
            self,
            current_status=detail.fields.status.value,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # The update moved the action's version (and perhaps its status) on.
            fresh = get_action(factory, detail.id)
            self.detail = fresh
            self.status.setCurrentIndex(self.status.findData(fresh.fields.status))
            self._load_history()


def _checklist(items: Sequence[tuple[int, str]], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    for item_id, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _check(widget: QListWidget, ids: Sequence[int], known: Sequence[tuple[int, str]]) -> None:
    present = {widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())}
    for item_id, label in known:  # linked items the list does not offer (yet)
        if item_id not in present:
            extra = QListWidgetItem(label)
            extra.setData(Qt.ItemDataRole.UserRole, item_id)
            extra.setFlags(extra.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            widget.addItem(extra)
    wanted = set(ids)
    for row in range(widget.count()):
        item = widget.item(row)
        checked = item.data(Qt.ItemDataRole.UserRole) in wanted
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _checked(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )
