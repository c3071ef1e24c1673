"""Pages hear of changes made on other pages: a write's Changes go through the
main window; a page shown reads again at once, the others when next shown. The
register keeps its selection and scroll position across a reload."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from desktop.domain.vocab import ImplementationStatus
from desktop.services.bulk import BulkAction, BulkKind
from desktop.services.clusters import list_clusters
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Changes, Kind, broadcaster
from desktop.ui.views.clusters_page import ClustersPage
from desktop.ui.views.dashboard_page import DashboardPage

DONE = ImplementationStatus.NO_LONGER_APPLICABLE.value


def _status_total(page: DashboardPage, status: str) -> int:
    return sum(row.counts[status] for row in page.shown_rows())


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    table, model = window.register.table, window.register.model
    for row in rows:
        table.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_a_status_set_in_the_register_shows_on_the_dashboard(demo_window: MainWindow) -> None:
    dashboard = demo_window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    before = _status_total(dashboard, DONE)
    model = demo_window.register.model
    rows = [r for r in range(model.rowCount()) if model.record(r).status != DONE][:3]
    assert len(rows) == 3
    _select_rows(demo_window, rows)
    demo_window.register.bulk.run(BulkAction(BulkKind.STATUS, ImplementationStatus(DONE)))
    # Not shown: marked stale, not read yet.
    assert dashboard.stale and _status_total(dashboard, DONE) == before
    demo_window.show_page("dashboard")
    assert not dashboard.stale
    assert _status_total(dashboard, DONE) == before + 3


def test_recommendations_put_in_a_cluster_show_in_its_count(demo_window: MainWindow) -> None:
    clusters = demo_window.pages["clusters"]
    assert isinstance(clusters, ClustersPage)
    target = clusters.clusters[0]
    model = demo_window.register.model
    factory = demo_window.database.session_factory
    rows = [r for r in range(model.rowCount()) if model.record(r).cluster != target.name][:4]
    _select_rows(demo_window, rows)
    demo_window.register.bulk.run(BulkAction(BulkKind.CLUSTER, target.id))
    demo_window.show_page("clusters")
    shown = {info.id: info.recommendations for info in clusters.clusters}
    assert shown[target.id] == target.recommendations + 4
    assert shown == {info.id: info.recommendations for info in list_clusters(factory)}


def test_the_page_shown_reads_again_at_once(qtbot: QtBot, demo_window: MainWindow) -> None:
    dashboard = demo_window.show_page("dashboard")
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):  # type: ignore[attr-defined]
        broadcaster().changed.emit(Changes.of(Kind.RECOMMENDATION, [1]))
    assert not dashboard.stale


def test_a_page_ignores_kinds_it_does_not_show(demo_window: MainWindow) -> None:
    page = demo_window.pages["clusters"]
    page.watches = frozenset({Kind.CLUSTER})
    broadcaster().changed.emit(Changes.of(Kind.SETTINGS))
    assert not page.stale
    broadcaster().changed.emit(Changes.of(Kind.CLUSTER))
    assert page.stale


def test_the_selection_and_position_survive_a_bulk_action(demo_window: MainWindow) -> None:
    register = demo_window.register
    register.resize(1300, 500)
    model, table = register.model, register.table
    assert model.rowCount() > 40
    rows = [5, 6, 7, 30]
    table.setCurrentIndex(model.index(30, 0))
    _select_rows(demo_window, rows)
    table.verticalScrollBar().setValue(10)
    ids = register.selected_ids()
    register.bulk.run(BulkAction(BulkKind.PRIORITY, None))
    assert "Changed" in register.bulk_message.text()
    assert register.selected_ids() == ids
    assert model.id_at(table.currentIndex().row()) == ids[-1]
    assert table.verticalScrollBar().value() == 10


def test_the_selection_follows_its_rows_when_the_order_changes(demo_window: MainWindow) -> None:
    register = demo_window.register
    model = register.model
    _select_rows(demo_window, [0, 2])
    ids = set(register.selected_ids())
    register.sort = type(register.sort)("reference", not register.sort.descending)
    register.reload()
    assert set(register.selected_ids()) == ids
    assert sorted(model.row_of(i) for i in ids) != [0, 2]
