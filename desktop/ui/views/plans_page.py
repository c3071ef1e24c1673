"""The Plans page: implementation plans, each shown by theme cluster (by
priority), with the recommendations and the actions addressing them; the
cluster × status matrix; and costs per lead agency."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from desktop.domain.errors import NmrfError
from desktop.domain.vocab import ActionStatus
from desktop.services.actions import (
    ActionDetail,
    AgencyChoice,
    agency_choices,
    delete_action,
    get_action,
)
from desktop.services.clusters import ClusterInfo, list_clusters
from desktop.services.database import Database
from desktop.services.plan_matrix import MatrixRow, priority_matrix
from desktop.services.plan_view import PlanView, read_plan
from desktop.services.plans import PlanSummary, delete_plan, list_plans
from desktop.services.progress import ProgressEntry, record_action_progress
from desktop.services.register import RegisterFilter
from desktop.ui.error_text import error_text
from desktop.ui.operations import Changes, Kind, LatestOnly, ReadOperation, WriteOperation, Written
from desktop.ui.planning_labels import action_status_label, plan_status_label
from desktop.ui.views.action_dialog import ActionContext, ActionDialog
from desktop.ui.views.history_panel import add_history_tab
from desktop.ui.views.pages import Page
from desktop.ui.views.plan_costs import CostsTable, MatrixTable
from desktop.ui.views.plan_dialog import PlanDialog
from desktop.ui.views.plan_tree import PlanTree, format_date, format_totals
from desktop.ui.views.progress_dialog import ProgressDialog


@dataclass(frozen=True)
class _Loaded:
    plans: list[PlanSummary]
    view: PlanView | None
    matrix: list[MatrixRow]
    agencies: list[AgencyChoice]


def _today() -> Any:
    return QDate.currentDate().toPython()


class PlansPage(Page):
    key = "plans"
    watches = frozenset(Kind) - {Kind.VIEW, Kind.SETTINGS, Kind.CONSULTATION, Kind.DEADLINE}
    fills_page = True
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.plans: list[PlanSummary] = []
        self.view: PlanView | None = None
        self._latest = LatestOnly()
        self.agencies: list[AgencyChoice] = []
        self.register_filter: RegisterFilter | None = None
        self.register_count = 0
        self._wanted_plan: int | None = None
        self._select_action_after_load: int | None = None

        self.plan_choice = QComboBox()
        self.plan_choice.setObjectName("planChoice")
        self.plan_choice.setMinimumContentsLength(40)
        self.plan_choice.activated.connect(lambda _i: self._plan_chosen())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan")))
        top.addWidget(self.plan_choice, 1)
        self.new_plan_button = self._button(top, self.tr("New plan…"), self.new_plan, "newPlan")
        self.edit_plan_button = self._button(top, self.tr("Edit plan…"), self.edit_plan)
        self.delete_plan_button = self._button(top, self.tr("Delete plan"), self.delete_plan)
        self.body.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)

        self.tree = PlanTree()
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_action())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.matrix = MatrixTable()
        self.costs = CostsTable()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("Plan by cluster"))
        self.tabs.addTab(self.matrix, self.tr("Priority matrix"))
        self.tabs.addTab(self.costs, self.tr("Costs by agency"))
        self.history = add_history_tab(self.tabs, "implementation_plan")
        self.body.addWidget(self.tabs, 1)
        actions = QHBoxLayout()
        self.new_action_button = self._button(
            actions, self.tr("New action…"), self.new_action, "newAction"
        )
        self.edit_action_button = self._button(actions, self.tr("Edit action…"), self.edit_action)
        self.progress_button = self._button(
            actions, self.tr("Record progress…"), self.record_progress, "recordActionProgress"
        )
        self.delete_action_button = self._button(
            actions, self.tr("Delete action"), self.delete_action
        )
        actions.addStretch(1)
        self.message = QLabel()
        actions.addWidget(self.message)
        self.body.addLayout(actions)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Plans")

    def blurb(self) -> str:
        return self.tr(
            "Implementation plans: actions with timelines, resources and indicators, "
            "and their progress."
        )

    @staticmethod
    def _button(layout: QHBoxLayout, text: str, slot: Any, name: str = "") -> QPushButton:
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def set_database(self, database: Database) -> None:
        self.database = database
        self.history.set_database(database)

    def set_register_filter(self, filt: RegisterFilter, count: int) -> None:
        """The register's current filter, offered as a start for a new plan."""
        self.register_filter, self.register_count = filt, count

    # Loading ------------------------------------------------------------
    def current_plan_id(self) -> int | None:
        data = self.plan_choice.currentData()
        return int(data) if data is not None else None

    def reload(self) -> None:
        if self.database is None:
            return
        factory = self.database.session_factory
        wanted = self._wanted_plan or self.current_plan_id()
        today = _today()

        def work() -> _Loaded:
            plans = list_plans(factory, today)
            ids = [p.id for p in plans]
            plan_id = wanted if wanted in ids else (ids[0] if ids else None)
            view = read_plan(factory, plan_id, today) if plan_id is not None else None
            matrix = priority_matrix(factory, plan_id) if plan_id is not None else []
            return _Loaded(plans, view, matrix, agency_choices(factory))

        ReadOperation(self, work, self._loaded).latest(self._latest).on_error(self._failed).run()

    def _loaded(self, data: _Loaded) -> None:
        self._wanted_plan = None
        self.plans, self.view, self.agencies = data.plans, data.view, data.agencies
        self.plan_choice.blockSignals(True)
        self.plan_choice.clear()
        for plan in data.plans:
            label = f"{plan.fields.title} ({plan_status_label(plan.fields.status.value)})"
            self.plan_choice.addItem(label, plan.id)
        if data.view is not None:
            self.plan_choice.setCurrentIndex(self.plan_choice.findData(data.view.id))
        self.plan_choice.blockSignals(False)
        self._show_summary()
        self.tree.show_plan(self.view)
        self.matrix.show_rows(data.matrix)
        self.costs.show_costs(data.view.cost_by_agency if data.view else [])
        self.history.show_record(data.view.id if data.view else None)
        if self._select_action_after_load is not None:
            self.tree.select_action(self._select_action_after_load)
            self._select_action_after_load = None
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _plan_chosen(self) -> None:
        self._wanted_plan = self.current_plan_id()
        self.reload()

    def show_plan(self, plan_id: int) -> None:
        self._wanted_plan = plan_id
        self.reload()

    def _show_summary(self) -> None:
        view = self.view
        if view is None:
            self.summary.setText(
                self.tr("No plan yet. Create one from theme clusters or from the register.")
            )
            return
        f = view.fields
        parts = [plan_status_label(f.status.value)]
        if f.period_start or f.period_end:
            parts.append(f"{format_date(f.period_start)} – {format_date(f.period_end)}")
        if f.adoption_date:
            parts.append(
                self.tr("adopted {date}").replace("{date}", format_date(f.adoption_date))
                + (f" ({f.decision_reference})" if f.decision_reference else "")
            )
        recs = sum(len(g.recommendations) for g in view.groups)
        parts.append(
            self.tr("{recommendations}, {actions}, {overdue}")
            .replace("{recommendations}", self.tr("%Ln recommendation(s)", "", recs))
            .replace("{actions}", self.tr("%Ln action(s)", "", view.action_count))
            .replace("{overdue}", self.tr("%Ln overdue", "", view.overdue_count))
        )
        if view.cost_totals:
            parts.append(
                self.tr("cost {totals}").replace("{totals}", format_totals(view.cost_totals))
            )
        self.summary.setText(" · ".join(parts))

    # Actions on plans -----------------------------------------------------
    def _update_buttons(self) -> None:
        has_plan = self.view is not None
        has_action = self.tree.current_action_id() is not None
        self.edit_plan_button.setEnabled(has_plan)
        self.delete_plan_button.setEnabled(has_plan)
        self.new_action_button.setEnabled(has_plan)
        for button in (self.edit_action_button, self.progress_button, self.delete_action_button):
            button.setEnabled(has_action)

    def new_plan(self) -> None:
        if self.database is None:
            return
        factory = self.database.session_factory
        ReadOperation(self, lambda: list_clusters(factory), self._new_plan).on_error(
            self._failed
        ).run()

    def _new_plan(self, found: list[ClusterInfo]) -> None:
        if self.database is None:
            return
        clusters = [(c.id, c.name, c.recommendations) for c in found]
        dialog = PlanDialog(
            self.database,
            clusters=clusters,
            register_filter=self.register_filter,
            filter_count=self.register_count,
            parent=self,
        )
        if self._run(dialog) and dialog.saved_id is not None:
            self.show_plan(dialog.saved_id)

    def edit_plan(self) -> None:
        if self.database is None or self.view is None:
            return
        dialog = PlanDialog(
            self.database,
            plan_id=self.view.id,
            version=self.view.version,
            fields=self.view.fields,
            parent=self,
        )
        # The dialog saves in the background and reports the change; the page
        # hears it like the others (also when the dialog is closed meanwhile).
        self._run(dialog)

    def delete_plan(self) -> None:
        if self.database is None or self.view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete plan"),
            self.tr(
                "Delete “{title}” with its %Ln action(s), their indicators and progress "
                "updates? The recommendations stay in the register.",
                "",
                self.view.action_count,
            ).replace("{title}", self.view.fields.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            factory, plan_id = self.database.session_factory, self.view.id

            def work() -> Written[None]:
                delete_plan(factory, plan_id)
                return Written(None, Changes.of(Kind.PLAN, [plan_id]) | Changes.of(Kind.ACTION))

            WriteOperation(self, work, lambda _none: self.reload()).errors_in(self.message).run()

    # Actions on actions ----------------------------------------------------
    def action_context(self) -> ActionContext:
        assert self.view is not None
        recs = [
            (r.id, f"{r.reference} — {' '.join(r.text.split())[:120]}")
            for g in self.view.groups
            for r in g.recommendations
        ]
        clusters = [(g.cluster_id, g.name) for g in self.view.groups if g.cluster_id is not None]
        return ActionContext(self.view.id, recs, clusters, self.agencies)

    def new_action(self) -> None:
        if self.database is None or self.view is None:
            return
        self._run(ActionDialog(self.database, self.action_context(), parent=self))

    def edit_action(self, action_id: int | None = None) -> None:
        action_id = action_id or self.tree.current_action_id()
        if self.database is None or self.view is None or action_id is None:
            return
        try:
            dialog = ActionDialog(self.database, self.action_context(), action_id, parent=self)
        except NmrfError as exc:
            self.message.setText(error_text(exc))
            return
        self._run(dialog)

    def show_action(self, action_id: int) -> None:
        """Show the plan that holds an action, with the action selected."""
        if self.database is None:
            return
        factory = self.database.session_factory

        def found(plan_id: int) -> None:
            self.tabs.setCurrentWidget(self.tree)
            self._select_action_after_load = action_id
            self.show_plan(plan_id)

        ReadOperation(self, lambda: get_action(factory, action_id).plan_id, found).on_error(
            self._failed
        ).run()

    def record_progress(self) -> None:
        action_id = self.tree.current_action_id()
        if self.database is None or self.view is None or action_id is None:
            return
        factory = self.database.session_factory
        ReadOperation(self, lambda: get_action(factory, action_id), self._ask_progress).on_error(
            self._failed
        ).run()

    def _ask_progress(self, detail: ActionDetail) -> None:
        if self.database is None:
            return
        factory, action_id = self.database.session_factory, detail.id

        def save(entry: ProgressEntry, today: Any) -> object:
            return record_action_progress(factory, action_id, detail.version, entry, today)

        dialog = ProgressDialog(
            self.tr("Progress on “{title}”").replace("{title}", detail.fields.title),
            [(s.value, action_status_label(s.value)) for s in ActionStatus],
            [(a.id, a.name) for a in self.agencies if not a.archived],
            save,
            self,
            current_status=detail.fields.status.value,
        )
        self._run(dialog)

    def delete_action(self) -> None:
        action_id = self.tree.current_action_id()
        if self.database is None or self.view is None or action_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete action"),
            self.tr("Delete this action with its indicators and progress updates?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            factory, plan_id = self.database.session_factory, self.view.id

            def work() -> Written[None]:
                delete_action(factory, action_id)
                return Written(None, Changes.of(Kind.ACTION, [action_id]))

            WriteOperation(self, work, lambda _none: self.show_plan(plan_id)).errors_in(
                self.message
            ).run()

    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; tests replace this to drive it."""
        return dialog.exec() == QDialog.DialogCode.Accepted
