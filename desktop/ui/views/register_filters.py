"""The register's filter panel: each group narrows the register; groups
combine with AND, ticked values within a group with OR. Long lists (documents,
States, themes, SDG targets…) have a box that narrows them as you type; Enter
there ticks the values shown."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import AgencyRole, ImplementationStatus, Position, Priority
from desktop.services.choices import FilterChoices
from desktop.services.register import RegisterFilter
from desktop.ui.collation import SEARCH_ROLE, item_matches, sorted_by_name
from desktop.ui.i18n import code_label, position_label, priority_label, status_label

# The fields of RegisterFilter the filter panel shows and sets; the others
# (an explicit set of recommendations) come from a saved view or a drill-down
# and are kept aside until the filters are cleared.
PANEL_FIELDS = {
    "text",
    "mechanisms",
    "responses",
    "statuses",
    "priorities",
    "cluster_ids",
    "without_cluster",
    "cycles",
    "source_ids",
    "recommending_state_ids",
    "action_categories",
    "theme_ids",
    "affected_persons_ids",
    "sdg_goals",
    "sdg_target_ids",
    "agency_id",
    "agency_role",
    "without_lead_agency",
    "needs_parliament",
    "archived",
}


class CheckList(QListWidget):
    """A list of checkable values. A searchable one (the database's values,
    which run to hundreds) comes with a box that narrows it as you type
    (``narrow``, laid out above the list by the panel)."""

    def __init__(self, parent: QWidget | None = None, *, searchable: bool = False) -> None:
        super().__init__(parent)
        self._values: list[tuple[object, str]] = []
        self._other_names: dict[object, str] = {}
        self.searchable = searchable
        self.narrow = QLineEdit()
        self.narrow.setPlaceholderText(self.tr("Type to narrow the list"))
        self.narrow.setToolTip(self.tr("Enter ticks the values shown"))
        self.narrow.setClearButtonEnabled(True)
        self.narrow.setVisible(False)
        self.narrow.textChanged.connect(self._apply_narrowing)
        self.narrow.returnPressed.connect(self.tick_shown)

    def set_values(
        self, values: Iterable[tuple[object, str]], other_names: Mapping[Any, str] = {}
    ) -> None:
        """Offer ``(value, label)`` pairs; narrowing also finds a value by its
        ``other_names`` entry (a State's English name)."""
        wanted, others = list(values), dict(other_names)
        if wanted == self._values and others == self._other_names:
            return  # offered again on every reload: nothing to rebuild
        self._values, self._other_names = wanted, others
        checked = set(self.checked())
        self.blockSignals(True)
        self.setUpdatesEnabled(False)
        self.clear()
        for value, label in wanted:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setData(SEARCH_ROLE, others.get(value, ""))
            item.setToolTip(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.setUpdatesEnabled(True)
        self.blockSignals(False)
        self.show_narrow_box()
        self._apply_narrowing(self.narrow.text())
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its values, up to seven rows (short lists leave no blank)."""
        rows = max(1, min(self.count(), 7))
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)

    def show_narrow_box(self) -> None:
        if self.narrow.parent() is not None:  # not before it is laid out (no stray window)
            self.narrow.setVisible(self.searchable and self.count() > 0)

    def _apply_narrowing(self, text: str) -> None:
        wanted = text.casefold().strip()
        for i in range(self.count()):
            item = self.item(i)
            item.setHidden(bool(wanted) and not item_matches(item, wanted))

    def tick_shown(self) -> None:
        """Tick every value the narrowing shows (one change, one reload)."""
        shown = [
            self.item(i)
            for i in range(self.count())
            if not self.item(i).isHidden() and self.item(i).checkState() != Qt.CheckState.Checked
        ]
        if not shown or not self.narrow.text().strip():
            return
        self.blockSignals(True)
        for item in shown:
            item.setCheckState(Qt.CheckState.Checked)
        self.blockSignals(False)
        self.itemChanged.emit(shown[0])

    def checked(self) -> list[object]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values: Iterable[object]) -> None:
        wanted = set(values)
        for i in range(self.count()):
            item = self.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class FilterPanel(QWidget):
    changed = Signal()
    cleared = Signal()  # before the changed signal of a "Clear filters"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mechanisms = CheckList()
        self.responses = CheckList()
        self.responses.set_values((p, position_label(p)) for p in Position)
        self.statuses = CheckList()
        self.statuses.set_values((s, status_label(s)) for s in ImplementationStatus)
        self.priorities = CheckList()
        self.priorities.set_values((p, priority_label(p)) for p in Priority)
        self.clusters = CheckList(searchable=True)
        self.cycles = CheckList()
        self.sources = CheckList(searchable=True)
        self.recommending_states = CheckList(searchable=True)
        self.recommending_states.setObjectName("recommendingStateFilter")
        self.action_categories = CheckList()
        self.action_categories.set_values(
            (n, label)
            for n, label in (
                (1, self.tr("1 minimal")),
                (2, self.tr("2 continuing")),
                (3, self.tr("3 considering")),
                (4, self.tr("4 general")),
                (5, self.tr("5 specific")),
            )
        )
        self.themes = CheckList(searchable=True)
        self.affected_persons = CheckList(searchable=True)
        self.sdg_goals = CheckList()
        self.sdg_targets = CheckList(searchable=True)
        self.agency = QComboBox()
        _make_searchable(self.agency)
        self.agency_role = QComboBox()
        self.agency_role.addItem(self.tr("Any role"), "")
        self.agency_role.addItem(self.tr("Lead"), AgencyRole.LEAD)
        self.agency_role.addItem(self.tr("Supporting"), AgencyRole.SUPPORTING)
        self.without_lead_agency = QCheckBox(self.tr("Without a lead agency"))
        self.without_lead_agency.setObjectName("withoutLeadAgency")
        self.without_lead_agency.setToolTip(
            self.tr("Only recommendations that no agency leads yet")
        )
        self.needs_parliament = QCheckBox(self.tr("Needs parliament"))
        self.needs_parliament.setTristate(True)
        self.needs_parliament.setCheckState(Qt.CheckState.PartiallyChecked)
        self.needs_parliament.setToolTip(
            self.tr("Tick: only these; clear: only the others; half: either")
        )
        self.archived = QCheckBox(self.tr("Show the archive instead"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        layout = QVBoxLayout(self)
        self._groups: list[tuple[QGroupBox, str, CheckList]] = []
        for title, widget in (
            (self.tr("Mechanism"), self.mechanisms),
            (self.tr("Cycle"), self.cycles),
            (self.tr("Document"), self.sources),
            (self.tr("Recommending State"), self.recommending_states),
            (self.tr("Response"), self.responses),
            (self.tr("Implementation status"), self.statuses),
            (self.tr("Priority"), self.priorities),
            (self.tr("Cluster"), self.clusters),
            (self.tr("Action category"), self.action_categories),
            (self.tr("Theme"), self.themes),
            (self.tr("Affected persons"), self.affected_persons),
            (self.tr("SDG goal"), self.sdg_goals),
            (self.tr("SDG target"), self.sdg_targets),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(widget.narrow)
            box_layout.addWidget(widget)
            widget.show_narrow_box()
            layout.addWidget(box)
            self._groups.append((box, title, widget))
            widget.itemChanged.connect(self.changed)
            widget.itemChanged.connect(lambda _item: self._show_ticked())
        agency_box = QGroupBox(self.tr("Agency"))
        agency_layout = QVBoxLayout(agency_box)
        agency_layout.addWidget(self.agency)
        agency_layout.addWidget(self.agency_role)
        agency_layout.addWidget(self.without_lead_agency)
        layout.addWidget(agency_box)
        layout.addWidget(self.needs_parliament)
        layout.addWidget(self.archived)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.agency.currentIndexChanged.connect(self.changed)
        self.agency_role.currentIndexChanged.connect(self.changed)
        self.without_lead_agency.stateChanged.connect(self.changed)
        self.needs_parliament.stateChanged.connect(self.changed)
        self.archived.stateChanged.connect(self.changed)

    def set_choices(self, choices: FilterChoices) -> None:
        """Offer the database's values; ticks on values still offered are kept.
        Emits nothing: offering choices is not a change of filter."""
        was_blocked = self.blockSignals(True)
        try:
            self.mechanisms.set_values((code, code) for code, _ in choices.mechanisms)
            for i, (_, name) in enumerate(choices.mechanisms):
                self.mechanisms.item(i).setToolTip(name)
            self.clusters.set_values(
                [(0, self.tr("(no cluster)")), *((cid, name) for cid, name in choices.clusters)]
            )
            self.cycles.set_values(
                (c, self.tr("Cycle {number}").replace("{number}", QLocale().toString(c)))
                for c in choices.cycles
            )
            self.sources.set_values((i, symbol) for i, _, symbol in choices.sources)
            self.recommending_states.set_values(
                sorted_by_name(choices.recommending_states), choices.country_search_names
            )
            self.themes.set_values(choices.themes)
            self.affected_persons.set_values(choices.affected_persons)
            self.sdg_goals.set_values(
                (n, code_label(f"{n} {title}")) for n, title in choices.sdg_goals
            )
            self.sdg_targets.set_values((i, code_label(label)) for i, label in choices.sdg_targets)
            for box, _, checklist in self._groups:  # nothing to choose from: no group
                box.setVisible(checklist.count() > 0)
            current = self.agency.currentData()
            self.agency.clear()
            self.agency.addItem(self.tr("Any agency"), 0)
            for agency_id, name in choices.agencies:
                self.agency.addItem(name, agency_id)
            self.agency.setCurrentIndex(max(0, self.agency.findData(current)))
        finally:
            self.blockSignals(was_blocked)
        self._show_ticked()

    def current_filter(self, text: str = "") -> RegisterFilter:
        clusters = [int(str(c)) for c in self.clusters.checked()]
        parliament = {
            Qt.CheckState.Checked: True,
            Qt.CheckState.Unchecked: False,
        }.get(self.needs_parliament.checkState())
        return RegisterFilter(
            text=text,
            mechanisms=tuple(str(m) for m in self.mechanisms.checked()),
            responses=tuple(Position(str(p)) for p in self.responses.checked()),
            statuses=tuple(ImplementationStatus(str(s)) for s in self.statuses.checked()),
            priorities=tuple(Priority(str(p)) for p in self.priorities.checked()),
            cluster_ids=tuple(c for c in clusters if c),
            source_ids=_ints(self.sources.checked()),
            cycles=_ints(self.cycles.checked()),
            recommending_state_ids=_ints(self.recommending_states.checked()),
            action_categories=_ints(self.action_categories.checked()),
            theme_ids=_ints(self.themes.checked()),
            affected_persons_ids=_ints(self.affected_persons.checked()),
            sdg_goals=_ints(self.sdg_goals.checked()),
            sdg_target_ids=_ints(self.sdg_targets.checked()),
            without_cluster=0 in clusters,
            agency_id=self.agency.currentData() or None,
            agency_role=_role(self.agency_role.currentData())
            if self.agency.currentData()
            else None,
            without_lead_agency=self.without_lead_agency.isChecked(),
            needs_parliament=parliament,
            archived=self.archived.isChecked(),
        )

    def set_filter(self, filt: RegisterFilter) -> None:
        """Show ``filt`` in the panel (fields the panel has); emits nothing."""
        was_blocked = self.blockSignals(True)
        try:
            self.mechanisms.set_checked(filt.mechanisms)
            self.responses.set_checked(filt.responses)
            self.statuses.set_checked(filt.statuses)
            self.priorities.set_checked(filt.priorities)
            self.clusters.set_checked([*filt.cluster_ids, *([0] if filt.without_cluster else [])])
            self.sources.set_checked(filt.source_ids)
            self.cycles.set_checked(filt.cycles)
            self.recommending_states.set_checked(filt.recommending_state_ids)
            self.action_categories.set_checked(filt.action_categories)
            self.themes.set_checked(filt.theme_ids)
            self.affected_persons.set_checked(filt.affected_persons_ids)
            self.sdg_goals.set_checked(filt.sdg_goals)
            self.sdg_targets.set_checked(filt.sdg_target_ids)
            self.agency.setCurrentIndex(max(0, self.agency.findData(filt.agency_id or 0)))
            self.agency_role.setCurrentIndex(
                max(0, self.agency_role.findData(filt.agency_role or ""))
            )
            self.without_lead_agency.setChecked(filt.without_lead_agency)
            self.needs_parliament.setCheckState(
                Qt.CheckState.PartiallyChecked
                if filt.needs_parliament is None
                else Qt.CheckState.Checked
                if filt.needs_parliament
                else Qt.CheckState.Unchecked
            )
            self.archived.setChecked(filt.archived)
        finally:
            self.blockSignals(was_blocked)
        self._show_ticked()

    def clear(self) -> None:
        self.cleared.emit()
        self.blockSignals(True)
        for checklist in self.findChildren(CheckList):
            checklist.set_checked(())
            checklist.narrow.clear()
        self.agency.setCurrentIndex(0)
        self.agency_role.setCurrentIndex(0)
        self.without_lead_agency.setChecked(False)
        self.needs_parliament.setCheckState(Qt.CheckState.PartiallyChecked)
        self.archived.setChecked(False)
        self.blockSignals(False)
        self._show_ticked()
        self.changed.emit()

    def _show_ticked(self) -> None:
        """A group's title says how many of its values are ticked: a tick
        scrolled out of sight in a long list still shows."""
        for box, title, checklist in self._groups:
            n = len(checklist.checked())
            ticked = self.tr("%n ticked", "", n)
            box.setTitle(f"{title} · {ticked}" if n else title)


def _ints(values: list[object]) -> tuple[int, ...]:
    return tuple(int(str(v)) for v in values)


def _role(value: object) -> AgencyRole | None:
    return AgencyRole(str(value)) if value else None


def _make_searchable(combo: QComboBox) -> None:
    """Type part of a name to find it among hundreds (the list stays the list:
    nothing typed is added to it)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer, line = combo.completer(), combo.lineEdit()
    assert completer is not None and line is not None  # an editable combo has both
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    # Text that names no value goes back to the value chosen, not left as if chosen.
    line.editingFinished.connect(lambda: line.setText(combo.itemText(combo.currentIndex())))
