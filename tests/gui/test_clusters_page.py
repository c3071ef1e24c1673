"""The Clusters page: list, create, rename, merge, delete, open in the register."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.services.clusters import list_clusters
from desktop.ui.main_window import MainWindow
from desktop.ui.views.clusters_page import ClustersPage


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def page_of(window: MainWindow) -> ClustersPage:
    page = window.show_page("clusters")
    assert isinstance(page, ClustersPage)
    return page


def names(page: ClustersPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def select(page: ClustersPage, *wanted: str) -> None:
    page.table.clearSelection()
    for row, name in enumerate(names(page)):
        if name in wanted:
            page.table.selectionModel().select(
                page.table.model().index(row, 0),
                page.table.selectionModel().SelectionFlag.Select
                | page.table.selectionModel().SelectionFlag.Rows,
            )


def test_clusters_are_listed_with_counts(window: MainWindow) -> None:
    page = page_of(window)
    stored = list_clusters(window.database.session_factory)
    assert names(page) == [c.name for c in stored]
    assert [page.table.item(r, 2).text() for r in range(len(stored))] == [
        str(c.recommendations) for c in stored
    ]


def test_create_rename_merge_delete(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_of(window)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("Business and human rights", True)
    )
    page.new_cluster()
    assert "Business and human rights" in names(page)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    page.new_cluster()  # the same name again
    assert warnings and "already a cluster" in warnings[0]
    select(page, "Business and human rights")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Business and environment", True))
    page.rename_cluster()
    assert "Business and environment" in names(page)
    select(page, "Children's rights", "Business and environment")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Children's rights", True))
    page.merge_selected()
    assert "Business and environment" not in names(page) and "Children's rights" in names(page)
    select(page, "Children's rights")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert "Children's rights" not in names(page)


def test_show_a_cluster_in_the_register(window: MainWindow) -> None:
    page = page_of(window)
    select(page, "Children's rights")
    info = next(c for c in page.clusters if c.name == "Children's rights")
    page.show_in_register()
    assert window.current_page() is window.register
    assert window.register.model.rowCount() == info.recommendations
    assert set(window.register.filters.clusters.checked()) == {info.id}


def test_priority_with_its_rationale(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.domain.vocab import Priority
    from desktop.ui.views.cluster_priority_dialog import ClusterPriorityDialog

    page = page_of(window)
    name = names(page)[0]
    select(page, name)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClusterPriorityDialog)
        dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.LOW))
        dialog.rationale.setPlainText("Covered by the 2027 budget")
        return True

    page._run = fill  # type: ignore[method-assign]
    page.set_priority()
    info = next(c for c in list_clusters(window.database.session_factory) if c.name == name)
    assert (info.priority, info.priority_rationale) == (Priority.LOW, "Covered by the 2027 budget")
    row = names(page).index(name)
    assert page.table.item(row, 1).text() == "Low"
    assert page.table.item(row, 1).toolTip() == "Covered by the 2027 budget"
