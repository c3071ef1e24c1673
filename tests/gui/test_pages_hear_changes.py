"""Changes made on the Themes and Clusters pages show on the register and the
Dashboard without a restart; a dialog closed with Esc while its save runs
still has its change heard by the page that opened it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.vocab import AgencyRole
from desktop.services import agencies as agency_service
from desktop.services.actions import ActionAgency
from desktop.services.cluster_agencies import get_cluster_agencies, set_cluster_agencies
from desktop.services.dashboard import BreakdownKind, load_breakdown
from desktop.services.register import RegisterFilter, register_ids
from desktop.services.themes import VocabularyKind, list_entries
from desktop.store.models import Agency
from desktop.ui import workers
from desktop.ui.main_window import MainWindow
from desktop.ui.views import agency_dialog
from desktop.ui.views.agencies_page import AgenciesPage
from desktop.ui.views.agency_dialog import AgencyDialog
from desktop.ui.views.clusters_page import ClustersPage
from desktop.ui.views.dashboard_page import DashboardPage
from desktop.ui.views.themes_page import ThemesPage

CLUSTER = "Children's rights"


def dashboard_by(window: MainWindow, kind: BreakdownKind) -> DashboardPage:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    combo = dashboard.breakdown
    combo.setCurrentIndex(
        next(i for i in range(combo.count()) if BreakdownKind(combo.itemData(i)) is kind)
    )
    assert dashboard.current_kind() is kind
    return dashboard


def totals(dashboard: DashboardPage) -> dict[int | str, int]:
    return {row.key: sum(row.counts.values()) for row in dashboard.shown_rows()}


def register_row_of(window: MainWindow, rec_id: int) -> int:
    register = window.register
    register.filters.clear()
    row = register.model.row_of(rec_id)
    assert row >= 0
    return row


def test_a_theme_merge_shows_on_the_register_and_the_dashboard(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = demo_window.database.session_factory
    used = sorted(
        (e for e in list_entries(factory, VocabularyKind.THEMES) if e.recommendations),
        key=lambda e: -e.recommendations,
    )
    keep, gone = used[0], used[1]
    moved = register_ids(factory, RegisterFilter(theme_ids=(gone.id,)))
    assert moved
    dashboard = dashboard_by(demo_window, BreakdownKind.THEME)
    assert gone.id in totals(dashboard)
    register_row_of(demo_window, moved[0])  # the register has read the row
    themes = demo_window.show_page("themes")
    assert isinstance(themes, ThemesPage)
    tab = themes.themes
    table, selection = tab.table, tab.table.selectionModel()
    table.clearSelection()
    for row in range(table.rowCount()):
        if table.item(row, 0).text() in (keep.name, gone.name):
            selection.select(
                table.model().index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
    monkeypatch.setattr(tab, "ask_target", lambda names, default: names.index(keep.name))
    tab.merge_selected()
    assert "Names merged" in tab.message.text()
    # Both pages heard of it while hidden: they read again when shown.
    assert dashboard.stale and demo_window.register.stale
    dashboard = dashboard_by(demo_window, BreakdownKind.THEME)
    shown = totals(dashboard)
    assert gone.id not in shown
    assert shown == {
        r.key: sum(r.counts.values()) for r in load_breakdown(factory, BreakdownKind.THEME)
    }
    demo_window.show_page("recommendations")
    names = demo_window.register.model.record(register_row_of(demo_window, moved[0])).themes
    assert keep.name in names and gone.name not in names.split("; ")


def test_a_cluster_bulk_assignment_shows_on_the_register_and_the_dashboard(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = demo_window.database.session_factory
    with factory() as session:
        justice, acronym = session.execute(
            select(Agency.id, Agency.acronym).where(Agency.name == "Ministry of Justice")
        ).one()
    clusters = demo_window.show_page("clusters")
    assert isinstance(clusters, ClustersPage)
    info = next(c for c in clusters.clusters if c.name == CLUSTER)
    current = get_cluster_agencies(factory, info.id)
    set_cluster_agencies(
        factory, info.id, current.version, [ActionAgency(justice, AgencyRole.LEAD)]
    )
    clusters.reload()
    in_cluster = register_ids(factory, RegisterFilter(cluster_ids=(info.id,)))
    dashboard = dashboard_by(demo_window, BreakdownKind.AGENCY)
    before = totals(dashboard).get(justice, 0)
    unled_before = dashboard.dashboard.without_lead_agency if dashboard.dashboard else -1
    model = demo_window.register.model
    lacking = [
        rec
        for rec in in_cluster
        if acronym not in model.record(register_row_of(demo_window, rec)).agencies.split(", ")
    ]
    assert lacking
    clusters = demo_window.show_page("clusters")
    assert isinstance(clusters, ClustersPage)
    row = next(r for r in range(clusters.table.rowCount()) if clusters.rows[r].id == info.id)
    clusters.table.clearSelection()
    clusters.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    clusters.agencies_button.menu().actions()[1].trigger()
    assert "now have its agencies" in clusters.message.text()
    assert dashboard.stale and demo_window.register.stale
    dashboard = dashboard_by(demo_window, BreakdownKind.AGENCY)
    shown = totals(dashboard)
    assert shown[justice] > before
    expected = {
        r.key: sum(r.counts.values()) for r in load_breakdown(factory, BreakdownKind.AGENCY)
    }
    assert shown == expected
    assert dashboard.dashboard is not None
    assert dashboard.dashboard.without_lead_agency <= unled_before
    demo_window.show_page("recommendations")
    for rec in lacking:
        assert acronym in model.record(register_row_of(demo_window, rec)).agencies.split(", ")


@pytest.fixture
def in_background() -> Iterator[None]:
    workers.set_synchronous(False)
    yield
    workers.wait_for_all()
    workers.set_synchronous(True)


def test_a_dialog_closed_with_esc_while_saving_still_tells_its_page(
    qtbot: QtBot,
    demo_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    in_background: None,
) -> None:
    page = demo_window.show_page("agencies")
    assert isinstance(page, AgenciesPage)
    qtbot.waitUntil(lambda: bool(page.rows), timeout=5000)

    def slow_save(*args: object, **kwargs: object) -> int:
        time.sleep(0.4)
        return agency_service.save_agency(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(agency_dialog, "save_agency", slow_save)
    assert page.database is not None
    dialog = AgencyDialog(page.database.session_factory, None, page)
    dialog.open()
    dialog.name.setText("Office of the Ombudsperson for Children")
    dialog.accept()  # Save: the write starts in the background
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved_id is None
    names = lambda: [a.data.name for a in page.rows]  # noqa: E731
    assert "Office of the Ombudsperson for Children" not in names()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    assert "Office of the Ombudsperson for Children" in names()
    table = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Office of the Ombudsperson for Children" in table
