"""The plan by cluster: one line per theme cluster (by priority), under it the
list of its recommendations and the actions addressing them, overdue actions
in red. Built lazily: a plan can hold thousands of both."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.services.plan_view import ClusterGroup, PlanAction, PlanView
from desktop.ui.bidi import ContentDirectionDelegate
from desktop.ui.i18n import priority_label, status_label
from desktop.ui.planning_labels import action_status_label
from desktop.ui.views.amounts import format_amount

OVERDUE = QColor("#b00020")
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
PENDING_ROLE = Qt.ItemDataRole.UserRole + 2
OPENED_ACTIONS = 150
"""Clusters are opened at first until about this many actions show."""


def format_date(value: Any) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    return f"{format_amount(amount)} {currency}".strip()


def format_totals(totals: dict[str, Decimal]) -> str:
    return " · ".join(format_money(total, currency) for currency, total in totals.items())


class PlanTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: PlanView | None = None
        self.setObjectName("planTree")
        self.setHeaderLabels(
            [
                self.tr("Cluster, recommendation or action"),
                self.tr("Status"),
                self.tr("Lead agency"),
                self.tr("Due"),
                self.tr("Estimated cost"),
                self.tr("Indicators"),
            ]
        )
        self.setUniformRowHeights(True)
        # Titles, texts and names keep their own reading order in an Arabic window.
        self.setItemDelegate(ContentDirectionDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 190), (2, 200), (3, 90), (4, 150), (5, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.itemExpanded.connect(self._fill_item)
        self._unfilled: list[ClusterGroup | list[Any] | None] = []

    def show_plan(self, view: PlanView | None) -> None:
        """One line per cluster. The first clusters (up to about a screenful of
        actions) are opened; the others, and every list of recommendations,
        are filled when first opened: a plan can hold thousands of both."""
        self.setUpdatesEnabled(False)
        self.clear()
        self._unfilled.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        budget = OPENED_ACTIONS
        self.view = view
        for group in view.groups if view else []:
            top = QTreeWidgetItem([self._group_title(group)])
            top.setData(0, KIND_ROLE, "cluster")
            top.setFont(0, bold)
            if group.priority_rationale:
                top.setToolTip(0, group.priority_rationale)
            self._defer(top, group)
            self.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # the cluster's line carries its totals
            if budget > 0:
                top.setExpanded(True)  # fills it
                budget -= len(group.actions)
        self.setUpdatesEnabled(True)

    def _group_title(self, group: ClusterGroup) -> str:
        name = group.name or self.tr("Not in a theme cluster")
        if group.priority is not None:
            name = (
                self.tr("{cluster} — {priority} priority")
                .replace("{cluster}", name)
                .replace("{priority}", priority_label(group.priority.value))
            )
        counts = (
            self.tr("{recommendations}, {actions}")
            .replace(
                "{recommendations}",
                self.tr("%Ln recommendation(s)", "", len(group.recommendations)),
            )
            .replace("{actions}", self.tr("%Ln action(s)", "", len(group.actions)))
        )
        name += f"   ·   {counts}"
        if group.cost_totals:
            name += "   ·   " + self.tr("cost {totals}").replace(
                "{totals}", format_totals(group.cost_totals)
            )
        return name

    def _defer(self, item: QTreeWidgetItem, content: ClusterGroup | list[Any]) -> None:
        """Fill ``item`` when it is first opened."""
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        item.setData(0, PENDING_ROLE, len(self._unfilled))
        self._unfilled.append(content)

    def _fill_item(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, PENDING_ROLE)
        if index is None or self._unfilled[int(index)] is None:
            return
        content, self._unfilled[int(index)] = self._unfilled[int(index)], None
        if isinstance(content, ClusterGroup):
            recs = QTreeWidgetItem(
                [
                    self.tr("Recommendations ({count})").replace(
                        "{count}", QLocale().toString(len(content.recommendations))
                    )
                ]
            )
            recs.setData(0, KIND_ROLE, "recommendations")
            self._defer(recs, content.recommendations)
            item.addChild(recs)
            item.addChildren([self._action_item(a) for a in content.actions])
        else:
            item.addChildren([self._recommendation_item(r) for r in content or []])

    def _recommendation_item(self, rec: Any) -> QTreeWidgetItem:
        text = " ".join(rec.text.split())
        label = f"{rec.reference} — {text[:160]}{'…' if len(text) > 160 else ''}"
        item = QTreeWidgetItem([label, status_label(rec.status.value), ", ".join(rec.lead)])
        item.setToolTip(0, f"{rec.mechanism} {rec.source}\n{text}")
        item.setData(0, KIND_ROLE, "recommendation")
        item.setData(0, ID_ROLE, rec.id)
        return item

    def _action_item(self, action: PlanAction) -> QTreeWidgetItem:
        status = action_status_label(action.status.value)
        if action.overdue:
            status = self.tr("{status} — overdue").replace("{status}", status)
        item = QTreeWidgetItem(
            [
                action.title,
                status,
                ", ".join(action.lead),
                format_date(action.due_date),
                format_money(action.estimated_cost, action.currency),
                QLocale().toString(action.indicators),
            ]
        )
        item.setData(0, KIND_ROLE, "action")
        item.setData(0, ID_ROLE, action.id)
        item.setTextAlignment(4, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        item.setTextAlignment(5, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if action.overdue:
            for column in range(4):
                item.setForeground(column, QBrush(OVERDUE))
        return item

    def current_action_id(self) -> int | None:
        item = self.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "action":
            return None
        return int(item.data(0, ID_ROLE))

    def select_action(self, action_id: int) -> None:
        groups = self.view.groups if self.view else []
        for top, group in enumerate(groups):
            if any(a.id == action_id for a in group.actions):
                item = self.topLevelItem(top)
                if item is None:
                    return
                item.setExpanded(True)  # fills it if it was not yet
                for row in range(item.childCount()):
                    child = item.child(row)
                    if child is None:
                        continue
                    if child.data(0, KIND_ROLE) == "action" and child.data(0, ID_ROLE) == action_id:
                        self.setCurrentItem(child)
                        self.scrollToItem(child)
                        return
