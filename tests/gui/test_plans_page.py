"""The Plans page: the plan by cluster with overdue actions marked, creating a
plan from clusters and from the register's filter, the action editor with its
validation, progress with an attachment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.domain.vocab import ActionStatus, AgencyRole
from desktop.services.actions import get_action
from desktop.services.plans import list_plans
from desktop.services.progress import ProgressEntry, action_history
from desktop.ui.main_window import MainWindow
from desktop.ui.views.action_dialog import ActionDialog
from desktop.ui.views.plan_dialog import PlanDialog
from desktop.ui.views.plan_tree import ID_ROLE, KIND_ROLE, OVERDUE
from desktop.ui.views.plans_page import PlansPage
from desktop.ui.views.progress_dialog import ProgressDialog


def plans_page(window: MainWindow) -> PlansPage:
    page = window.show_page("plans")
    assert isinstance(page, PlansPage)
    page.reload()
    return page


def items(page: PlansPage, kind: str) -> list[QTreeWidgetItem]:
    found = []
    for top in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(top)
        stack = [group]
        while stack:
            item = stack.pop()
            if item.data(0, KIND_ROLE) == kind:
                found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
    return found


def drive(page: PlansPage, handler: Callable[[QDialog], bool]) -> list[QDialog]:
    """Replace the page's dialog runner: ``handler`` fills the dialog and says
    whether it was accepted."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        return handler(dialog)

    page._run = run  # type: ignore[method-assign]
    return seen


def test_the_plan_is_shown_by_cluster_with_overdue_actions_marked(
    demo_window: MainWindow,
) -> None:
    page = plans_page(demo_window)
    assert page.view is not None
    assert page.tree.topLevelItemCount() == len(page.view.groups) > 0
    actions = items(page, "action")
    assert len(actions) == page.view.action_count
    overdue = [a for a in actions if a.foreground(0).color() == OVERDUE]
    assert len(overdue) == page.view.overdue_count > 0
    assert all("overdue" in a.text(1) for a in overdue)
    # High-priority clusters come first.
    assert "High" in page.tree.topLevelItem(0).text(0)
    assert page.matrix.rowCount() == len(page.view.groups)


def test_new_plan_from_clusters_proposes_actions(demo_window: MainWindow) -> None:
    page = plans_page(demo_window)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PlanDialog)
        dialog.title.setText("Children first 2027")
        first = dialog.cluster_list.item(0)
        first.setCheckState(Qt.CheckState.Checked)
        assert dialog.from_clusters.isChecked()
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    drive(page, fill)
    page.new_plan()
    assert page.view is not None and page.view.fields.title == "Children first 2027"
    assert page.view.action_count == 1
    assert items(page, "action")[0].text(0).startswith("Address the recommendations on")


def test_new_plan_from_the_register_filter(demo_window: MainWindow) -> None:
    register = demo_window.register
    register.search.setText("torture")
    register.reload()
    shown = register.model.rowCount()
    assert shown > 0
    page = demo_window.show_page("plans")
    assert isinstance(page, PlansPage)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PlanDialog)
        dialog.title.setText("Torture prevention")
        dialog.from_filter.setChecked(True)
        dialog.propose.setChecked(False)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    drive(page, fill)
    page.new_plan()
    assert page.view is not None
    assert sum(len(g.recommendations) for g in page.view.groups) == shown
    assert page.view.action_count == 0


def test_action_editor_validates_then_saves(demo_window: MainWindow) -> None:
    page = plans_page(demo_window)
    before = page.view.action_count if page.view else 0
    errors: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ActionDialog)
        dialog.title.setText("Publish the annual implementation report")
        dialog.start_date.set_value(date(2026, 5, 1))
        dialog.due_date.set_value(date(2026, 4, 1))
        dialog.cost.setText("12,500.50")
        dialog.currency.setCurrentText("usd")
        dialog.save()
        errors.append(dialog.error.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.due_date.set_value(date(2026, 12, 31))
        dialog.save()  # an adopted plan: the lead agency is missing
        errors.append(dialog.error.text())
        assert dialog.tabs.currentWidget() is dialog.agencies
        row = dialog.agencies.add_row(dialog.context.agencies[0].id, AgencyRole.LEAD)
        assert row == 0
        dialog.recommendations.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    drive(page, fill)
    page.new_action()
    assert errors[0].startswith("Due date:")
    assert errors[1].startswith("Lead agency:")
    assert page.view is not None and page.view.action_count == before + 1
    (saved,) = [a for a in items(page, "action") if a.text(0).startswith("Publish the annual")]
    detail = get_action(demo_window.database.session_factory, saved.data(0, ID_ROLE))
    assert detail.fields.currency == "USD"
    assert str(detail.fields.estimated_cost) == "12500.50"
    assert len(detail.fields.recommendation_ids) == 1


def test_progress_with_an_attachment(demo_window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    page = plans_page(demo_window)
    target = next(a for a in items(page, "action") if "Completed" not in a.text(1))
    action_id = target.data(0, ID_ROLE)
    page.tree.setCurrentItem(target)
    evidence = tmp_path / "training-attendance.xlsx"
    evidence.write_bytes(b"PK\x03\x04 attendance sheet")

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ProgressDialog)
        dialog.reported_on.setDate(QDate(2026, 1, 20))
        dialog.status.setCurrentIndex(dialog.status.findData("completed"))
        dialog.narrative.setPlainText("Three sessions held; 120 officials trained.")
        dialog.add_files([evidence])
        assert dialog.files.count() == 1
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    drive(page, fill)
    page.record_progress()
    factory = demo_window.database.session_factory
    assert get_action(factory, action_id).fields.status == ActionStatus.COMPLETED
    latest = action_history(factory, action_id)[0]
    assert latest.narrative.startswith("Three sessions")
    assert [a.file_name for a in latest.attachments] == ["training-attendance.xlsx"]
    # The tree shows the new status.
    (shown,) = [a for a in items(page, "action") if a.data(0, ID_ROLE) == action_id][:1]
    assert shown.text(1) == "Completed"


def test_plans_page_survives_right_to_left(demo_window: MainWindow) -> None:
    demo_window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page = plans_page(demo_window)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.tree.topLevelItemCount() > 0
    assert list_plans(demo_window.database.session_factory, date(2026, 1, 1))


def test_status_bar_counts_overdue_actions_and_opens_the_dashboard(
    demo_window: MainWindow,
) -> None:
    page = plans_page(demo_window)
    button = demo_window.alerts_button
    assert page.view is not None and page.view.overdue_count > 0
    assert button.isVisibleTo(demo_window)
    assert f"{page.view.overdue_count} overdue actions" in button.text()
    assert button.text() in button.toolTip()
    button.click()
    assert demo_window.current_page().key == "dashboard"


def test_an_action_opens_in_its_plan(demo_window: MainWindow) -> None:
    page = plans_page(demo_window)
    action = items(page, "action")[-1]
    action_id = action.data(0, ID_ROLE)
    demo_window.show_page("recommendations")
    demo_window.show_action(action_id)
    assert demo_window.current_page() is page
    assert page.tree.currentItem().data(0, ID_ROLE) == action_id
    assert page.edit_action_button.isEnabled()


def test_a_large_plan_fills_its_clusters_when_opened(demo_window: MainWindow) -> None:
    from desktop.services.actions import ActionFields, create_action
    from desktop.services.clusters import list_clusters
    from desktop.services.plans import PlanFields, create_plan

    factory = demo_window.database.session_factory
    clusters = [c.id for c in list_clusters(factory)]
    plan_id = create_plan(factory, PlanFields(title="Large"), cluster_ids=clusters)
    for n in range(160):
        create_action(factory, plan_id, ActionFields(title=f"Step {n}", cluster_ids=clusters[:1]))
    page = plans_page(demo_window)
    page.show_plan(plan_id)
    first, second = page.tree.topLevelItem(0), page.tree.topLevelItem(1)
    assert first.isExpanded() and first.childCount() > 160
    assert not second.isExpanded() and second.childCount() == 0
    assert "1 actions" in second.text(0) or "1 action" in second.text(0)
    second.setExpanded(True)
    assert [second.child(i).data(0, KIND_ROLE) for i in range(second.childCount())] == [
        "recommendations",
        "action",
    ]
    recs = second.child(0)
    recs.setExpanded(True)
    assert recs.childCount() > 0
    assert all(
        recs.child(i).data(0, KIND_ROLE) == "recommendation" for i in range(recs.childCount())
    )


def test_saving_an_action_keeps_an_agency_archived_since(demo_window: MainWindow) -> None:
    from desktop.store.models import Agency

    page = plans_page(demo_window)
    factory = demo_window.database.session_factory
    action_id = items(page, "action")[0].data(0, ID_ROLE)
    before = get_action(factory, action_id).fields.agencies
    lead = next(a for a in before if a.role == AgencyRole.LEAD)
    with factory.begin() as session:
        agency = session.get(Agency, lead.agency_id)
        assert agency is not None
        agency.archived = True
    page.reload()

    def save_unchanged(dialog: QDialog) -> bool:
        assert isinstance(dialog, ActionDialog)
        combo = dialog.agencies.table.cellWidget(0, 0)
        assert "(archived)" in combo.currentText()  # type: ignore[attr-defined]
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    drive(page, save_unchanged)
    page.edit_action(action_id)
    assert set(get_action(factory, action_id).fields.agencies) == set(before)


def test_evidence_of_a_progress_update_can_be_saved_back(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.services.attachments import read_attachment_file
    from desktop.services.progress import record_action_progress

    page = plans_page(demo_window)
    factory = demo_window.database.session_factory
    action_id = items(page, "action")[0].data(0, ID_ROLE)
    evidence = tmp_path / "décret.pdf"
    evidence.write_bytes(b"%PDF-1.4 the decree")
    record_action_progress(
        factory,
        action_id,
        get_action(factory, action_id).version,
        ProgressEntry(
            date(2026, 1, 5), "Decree published", attachments=(read_attachment_file(evidence),)
        ),
        date(2026, 1, 6),
    )
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    dialog = ActionDialog(demo_window.database, page.action_context(), action_id, page)
    newest = dialog.history.topLevelItem(0)
    assert newest.text(5) == "décret.pdf"
    dialog.history.itemDoubleClicked.emit(newest, 5)
    assert copy.read_bytes() == b"%PDF-1.4 the decree"
    dialog.close()
