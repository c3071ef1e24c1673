"""Agencies on the Clusters page: set a cluster's lead and supporting agencies
with focal points, hand them on to its recommendations (confirmed with the
count, undoable), and a plan made from the cluster proposes an action it leads."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from sqlalchemy import select

from desktop.domain.vocab import AgencyRole
from desktop.services.actions import ActionAgency
from desktop.services.cluster_agencies import (
    get_cluster_agencies,
    preview_assign_to_recommendations,
    set_cluster_agencies,
)
from desktop.services.clusters import list_clusters
from desktop.store.models import Agency, Assignment, FocalPoint, Recommendation
from desktop.ui.main_window import MainWindow
from desktop.ui.views.cluster_agencies import ClusterAgenciesDialog
from desktop.ui.views.clusters_page import ClustersPage
from desktop.ui.views.plan_dialog import PlanDialog
from desktop.ui.views.plan_tree import KIND_ROLE
from desktop.ui.views.plans_page import PlansPage

CLUSTER = "Children's rights"
LEAD_COLUMN, SUPPORTING_COLUMN = 3, 4


def page_of(window: MainWindow) -> ClustersPage:
    page = window.show_page("clusters")
    assert isinstance(page, ClustersPage)
    return page


def select_cluster(page: ClustersPage, name: str) -> int:
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == name)
    page.table.clearSelection()
    page.table.selectRow(row)
    return row


def combo(dialog: ClusterAgenciesDialog, row: int, column: int) -> QComboBox:
    widget = dialog.editor.table.cellWidget(row, column)
    assert isinstance(widget, QComboBox)
    return widget


def agency_ids(window: MainWindow) -> dict[str, int]:
    with window.database.session_factory() as session:
        return {name: i for i, name in session.execute(select(Agency.id, Agency.name))}


def set_agencies(page: ClustersPage, lead: str, supporting: str) -> ClusterAgenciesDialog:
    """Replace the selected cluster's agencies through the dialog."""
    seen: list[ClusterAgenciesDialog] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClusterAgenciesDialog)
        seen.append(dialog)
        dialog.editor.table.setRowCount(0)
        dialog.editor.add_row(None, AgencyRole.LEAD)
        agency = combo(dialog, 0, 0)
        agency.setCurrentIndex(agency.findText(lead))  # its primary focal point follows
        dialog.editor.add_row(None, AgencyRole.SUPPORTING)
        helper = combo(dialog, 1, 0)
        helper.setCurrentIndex(helper.findText(supporting))
        return True

    page._run = fill  # type: ignore[method-assign]
    page.agencies_button.menu().actions()[0].trigger()
    assert seen, "the dialog did not open"
    return seen[0]


def test_set_the_agencies_of_a_cluster(demo_window: MainWindow) -> None:
    page = page_of(demo_window)
    factory = demo_window.database.session_factory
    row = select_cluster(page, CLUSTER)
    cluster_id = page.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
    before = get_cluster_agencies(factory, cluster_id)
    assert before.agencies  # the demonstration country gives each cluster a lead
    dialog = set_agencies(page, "Ministry of Justice", "National Statistics Office")
    # The dialog opened on the cluster's stored agencies, the lead first.
    assert dialog.windowTitle() == f"Agencies of “{CLUSTER}”"
    ids = agency_ids(demo_window)
    after = get_cluster_agencies(factory, cluster_id)
    assert [(a.agency_id, a.role) for a in after.agencies] == [
        (ids["Ministry of Justice"], AgencyRole.LEAD),
        (ids["National Statistics Office"], AgencyRole.SUPPORTING),
    ]
    with factory() as session:
        primary = session.scalar(
            select(FocalPoint.name).where(
                FocalPoint.agency_id == ids["Ministry of Justice"], FocalPoint.primary.is_(True)
            )
        )
    assert primary and after.agencies[0].focal_point_id is not None
    row = select_cluster(page, CLUSTER)
    assert page.table.item(row, LEAD_COLUMN).text() == f"Ministry of Justice ({primary})"
    assert page.table.item(row, SUPPORTING_COLUMN).text().startswith("National Statistics Office")
    assert "saved" in page.message.text()


def test_a_plan_from_the_cluster_proposes_an_action_it_leads(demo_window: MainWindow) -> None:
    page = page_of(demo_window)
    select_cluster(page, CLUSTER)
    set_agencies(page, "Ministry of Justice", "National Statistics Office")
    plans = demo_window.show_page("plans")
    assert isinstance(plans, PlansPage)
    plans.reload()

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PlanDialog)
        dialog.title.setText("Children first 2027")
        for i in range(dialog.cluster_list.count()):
            item = dialog.cluster_list.item(i)
            if item.text().startswith(CLUSTER):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    plans._run = fill  # type: ignore[method-assign]
    plans.new_plan()
    assert plans.view is not None and plans.view.fields.title == "Children first 2027"
    (group,) = plans.view.groups
    (action,) = group.actions
    assert action.lead == ("Ministry of Justice",)
    assert action.supporting == ("National Statistics Office",)
    shown = []
    stack = [plans.tree.topLevelItem(i) for i in range(plans.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        plans.tree.expandItem(item)  # a group fills its rows when opened
        if item.data(0, KIND_ROLE) == "action":
            shown.append((item.text(0), item.text(2)))
        stack.extend(item.child(i) for i in range(item.childCount()))
    assert shown == [(action.title, "Ministry of Justice")]
    # One action is "1 action", never "1 actions" (English plural forms).
    title = plans.tree.topLevelItem(0).text(0)
    assert re.search(r"\b1 action\b(?!s)", title) and "1 actions" not in title
    n = len(group.recommendations)
    assert f"{n} recommendation{'' if n == 1 else 's'}" in title


def test_assign_the_cluster_agencies_to_its_recommendations(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(demo_window)
    factory = demo_window.database.session_factory
    select_cluster(page, CLUSTER)
    set_agencies(page, "Ministry of Justice", "National Statistics Office")
    info = next(c for c in list_clusters(factory) if c.name == CLUSTER)
    ids = agency_ids(demo_window)
    with factory() as session:
        recs = list(
            session.scalars(
                select(Recommendation.id).where(
                    Recommendation.cluster_id == info.id, Recommendation.archived.is_(False)
                )
            )
        )

        def justice_leads() -> int:
            return len(
                session.scalars(
                    select(Assignment.recommendation_id).where(
                        Assignment.agency_id == ids["Ministry of Justice"],
                        Assignment.role == AgencyRole.LEAD,
                        Assignment.recommendation_id.in_(recs),
                    )
                ).all()
            )

        before = justice_leads()
        assert before < len(recs) == info.recommendations
        questions: list[str] = []
        monkeypatch.setattr(
            QMessageBox,
            "question",
            lambda *a: questions.append(a[2]) or QMessageBox.StandardButton.No,
        )
        select_cluster(page, CLUSTER)
        page.agencies_button.menu().actions()[1].trigger()
        # Asked first, naming how many recommendations change; "No" changes nothing.
        assert len(questions) == 1
        changing = preview_assign_to_recommendations(factory, info.id).changed
        assert 0 < changing <= len(recs)
        assert (
            f"{changing} recommendation{'' if changing == 1 else 's'} will change"
            f" (of {len(recs)} in the cluster)" in (questions[0])
        )
        assert "Ministry of Justice" in questions[0]
        session.rollback()  # a new read transaction sees the change
        assert justice_leads() == before
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        page.agencies_button.menu().actions()[1].trigger()
        session.rollback()  # a new read transaction sees the change
        assert justice_leads() == len(recs)
        assert "now have its agencies" in page.message.text()
        assert page.undo_button.isVisibleTo(page)
        page.undo_button.click()
        session.rollback()  # a new read transaction sees the change
        assert justice_leads() == before
        assert not page.undo_button.isVisibleTo(page)
        assert "Undone" in page.message.text()


def test_a_change_made_elsewhere_meanwhile_is_not_overwritten(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(demo_window)
    factory = demo_window.database.session_factory
    select_cluster(page, CLUSTER)
    info = page.selected()[0]
    # Someone else makes another agency its lead after the page showed it.
    current = get_cluster_agencies(factory, info.id)
    other = agency_ids(demo_window)["National Statistics Office"]
    set_cluster_agencies(factory, info.id, current.version, [ActionAgency(other, AgencyRole.LEAD)])
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.agencies_button.menu().actions()[1].trigger()
    assert warnings and "changed this cluster's agencies" in warnings[0]
    assert not page.undo_button.isVisibleTo(page)
    # Nothing was assigned; the page reloaded and shows the new lead.
    with factory() as session:
        assert not session.scalar(
            select(Assignment.id).where(
                Assignment.agency_id == other, Assignment.recommendation_id.is_not(None)
            )
        )
    row = select_cluster(page, CLUSTER)
    assert page.table.item(row, LEAD_COLUMN).text().startswith("National Statistics Office")
