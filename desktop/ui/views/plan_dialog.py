"""Create or edit an implementation plan. A new plan can start from theme
clusters or from the register's current filter, with one proposed action per
cluster."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import PlanStatus
from desktop.services.database import Database
from desktop.services.plans import PlanFields, create_plan, update_plan
from desktop.services.register import RegisterFilter
from desktop.ui.operations import Changes, Kind, WriteOperation, Written
from desktop.ui.planning_labels import plan_status_label
from desktop.ui.views.date_field import OptionalDateEdit


class PlanDialog(QDialog):
    def __init__(
        self,
        database: Database,
        *,
        plan_id: int | None = None,
        version: int = 0,
        fields: PlanFields | None = None,
        clusters: Sequence[tuple[int, str, int]] = (),
        register_filter: RegisterFilter | None = None,
        filter_count: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        """``clusters``: (id, name, recommendations) offered to start from;
        ``register_filter``: the register's current filter and how many it matches."""
        super().__init__(parent)
        self.database = database
        self.plan_id = plan_id
        self.version = version
        self.register_filter = register_filter
        self.saved_id: int | None = None
        self.operation: WriteOperation[int] | None = None
        self.setWindowTitle(self.tr("New plan") if plan_id is None else self.tr("Edit plan"))
        self.title = QLineEdit()
        self.title.setObjectName("planTitle")
        self.title.setMaxLength(300)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        self.period_start = OptionalDateEdit()
        self.period_start.setObjectName("periodStart")
        self.period_end = OptionalDateEdit()
        self.period_end.setObjectName("periodEnd")
        self.status = QComboBox()
        self.status.setObjectName("planStatus")
        for status in PlanStatus:
            self.status.addItem(plan_status_label(status.value), status)
        self.adoption_date = OptionalDateEdit()
        self.adoption_date.setObjectName("adoptionDate")
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. Cabinet Decision No. 14/2022"))
        self.national_plan = QLineEdit()
        self.national_plan.setPlaceholderText(
            self.tr("National human rights action plan or development plan")
        )
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Period from"), self.period_start)
        form.addRow(self.tr("Period to"), self.period_end)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Adopted on"), self.adoption_date)
        form.addRow(self.tr("Decision reference"), self.decision)
        form.addRow(self.tr("Part of"), self.national_plan)
        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if plan_id is None:
            layout.addWidget(self._start_from(clusters, filter_count))
            self.status.setEnabled(False)  # a new plan starts as a draft
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if fields is not None:
            self.set_fields(fields)
        self.resize(640, 720 if plan_id is None else 480)

    def _start_from(self, clusters: Sequence[tuple[int, str, int]], filter_count: int) -> QGroupBox:
        box = QGroupBox(self.tr("Recommendations the plan covers"))
        self.from_nothing = QRadioButton(self.tr("None for now"))
        self.from_clusters = QRadioButton(self.tr("Those of the theme clusters ticked below"))
        self.from_clusters.setObjectName("fromClusters")
        self.from_filter = QRadioButton(
            self.tr("Those the register shows now ({count})").replace(
                "{count}", QLocale().toString(filter_count)
            )
        )
        self.from_filter.setObjectName("fromFilter")
        self.from_filter.setEnabled(self.register_filter is not None and filter_count > 0)
        group = QButtonGroup(box)
        for button in (self.from_nothing, self.from_clusters, self.from_filter):
            group.addButton(button)
        self.cluster_list = QListWidget()
        self.cluster_list.setObjectName("startClusters")
        for cluster_id, name, count in clusters:
            item = QListWidgetItem(f"{name} ({QLocale().toString(count)})")
            item.setData(Qt.ItemDataRole.UserRole, cluster_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cluster_list.addItem(item)
        self.cluster_list.itemChanged.connect(lambda _i: self.from_clusters.setChecked(True))
        self.propose = QCheckBox(self.tr("Propose one action per theme cluster to start from"))
        self.propose.setObjectName("proposeActions")
        self.propose.setChecked(True)
        (self.from_clusters if clusters else self.from_nothing).setChecked(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.from_nothing)
        layout.addWidget(self.from_clusters)
        layout.addWidget(self.cluster_list)
        layout.addWidget(self.from_filter)
        layout.addWidget(self.propose)
        return box

    def set_fields(self, fields: PlanFields) -> None:
        self.title.setText(fields.title)
        self.description.setPlainText(fields.description)
        self.period_start.set_value(fields.period_start)
        self.period_end.set_value(fields.period_end)
        self.status.setCurrentIndex(self.status.findData(fields.status))
        self.adoption_date.set_value(fields.adoption_date)
        self.decision.setText(fields.decision_reference)
        self.national_plan.setText(fields.national_plan_reference)

    def fields(self) -> PlanFields:
        return PlanFields(
            title=self.title.text(),
            description=self.description.toPlainText(),
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            status=self.status.currentData(),
            adoption_date=self.adoption_date.value(),
            decision_reference=self.decision.text(),
            national_plan_reference=self.national_plan.text(),
        )

    def checked_clusters(self) -> list[int]:
        return [
            self.cluster_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.cluster_list.count())
            if self.cluster_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        """Save in the background (a plan from many clusters writes many links);
        the dialog closes when it is saved, or shows what is wrong."""
        factory, fields = self.database.session_factory, self.fields()
        if self.plan_id is None:
            cluster_ids = self.checked_clusters() if self.from_clusters.isChecked() else []
            register_filter = self.register_filter if self.from_filter.isChecked() else None
            propose, action_title = (
                self.propose.isChecked(),
                self.tr("Address the recommendations on {cluster}"),
            )

            def work() -> Written[int]:
                plan_id = create_plan(
                    factory,
                    fields,
                    cluster_ids=cluster_ids,
                    register_filter=register_filter,
                    propose_actions=propose,
                    action_title=action_title,
                )
                return Written(plan_id, Changes.of(Kind.PLAN, [plan_id]) | Changes.of(Kind.ACTION))

        else:
            plan_id, version = self.plan_id, self.version

            def work() -> Written[int]:
                update_plan(factory, plan_id, version, fields)
                return Written(plan_id, Changes.of(Kind.PLAN, [plan_id]))

        self.operation = WriteOperation(self, work, self._saved)
        self.operation.errors_in(self.error, self._field_names()).disabling(self.buttons).run()

    def _saved(self, plan_id: int) -> None:
        self.saved_id = plan_id
        self.accept()

    def _field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "period_end": self.tr("Period to"),
            "status": self.tr("Status"),
            "adoption_date": self.tr("Adopted on"),
            "decision_reference": self.tr("Decision reference"),
            "national_plan_reference": self.tr("Part of"),
        }
